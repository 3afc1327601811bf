// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunpage.h"

#include "backgroundtask.h"
#include "csvexportchoice.h"
#include "exportlocation.h"
#include "importer.h"
#include "importwizardstate.h"
#include "rejectedrowsexport.h"
#include "wizardtext.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>
#include <exception>
#include <limits>
#include <utility>

namespace {

// The progress bar's scale: bytes do not fit an int, so the bar counts
// ten-thousandths of the import's byte scale.
constexpr int progressSteps = 10000;

QString item(const QString &html)
{
    return QStringLiteral("<li>%1</li>").arg(html);
}

// A row count for tr()'s plural forms, which take an int.
int countOf(qint64 rows)
{
    return int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
}

} // namespace

ImportRunPage::ImportRunPage(std::shared_ptr<ImportWizardState> state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(std::move(state))
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_summary(new QTextBrowser(this))
    , m_exportButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_exportMessage(new QLabel(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_phase->setWordWrap(true);
    m_progress->setRange(0, progressSteps);
    m_summary->setOpenLinks(false);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->viewport()->setAutoFillBackground(false);
    m_exportMessage->setWordWrap(true);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton->hide();
    m_backButton->hide();
    m_exportMessage->hide();

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    connect(m_exportButton, &QPushButton::clicked, this, &ImportRunPage::chooseExportFile);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->back();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_phase, &QLabel::setText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunPage::finish);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_exportMessage);
    retranslate();
}

ImportRunPage::~ImportRunPage()
{
    // The importer rolls back at its next progress report; wait for it so the
    // project is settled when the wizard is gone.
    m_cancel->store(true);
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

void ImportRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslate()
{
    setTitle(tr("Import", "page title: the import running"));
    //: The button that closes the wizard after the import
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_cancelButton->setText(tr("&Cancel import"));
    m_exportButton->setText(tr("&Export rejected rows…"));
    m_exportButton->setToolTip(tr("Writes the rejected rows of this import to a CSV file, with "
                                  "the line and the reason, to fix them and import again."));
    m_backButton->setText(tr("&Back to the settings"));
    updateTexts();
}

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::cleanupPage()
{
    m_finished = false;
    m_result = ImportResult();
    m_exportMessage->hide();
    QWizardPage::cleanupPage();
}

void ImportRunPage::start()
{
    m_result = ImportResult();
    m_running = true;
    m_finished = false;
    m_cancelRequested = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_phase->clear();
    m_phase->show();
    m_exportMessage->hide();
    updateTexts();

    const ImportRequest request = m_state->request();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(runInBackground<ImportResult>([request,
                                                       cancel](QPromise<ImportResult> &promise) {
        promise.setProgressRange(0, progressSteps);
        return Importer::run(request, [&promise, &cancel](const ImportProgress &progress) {
            if (progress.bytesTotal > 0) {
                const double share = double(progress.bytesDone) / double(progress.bytesTotal);
                promise.setProgressValueAndText(int(share * progressSteps), progressText(progress));
            }
            return !cancel->load();
        });
    }));
    Q_EMIT completeChanged();
}

QString ImportRunPage::progressText(const ImportProgress &progress)
{
    // Called on the worker; tr() is thread-safe.
    const QLocale locale;
    const qint64 fileBytes = progress.bytesTotal / 2;
    switch (progress.phase) {
    case ImportProgress::Phase::Analysing:
        return tr("Step 1 of 2, checking the format of each column: %1 of %2 read")
            .arg(locale.formattedDataSize(progress.bytesDone), locale.formattedDataSize(fileBytes));
    case ImportProgress::Phase::Importing:
        return tr("Step 2 of 2, importing the rows: %1 of %2 read")
            .arg(locale.formattedDataSize(std::max<qint64>(0, progress.bytesDone - fileBytes)),
                 locale.formattedDataSize(fileBytes));
    case ImportProgress::Phase::Finishing:
        return tr("Saving to the project…");
    }
    return QString();
}

void ImportRunPage::cancelImport()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_cancelRequested = true;
    updateTexts();
}

