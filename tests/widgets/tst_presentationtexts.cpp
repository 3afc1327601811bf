// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckwriter.h"
#include "demogenerator.h"
#include "installedtranslation.h"
#include "metricengine.h"
#include "metricgroups.h"
#include "metricpane.h"
#include "reportbuilder.h"
#include "reportinputs.h"
#include "roipane.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

// One presentation layer: what a manager reads about a metric is the same
// sentence in the window's pane, in the report and on the slide, in each of
// the five languages. The value line and the cohort line of every metric,
// and the ROI sentence of the summary.
class TestPresentationTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paneReportAndSlideSayTheSame_data();
    void paneReportAndSlideSayTheSame();

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::shared_ptr<const MetricsResult> m_result;
    ReportInputs m_inputs;
};

namespace {

// The paragraphs of a slide, as a program reading the deck sees them.
QStringList slideParagraphs(const QString &deck, int slide)
{
    QuaZip zip(deck);
    if (!zip.open(QuaZip::mdUnzip)
        || !zip.setCurrentFile(QStringLiteral("ppt/slides/slide%1.xml").arg(slide)))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList paragraphs;
    QString current;
    QXmlStreamReader xml(file.readAll());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("a:t")) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("a:p")) {
            paragraphs << current;
            current.clear();
        }
    }
    return paragraphs;
}

} // namespace

void TestPresentationTexts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::generate(m_project, options, false).ok);
    MetricEngine engine(m_project);
    MetricEngine::Outcome outcome = engine.compute(MetricFilters());
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    m_result = std::make_shared<const MetricsResult>(std::move(outcome.result));
    QString error;
    QVERIFY2(ReportInputs::load(m_project, &m_inputs, &error), qPrintable(error));
}

void TestPresentationTexts::paneReportAndSlideSayTheSame_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "fr", "de", "pl", "hi"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestPresentationTexts::paneReportAndSlideSayTheSame()
{
    QFETCH(QString, language);
    const InstalledTranslation translation(language);
    const QLocale locale = ReportBuilder::localeForLanguage(language);
    const QLocale previous;
    QLocale::setDefault(locale); // the window's numbers follow its language
    const ReportDocument document = ReportBuilder::build(m_result, m_inputs, locale);
    const QString deck = m_dir.filePath(QStringLiteral("deck-%1.pptx").arg(language));
    QString error;
    QVERIFY2(
        DeckWriter::write(document, deck, QStringLiteral(SOCIALROI_XLSX_WRITER), QString(), &error),
        qPrintable(error));

    // The summary: the ROI pane's sentence, the report's and the slide's.
    // Panes draw what they show when they are shown.
    RoiPane roiPane;
    roiPane.setResult(m_result);
    roiPane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&roiPane));
    // The report runs on with the interval's sentence, which the pane shows below.
    QVERIFY2(document.roiSentence.startsWith(roiPane.summaryText() + QLatin1Char(' ')),
             qPrintable(roiPane.summaryText()));
    QVERIFY(slideParagraphs(deck, 2).contains(document.roiSentence));

    // Each metric, in the order of the report's sections (slides 3, 4, …).
    int slide = 3;
    for (const ReportMetricSection &section : document.metrics) {
        MetricPane pane(section.id);
        pane.setResult(m_result);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString where = QStringLiteral("%1, %2").arg(language, section.id);
        QVERIFY2(!pane.valueText().isEmpty(), qPrintable(where));
        QCOMPARE(pane.valueText(), section.valueText);
        QCOMPARE(pane.cohortText(), document.cohortLine);
        const QStringList shown = slideParagraphs(deck, slide++);
        QVERIFY2(shown.contains(section.valueText), qPrintable(where));
        QVERIFY2(shown.contains(document.cohortLine), qPrintable(where));
        QVERIFY2(shown.contains(section.title), qPrintable(where));
    }
    QCOMPARE(int(document.metrics.size()), int(metricGroupIds().size()));
    QLocale::setDefault(previous);
}

QTEST_MAIN(TestPresentationTexts)
#include "tst_presentationtexts.moc"
