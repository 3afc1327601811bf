// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "assumptionseditor.h"
#include "backgroundtask.h"
#include "charts/cohortchart.h"
#include "charts/lovechart.h"
#include "charts/roiwaterfallchart.h"
#include "comparisonpane.h"
#include "databrowser.h"
#include "datarevision.h"
#include "demogenerator.h"
#include "exportlocation.h"
#include "filterbar.h"
#include "gettingstarted.h"
#include "importhistorymodel.h"
#include "importhistorypage.h"
#include "importundo.h"
#include "importwizard/importwizard.h"
#include "importwizard/importwizardstate.h"
#include "languagemanager.h"
#include "metricengine.h"
#include "metriclabels.h"
#include "metricpane.h"
#include "metricscontroller.h"
#include "metricspage.h"
#include "projectoverview.h"
#include "projectstore.h"
#include "projectsummary.h"
#include "qcustomplot.h"
#include "report/reportexporter.h"
#include "roipane.h"
#include "shortcutsdialog.h"
#include "socialroiconfig.h"
#include "sqliteconnection.h"
#include "sqliteversion.h"
#include "statisticaldetails.h"
#include "userguide.h"
#include "userguidedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <utility>

namespace {

const char *const recentKey = "recentProjects";
constexpr int recentLimit = 8;
// How often the window looks for changes made by another process: reading
// one row on an open connection costs microseconds.
constexpr int revisionPollMilliseconds = 1000;

QString projectFileFilter()
{
    return QCoreApplication::translate("MainWindow",
                                       "SocialROI projects (*.socialroi);;All files (*)");
}

// The desktop theme's icon, else our own from resources/icons/actions/.
QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new Navigator(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new ProjectOverview(this))
    , m_browser(new DataBrowser(this))
    , m_metricsPage(new MetricsPage(this))
    , m_metricsController(new MetricsController(this))
    , m_assumptionsEditor(new AssumptionsEditor(this))
    , m_historyPage(new ImportHistoryPage(this))
    , m_reportExporter(new ReportExporter(this))
    , m_splitter(new QSplitter(this))
    , m_countsLabel(new QLabel(this))
    , m_foreignObjectsLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true); // a data file dropped on the window starts the import wizard
    // The overview scrolls: the checklist of an empty project and the
    // project's figures together are taller than a small window, and a
    // squeezed word-wrapped label cuts its last lines.
    m_overviewPage = new QScrollArea(this);
    m_overviewPage->setWidget(m_overview);
    m_overviewPage->setWidgetResizable(true);
    m_overviewPage->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_browser);
    m_pages->addWidget(m_metricsPage);
    m_pages->addWidget(m_assumptionsEditor);
    m_pages->addWidget(m_historyPage);
    // An undo or a re-import of fixed rows changes the rows: recompute.
    connect(m_historyPage, &ImportHistoryPage::projectChanged, this,
            &MainWindow::projectDataChanged);
    connect(m_historyPage, &ImportHistoryPage::historyLoaded, this,
            [this](const QList<ImportHistory::Entry> &entries) {
                QList<Navigator::ImportItem> items;
                const QLocale locale;
                for (const ImportHistory::Entry &entry : entries) {
                    items.append(
                        {entry.id, ImportHistoryModel::title(entry),
                         tr("%Ln row(s) imported, rejected: %1", nullptr, int(entry.rowsImported))
                             .arg(locale.toString(entry.rowsRejected))});
                }
                m_navigator->setImports(items);
            });
    // Edited assumptions change the money values: recompute.
    connect(m_assumptionsEditor, &AssumptionsEditor::assumptionsSaved, this,
            &MainWindow::projectDataChanged);
    m_revisionTimer = new QTimer(this);
    m_revisionTimer->setInterval(revisionPollMilliseconds);
    connect(m_revisionTimer, &QTimer::timeout, this, &MainWindow::checkDataRevision);
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1000});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_foreignObjectsLabel->setObjectName(QStringLiteral("ForeignObjectsLabel"));
    m_foreignObjectsLabel->hide();
    // Permanent, so that the messages of later work never hide it.
    statusBar()->addPermanentWidget(m_foreignObjectsLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_navigator, &Navigator::pageRequested, this, &MainWindow::showPage);
    connect(m_browser, &DataBrowser::exportFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_browser, &DataBrowser::rowCountChanged, this, [this](qint64 count) {
        if (count < 0)
            statusBar()->showMessage(DataBrowser::countingRowsText());
        else
            statusBar()->showMessage(tr("%Ln row(s) in this view", nullptr, int(count)), 5000);
    });

    GettingStarted *checklist = m_overview->gettingStarted();
    connect(checklist, &GettingStarted::importRequested, this,
            [this](CanonicalTable table) { startImport(QString(), table); });
    connect(checklist, &GettingStarted::assumptionsRequested, this, [this] {
        m_navigator->selectPage(Navigator::PageKind::Assumptions);
        showPage(Navigator::PageKind::Assumptions, QString());
    });
    connect(checklist, &GettingStarted::documentRequested, this,
            [this](const QString &document) { openUserGuide(document); });

    connectMetrics();
    createActions();
    connectReportExporter();
    retranslate();
    restoreLayout();
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/demo.socialroi");
}

