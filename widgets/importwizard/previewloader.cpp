// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewloader.h"

#include "backgroundtask.h"

#include <exception>

PreviewLoader::PreviewLoader(QObject *parent)
    : QObject(parent)
    , m_wanted(std::make_shared<std::atomic<quint64>>(0))
{ }

PreviewLoader::~PreviewLoader()
{
    m_wanted->store(0);
}

void PreviewLoader::load(const ImportPreview::Request &request)
{
    const quint64 generation = ++m_generation;
    m_wanted->store(generation);
    m_loading = true;
    auto wanted = m_wanted;
    const auto future
        = runInBackground<ImportPreview>([request, wanted, generation](QPromise<ImportPreview> &) {
              try {
                  return ImportPreview::read(
                      request, [&wanted, generation] { return *wanted != generation; });
              } catch (const std::exception &) {
                  // Out of memory, most likely: say so rather than wait forever.
                  ImportPreview failed;
                  failed.filePath = request.filePath;
                  failed.error.kind = SourceError::Kind::CannotOpen;
                  failed.error.filePath = request.filePath;
                  failed.error.message = PreviewLoader::tr(
                      "The file could not be read for the preview. Close other programs and "
                      "try again.");
                  return failed;
              }
          });
    onResult(this, future, [this, generation](const ImportPreview &preview) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loaded(preview);
    });
}
