// SPDX-License-Identifier: GPL-3.0-or-later
// The guided start (issue 18): an empty project shows the checklist, which
// ticks as the tables fill and whose buttons start the right thing; Help
// offers the user guide, the keyboard shortcuts and the demo project.
#include "assumptionseditor.h"
#include "demogenerator.h"
#include "gettingstarted.h"
#include "importwizard/importwizard.h"
#include "importwizard/importwizardstate.h"
#include "mainwindow.h"
#include "projectoverview.h"
#include "projectstore.h"
#include "shortcutsdialog.h"
#include "sqliteconnection.h"
#include "userguide.h"
#include "userguidedialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

class TestGuidedStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyProjectShowsTheChecklist();
    void checklistTicksAsTablesFill();
    void buttonsAskForTheirStep();
    void windowOpensTheWizardForTheStepsTable();
    void shortcutsDialogListsTheWindowsShortcuts();
    void helpOffersGuideShortcutsAndDemo();
    void userGuideOpensTheShippedDocuments();
    void demoActionOpensTheDemoProject();

private:
    QString emptyProject(const QString &name);
    QTemporaryDir m_dir;
};

namespace {

// The page the window shows now (the overview sits in a scroll area).
QWidget *currentPage(MainWindow &window)
{
    const QList<QStackedWidget *> stacks = window.findChildren<QStackedWidget *>();
    for (QStackedWidget *stack : stacks) {
        for (int i = 0; i < stack->count(); ++i) {
            if (!stack->widget(i)->isAncestorOf(window.overview()))
                continue;
            QWidget *current = stack->currentWidget();
            if (auto *scroll = qobject_cast<QScrollArea *>(current))
                return scroll->widget();
            return current;
        }
    }
    return nullptr;
}

ProjectSummary summaryWith(qint64 customers, qint64 contacts, qint64 orders, qint64 assumptions)
{
    ProjectSummary summary;
    summary.path = QStringLiteral("/tmp/x.socialroi");
    summary.rowCounts[size_t(CanonicalTable::Customers)] = customers;
    summary.rowCounts[size_t(CanonicalTable::Contacts)] = contacts;
    summary.rowCounts[size_t(CanonicalTable::Orders)] = orders;
    summary.assumptionsChanged = assumptions;
    return summary;
}

} // namespace

void TestGuidedStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guidedstart"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString TestGuidedStart::emptyProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    return ProjectStore::create(path, nullptr) ? path : QString();
}