QString MainWindow::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

QStringList MainWindow::paneIds()
{
    return MetricsPage::paneIds();
}

bool MainWindow::showPane(const QString &id)
{
    if (!paneIds().contains(id))
        return false;
    if (!m_store) {
        m_pendingPane = id;
        return true;
    }
    const auto kind
        = id == QLatin1String("roi") ? Navigator::PageKind::Roi : Navigator::PageKind::Metric;
    m_navigator->selectPage(kind, id);
    // selectPage() says nothing when the entry is already current.
    showPage(kind, id);
    return true;
}

void MainWindow::connectMetrics()
{
    connect(m_metricsPage->filterBar(), &FilterBar::filtersChanged, m_metricsController,
            [this](const MetricFilters &filters) { m_metricsController->request(filters); });
    connect(m_metricsController, &MetricsController::busyChanged, this,
            &MainWindow::setMetricsBusy);
    connect(m_metricsController, &MetricsController::finished, this,
            [this](const MetricsResult &result) {
                m_metricsPage->setResult(result);
                if (m_metricsController->isBootstrapPending())
                    m_metricsPage->setBootstrapProgress(0,
                                                        m_metricsController->bootstrapReplicates());
                updateChartActions();
            });
    connect(m_metricsController, &MetricsController::bootstrapProgress, m_metricsPage,
            &MetricsPage::setBootstrapProgress);
    // The same result with the bootstrap's interval: every pane draws it.
    connect(m_metricsController, &MetricsController::bootstrapFinished, m_metricsPage,
            &MetricsPage::setResult);
    connect(m_metricsController, &MetricsController::bootstrapFailed, m_metricsPage,
            &MetricsPage::showBootstrapError);
    connect(m_metricsController, &MetricsController::sensitivityFinished, m_metricsPage,
            &MetricsPage::setSensitivity);
    connect(m_metricsController, &MetricsController::sensitivityFailed, this,
            [this](const QString &message) {
                m_metricsPage->showSensitivityError(message);
                statusBar()->showMessage(message);
            });
    connect(m_metricsController, &MetricsController::failed, this, [this](const QString &message) {
        m_metricsPage->showError(message);
        statusBar()->showMessage(message);
    });
}

void MainWindow::setMetricsBusy(bool busy)
{
    // Busy mode (no percentage): the engine reports no progress of its own.
    if (busy) {
        m_busy->setRange(0, 0);
        m_busy->setToolTip(MetricEngine::computingText());
        m_busy->show();
        statusBar()->showMessage(MetricEngine::computingText());
    } else {
        m_busy->hide();
        m_busy->setRange(0, 100);
        m_busy->setToolTip(QString());
        if (statusBar()->currentMessage() == MetricEngine::computingText())
            statusBar()->clearMessage();
    }
}

void MainWindow::projectDataChanged()
{
    if (!m_store)
        return;
    if (const qint64 revision = readDataRevision(); revision >= 0)
        m_dataRevision = revision;
    m_metricsController->invalidate();
    m_metricsPage->filterBar()->reloadChoices();
    m_historyPage->reload();
    loadSummary();
}

