// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "jobtracker.h"
#include "navigator.h"
#include "storeerror.h"

#include <QMainWindow>

#include <array>
#include <memory>
#include <optional>

class AssumptionsEditor;
class CohortChart;
class DataBrowser;
class ImportHistoryPage;
class LanguageManager;
class ReportExporter;
class UserGuideDialog;
class MetricsController;
class MetricsPage;
class ProjectOverview;
class ProjectStore;
class QTimer;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QScrollArea;
class QStackedWidget;
class QToolBar;
struct ProjectSummary;

// The workbench window: navigator on the left, the selected page on the
// right (project overview, a raw table, or a metric pane under the shared
// filter bar), status bar with counts and a busy indicator, File menu with
// recent projects, a toolbar with the main actions (open, import, export the
// report, export or copy the chart of the current pane). Window geometry and
// layout are remembered.
//
// Metrics are computed off the UI thread by a MetricsController as soon as a
// project opens and again whenever the filters change; the panes are created
// once and fed each new result.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows why (when `interactive`), keeps the
    // current project and returns the reason the file was rejected.
    StoreError openProject(const QString &path, bool interactive = true);
    // Shows a project opened (and so validated) by the caller.
    void setProject(std::unique_ptr<ProjectStore> store);
    // What to open when no project is named: the last project if it still
    // exists, else the demo project in the user's data folder (generated on
    // first use, in the background).
    void openStartupProject();

    QString projectPath() const;
    DataBrowser *dataBrowser() const { return m_browser; }
    QLabel *foreignObjectsLabel() const { return m_foreignObjectsLabel; }
    Navigator *navigator() const { return m_navigator; }
    MetricsPage *metricsPage() const { return m_metricsPage; }
    MetricsController *metricsController() const { return m_metricsController; }
    AssumptionsEditor *assumptionsEditor() const { return m_assumptionsEditor; }
    ImportHistoryPage *importHistoryPage() const { return m_historyPage; }
    // The interface language; the window offers the Language menu for it.
    void setLanguageManager(LanguageManager *languages);

    // Shows a metric pane (a metric group id, or "roi"); false for an unknown
    // id. Called before a project is open, the pane is shown once it is.
    bool showPane(const QString &id);
    // The ids showPane() and --pane accept, in navigator order.
    static QStringList paneIds();

    static QString demoProjectPath();

    // The chart the chart actions work on: the focused chart of the shown
    // metric pane, else its main chart; nullptr on other pages.
    CohortChart *currentChart() const;
    QToolBar *mainToolBar() const { return m_toolBar; }
    QAction *exportChartAction() const { return m_exportChartAction; }
    QAction *copyChartAction() const { return m_copyChartAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *userGuideAction() const { return m_userGuideAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QAction *demoAction() const { return m_demoAction; }
    ProjectOverview *overview() const { return m_overview; }
    // Every action of the menus that has a keyboard shortcut, in menu order:
    // what Help > Keyboard shortcuts lists.
    QList<QAction *> shortcutActions() const;
    // Opens a document of the user guide (by file name; the guide's first
    // page when empty) in the guide's window; false when the guide is not
    // installed, which the status bar then says.
    bool openUserGuide(const QString &document = QString());
    // Opens the demo project of the user's data folder, generating it
    // first (in the background) when it is not there.
    void openDemoProject();
    // The text of Help > About: version, licence, and the libraries'
    // versions and licences.
    static QString aboutText();

public Q_SLOTS:
    // The project's data or assumptions changed (an import, an edit): the
    // counts, the filter choices and the metrics are read again.
    void projectDataChanged();

Q_SIGNALS:
    void projectLoaded(); // the summary of a newly opened project is shown

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void updateChartActions();
    void retranslate();
    void showPage(Navigator::PageKind kind, const QString &id);
    void newProject();
    void chooseProject();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showForeignObjects();
    void loadSummary();
    void watchDataRevision();
    qint64 readDataRevision() const;
    void checkDataRevision();
    void showSummary(const ProjectSummary &summary);
    void generateDemoProject(const QString &path);
    void restoreLayout();
    void connectMetrics();
    void setMetricsBusy(bool busy);
    void rebuildLanguageMenu();
    // Asks where to write the report (starting at `suggested` when given) and writes it.
    void exportReport(const QString &suggested = QString());
    // The wizard on `filePath` (when given), for `table` (when given: the
    // checklist's step) rather than the table its headers suggest.
    void startImport(const QString &filePath = QString(),
                     std::optional<CanonicalTable> table = std::nullopt);
    void showShortcuts();
    bool projectIsEmpty() const; // a summary arrived and the project has no customer
    void showCounts();
    void connectReportExporter();

    std::unique_ptr<ProjectStore> m_store;
    // Another process (a command-line import) may change the project while
    // it is open: its data revision is read every second.
    QTimer *m_revisionTimer = nullptr;
    qint64 m_dataRevision = -1;
    Navigator *m_navigator;
    QStackedWidget *m_pages;
    ProjectOverview *m_overview;
    QScrollArea *m_overviewPage; // holds m_overview
    DataBrowser *m_browser;
    MetricsPage *m_metricsPage;
    MetricsController *m_metricsController;
    AssumptionsEditor *m_assumptionsEditor;
    ImportHistoryPage *m_historyPage;
    ReportExporter *m_reportExporter;
    LanguageManager *m_languages = nullptr;
    QMenu *m_languageMenu = nullptr;
    QSplitter *m_splitter;
    QLabel *m_countsLabel;
    // Names the schema objects of the project that this program did not
    // create (and says when the project is therefore read-only).
    QLabel *m_foreignObjectsLabel;
    QProgressBar *m_busy;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    UserGuideDialog *m_userGuide = nullptr; // made when first asked for
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportSlidesAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_paneActions; // Ctrl+2 … Ctrl+9, Ctrl+0: one per pane
    QString m_pendingPane; // asked for before a project was open
    QString m_countsText;
    JobTracker m_summaryJob {this}; // the row counts of the overview and the navigator
    std::array<qint64, 5> m_summaryCounts {}; // by canonical table, for the status bar
    qint64 m_socialCustomers = -1; // -1 until a summary arrived
};