void ImportRunPage::finish()
{
    try {
        m_result = m_watcher.result();
    } catch (const std::exception &error) {
        m_result = ImportResult();
        m_result.filePath = m_state->filePath;
        m_result.error.kind = ImportError::Kind::Storage;
        m_result.error.message = tr("The import stopped on an unexpected error (%1); the project "
                                    "was not changed.")
                                     .arg(QString::fromLocal8Bit(error.what()));
    }
    m_running = false;
    m_finished = true;
    if (m_result.ok)
        m_progress->setValue(progressSteps);
    if (m_result.error.kind == ImportError::Kind::AmbiguousDates)
        m_state->dateOrderRequired = true;
    updateTexts();
    Q_EMIT completeChanged();
    Q_EMIT importFinished(m_result);
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

QString ImportRunPage::summaryText() const
{
    return m_summary->toPlainText();
}

void ImportRunPage::updateTexts()
{
    m_cancelButton->setVisible(m_running);
    m_cancelButton->setEnabled(!m_cancelRequested);
    m_progress->setVisible(m_running || m_result.ok);
    m_exportButton->setVisible(m_finished && m_result.ok && m_result.rowsRejected > 0);
    m_backButton->setVisible(m_finished && !m_result.ok);
    if (m_running) {
        setSubTitle(tr("The file is read twice; you can keep working in the window meanwhile."));
        if (m_cancelRequested)
            m_phase->setText(tr("Cancelling; the project is being left as it was…"));
        else if (m_phase->text().isEmpty() || m_progress->value() == 0)
            m_phase->setText(tr("Starting…"));
        m_summary->clear();
        return;
    }
    if (!m_finished)
        return;
    if (m_result.ok)
        setSubTitle(outcomeTitle(m_result));
    else if (m_result.cancelled)
        // Apart from an export's "Cancelled.": a participle may agree with "the import".
        setSubTitle(tr("Cancelled.", "the import's outcome"));
    else
        setSubTitle(tr("The import failed."));
    m_phase->clear();
    m_phase->setVisible(false);
    m_summary->setHtml(summaryHtml());
}

// What happened, in the words a manager repeats: never a bare "Done" when
// rows were rejected, least of all when nothing was imported.
QString ImportRunPage::outcomeTitle(const ImportResult &result)
{
    const QLocale locale;
    if (result.rowsImported == 0 && result.rowsRejected > 0)
        return tr("Nothing was imported: every row was rejected. The reasons are below.");
    if (result.rowsImported == 0)
        return tr("Nothing was imported: the file holds no rows.");
    if (result.rowsRejected > 0) {
        return tr("%Ln row(s) imported; rejected and kept for review: %1. The window shows the "
                  "new rows.",
                  nullptr, countOf(result.rowsImported))
            .arg(locale.toString(result.rowsRejected));
    }
    return tr("%Ln row(s) imported. The window shows the new rows.", nullptr,
              countOf(result.rowsImported));
}

QString ImportRunPage::resultText() const
{
    return m_summary->toPlainText();
}

QString ImportRunPage::summaryHtml() const
{
    const ImportResult &result = m_result;
    const QLocale locale;
    QString html;
    if (result.cancelled) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The import was cancelled. Nothing was written: the project is "
                            "exactly as it was."));
        return html;
    }
    if (!result.ok) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Nothing was imported; the project is exactly as it was."));
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(WizardText::problemColor(), result.error.toString().toHtmlEscaped());
        if (result.error.kind == ImportError::Kind::AmbiguousDates) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Go back to the mapping and answer the date order question, then "
                                "import again."));
        }
        return html;
    }

    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Summary"));
    html += item(tr("Rows read: <b>%1</b>").arg(locale.toString(result.rowsRead)));
    if (result.orderLines > 0) {
        html += item(tr("Order lines: %1, making %Ln order(s)", nullptr,
                        countOf(result.rowsImported - result.negativeOrders))
                         .arg(locale.toString(result.orderLines)));
    }
    if (result.cancellationLines > 0) {
        html += item(tr("Cancellations: %Ln line(s); netted against their order: %1, kept as "
                        "negative orders (no such order in the file): %2",
                        nullptr, countOf(result.cancellationLines))
                         .arg(locale.toString(result.cancellationsNetted),
                              locale.toString(result.negativeOrders)));
    }
    QString imported = tr("Imported: <b>%1</b>").arg(locale.toString(result.rowsImported));
    if (result.duplicatesReplaced > 0) {
        imported += QLatin1Char(' ')
            + tr("(%Ln stored row(s) replaced)", nullptr, countOf(result.duplicatesReplaced));
    }
    html += item(imported);
    QString rejected = tr("Rejected: <b>%1</b>").arg(locale.toString(result.rowsRejected));
    QStringList details;
    if (result.unknownCustomers > 0)
        details.append(
            tr("%Ln row(s) naming unknown customers", nullptr, countOf(result.unknownCustomers)));
    if (result.duplicatesSkipped > 0)
        details.append(tr("%Ln duplicate(s) skipped", nullptr, countOf(result.duplicatesSkipped)));
    if (!details.isEmpty())
        rejected += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    html += item(rejected);
    if (result.blankRows > 0)
        html += item(tr("Blank rows skipped: %1").arg(locale.toString(result.blankRows)));
    if (result.extraValues > 0) {
        html += item(
            tr("Values kept as extra attributes: %1").arg(locale.toString(result.extraValues)));
    }
    if (result.customersCreated > 0) {
        html += item(tr("Customers created: %1 (implied: signed up on their first event in this "
                        "file)")
                         .arg(locale.toString(result.customersCreated)));
    }
    html += QStringLiteral("</ul>");

    if (!result.derivations.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Derived values"));
        for (const QString &sentence : result.derivations)
            html += item(sentence.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    if (!result.warnings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Warnings"));
        for (const QString &warning : result.warnings)
            html += item(warning.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    if (!result.rejectionGroups.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Rejected rows by reason"));
        constexpr size_t listedGroups = 12;
        for (size_t i = 0; i < result.rejectionGroups.size() && i < listedGroups; ++i) {
            const ImportResult::RejectionGroup &group = result.rejectionGroups[i];
            QString line = tr("<b>%1</b> × %2 (first on line %3)")
                               .arg(locale.toString(group.count), group.reason.toHtmlEscaped(),
                                    locale.toString(group.firstLine));
            if (!group.hint.isEmpty())
                line += QStringLiteral("<br><i>%1</i>").arg(group.hint.toHtmlEscaped());
            html += item(line);
        }
        if (result.rejectionGroups.size() > listedGroups) {
            html += item(tr("and %Ln other reason(s)", nullptr,
                            countOf(qint64(result.rejectionGroups.size() - listedGroups))));
        }
        html += QStringLiteral("</ul><p>%1</p>")
                    .arg(tr("Every rejected row is kept: Import history, Rejected rows shows them "
                            "in the file's columns to fix and import again.")
                             .toHtmlEscaped());
    }

    if (!result.firstRejections.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("First rejected rows"));
        for (const RejectedRow &row : result.firstRejections) {
            const QString column = row.columnName.isEmpty()
                ? (row.column > 0 ? locale.toString(row.column) : QString())
                : row.columnName;
            // Most reasons start by naming the column already.
            const bool named = column.isEmpty()
                || row.reason.contains(QLatin1Char('"') + column + QLatin1Char('"'));
            html += item(
                named ? tr("line %1: %2").arg(locale.toString(row.line), row.reason.toHtmlEscaped())
                      : WizardText::lineColumnProblem(locale.toString(row.line),
                                                      column.toHtmlEscaped(),
                                                      row.reason.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
        if (result.rowsRejected > qint64(result.firstRejections.size())) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("All %Ln rejected row(s) are kept in the project; export them "
                                "to see every one.",
                                nullptr, countOf(result.rowsRejected)));
        }
    }
    return html;
}

void ImportRunPage::chooseExportFile()
{
    const QString suggested = ExportLocation::proposedPath(
        RejectedRowsExport::fileNamePart(m_state->filePath), QStringLiteral("csv"));
    const QString path
        = CsvExportChoice::askPath(this, RejectedRowsExport::title(), suggested).path;
    if (!path.isEmpty())
        exportRejectedRows(path);
}

void ImportRunPage::exportRejectedRows(const QString &csvPath)
{
    m_exportButton->setEnabled(false);
    WizardText::showNote(m_exportMessage, RejectedRowsExport::writingText());
    const QString projectPath = m_state->projectPath;
    const qint64 importId = m_result.importId;
    const CsvDialect dialect = CsvExportChoice::remembered();
    const auto future = runInBackground<RejectedRowsExport::Outcome>(
        [projectPath, importId, csvPath, dialect](QPromise<RejectedRowsExport::Outcome> &) {
            return RejectedRowsExport::write(projectPath, importId, csvPath, dialect);
        });
    onResult(this, future, [this, csvPath](const RejectedRowsExport::Outcome &outcome) {
        m_exportButton->setEnabled(true);
        if (outcome.ok) {
            WizardText::showNote(m_exportMessage, outcome.message);
            ExportLocation::announceSaved(window(), csvPath);
        } else
            WizardText::showProblem(m_exportMessage, outcome.message);
        Q_EMIT rejectedRowsExported(outcome.ok, outcome.message);
    });
}
