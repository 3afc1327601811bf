// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewloader.h"

#include <exception>

PreviewLoader::PreviewLoader(QObject *parent)
    : QObject(parent)
{ }

PreviewLoader::~PreviewLoader() = default; // the tracker stops a running read

void PreviewLoader::load(const ImportPreview::Request &request)
{
    m_job.start<ImportPreview>(
        [request](const JobTracker::StopCheck &superseded) {
            try {
                return ImportPreview::read(request, superseded);
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
        },
        [this](const ImportPreview &preview) { Q_EMIT loaded(preview); });
}