void TestGuidedStart::emptyProjectShowsTheChecklist()
{
    const QString path = emptyProject(QStringLiteral("Empty.socialroi"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1280, 800);
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    QVERIFY(!window.openProject(path, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);

    GettingStarted *checklist = window.overview()->gettingStarted();
    QCOMPARE(currentPage(window), window.overview());
    QVERIFY(checklist->isVisible());
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(
        window.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/empty-project-window.png")));
    for (int i = 0; i < GettingStarted::stepCount; ++i)
        QVERIFY(!checklist->isDone(GettingStarted::Step(i)));
    QVERIFY(checklist->stepText(GettingStarted::Step::Customers)
                .contains(QLatin1String("customer_id and signup_date")));
    const QString orders = checklist->stepText(GettingStarted::Step::Orders);
    for (const char *column : {"customer_id", "order_date", "amount", "cross_sell"})
        QVERIFY2(orders.contains(QLatin1String(column)), qPrintable(orders));
    QVERIFY(!orders.contains(QLatin1String("order_id")));
    // Contacts and orders name customers: not before the customers are in.
    QVERIFY(checklist->button(GettingStarted::Step::Customers)->isEnabled());
    QVERIFY(!checklist->button(GettingStarted::Step::Contacts)->isEnabled());

    // A metric pane asked for shows the checklist instead of an empty pane.
    QVERIFY(window.showPane(QStringLiteral("retention")));
    QCOMPARE(currentPage(window), window.overview());

    // Customers come in (another program, or the wizard): the step ticks,
    // the panes show again, and the checklist stays for contacts and orders.
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
        QVERIFY(store);
        store->connection().execute(
            "INSERT INTO customers (customer_id, signup_date) VALUES ('A', '2024-01-01'), "
            "('B', '2024-02-01')");
    }
    loaded.clear();
    window.projectDataChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QVERIFY(checklist->isDone(GettingStarted::Step::Customers));
    QVERIFY(!checklist->isDone(GettingStarted::Step::Contacts));
    QVERIFY(checklist->button(GettingStarted::Step::Contacts)->isEnabled());
    QVERIFY(checklist->isVisible());
    QVERIFY(window.showPane(QStringLiteral("retention")));
    QVERIFY(currentPage(window) != window.overview());
}

void TestGuidedStart::checklistTicksAsTablesFill()
{
    GettingStarted checklist;
    checklist.resize(760, 620);
    checklist.setSummary(summaryWith(0, 0, 0, 0));
    QVERIFY(!checklist.isComplete());
    const QString before = checklist.stepText(GettingStarted::Step::Contacts);

    checklist.setSummary(summaryWith(1200, 0, 0, 0));
    QVERIFY(checklist.isDone(GettingStarted::Step::Customers));
    QVERIFY(checklist.stepText(GettingStarted::Step::Customers).contains(QLocale().toString(1200)));
    QVERIFY(!checklist.isDone(GettingStarted::Step::Contacts));

    checklist.setSummary(summaryWith(1200, 5000, 0, 0));
    QVERIFY(checklist.isDone(GettingStarted::Step::Contacts));
    QVERIFY(!checklist.isComplete());
    QVERIFY(checklist.stepText(GettingStarted::Step::Contacts) != before);

    checklist.setSummary(summaryWith(1200, 5000, 800, 0));
    QVERIFY(checklist.isComplete());
    QVERIFY(!checklist.isDone(GettingStarted::Step::Assumptions));
    checklist.setSummary(summaryWith(1200, 5000, 800, 3));
    QVERIFY(checklist.isDone(GettingStarted::Step::Assumptions));

    // The picture of the docs: a new project's checklist, at the height its
    // wrapped lines need for the width, nothing cut off.
    checklist.setSummary(summaryWith(0, 0, 0, 0));
    checklist.resize(820, checklist.layout()->totalHeightForWidth(820));
    checklist.show();
    QVERIFY(QTest::qWaitForWindowExposed(&checklist));
    for (const QWidget *child : checklist.findChildren<QWidget *>()) {
        QVERIFY(checklist.rect().contains(child->geometry()));
        if (const auto *label = qobject_cast<const QLabel *>(child); label && label->wordWrap())
            QVERIFY(label->height() >= label->heightForWidth(label->width()));
    }
    const QImage image = checklist.grab().toImage();
    QVERIFY(!image.isNull());
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(image.save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/empty-project-checklist.png")));
}

void TestGuidedStart::buttonsAskForTheirStep()
{
    GettingStarted checklist;
    checklist.setSummary(summaryWith(10, 0, 0, 0));
    QSignalSpy imports(&checklist, &GettingStarted::importRequested);
    QSignalSpy assumptions(&checklist, &GettingStarted::assumptionsRequested);
    QSignalSpy documents(&checklist, &GettingStarted::documentRequested);
    const std::pair<GettingStarted::Step, CanonicalTable> steps[]
        = {{GettingStarted::Step::Customers, CanonicalTable::Customers},
           {GettingStarted::Step::Contacts, CanonicalTable::Contacts},
           {GettingStarted::Step::Orders, CanonicalTable::Orders}};
    for (const auto &[step, table] : steps) {
        QTest::mouseClick(checklist.button(step), Qt::LeftButton);
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.takeFirst().at(0).value<CanonicalTable>(), table);
    }
    QTest::mouseClick(checklist.button(GettingStarted::Step::Assumptions), Qt::LeftButton);
    QCOMPARE(assumptions.size(), 1);
    QCOMPARE(imports.size(), 0);
    QLabel *links = nullptr;
    for (QLabel *label : checklist.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("import-mappings.md")))
            links = label;
    }
    QVERIFY(links);
    Q_EMIT links->linkActivated(QStringLiteral("import-mappings.md"));
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).at(0).toString(), QStringLiteral("import-mappings.md"));
}

