// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "backgroundtask.h"
#include "commontext.h"
#include "deckwriter.h"
#include "exportfile.h"
#include "htmlreportwriter.h"
#include "metricengine.h"
#include "metricgroups.h"
#include "pdfreportwriter.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportcharts.h"
#include "reportinputs.h"
#include "xlsxreport.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QTimer>

namespace {

// Progress budget of the three steps, in percent.
constexpr int preparedAt = 40;
constexpr int chartsDoneAt = 70;

} // namespace

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
    // A watcher reports 0 when it gets a new future: progress never goes back.
    const auto forward = [this](int value) {
        if (value < m_progress)
            return;
        m_progress = value;
        Q_EMIT progressChanged(value, m_stage);
    };
    connect(&m_prepareWatcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) { m_stage = text; });
    connect(&m_prepareWatcher, &QFutureWatcherBase::progressValueChanged, this, forward);
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &ReportExporter::prepared);
    connect(&m_writeWatcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) { m_stage = text; });
    connect(&m_writeWatcher, &QFutureWatcherBase::progressValueChanged, this, forward);
    connect(&m_writeWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_writeWatcher.future().resultCount() > 0) {
            finish(m_writeWatcher.result());
        } else {
            ReportOutcome outcome;
            outcome.path = m_request.outputPath;
            outcome.error = tr("%1: the report could not be written.")
                                .arg(QDir::toNativeSeparators(m_request.outputPath));
            finish(outcome);
        }
    });
}

ReportExporter::~ReportExporter()
{
    // A running worker keeps its own copies; it stops at its next check.
    if (m_cancel)
        m_cancel->store(true);
}

std::optional<ReportFormat> ReportExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (suffix == QLatin1String("pptx"))
        return ReportFormat::Pptx;
    return std::nullopt;
}

bool ReportExporter::start(const ReportRequest &request)
{
    const std::optional<ReportFormat> format = formatForPath(request.outputPath);
    if (m_running || !format)
        return false;
    m_running = true;
    m_request = request;
    if (m_request.xlsxWriterPath.isEmpty())
        m_request.xlsxWriterPath = XlsxReport::defaultHelperPath();
    m_format = *format;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_document = ReportDocument();
    m_stage.clear();
    m_progress = 0;
    Q_EMIT started();

    auto cancel = m_cancel;
    const ReportRequest copy = m_request;
    m_prepareWatcher.setFuture(runInBackground<Prepared>(
        [copy, cancel](QPromise<Prepared> &promise) { return prepare(copy, *cancel, promise); }));
    return true;
}

void ReportExporter::cancel()
{
    if (m_running && m_cancel)
        m_cancel->store(true);
}

ReportExporter::Prepared ReportExporter::prepare(const ReportRequest &request,
                                                 const std::atomic_bool &cancel,
                                                 QPromise<Prepared> &promise)
{
    Prepared prepared;
    promise.setProgressRange(0, 100);
    promise.setProgressValueAndText(1, tr("Opening the project…"));
    {
        // The store names the problem with a missing, foreign or newer file;
        // closed again before the engine opens its own connection.
        StoreError error;
        const std::unique_ptr<ProjectStore> store
            = ProjectStore::open(request.projectPath, ProjectStore::OpenMode::ExistingOnly, &error);
        if (!store) {
            prepared.error = error.toString();
            return prepared;
        }
    }

    std::shared_ptr<const MetricsResult> result = request.result;
    if (!result) {
        promise.setProgressValueAndText(5, MetricEngine::computingText());
        MetricEngine engine(request.projectPath);
        MetricEngine::Outcome outcome
            = engine.compute(request.filters, [&cancel] { return cancel.load(); });
        if (outcome.cancelled || cancel.load()) {
            prepared.cancelled = true;
            return prepared;
        }
        if (!outcome.ok) {
            prepared.error = outcome.error.isEmpty()
                ? MetricEngine::notComputedText(request.projectPath)
                : outcome.error;
            return prepared;
        }
        if (request.bootstrapReplicates > 0 && outcome.result.roi.hasVerdict()) {
            promise.setProgressValueAndText(10, tr("Checking the ROI interval with a bootstrap…"));
            RoiBootstrap::Settings settings;
            settings.replicates = request.bootstrapReplicates;
            const MetricEngine::BootstrapOutcome bootstrap = engine.bootstrapRoi(
                request.filters, settings, [&cancel] { return cancel.load(); },
                [&promise](int done, int total) {
                    promise.setProgressValue(10 + (preparedAt - 20) * done / total);
                });
            if (bootstrap.cancelled || cancel.load()) {
                prepared.cancelled = true;
                return prepared;
            }
            if (!bootstrap.ok) {
                prepared.error = bootstrap.error;
                return prepared;
            }
            MetricGroups::applyBootstrap(outcome.result.roi, bootstrap.result);
        }
        result = std::make_shared<const MetricsResult>(std::move(outcome.result));
    }

    promise.setProgressValueAndText(preparedAt - 5,
                                    tr("Reading the assumptions and the import log…"));
    ReportInputs inputs;
    if (!ReportInputs::load(request.projectPath, &inputs, &prepared.error))
        return prepared;
    inputs.statisticalDetails = request.statisticalDetails;
    prepared.document = ReportBuilder::build(result, inputs, request.locale);
    prepared.ok = true;
    promise.setProgressValueAndText(preparedAt, tr("Laying out the report…"));
    return prepared;
}

