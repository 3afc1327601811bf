// SPDX-License-Identifier: GPL-3.0-or-later
// Every chart of every pane, laid out as in a 1280×800 window in each of the
// five languages: no two of its texts overlap and none is cut at its edge
// (issue 18, point 8). Also grabs each pane in French and Hindi.
#include "charts/chartlabels.h"
#include "charts/cohortchart.h"
#include "demogenerator.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "metricpane.h"
#include "metricscontroller.h"
#include "metricspage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <memory>

namespace {

constexpr int computeTimeout = 120000;
// The relationship pane's second tab, the model checks, as a pane of its own.
const QString relationshipChecks = QStringLiteral("relationship-checks");

bool waitForResult(MainWindow &window)
{
    MetricsController *controller = window.metricsController();
    QElapsedTimer clock;
    clock.start();
    while (controller->isBusy() || !controller->result()) {
        if (clock.elapsed() > computeTimeout)
            return false;
        QSignalSpy busy(controller, &MetricsController::busyChanged);
        if (controller->isBusy())
            busy.wait(1000);
        else
            QTest::qWait(20);
    }
    return true;
}

} // namespace

class TestChartLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noLabelOverlapsOrIsCut_data();
    void noLabelOverlapsOrIsCut();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestChartLabels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartlabels"));
    QSettings().clear();
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    const QString path = m_dir.filePath(QStringLiteral("Demo.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::generate(path, options, false).ok);

    // One window for every row: the project is computed once, and each
    // language switch retranslates it as a user's switch does.
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en"), false));
    m_window = std::make_unique<MainWindow>();
    m_window->setLanguageManager(m_languages.get());
    m_window->resize(1280, 800);
    m_window->metricsController()->setBootstrapReplicates(20);
    QVERIFY(!m_window->openProject(path, false).isError());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(waitForResult(*m_window));
}

void TestChartLabels::cleanupTestCase()
{
    m_window.reset();
    m_languages.reset();
}

void TestChartLabels::noLabelOverlapsOrIsCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pane");
    QStringList panes = MainWindow::paneIds();
    panes.insert(panes.indexOf(QStringLiteral("relationship")) + 1, relationshipChecks);
    for (const QString &language : LanguageManager::languages()) {
        for (const QString &pane : std::as_const(panes))
            QTest::addRow("%s-%s", qPrintable(language), qPrintable(pane)) << language << pane;
    }
}

void TestChartLabels::noLabelOverlapsOrIsCut()
{
    QFETCH(QString, language);
    QFETCH(QString, pane);
    MainWindow &window = *m_window;
    if (m_languages->language() != language) {
        QVERIFY(m_languages->setLanguage(language, false));
        QCoreApplication::processEvents(); // LanguageChange events
        QVERIFY(waitForResult(window));
    }
    const bool checks = pane == relationshipChecks;
    const QString id = checks ? QStringLiteral("relationship") : pane;
    QVERIFY(window.showPane(id));
    if (id == QLatin1String("relationship"))
        window.metricsPage()->metricPane(id)->chartTabs()->setCurrentIndex(checks ? 1 : 0);
    if (id == QLatin1String("roi")) {
        QTRY_VERIFY_WITH_TIMEOUT(window.metricsController()->sensitivity().has_value(),
                                 computeTimeout);
    }
    QTest::qWait(20); // let queued layouts and replots run

    QStringList problems;
    int charts = 0;
    const QList<CohortChart *> all = window.metricsPage()->findChildren<CohortChart *>();
    // A chart whose ranges were measured on an older layout rebuilds once
    // more, queued: let it, as the window does.
    for (CohortChart *chart : all) {
        if (chart->isVisible())
            chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    QTest::qWait(20);
    for (CohortChart *chart : all) {
        if (!chart->isVisible())
            continue;
        ++charts;
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        QVector<ChartLabel> labels = ChartLabels::drawn(chart->plot());
        // The chart's toolbar sits over the plot's top right corner: no text
        // may run under it.
        if (const QWidget *toolBar = chart->findChild<QWidget *>(QStringLiteral("ChartToolBar"));
            toolBar && toolBar->isVisible()) {
            const QRect onPlot(chart->plot()->mapFrom(chart, toolBar->mapTo(chart, QPoint(0, 0))),
                               toolBar->size());
            labels.append({ChartLabel::Kind::Item, QStringLiteral("[chart toolbar]"), onPlot,
                           chart->plot()->rect()});
        }
        const QString name
            = chart->title().isEmpty() ? chart->metaObject()->className() : chart->title();
        for (const QString &problem :
             ChartLabels::collisions(labels) + ChartLabels::clipped(labels))
            problems << name + QStringLiteral(": ") + problem;
    }
    QVERIFY2(charts > 0 || pane == QLatin1String("comparison"), "no chart is visible");

    if (language == QLatin1String("fr") || language == QLatin1String("hi")) {
        // RGB without alpha: a smaller file for the docs.
        const QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB888);
        QVERIFY(image.save(
            QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-%1-%2.png").arg(pane, language)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n  "))));
}

QTEST_MAIN(TestChartLabels)
#include "tst_chartlabels.moc"
