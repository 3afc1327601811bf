// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionlabels.h"
#include "assumptionsmodel.h"
#include "charts/roiwaterfallchart.h"
#include "charts/sensitivitychart.h"
#include "demogenerator.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "metricformat.h"
#include "metricscontroller.h"
#include "metricspage.h"
#include "roipane.h"
#include "roisummarymodel.h"
#include "roitable.h"

#include <QDir>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
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
    void metricWarningsFollowTheLanguage();
    void roiChartsFollowTheLanguage_data();
    void roiChartsFollowTheLanguage();

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

void TestLanguages::roiChartsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    // German for long words, Hindi for another script; both at the two sizes.
    for (const char *language : {"de", "hi", "fr", "pl"}) {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            QTest::addRow("%s %dx%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << size;
        }
    }
}

void TestLanguages::roiChartsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow window;
    window.setLanguageManager(&languages);
    window.resize(size);
    QVERIFY(!window.openProject(m_path, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPane(QStringLiteral("roi")));
    QTRY_VERIFY_WITH_TIMEOUT(window.metricsController()->sensitivity().has_value(), 120000);
    RoiPane *pane = window.metricsPage()->roiPane();
    QTRY_VERIFY(pane->sensitivityChart()->hasSensitivity());
    QCOMPARE(pane->waterfallChart()->stepLabels().constLast(), QStringLiteral("Net value"));
    const QString englishTitle = pane->sensitivityChart()->title();

    QVERIFY(languages.setLanguage(language, false));
    QCoreApplication::processEvents(); // LanguageChange events
    const QString netValue = RoiTable::labelOf(QStringLiteral("net"));
    QVERIFY(netValue != QLatin1String("Net value"));
    QCOMPARE(QString(pane->waterfallChart()->stepLabels().constLast()).remove(QLatin1Char('\n')),
             QString(netValue).remove(QLatin1Char('\n')));
    QVERIFY(pane->sensitivityChart()->title() != englishTitle);
    const QStringList labels = pane->sensitivityChart()->assumptionLabels();
    QVERIFY(!labels.isEmpty());
    QCOMPARE(
        labels.constFirst(),
        AssumptionLabels::keyLabel(pane->sensitivityChart()->sensitivity().rows[0].assumption));
    QVERIFY(labels.constFirst() != QLatin1String("Programme cost per month")); // translated

    // The table's money takes the language's number format, as the charts do.
    const QAbstractItemModel *table
        = pane->findChild<QTableView *>(QStringLiteral("RoiTable"))->model();
    const RoiSummary &roi = window.metricsController()->result()->roi;
    const QModelIndex firstValue = table->index(0, int(RoiSummaryModel::Column::Value));
    QCOMPARE(table->data(firstValue).toString(),
             MetricFormat::money(roi.components.at(0).value, roi.currency, QLocale()));

    QTest::qWait(100); // queued replots
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(window.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-roi-%1-%2x%3.png")
                                   .arg(language)
                                   .arg(size.width())
                                   .arg(size.height())));
    languages.setLanguage(QStringLiteral("en"), false);
}

// The rows' warnings are written when the metrics are computed; after a
// switch of language the window computes them again, so neither its panes nor
// a report exported from it keep the old language's sentences.
void TestLanguages::metricWarningsFollowTheLanguage()
{
    const auto warnings = [](const MetricsResult &result) {
        QStringList texts;
        for (const MetricGroup &group : result.groups) {
            for (const MetricRow &row : group.rows) {
                if (!row.warning.isEmpty())
                    texts << row.warning;
            }
        }
        return texts.join(QLatin1Char('\n'));
    };
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow window;
    window.setLanguageManager(&languages);
    QVERIFY(!window.openProject(m_path, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MetricsController *controller = window.metricsController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->result().has_value() && !controller->isBusy(), 120000);
    const QString english = QStringLiteral("Fewer than 30 in a cohort");
    const QString zero = QStringLiteral("The interval includes zero");
    QVERIFY(warnings(*controller->result()).contains(zero));

    QSignalSpy finished(controller, &MetricsController::finished);
    QVERIFY(languages.setLanguage(QStringLiteral("fr"), false));
    QCoreApplication::processEvents(); // LanguageChange events
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !controller->isBusy(), 120000);
    const QString french = warnings(*controller->result());
    QVERIFY2(!french.contains(zero) && !french.contains(english), qPrintable(french));
    QVERIFY(french.contains(QCoreApplication::translate(
        "MetricWarnings", "The interval includes zero: the data cannot tell the cohorts apart.")));
    languages.setLanguage(QStringLiteral("en"), false);
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