void ReportExporter::prepared()
{
    if (!m_running)
        return;
    ReportOutcome outcome;
    outcome.path = m_request.outputPath;
    if (m_prepareWatcher.future().resultCount() == 0) {
        outcome.error = tr("%1: the report could not be prepared.")
                            .arg(QDir::toNativeSeparators(m_request.projectPath));
        finish(outcome);
        return;
    }
    Prepared result = m_prepareWatcher.result();
    if (result.cancelled || m_cancel->load()) {
        outcome.status = ReportOutcome::Status::Cancelled;
        finish(outcome);
        return;
    }
    if (!result.ok) {
        outcome.error = result.error;
        finish(outcome);
        return;
    }
    m_document = std::move(result.document);
    if (m_format == ReportFormat::Xlsx || m_format == ReportFormat::Pptx) {
        startWriting(); // native Excel or PowerPoint charts: nothing to render
        return;
    }
    m_section = 0;
    m_chart = 0;
    m_chartsDone = 0;
    m_chartsTotal = 0;
    for (const ReportMetricSection &section : m_document.metrics) {
        if (const MetricGroup *group = m_document.result->group(section.id))
            m_chartsTotal += ReportCharts::chartCount(*group);
    }
    m_stage = tr("Drawing the charts…");
    QFont font;
    font.setFamily(PdfReportWriter::fontFamily(m_document.locale));
    m_document.roiChart = ReportCharts::renderRoi(m_document.result->roi, m_document.locale, font);
    QTimer::singleShot(0, this, &ReportExporter::renderNextChart);
}

void ReportExporter::renderNextChart()
{
    if (!m_running)
        return;
    if (m_cancel->load()) {
        ReportOutcome outcome;
        outcome.status = ReportOutcome::Status::Cancelled;
        outcome.path = m_request.outputPath;
        finish(outcome);
        return;
    }
    while (m_section < m_document.metrics.size()) {
        ReportMetricSection &section = m_document.metrics[m_section];
        const MetricGroup *group = m_document.result->group(section.id);
        if (group && m_chart < ReportCharts::chartCount(*group)) {
            QFont font;
            font.setFamily(PdfReportWriter::fontFamily(m_document.locale));
            section.charts.push_back(ReportCharts::render(*group, m_chart, m_document.currency,
                                                          m_document.locale, font));
            ++m_chart;
            ++m_chartsDone;
            m_progress = preparedAt
                + (chartsDoneAt - preparedAt) * m_chartsDone / std::max(1, m_chartsTotal);
            Q_EMIT progressChanged(m_progress, m_stage);
            // One chart per turn of the event loop, so the window stays responsive.
            QTimer::singleShot(0, this, &ReportExporter::renderNextChart);
            return;
        }
        ++m_section;
        m_chart = 0;
    }
    startWriting();
}

void ReportExporter::startWriting()
{
    auto cancel = m_cancel;
    const ReportRequest request = m_request;
    const ReportFormat format = m_format;
    const ReportDocument document = m_document;
    m_writeWatcher.setFuture(runInBackground<ReportOutcome>(
        [document, request, format, cancel](QPromise<ReportOutcome> &promise) {
            return writeFile(document, request, format, *cancel, promise);
        }));
}

ReportOutcome ReportExporter::writeFile(const ReportDocument &document,
                                        const ReportRequest &request, ReportFormat format,
                                        const std::atomic_bool &cancel,
                                        QPromise<ReportOutcome> &promise)
{
    ReportOutcome outcome;
    outcome.path = request.outputPath;
    promise.setProgressRange(0, 100);
    promise.setProgressValueAndText(
        chartsDoneAt, tr("Writing %1…").arg(QFileInfo(request.outputPath).fileName()));
    if (cancel.load()) {
        outcome.status = ReportOutcome::Status::Cancelled;
        return outcome;
    }
    bool ok = false;
    switch (format) {
    case ReportFormat::Pdf:
        ok = PdfReportWriter::write(
            document, request.outputPath, &outcome.error, [&](int done, int pages) {
                promise.setProgressValue(chartsDoneAt
                                         + (99 - chartsDoneAt) * done / std::max(1, pages));
                return !cancel.load();
            });
        break;
    case ReportFormat::Html:
        ok = HtmlReportWriter::write(document, request.outputPath, &outcome.error);
        if (!ok) {
            outcome.error = CommonText::cannotWriteFile(request.outputPath, outcome.error);
        }
        break;
    case ReportFormat::Xlsx:
        ok = XlsxReport::write(XlsxReport::spec(document), request.outputPath,
                               request.xlsxWriterPath, &outcome.error,
                               [&cancel] { return cancel.load(); });
        break;
    case ReportFormat::Pptx:
        ok = DeckWriter::write(document, request.outputPath, request.xlsxWriterPath,
                               request.slideTemplatePath, &outcome.error,
                               [&cancel] { return cancel.load(); });
        break;
    }
    if (cancel.load() && !ok) {
        outcome.status = ReportOutcome::Status::Cancelled;
        outcome.error.clear();
        return outcome;
    }
    outcome.status = ok ? ReportOutcome::Status::Written : ReportOutcome::Status::Failed;
    if (ok)
        promise.setProgressValueAndText(100, tr("Done."));
    return outcome;
}

void ReportExporter::finish(const ReportOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_document = ReportDocument();
    Q_EMIT finished(outcome);
}
