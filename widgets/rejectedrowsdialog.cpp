// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedrowsdialog.h"

#include "backgroundtask.h"
#include "commontext.h"
#include "csvexportchoice.h"
#include "exportlocation.h"
#include "importhistorymodel.h"
#include "importwizard/importrunpage.h"
#include "importwizard/wizardtext.h"
#include "rejectedrecordsmodel.h"
#include "rejectedrowsexport.h"
#include "xlsxreport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace {

struct ExportOutcome
{
    bool ok = false;
    QString message;
};

} // namespace

RejectedRowsDialog::RejectedRowsDialog(const QString &projectPath,
                                       const ImportHistory::Entry &entry, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_entry(entry)
    , m_intro(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new RejectedRecordsModel(this))
    , m_showFixed(new QCheckBox(tr("Show rows already fixed and imported"), this))
    , m_exportCsv(new QPushButton(tr("Export as &CSV…"), this))
    , m_exportXlsx(new QPushButton(tr("Export as &XLSX…"), this))
    , m_import(new QPushButton(tr("&Import the rows again…"), this))
    , m_message(new QLabel(this))
    , m_xlsxWriterPath(XlsxReport::defaultHelperPath())
{
    setObjectName(QStringLiteral("RejectedRowsDialog"));
    setWindowTitle(tr("Rejected rows of %1").arg(ImportHistoryModel::title(entry)));
    resize(1000, 560);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Each row as it was in the file, with why it was rejected. Double-click a "
                        "value to fix it; fixed rows show in bold. \"Import the rows again\" "
                        "imports every row still rejected, with the mapping of this import: "
                        "rows still wrong are rejected again, with their reason."));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_import->setObjectName(QStringLiteral("ImportFixedRows"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showFixed);
    actions->addStretch(1);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportXlsx);
    actions->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_showFixed, &QCheckBox::toggled, m_model, &RejectedRecordsModel::setShowFixed);
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { chooseExport(QStringLiteral("csv")); });
    connect(m_exportXlsx, &QPushButton::clicked, this,
            [this] { chooseExport(QStringLiteral("xlsx")); });
    connect(m_import, &QPushButton::clicked, this, &RejectedRowsDialog::importFixedRows);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RejectedRowsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RejectedRowsDialog::updateButtons);
    load();
}

QString RejectedRowsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RejectedRowsDialog::showMessage(const QString &text, bool problem)
{
    WizardText::show(m_message, text, problem);
}

void RejectedRowsDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_exportCsv->setEnabled(any && !m_busy);
    m_exportXlsx->setEnabled(any && !m_busy);
    m_import->setEnabled(!m_model->rowsToImport().isEmpty() && !m_busy);
}

void RejectedRowsDialog::load()
{
    m_busy = true;
    updateButtons();
    const QString path = m_projectPath;
    const qint64 importId = m_entry.id;
    const auto future = runInBackground<ImportHistory::Rejected>(
        [path, importId](QPromise<ImportHistory::Rejected> &) {
            return ImportHistory::rejectedRows(path, importId);
        });
    onResult(this, future, [this](const ImportHistory::Rejected &rejected) {
        m_busy = false;
        m_model->setRejected(rejected);
        if (!rejected.error.isEmpty())
            showMessage(rejected.error, true);
        m_view->resizeColumnsToContents();
        // The reason may be long: a readable width, the rest in its tooltip.
        m_view->setColumnWidth(RejectedRecordsModel::Problem,
                               std::min(m_view->columnWidth(RejectedRecordsModel::Problem), 420));
        updateButtons();
        Q_EMIT rowsLoaded();
    });
}

void RejectedRowsDialog::chooseExport(const QString &suffix)
{
    const QString what = RejectedRowsExport::fileNamePart(m_entry.fileName);
    const QString proposed = ExportLocation::proposedPath(what, suffix);
    const QString path = suffix == QLatin1String("csv")
        ? CsvExportChoice::askPath(this, RejectedRowsExport::title(), proposed).path
        : QFileDialog::getSaveFileName(this, RejectedRowsExport::title(), proposed,
                                       ExportLocation::xlsxFilter());
    if (!path.isEmpty())
        exportTo(path);
}

