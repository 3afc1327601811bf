// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"
#include "reportdocument.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>
#include <QPromise>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

enum class ReportFormat { Pdf, Html, Xlsx, Pptx };

struct ReportRequest
{
    QString projectPath;
    QString outputPath; // .pdf, .html (.htm) or .xlsx
    MetricFilters filters;
    QLocale locale; // numbers, dates and money of the report
    // Metrics already computed under `filters` (the window has them); when
    // null the exporter computes them with an engine of its own.
    std::shared_ptr<const MetricsResult> result;
    // When the exporter computes the metrics: the replicates of the ROI's
    // bootstrap interval (0: the linear approximation).
    int bootstrapReplicates = 0;
    QString xlsxWriterPath; // empty: XlsxReport::defaultHelperPath()
    QString slideTemplatePath; // a .potx or .pptx whose look the slides take; empty: the default
    bool statisticalDetails = false; // the tables' p-values and sizes (ReportInputs)
};

struct ReportOutcome
{
    enum class Status { Written, Cancelled, Failed };
    Status status = Status::Failed;
    QString path;
    QString error; // translated sentence naming the file and the problem
};
Q_DECLARE_METATYPE(ReportOutcome)

// Exports a report (issue 6) without blocking the UI thread, in three steps:
//   1. on a worker: open the project, compute the metrics (unless given),
//      read the assumptions and the import log, build the ReportDocument;
//   2. on the GUI thread, one chart per event-loop turn (charts are widgets):
//      render each metric's charts to SVG (PDF and HTML only);
//   3. on a worker: write the PDF, HTML or XLSX (through socialroi-xlsx-writer)
//      to a temporary file renamed over the output at the end.
// A cancel, or a failure at any step, leaves the output file as it was.
//
// Vocabulary: started(), progressChanged(percent, stage) any number of times,
// then finished(outcome) exactly once — also after cancel(). One export at a
// time per exporter. Thread rules: lives on the GUI thread; the workers get
// copies of their inputs and never touch the exporter.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    explicit ReportExporter(QObject *parent = nullptr);
    ~ReportExporter() override;

    static std::optional<ReportFormat> formatForPath(const QString &path);

    // False, and nothing starts, while an export runs or when the output's
    // suffix names no report format.
    bool start(const ReportRequest &request);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started();
    void progressChanged(int percent, const QString &stage);
    void finished(const ReportOutcome &outcome);

private:
    struct Prepared
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        ReportDocument document;
    };
    static Prepared prepare(const ReportRequest &request, const std::atomic_bool &cancel,
                            QPromise<Prepared> &promise);
    static ReportOutcome writeFile(const ReportDocument &document, const ReportRequest &request,
                                   ReportFormat format, const std::atomic_bool &cancel,
                                   QPromise<ReportOutcome> &promise);
    void prepared();
    void renderNextChart();
    void startWriting();
    void finish(const ReportOutcome &outcome);

    bool m_running = false;
    ReportRequest m_request;
    ReportFormat m_format = ReportFormat::Pdf;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Prepared> m_prepareWatcher;
    QFutureWatcher<ReportOutcome> m_writeWatcher;
    ReportDocument m_document;
    QString m_stage; // what the running step does, for progressChanged()
    int m_progress = 0; // the last percentage reported
    // The chart rendering walk: section index and chart index within it.
    size_t m_section = 0;
    int m_chart = 0;
    int m_chartsDone = 0;
    int m_chartsTotal = 0;
};