void MainWindow::watchDataRevision()
{
    m_revisionTimer->stop();
    m_dataRevision = -1;
    // A read-only project (foreign triggers, a read-only file or folder) is
    // not watched: nothing opens it beside the window's own readers.
    if (m_store->isReadOnly())
        return;
    m_dataRevision = readDataRevision();
    m_revisionTimer->start();
}

// The project's data revision, or -1 when it cannot be read right now (a
// writer is recovering the file): the next poll tries again, and nothing
// reaches the user. A connection of its own, opened for the one read and
// closed at once, never waiting for a lock.
qint64 MainWindow::readDataRevision() const
{
    if (!m_store)
        return -1;
    try {
        SqliteConnection connection;
        connection.openOrThrow(m_store->path(), SqliteConnection::Access::ReadOnly,
                               SqliteConnection::Wait::No);
        return DataRevision::read(connection);
    } catch (const SqliteError &) {
        return -1;
    }
}

void MainWindow::checkDataRevision()
{
    const qint64 revision = readDataRevision();
    if (revision < 0 || revision == m_dataRevision)
        return;
    projectDataChanged();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(themeIcon(QStringLiteral("document-new")), QString(), this,
                                        &MainWindow::newProject);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(themeIcon(QStringLiteral("document-open")), QString(),
                                         this, &MainWindow::chooseProject);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(themeIcon(QStringLiteral("document-import")), QString(),
                                           this, [this] { startImport(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportReportAction = m_fileMenu->addAction(themeIcon(QStringLiteral("document-export")),
                                                 QString(), this, [this] { exportReport(); });
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSlidesAction = m_fileMenu->addAction(
        themeIcon(QStringLiteral("x-office-presentation")), QString(), this, [this] {
            //: Part of a proposed file name: "Acme – ROI slides – 2026-12-06.pptx"
            exportReport(ExportLocation::proposedPath(tr("ROI slides"), QStringLiteral("pptx")));
        });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(themeIcon(QStringLiteral("application-exit")), QString(),
                                         this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_overviewAction = m_viewMenu->addAction(
        QString(), this, [this] { m_navigator->selectPage(Navigator::PageKind::Overview); });
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_pages->currentWidget() != m_browser)
            m_navigator->selectPage(Navigator::PageKind::Table, QStringLiteral("customers"));
        m_browser->focusFilter();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_historyAction = m_viewMenu->addAction(
        QString(), this, [this] { m_navigator->selectPage(Navigator::PageKind::Imports); });

    // Ctrl+2 … Ctrl+9 for the metric groups, Ctrl+0 for the ROI summary; the
    // panes after it (who is compared) have no number left.
    m_viewMenu->addSeparator();
    const QStringList panes = paneIds();
    for (int i = 0; i < panes.size(); ++i) {
        const QString id = panes[i];
        QAction *action = m_viewMenu->addAction(QString(), this, [this, id] { showPane(id); });
        if (i <= 8)
            action->setShortcut(
                QKeySequence(Qt::CTRL | Qt::Key(i < 8 ? Qt::Key_2 + i : Qt::Key_0)));
        action->setData(id);
        m_paneActions << action;
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_userGuideAction = m_helpMenu->addAction(QString(), this, [this] { openUserGuide(); });
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_demoAction = m_helpMenu->addAction(QString(), this, &MainWindow::openDemoProject);
    m_helpMenu->addSeparator();
    m_aboutAction
        = m_helpMenu->addAction(themeIcon(QStringLiteral("help-about")), QString(), this, [this] {
              QMessageBox::about(this, tr("About SocialROI Workbench"), aboutText());
          });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    createToolBar();
    updateChartActions();
    rebuildRecentMenu();
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_exportReportAction);
    m_toolBar->addSeparator();
    // The chart actions live here and in each chart's context menu.
    m_exportChartAction = m_toolBar->addAction(
        QIcon(QStringLiteral(":/icons/actions/chart-export.svg")), QString(), this, [this] {
            if (CohortChart *chart = currentChart())
                chart->showExportDialog();
        });
    m_copyChartAction = m_toolBar->addAction(
        QIcon(QStringLiteral(":/icons/actions/chart-copy.svg")), QString(), this, [this] {
            if (CohortChart *chart = currentChart()) {
                chart->copyToClipboard();
                statusBar()->showMessage(tr("Chart copied to the clipboard"), 5000);
            }
        });
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
}

QString MainWindow::aboutText()
{
    const QString version = QStringLiteral(SOCIALROI_VERSION);
    return tr("<p><b>SocialROI Workbench %1</b></p><p>Measures whether social "
              "customer care keeps customers, with numbers a CFO accepts.</p>")
               .arg(version)
        + tr("<p>Free software under the GNU General Public License, version 3 or later "
             "(GPL-3.0-or-later), with ABSOLUTELY NO WARRANTY. You may share and change it "
             "under the terms of that licence.</p>")
        + tr("<p>Built with Qt %1 (running Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), "
             "SQLite %4 (public domain), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), "
             "Boost.Math (BSL-1.0) and OpenSSL (Apache-2.0).</p>")
              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                   QStringLiteral(QCUSTOMPLOT_VERSION_STR), sqliteLibraryVersion());
}

CohortChart *MainWindow::currentChart() const
{
    if (!m_store || m_pages->currentWidget() != m_metricsPage)
        return nullptr;
    // The chart the user last clicked into, when it is on the shown pane.
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *chart = qobject_cast<CohortChart *>(widget)) {
            if (chart->isVisible() && m_metricsPage->isAncestorOf(chart))
                return chart;
            break;
        }
    }
    const QString pane = m_metricsPage->currentPane();
    if (pane == QLatin1String("roi"))
        return m_metricsPage->roiPane()->waterfallChart();
    if (pane == QLatin1String("comparison"))
        return m_metricsPage->comparisonPane()->loveChart();
    if (MetricPane *metricPane = m_metricsPage->metricPane(pane))
        return metricPane->mainChart();
    return nullptr;
}