void TestGuidedStart::windowOpensTheWizardForTheStepsTable()
{
    const QString path = emptyProject(QStringLiteral("Wizard.socialroi"));
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
        store->connection().execute(
            "INSERT INTO customers (customer_id, signup_date) VALUES ('A', '2024-01-01')");
    }
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    QVERIFY(!window.openProject(path, false).isError());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    GettingStarted *checklist = window.overview()->gettingStarted();
    QTest::mouseClick(checklist->button(GettingStarted::Step::Orders), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<ImportWizard *>() != nullptr);
    ImportWizard *wizard = window.findChild<ImportWizard *>();
    QCOMPARE(wizard->state().table, CanonicalTable::Orders);
    QVERIFY(wizard->state().tableChosenByUser);
    wizard->reject();
    QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);

    QTest::mouseClick(checklist->button(GettingStarted::Step::Assumptions), Qt::LeftButton);
    QCOMPARE(currentPage(window), window.assumptionsEditor());
}

void TestGuidedStart::shortcutsDialogListsTheWindowsShortcuts()
{
    MainWindow window;
    const QList<QAction *> actions = window.shortcutActions();
    QVERIFY(actions.size() >= 10);
    QVERIFY(actions.contains(window.userGuideAction()));
    ShortcutsDialog dialog(actions, &window);
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), actions.size());
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        QCOMPARE(list->topLevelItem(i)->text(1),
                 action->shortcut().toString(QKeySequence::NativeText));
        QVERIFY(!list->topLevelItem(i)->text(0).contains(QLatin1Char('&')));
    }
    // The import's shortcut as the File menu sets it, read from the action.
    const auto entries = ShortcutsDialog::entries(actions);
    const auto importEntry = std::find_if(entries.begin(), entries.end(), [](const auto &entry) {
        return entry.keys == QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText);
    });
    QVERIFY(importEntry != entries.end());
    // An action gaining a shortcut appears; the list is not written by hand.
    QAction extra(QStringLiteral("&Extra"));
    extra.setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    QList<QAction *> more = actions;
    more << &extra;
    const auto withExtra = ShortcutsDialog::entries(more);
    QCOMPARE(withExtra.back().action, QStringLiteral("Extra"));
}

void TestGuidedStart::helpOffersGuideShortcutsAndDemo()
{
    MainWindow window;
    QMenu *help = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(window.aboutAction()))
            help = action->menu();
    }
    QVERIFY(help);
    const QList<QAction *> items = help->actions();
    QVERIFY(items.contains(window.userGuideAction()));
    QVERIFY(items.contains(window.shortcutsAction()));
    QVERIFY(items.contains(window.demoAction()));
    QCOMPARE(window.userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(!window.shortcutsAction()->text().isEmpty());
    QVERIFY(!window.demoAction()->text().isEmpty());

    // The shortcuts action opens the dialog.
    window.shortcutsAction()->trigger();
    QTRY_VERIFY(window.findChild<ShortcutsDialog *>() != nullptr);
    window.findChild<ShortcutsDialog *>()->reject();
}

void TestGuidedStart::userGuideOpensTheShippedDocuments()
{
    // Run from the build tree: the source tree's docs/.
    QVERIFY(!UserGuide::folder().isEmpty());
    QVERIFY(!UserGuide::documentPath(QStringLiteral("import-mappings.md")).isEmpty());
    QVERIFY(UserGuide::documentPath(QStringLiteral("../README.md")).isEmpty());

    MainWindow window;
    window.userGuideAction()->trigger();
    UserGuideDialog *guide = window.findChild<UserGuideDialog *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("user guide")));
    QVERIFY(window.openUserGuide(QStringLiteral("import-mappings.md")));
    QVERIFY(guide->browser()->source().toLocalFile().endsWith(QLatin1String("import-mappings.md")));
    QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("Importing files")));
    guide->close();
}

void TestGuidedStart::demoActionOpensTheDemoProject()
{
    // The demo already in the user's data folder (a small one, made here):
    // Help > Open the demo project opens it rather than making another.
    const QString demoPath = MainWindow::demoProjectPath();
    QDir().mkpath(QFileInfo(demoPath).absolutePath());
    QFile::remove(demoPath);
    DemoOptions options;
    options.customers = 300;
    QVERIFY(DemoGenerator::generate(demoPath, options, false).ok);
    const QDateTime made = QFileInfo(demoPath).lastModified();

    MainWindow window;
    QVERIFY(!window.openProject(emptyProject(QStringLiteral("Before demo.socialroi")), false)
                 .isError());
    window.demoAction()->trigger();
    QCOMPARE(window.projectPath(), demoPath);
    QCOMPARE(QFileInfo(demoPath).lastModified(), made);
}

QTEST_MAIN(TestGuidedStart)
#include "tst_guidedstart.moc"