void RejectedRowsDialog::exportTo(const QString &path)
{
    if (const QString problem = ExportLocation::writeProblem(path); !problem.isEmpty()) {
        showMessage(problem, true);
        Q_EMIT exported(false);
        return;
    }
    m_busy = true;
    updateButtons();
    showMessage(RejectedRowsExport::writingText(), false);
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    const QByteArray csv = xlsx ? QByteArray() : m_model->toCsv(CsvExportChoice::remembered());
    const QJsonObject spec = xlsx ? m_model->xlsxSpec() : QJsonObject();
    const int rows = m_model->rowCount();
    const QString helper = m_xlsxWriterPath;
    const auto future = runInBackground<ExportOutcome>([path, xlsx, csv, spec, rows,
                                                        helper](QPromise<ExportOutcome> &) {
        ExportOutcome outcome;
        const QString name = QDir::toNativeSeparators(path);
        if (xlsx) {
            QString error;
            outcome.ok = XlsxReport::write(spec, path, helper, &error);
            outcome.message = outcome.ok ? QString() : error;
        } else {
            QSaveFile file(path);
            outcome.ok
                = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
            if (!outcome.ok)
                outcome.message = CommonText::cannotWriteFile(name, file.errorString());
        }
        if (outcome.ok)
            outcome.message
                = RejectedRowsDialog::tr("%n row(s) written to %1.", "", rows).arg(name);
        return outcome;
    });
    onResult(this, future, [this, path](const ExportOutcome &outcome) {
        m_busy = false;
        updateButtons();
        showMessage(outcome.message, !outcome.ok);
        if (outcome.ok)
            ExportLocation::announceSaved(this, path);
        Q_EMIT exported(outcome.ok);
    });
}

void RejectedRowsDialog::importFixedRows()
{
    const int count = int(m_model->rowsToImport().size());
    QMessageBox question(
        QMessageBox::Question, tr("Import the rows again"),
        tr("Import the %n row(s) still rejected, with the mapping of %1?", "", count)
            .arg(m_entry.fileName),
        QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("%n of them were edited here. The rows go into a new file first, which you choose "
           "next: the import's record names it.",
           "", m_model->editedCount()));
    QPushButton *go = question.addButton(tr("Choose the file…"), QMessageBox::AcceptRole);
    question.exec();
    if (question.clickedButton() != go)
        return;
    //: Part of a proposed file name: "Project – fixed rows of customers – 2026-12-06.csv"
    const QString what = tr("fixed rows of %1").arg(QFileInfo(m_entry.fileName).completeBaseName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the fixed rows as"),
        ExportLocation::proposedPath(what, QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importFixedRowsFrom(path);
}

void RejectedRowsDialog::importFixedRowsFrom(const QString &fixedFilePath)
{
    if (const QString problem = ExportLocation::writeProblem(fixedFilePath); !problem.isEmpty()) {
        showMessage(problem, true);
        Q_EMIT reimportFinished(false);
        return;
    }
    m_busy = true;
    updateButtons();
    showMessage(tr("Importing the rows again…"), false);
    const QString project = m_projectPath;
    const qint64 importId = m_entry.id;
    const QStringList headers = m_model->headers();
    const QList<ImportHistory::RejectedRecord> rows = m_model->rowsToImport();
    const auto future = runInBackground<ImportHistory::Reimport>(
        [project, importId, headers, rows, fixedFilePath](QPromise<ImportHistory::Reimport> &) {
            return ImportHistory::reimportFixed(project, importId, headers, rows, fixedFilePath);
        });
    onResult(this, future, [this](const ImportHistory::Reimport &outcome) {
        m_busy = false;
        if (!outcome.result.ok) {
            showMessage(outcome.result.error.toString(), true);
            updateButtons();
            Q_EMIT reimportFinished(false);
            return;
        }
        QString text = ImportRunPage::outcomeTitle(outcome.result);
        if (outcome.result.rowsRejected > 0)
            text += QLatin1Char(' ')
                + tr("The rows still rejected are listed with their reasons under the new "
                     "import in the history.");
        showMessage(text, outcome.result.rowsImported == 0);
        Q_EMIT rowsImported(outcome.result.importId);
        Q_EMIT reimportFinished(true);
        load(); // the rows taken in are now marked fixed
    });
}