void MainWindow::updateChartActions()
{
    const CohortChart *chart = currentChart();
    const bool enabled = chart && !chart->isEmpty();
    m_exportChartAction->setEnabled(enabled);
    m_copyChartAction->setEnabled(enabled);
}

void MainWindow::retranslate()
{
    showCounts();
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Project…"));
    m_openAction->setText(tr("&Open Project…"));
    m_exportReportAction->setText(tr("&Export Report…"));
    m_exportReportAction->setIconText(tr("Report"));
    m_exportReportAction->setToolTip(
        tr("Export the report as PDF, web page, Excel workbook or PowerPoint slides"));
    m_exportSlidesAction->setText(tr("Export &Slides…"));
    m_exportSlidesAction->setToolTip(
        tr("Export the report as PowerPoint slides with native charts and speaker notes"));
    m_importAction->setText(tr("&Import Data…"));
    m_importAction->setIconText(tr("Import", "toolbar button: start an import"));
    m_importAction->setToolTip(tr("Import customers, contacts, orders or mentions from a file"));
    m_openAction->setIconText(tr("Open"));
    m_openAction->setToolTip(tr("Open a project"));
    m_exportChartAction->setText(tr("Export &Chart…"));
    m_exportChartAction->setIconText(tr("Export Chart"));
    m_exportChartAction->setToolTip(tr("Export the chart of this pane as PNG, SVG or PDF"));
    m_copyChartAction->setText(tr("Cop&y Chart"));
    m_copyChartAction->setIconText(tr("Copy Chart"));
    m_copyChartAction->setToolTip(tr("Copy the chart of this pane to the clipboard as an image"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_overviewAction->setText(tr("Project &Overview"));
    m_findAction->setText(tr("&Filter Rows"));
    m_historyAction->setText(tr("&Import History"));
    for (QAction *action : std::as_const(m_paneActions))
        action->setText(metricGroupTitle(action->data().toString()));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    rebuildLanguageMenu();
    m_aboutAction->setText(tr("&About SocialROI Workbench"));
    m_userGuideAction->setText(tr("User &Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_demoAction->setText(tr("Open the &Demo Project"));
    const QString name = QFileInfo(projectPath()).completeBaseName();
    setWindowTitle(name.isEmpty() ? tr("SocialROI Workbench")
                                  : tr("%1 — SocialROI Workbench").arg(name));
    rebuildRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The metrics' warnings and notes are written in the language of the
        // run that computed them: compute again so that the panes and a
        // report exported from this window speak the new language.
        if (m_metricsController->result())
            m_metricsController->request(m_metricsController->filters());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

StoreError MainWindow::openProject(const QString &path, bool interactive)
{
    StoreError error;
    std::unique_ptr<ProjectStore> store
        = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open the project"), error.toString());
        statusBar()->showMessage(error.toString());
        return error;
    }
    setProject(std::move(store));
    return {};
}

void MainWindow::setProject(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    watchDataRevision();
    showForeignObjects();
    const QString path = m_store->path();
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    rememberRecent(absolutePath);
    m_navigator->setProjectName(QFileInfo(path).completeBaseName());
    ExportLocation::setProjectName(QFileInfo(path).completeBaseName());
    m_navigator->setTableCounts({});
    m_browser->setProject(absolutePath);
    m_assumptionsEditor->setProject(absolutePath);
    m_historyPage->setProject(absolutePath);
    m_overview->setLoading(absolutePath);
    m_metricsController->setProject(absolutePath);
    m_metricsPage->setProject(absolutePath);
    m_metricsController->request(m_metricsPage->filterBar()->filters());
    if (!m_pendingPane.isEmpty()) {
        showPane(std::exchange(m_pendingPane, QString()));
    } else {
        m_navigator->selectPage(Navigator::PageKind::Overview);
        showPage(Navigator::PageKind::Overview, QString());
    }
    retranslate();
    loadSummary();
}

void MainWindow::showForeignObjects()
{
    // A read-only project (foreign triggers, or a file or folder that cannot
    // be written) says so, with its reason when there is no other warning.
    QString warning = m_store->foreignObjectsWarning();
    if (warning.isEmpty())
        warning = m_store->readOnlyReason();
    m_foreignObjectsLabel->setText(m_store->isReadOnly() ? tr("Read-only. %1").arg(warning)
                                                         : warning);
    m_foreignObjectsLabel->setToolTip(m_store->readOnlyReason());
    m_foreignObjectsLabel->setVisible(!warning.isEmpty());
}

void MainWindow::loadSummary()
{
    const QString path = projectPath();
    m_countsLabel->setText(tr("Counting…"));
    m_summaryJob.start<ProjectSummary>(
        [path](const JobTracker::StopCheck &) { return ProjectSummary::load(path); },
        [this](const ProjectSummary &summary) {
            if (!summary.error.isEmpty()) {
                statusBar()->showMessage(
                    tr("The project could not be read: %1").arg(summary.error));
                return;
            }
            showSummary(summary);
        });
}

void MainWindow::showSummary(const ProjectSummary &summary)
{
    m_overview->setSummary(summary);
    // An empty project shows the checklist, not panes without data.
    if (summary.rowCounts[size_t(CanonicalTable::Customers)] == 0
        && m_pages->currentWidget() == m_metricsPage)
        m_pages->setCurrentWidget(m_overviewPage);
    QList<qint64> counts(summary.rowCounts.begin(), summary.rowCounts.end());
    m_navigator->setTableCounts(counts);
    m_summaryCounts = summary.rowCounts;
    m_socialCustomers = summary.socialCustomers;
    showCounts();
    Q_EMIT projectLoaded();
}

void MainWindow::showCounts()
{
    if (m_socialCustomers < 0)
        return;
    const QLocale locale;
    m_countsLabel->setText(
        QStringList {tr("%Ln customer(s) (%1 social)", nullptr, int(m_summaryCounts[0]))
                         .arg(locale.toString(m_socialCustomers)),
                     ImportUndo::rowsOf(QStringLiteral("contacts"), m_summaryCounts[1]),
                     ImportUndo::rowsOf(QStringLiteral("orders"), m_summaryCounts[2]),
                     ImportUndo::rowsOf(QStringLiteral("mentions"), m_summaryCounts[3])}
            .join(QStringLiteral(" · ")));
}

void MainWindow::showPage(Navigator::PageKind kind, const QString &id)
{
    if (kind == Navigator::PageKind::Table) {
        m_browser->setTable(id);
        m_pages->setCurrentWidget(m_browser);
    } else if (kind == Navigator::PageKind::Assumptions) {
        m_pages->setCurrentWidget(m_assumptionsEditor);
    } else if (kind == Navigator::PageKind::Imports) {
        if (!id.isEmpty())
            m_historyPage->selectImport(id.toLongLong());
        m_pages->setCurrentWidget(m_historyPage);
    } else if (kind == Navigator::PageKind::Metric || kind == Navigator::PageKind::Roi) {
        m_metricsPage->showPane(id);
        // Without customers every pane is empty: the checklist says what to import.
        m_pages->setCurrentWidget(projectIsEmpty() ? static_cast<QWidget *>(m_overviewPage)
                                                   : m_metricsPage);
    } else {
        m_pages->setCurrentWidget(m_overviewPage);
    }
    updateChartActions();
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                projectFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".socialroi");
    StoreError error;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Cannot create the project"),
            tr("%1 already exists. Choose another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!ProjectStore::create(path, &error)) {
        QMessageBox::warning(this, tr("Cannot create the project"), error.toString());
        return;
    }
    openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QFileInfo(projectPath()).absolutePath(), projectFileFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(recentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > recentLimit)
        recent.removeLast();
    settings.setValue(QLatin1String(recentKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(recentKey)).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::openStartupProject()
{
    const QStringList recent = QSettings().value(QLatin1String(recentKey)).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.constFirst())
        && !openProject(recent.constFirst(), false).isError()) {
        return;
    }
    const QString demoPath = demoProjectPath();
    if (QFileInfo::exists(demoPath) && !openProject(demoPath, false).isError())
        return;
    generateDemoProject(demoPath);
}

void MainWindow::generateDemoProject(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Preparing the demo project…"));
    m_busy->setRange(0, 100);
    m_busy->setValue(0);
    m_busy->show();
    auto future
        = runInBackground<DemoGenerator::Result>([path](QPromise<DemoGenerator::Result> &promise) {
              promise.setProgressRange(0, 100);
              return DemoGenerator::generate(path, DemoOptions(), true,
                                             [&promise](qint64 done, qint64 total) {
                                                 promise.setProgressValue(int(100 * done / total));
                                                 return !promise.isCanceled();
                                             });
          });
    auto *watcher = new QFutureWatcher<DemoGenerator::Result>(this);
    connect(watcher, &QFutureWatcher<DemoGenerator::Result>::progressValueChanged, m_busy,
            &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<DemoGenerator::Result>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_busy->hide();
        const DemoGenerator::Result result = watcher->result();
        if (!result.ok) {
            statusBar()->showMessage(result.error.toString());
            return;
        }
        statusBar()->clearMessage();
        openProject(path);
    });
    watcher->setFuture(future);
}

void MainWindow::setLanguageManager(LanguageManager *languages)
{
    m_languages = languages;
    rebuildLanguageMenu();
}

void MainWindow::rebuildLanguageMenu()
{
    if (!m_languageMenu)
        return;
    m_languageMenu->clear();
    auto *group = new QActionGroup(m_languageMenu);
    for (const QString &language : LanguageManager::languages()) {
        // Each language in its own name, so a user lost in a foreign
        // interface still finds theirs.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(m_languages && m_languages->language() == language);
        action->setEnabled(m_languages != nullptr);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (m_languages)
                m_languages->setLanguage(language);
        });
    }
}

