#pragma once

#include "navigator.h"
#include "storeerror.h"

#include <QMainWindow>

#include <memory>

class DataBrowser;
class ProjectOverview;
class ProjectStore;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
struct ProjectSummary;

// The workbench window: navigator on the left, the selected page on the
// right (project overview or a raw table), status bar with counts, File menu
// with recent projects. Window geometry and layout are remembered.
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
    Navigator *navigator() const { return m_navigator; }

    static QString demoProjectPath();

Q_SIGNALS:
    void projectLoaded(); // the summary of a newly opened project is shown

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void showPage(Navigator::PageKind kind, const QString &id);
    void newProject();
    void chooseProject();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void loadSummary();
    void showSummary(const ProjectSummary &summary);
    void generateDemoProject(const QString &path);
    void restoreLayout();

    std::unique_ptr<ProjectStore> m_store;
    Navigator *m_navigator;
    QStackedWidget *m_pages;
    ProjectOverview *m_overview;
    DataBrowser *m_browser;
    QSplitter *m_splitter;
    QLabel *m_countsLabel;
    QProgressBar *m_busy;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_countsText;
    quint64 m_summaryGeneration = 0;
};
