// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpreview.h"
#include "jobtracker.h"

#include <QObject>

// Reads an ImportPreview on the thread pool for one wizard page. Each load()
// supersedes the previous one: an older read stops early and its answer is
// dropped, so quick changes of file, sheet or format never show stale rows.
//
// Thread rules: used on the GUI thread; loaded() arrives there.
class PreviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit PreviewLoader(QObject *parent = nullptr);
    ~PreviewLoader() override;

    void load(const ImportPreview::Request &request);
    bool isLoading() const { return m_job.isRunning(); }

Q_SIGNALS:
    void loaded(const ImportPreview &preview);

private:
    JobTracker m_job {this};
};