void MainWindow::connectReportExporter()
{
    connect(m_reportExporter, &ReportExporter::progressChanged, this,
            [this](int percent, const QString &stage) {
                m_busy->setValue(percent);
                statusBar()->showMessage(stage);
            });
    connect(
        m_reportExporter, &ReportExporter::finished, this, [this](const ReportOutcome &outcome) {
            m_busy->hide();
            switch (outcome.status) {
            case ReportOutcome::Status::Written:
                statusBar()->showMessage(
                    tr("Report written to %1").arg(QDir::toNativeSeparators(outcome.path)), 10000);
                ExportLocation::announceSaved(this, outcome.path);
                break;
            case ReportOutcome::Status::Cancelled:
                statusBar()->showMessage(tr("Report export cancelled"), 5000);
                break;
            case ReportOutcome::Status::Failed:
                QMessageBox::warning(this, tr("Cannot export the report"), outcome.error);
                // The save dialog again, on the same file, to pick another place.
                exportReport(outcome.path);
                break;
            }
        });
}

void MainWindow::exportReport(const QString &suggested)
{
    if (!m_store || m_reportExporter->isRunning())
        return;
    const QString pdf = tr("PDF report (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString xlsx = ExportLocation::xlsxFilter();
    const QString pptx = tr("PowerPoint slides (*.pptx)");
    const QString suffix = QFileInfo(suggested).suffix().toLower();
    QString selectedFilter = suffix == QLatin1String("html") ? html
        : suffix == QLatin1String("xlsx")                    ? xlsx
        : suffix == QLatin1String("pptx")                    ? pptx
                                                             : pdf;
    //: Part of a proposed file name: "Acme – ROI report – 2026-12-06.pdf"
    const QString start = suggested.isEmpty()
        ? ExportLocation::proposedPath(tr("ROI report"), QStringLiteral("pdf"))
        : suggested;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), start,
        QStringList {pdf, html, xlsx, pptx}.join(QLatin1String(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    if (!ReportExporter::formatForPath(path)) {
        // The user left the suffix off: take it from the chosen filter.
        const QString suffix = selectedFilter.contains(QLatin1String("*.html"))
            ? QStringLiteral(".html")
            : selectedFilter.contains(QLatin1String("*.xlsx")) ? QStringLiteral(".xlsx")
            : selectedFilter.contains(QLatin1String("*.pptx")) ? QStringLiteral(".pptx")
                                                               : QStringLiteral(".pdf");
        path += suffix;
    }
    ReportRequest request;
    request.projectPath = projectPath();
    request.outputPath = path;
    request.filters = m_metricsController->filters();
    request.locale = QLocale();
    request.statisticalDetails = StatisticalDetails::instance()->isShown();
    // A result still being replaced (other filters, another language) is not
    // the one asked for: the exporter computes its own then.
    if (m_metricsController->result() && !m_metricsController->isBusy())
        request.result = std::make_shared<const MetricsResult>(*m_metricsController->result());

    m_busy->setRange(0, 100);
    m_busy->setValue(0);
    m_busy->show();
    m_reportExporter->start(request);
}

void MainWindow::startImport(const QString &filePath, std::optional<CanonicalTable> table)
{
    if (!m_store)
        return;
    auto *wizard = new ImportWizard(projectPath(), filePath, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (table) {
        wizard->state().table = *table;
        wizard->state().tableChosenByUser = true;
    }
    connect(wizard, &ImportWizard::importFinished, this, [this](const ImportResult &result) {
        if (result.ok)
            projectDataChanged();
    });
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_store && urls.size() == 1 && urls.constFirst().isLocalFile()
        && ImportWizard::canImport(urls.constFirst().toLocalFile())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    startImport(urls.constFirst().toLocalFile());
}

bool MainWindow::projectIsEmpty() const
{
    return m_socialCustomers >= 0 && m_summaryCounts[size_t(CanonicalTable::Customers)] == 0;
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions;
    const std::function<void(const QList<QAction *> &)> collect
        = [&actions, &collect](const QList<QAction *> &list) {
              for (QAction *action : list) {
                  if (QMenu *menu = action->menu())
                      collect(menu->actions());
                  else if (!action->shortcuts().isEmpty() && !actions.contains(action))
                      actions << action;
              }
          };
    collect(menuBar()->actions());
    return actions;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::openUserGuide(const QString &document)
{
    const QString home = UserGuide::documentPath(QLatin1String(UserGuide::indexDocument));
    const QString path = document.isEmpty() ? home : UserGuide::documentPath(document);
    if (home.isEmpty() || path.isEmpty()) {
        statusBar()->showMessage(
            tr("The user guide is not installed: its documents were not found beside the "
               "program."));
        return false;
    }
    if (!m_userGuide)
        m_userGuide = new UserGuideDialog(home, this);
    m_userGuide->showDocument(path);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
    return true;
}

void MainWindow::openDemoProject()
{
    const QString path = demoProjectPath();
    if (QFileInfo::exists(path) && !openProject(path).isError())
        return;
    generateDemoProject(path);
}
