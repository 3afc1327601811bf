#include "demogenerator.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QDir>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// The texts a user reads first: menu titles and their actions, and the
// navigator's entries.
QStringList visibleTexts(MainWindow &window)
{
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text().remove(QLatin1Char('&'));
        // The Language menu lists each language in its own name, on purpose.
        const bool languageMenu = menu->menu() && !menu->menu()->actions().isEmpty()
            && LanguageManager::isSupported(
                                      menu->menu()->actions().constFirst()->data().toString());
        if (menu->menu() && !languageMenu) {
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && !action->menu())
                    texts << action->text().remove(QLatin1Char('&'));
            }
        }
    }
    const QAbstractItemModel *navigator = window.navigator()->view()->model();
    for (int row = 0; row < navigator->rowCount(); ++row) {
        const QModelIndex parent = navigator->index(row, 0);
        texts << parent.data().toString();
        for (int child = 0; child < navigator->rowCount(parent); ++child)
            texts << navigator->index(child, 0, parent).data().toString();
    }
    return texts;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesEveryVisibleText_data();
    void switchesEveryVisibleText();
    void polishHasThreePluralForms();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("Demo.socialroi"));
    DemoOptions options;
    options.customers = 500;
    QVERIFY(DemoGenerator::generate(m_path, options, false).ok);
}

void TestLanguages::switchesEveryVisibleText_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language :
         {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("pl"), QStringLiteral("hi")})
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguages::switchesEveryVisibleText()
{
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow window;
    window.setLanguageManager(&languages);
    window.resize(1280, 800);
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    QVERIFY(!window.openProject(m_path, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (loaded.isEmpty())
        QVERIFY(loaded.wait(10000));
    const QStringList english = visibleTexts(window);

    QVERIFY(languages.setLanguage(language, false));
    QCoreApplication::processEvents(); // LanguageChange events
    const QStringList translated = visibleTexts(window);
    QCOMPARE(translated.size(), english.size());

    // Names that stay the same: the project's name, acronyms, and words that
    // French spells as English does.
    QStringList allowed = {QStringLiteral("Demo"), QStringLiteral("ROI")};
    if (language == QLatin1String("fr"))
        allowed << QStringLiteral("Tables") << QStringLiteral("Mentions");
    QStringList untranslated;
    for (int i = 0; i < english.size(); ++i) {
        QString word = english[i];
        word.remove(QRegularExpression(QStringLiteral(" \\([0-9,]+\\)$")));
        if (translated[i] == english[i] && !allowed.contains(word))
            untranslated << english[i];
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1String(" | "))));
    QCOMPARE(QLocale().name().left(2), language);

    window.navigator()->selectPage(Navigator::PageKind::Metric, QStringLiteral("retention"));
    QTest::qWait(1500);
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(window.grab().save(
        QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/main-window-%1.png").arg(language)));
}

void TestLanguages::polishHasThreePluralForms()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("pl"), false));
    const QString one = QCoreApplication::translate("DataBrowser", "%Ln row(s)", nullptr, 1);
    const QString few = QCoreApplication::translate("DataBrowser", "%Ln row(s)", nullptr, 2);
    const QString many = QCoreApplication::translate("DataBrowser", "%Ln row(s)", nullptr, 5);
    const QString forms = one + QLatin1String(" / ") + few + QLatin1String(" / ") + many;
    QVERIFY2(one != few && few != many && one != many, qPrintable(forms));
    QVERIFY(!one.contains(QLatin1String("row")));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
