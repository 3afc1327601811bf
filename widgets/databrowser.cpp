// SPDX-License-Identifier: GPL-3.0-or-later
#include "databrowser.h"

#include "backgroundtask.h"
#include "csvexportchoice.h"
#include "exportlocation.h"
#include "fieldlabels.h"
#include "querycsvexport.h"
#include "tablebrowsermodel.h"
#include "tablecopy.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

DataBrowser::DataBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new TableBrowserModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_filterDelay(new QTimer(this))
    , m_exportAction(new QAction(this))
{
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_exportAction->setObjectName(QStringLiteral("ExportTableAsCsv"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportAsCsv(); });
    m_view->addAction(m_exportAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Typing is debounced so each keystroke does not restart a query.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_filter->text().trimmed()); });
    connect(m_model, &TableBrowserModel::totalRowCountChanged, this, [this](qint64 count) {
        updateCountLabel(count);
        Q_EMIT rowCountChanged(count);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->horizontalHeader()->resizeSections(QHeaderView::Interactive);
        m_problem->hide();
        m_retry->hide();
    });
    // Never a table that silently ends early: the reason, and a way to try again.
    m_problem->setObjectName(QStringLiteral("DataBrowserProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_retry->setObjectName(QStringLiteral("DataBrowserRetry"));
    m_retry->hide();
    connect(m_model, &TableBrowserModel::loadFailed, this, [this](const QString &message) {
        m_problem->setText(
            tr("%1 The table shows the rows read so far; try again when the project is free "
               "(an import may be running).")
                .arg(message));
        m_problem->show();
        m_retry->show();
        if (m_count < 0)
            m_countLabel->setText(tr("Rows not counted"));
    });
    connect(m_retry, &QPushButton::clicked, m_model, &TableBrowserModel::reload);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 8, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    auto *problemRow = new QHBoxLayout;
    problemRow->setContentsMargins(4, 0, 8, 0);
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_retry);
    layout->addLayout(problemRow);
    layout->addWidget(m_view, 1);
    retranslate();
}

void DataBrowser::setProject(const QString &projectPath)
{
    m_model->setProject(projectPath);
}

void DataBrowser::setTable(const QString &table)
{
    if (table == m_model->table())
        return;
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(table);
}

QString DataBrowser::table() const
{
    return m_model->table();
}

void DataBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DataBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataBrowser::exportAsCsv(const QString &requestedPath)
{
    const TableQuery query = m_model->query();
    const QString project = m_model->projectPath();
    if (m_exporting || project.isEmpty() || query.table.isEmpty())
        return;
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = CsvExportChoice::askPath(
                   this, exportCsvTitle(),
                   ExportLocation::proposedPath(tableLabel(query.table), QStringLiteral("csv")))
                   .path;
        if (path.isEmpty())
            return;
    }

    const CsvDialect dialect = CsvExportChoice::remembered();
    m_exporting = true;
    m_exportAction->setEnabled(false);
    auto *dialog = new QProgressDialog(tr("Exporting %1…").arg(tableLabel(query.table)),
                                       tr("Cancel"), 0, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(exportCsvTitle());
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // The row count is known unless it is still being counted.
    const int total = m_count > 0 ? int(qMin(m_count, qint64(INT_MAX))) : 0;
    dialog->setMaximum(total);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });

    // Progress travels through the future: the watcher belongs to the
    // dialog, so nothing reaches a dialog that is gone.
    const QFuture<QueryCsvExport::Outcome> future = runInBackground<QueryCsvExport::Outcome>(
        [project, query, path, dialect, cancelled,
         total](QPromise<QueryCsvExport::Outcome> &promise) {
            promise.setProgressRange(0, total);
            return QueryCsvExport::write(project, query, path, dialect, [&](qint64 rows) {
                if (total > 0)
                    promise.setProgressValue(int(qMin(rows, qint64(total))));
                return !cancelled->load();
            });
        });
    auto *progress = new QFutureWatcher<QueryCsvExport::Outcome>(dialog);
    connect(progress, &QFutureWatcherBase::progressValueChanged, dialog,
            &QProgressDialog::setValue);
    progress->setFuture(future);
    QPointer<QProgressDialog> progressDialog(dialog);
    onResult(this, future, [this, progressDialog, path](const QueryCsvExport::Outcome &outcome) {
        m_exporting = false;
        m_exportAction->setEnabled(true);
        if (progressDialog)
            progressDialog->close();
        if (!outcome.ok && !outcome.cancelled)
            QMessageBox::warning(this, exportCsvTitle(), outcome.message);
        if (outcome.ok)
            ExportLocation::announceSaved(window(), path);
        Q_EMIT exportFinished(outcome.ok, outcome.message);
    });
}

QString DataBrowser::countingRowsText()
{
    return tr("Counting rows…");
}

void DataBrowser::retranslate()
{
    m_exportAction->setText(exportCsvActionText());
    m_filter->setPlaceholderText(tr("Filter rows: type text found in any column (Ctrl+F)"));
    m_retry->setText(tr("Try again"));
    updateCountLabel(m_count);
}

void DataBrowser::updateCountLabel(qint64 count)
{
    m_count = count;
    if (count < 0)
        m_countLabel->setText(countingRowsText());
    else {
        const int shown = int(qMin(count, qint64(INT_MAX)));
        m_countLabel->setText(tr("%Ln row(s)", nullptr, shown));
    }
}
