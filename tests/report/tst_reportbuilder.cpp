// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"
#include "demogenerator.h"
#include "htmlreportwriter.h"
#include "metricengine.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportinputs.h"
#include "roiwording.h"
#include "xlsxreport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The report's data and the writers that need no widgets: what goes in which
// section, the HTML file, the XLSX description, on a demo project.
class TestReportBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMetricHasASection();
    void statisticalDetailsFollowTheChoice_data();
    void statisticalDetailsFollowTheChoice();
    void roiSentenceQuotesTheRoi();
    void numbersFollowTheLocale();
    void segmentIsNamedWithItsAttribute();
    void provenanceListsEveryImport();
    void methodNotesNameTheTests();
    void htmlIsSelfContained();
    void htmlEscapesUserText();
    void inlineSvgIsScalableWithUniqueIds();
    void xlsxSpecHasSummaryAndMetricSheets();
    void xlsxTextCellsAreNeverFormulas();
    void xlsxDatesAreDateCells_data();
    void xlsxDatesAreDateCells();
    void sheetNames_data();
    void sheetNames();
    void missingXlsxWriterIsNamed();

private:
    ReportDocument build(const QLocale &locale) const;

    QTemporaryDir m_dir;
    QString m_project;
    std::shared_ptr<const MetricsResult> m_result;
    ReportInputs m_inputs;
};

void TestReportBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::generate(m_project, options, false).ok);

    // Two imports with names a spreadsheet or a browser would misread.
    {
        StoreError error;
        auto store = ProjectStore::open(m_project, ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY2(store, qPrintable(error.toString()));
        store->connection().execute(
            "INSERT INTO import_log (table_name, file_name, file_path, file_size, sha256, sheet, "
            "imported_at, rows_read, rows_imported, rows_rejected) VALUES "
            "('customers', '<script>alert(1)</script>.csv', '/tmp/a.csv', 120, "
            "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', NULL, "
            "'2025-06-01T10:00:00Z', 100, 97, 3), "
            "('orders', '=HYPERLINK(\"http://x\").xlsx', '/tmp/b.xlsx', 4000, "
            "'fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210', 'Orders 2025', "
            "'2025-06-02T11:30:00Z', 50, 50, 0)");
    }

    MetricEngine engine(m_project);
    MetricEngine::Outcome outcome = engine.compute(MetricFilters());
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    m_result = std::make_shared<const MetricsResult>(std::move(outcome.result));
    QString error;
    QVERIFY2(ReportInputs::load(m_project, &m_inputs, &error), qPrintable(error));
}

ReportDocument TestReportBuilder::build(const QLocale &locale) const
{
    return ReportBuilder::build(m_result, m_inputs, locale);
}

void TestReportBuilder::everyMetricHasASection()
{
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    QCOMPARE(int(document.metrics.size()), int(metricGroupIds().size()));
    for (const QString &id : metricGroupIds()) {
        const ReportMetricSection *section = document.section(id);
        QVERIFY2(section, qPrintable(id));
        const MetricGroup *group = m_result->group(id);
        QCOMPARE(section->table.rows.size(), group->rows.size());
        QCOMPARE(section->title, metricGroupTitle(id));
        QVERIFY(!section->note.isEmpty());
        QVERIFY(!section->valueText.isEmpty());
        if (id == QLatin1String("saves")) // the pane's sentence
            QCOMPARE(section->valueText,
                     RoiWording::savesValueSentence(
                         *group, m_result->roi.currency,
                         ReportBuilder::localeForLanguage(QStringLiteral("en"))));
        // Each cell's number is the engine's, its text the window's format.
        for (size_t index = 0; index < group->rows.size(); ++index) {
            const MetricRow &row = group->rows[index];
            const ReportRow &line = section->table.rows[index];
            QCOMPARE(line.id, row.name);
            QCOMPARE(line.cells[1].number, row.social);
            QCOMPARE(line.cells[2].number, row.control);
            QCOMPARE(
                line.cells[1].text,
                MetricFormat::value(row.social, row.unit, m_result->roi.currency, document.locale));
        }
    }
    // The lifetime value page: the sentence of assumptions and the models'
    // parameters with standard errors.
    const ReportMetricSection *relationship = document.section(QStringLiteral("relationship"));
    QVERIFY(relationship->note.endsWith(RoiWording::lifetimeValueSentence(m_result->roi)));
    const MetricGroup *group = m_result->group(QStringLiteral("relationship"));
    QVERIFY(group->row(QStringLiteral("clv"))->socialStandardError);
    QCOMPARE(relationship->modelTable.headers.size(), 3);
    QVERIFY(!relationship->modelTable.rows.empty());
    const ReportRow &clv = relationship->modelTable.rows.front();
    QCOMPARE(clv.id, QStringLiteral("clv"));
    const MetricRow *clvRow = group->row(QStringLiteral("clv"));
    QCOMPARE(clv.cells[1].number, clvRow->social);
    const auto money = [&](const std::optional<double> &value) {
        return MetricFormat::value(value, clvRow->unit, m_result->roi.currency, document.locale);
    };
    QCOMPARE(clv.cells[1].text,
             money(clvRow->social) + QLatin1String(" (") + money(clvRow->socialLow)
                 + QLatin1String(" to ") + money(clvRow->socialHigh) + QLatin1Char(')'));
    const ReportRow &alpha = relationship->modelTable.rows.at(2);
    QCOMPARE(alpha.id, QStringLiteral("sbg_alpha"));
    QCOMPARE(alpha.cells[1].number, group->models[0].sbg.parameters[0].estimate);
    QVERIFY2(alpha.cells[1].text.contains(QLatin1String("(SE ")), qPrintable(alpha.cells[1].text));
    QVERIFY(document.section(QStringLiteral("retention"))->modelTable.rows.empty());
    QCOMPARE(int(document.keyFindings.size()), int(metricGroupIds().size()));
}

void TestReportBuilder::statisticalDetailsFollowTheChoice_data()
{
    QTest::addColumn<bool>("details");
    QTest::newRow("as a manager reads it") << false;
    QTest::newRow("with the statistics") << true;
}

// The window's "Statistical details": the report's metric tables give the
// p-value and the customers compared only when it is on.
void TestReportBuilder::statisticalDetailsFollowTheChoice()
{
    QFETCH(bool, details);
    ReportInputs inputs = m_inputs;
    inputs.statisticalDetails = details;
    const ReportDocument document = ReportBuilder::build(
        m_result, inputs, ReportBuilder::localeForLanguage(QStringLiteral("en")));
    for (const ReportMetricSection &section : document.metrics) {
        QCOMPARE(section.table.headers.size(), details ? 8 : 6);
        QCOMPARE(section.table.headers.contains(QStringLiteral("p-value")), details);
        for (const ReportRow &row : section.table.rows)
            QCOMPARE(int(row.cells.size()), details ? 8 : 6);
    }
}

void TestReportBuilder::roiSentenceQuotesTheRoi()
{
    const QLocale locale = ReportBuilder::localeForLanguage(QStringLiteral("en"));
    const ReportDocument document = build(locale);
    const RoiSummary &roi = m_result->roi;
    QVERIFY(roi.roi && roi.roiLow && roi.roiHigh);
    const QString returned = MetricFormat::money(*roi.roi + 1, roi.currency, locale);
    // Over the analysis window, an estimate, with its method in words and
    // the basis of the money.
    // The window in the locale's medium dates ("Jan 1, 2025"), as the pane says it.
    const QString window = QStringLiteral("From %1 to %2, ")
                               .arg(DateText::medium(roi.windowFrom, locale),
                                    DateText::medium(roi.windowTo, locale));
    QVERIFY(window.contains(QString::number(roi.windowTo.year())));
    QVERIFY2(document.roiSentence.startsWith(
                 window
                 + QStringLiteral("every €1 spent on social customer care returned an estimated ")
                 + returned),
             qPrintable(document.roiSentence));
    QVERIFY(document.roiSentence.contains(
        QStringLiteral("compared with similar customers who were still with us on the same day")));
    QVERIFY(document.roiSentence.contains(QStringLiteral("The money is revenue, not profit")));
    QVERIFY(
        document.roiSentence.contains(MetricFormat::money(*roi.roiLow + 1, roi.currency, locale)));
    QVERIFY(
        document.roiSentence.contains(MetricFormat::money(*roi.roiHigh + 1, roi.currency, locale)));
    QCOMPARE(document.roiText, MetricFormat::percent(*roi.roi, 0, locale));

    // The ROI table's last line is the ROI with its range, as numbers too.
    const ReportRow &last = document.roiTable.rows.back();
    QCOMPARE(last.id, QStringLiteral("roi"));
    QCOMPARE(last.cells[1].number, roi.roi);
    QCOMPARE(last.cells[2].number, roi.roiLow);
    QCOMPARE(last.cells[3].number, roi.roiHigh);
    QCOMPARE(last.cells[1].text, document.roiText);
}

void TestReportBuilder::numbersFollowTheLocale()
{
    const QLocale french = ReportBuilder::localeForLanguage(QStringLiteral("fr"));
    const ReportDocument document = build(french);
    QCOMPARE(document.locale, french);
    const RoiSummary &roi = m_result->roi;
    const QString returned = MetricFormat::money(*roi.roi + 1, roi.currency, french);
    QVERIFY2(returned.contains(QLatin1Char(',')), qPrintable(returned)); // decimal comma
    QVERIFY2(document.roiSentence.contains(returned), qPrintable(document.roiSentence));
    QVERIFY(document.titleFacts.at(1).value.contains(QStringLiteral("décembre")));
    QCOMPARE(ReportBuilder::localeForLanguage(QStringLiteral("hi")).language(), QLocale::Hindi);
}

void TestReportBuilder::segmentIsNamedWithItsAttribute()
{
    // The filter as the window's segment list writes it, not as stored.
    auto filtered = std::make_shared<MetricsResult>(*m_result);
    filtered->filters.segment = QStringLiteral("region=France");
    const ReportDocument document = ReportBuilder::build(
        filtered, m_inputs, ReportBuilder::localeForLanguage(QStringLiteral("en")));
    bool found = false;
    for (const ReportFact &fact : document.titleFacts) {
        if (fact.label == QLatin1String("Segment")) {
            QCOMPARE(fact.value, QStringLiteral("Region: France"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestReportBuilder::provenanceListsEveryImport()
{
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    QCOMPARE(int(document.imports.size()), 2);
    QCOMPARE(document.rejectedRowsTotal, qint64(3));
    QCOMPARE(int(document.provenanceTable.rows.size()), 2);
    const ReportRow &second = document.provenanceTable.rows[1];
    QCOMPARE(second.cells.front().text, QStringLiteral("=HYPERLINK(\"http://x\").xlsx"));
    QCOMPARE(second.cells[2].text, QStringLiteral("Orders 2025"));
    QCOMPARE(second.cells.back().text, document.imports[1].sha256);
    QCOMPARE(second.cells[4].number, std::optional<double>(50));
    QVERIFY2(document.provenanceSummary.contains(QStringLiteral("Rows rejected in total: 3")),
             qPrintable(document.provenanceSummary));
}

void TestReportBuilder::methodNotesNameTheTests()
{
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    QString all;
    for (const ReportMethodNote &note : document.methodNotes)
        all += note.kind + QLatin1Char(' ') + note.test + QLatin1Char(' ') + note.interval
            + QLatin1Char(' ') + note.rows + QLatin1Char('\n');
    // The adjusted estimate's notes: weighted Kaplan–Meier and the robust,
    // customer-clustered variance instead of Greenwood's.
    for (const char *expected :
         {"Weighted Kaplan–Meier", "clustered on the customer", "Log-rank", "Newcombe", "Welch",
          "Poisson", "Net Promoter Score", "At-risk customers saved"}) {
        QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
    }
    // The design in words, the balance, the E-value, the assumption, and the
    // ROI's window, margin and single interval; saves are not counted twice.
    const QString paragraphs = document.methodParagraphs.join(QLatin1Char(' '));
    for (const char *expected :
         {"Retention is estimated, not compared", "the effect on the customers the team dealt with",
          "Balance: the largest standardized difference", "the E-value",
          "The estimate assumes that", "over one window", "Saves are part of retention's value",
          "No contribution margin is set", "not the components' intervals added up"}) {
        QVERIFY2(paragraphs.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!paragraphs.contains(QStringLiteral("counts both")));
}

void TestReportBuilder::htmlIsSelfContained()
{
    ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    for (ReportMetricSection &section : document.metrics) {
        ReportChartImage chart;
        chart.title = section.title;
        chart.svg = QByteArrayLiteral(
            "<?xml version=\"1.0\"?><svg width=\"10mm\" height=\"5mm\" viewBox=\"0 0 10 5\" "
            "xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"5\"/></svg>");
        section.charts.push_back(chart);
    }
    const QString html = QString::fromUtf8(HtmlReportWriter::toHtml(document));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
    for (const QString &id : metricGroupIds()) {
        QVERIFY2(html.contains(
                     QStringLiteral("<section class=\"page metric\" id=\"metric-%1\"").arg(id)),
                 qPrintable(id));
    }
    QCOMPARE(html.count(QStringLiteral("<svg ")), int(metricGroupIds().size()));
    QVERIFY(!html.contains(QStringLiteral("<?xml")));
    // Nothing is fetched from elsewhere: no script, stylesheet, image or font link.
    static const QRegularExpression external(
        QStringLiteral("<script|<link|<img|<iframe|@import|src=|url\\((?!#)|href=\"(?!#)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = external.match(html);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    QVERIFY(html.contains(QStringLiteral("page-break-before: always")));
    QVERIFY(html.contains(document.roiSentence.toHtmlEscaped()));
}

void TestReportBuilder::htmlEscapesUserText()
{
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    const QString html = QString::fromUtf8(HtmlReportWriter::toHtml(document));
    QVERIFY(!html.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;.csv")));
    QVERIFY(html.contains(QStringLiteral("=HYPERLINK(&quot;http://x&quot;).xlsx")));
}

void TestReportBuilder::inlineSvgIsScalableWithUniqueIds()
{
    const QByteArray svg = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        "<svg width=\"177.8mm\" height=\"95.25mm\" viewBox=\"0 0 672 360\" version=\"1.2\">\n"
        "<defs><linearGradient id=\"gradient1\"/></defs>\n"
        "<g font-family=\"Sans Serif\"><rect fill=\"url(#gradient1)\"/></g>"
        "<g font-family=\"Noto Sans\"><use xlink:href=\"#gradient1\"/></g></svg>\n");
    const QString inlined
        = HtmlReportWriter::inlineSvg(svg, QStringLiteral("saves-c1-"), QStringLiteral("A & B"));
    QVERIFY(inlined.startsWith(QStringLiteral("<svg role=\"img\" aria-label=\"A &amp; B\"")));
    QVERIFY(!inlined.contains(QStringLiteral("width=\"177.8mm\"")));
    QVERIFY(!inlined.contains(QStringLiteral("height=\"95.25mm\"")));
    QVERIFY(inlined.contains(QStringLiteral("viewBox=\"0 0 672 360\"")));
    QVERIFY(inlined.contains(QStringLiteral("id=\"saves-c1-gradient1\"")));
    QVERIFY(inlined.contains(QStringLiteral("url(#saves-c1-gradient1)")));
    QVERIFY(inlined.contains(QStringLiteral("href=\"#saves-c1-gradient1\"")));
    QVERIFY(inlined.contains(QStringLiteral("font-family=\"sans-serif\"")));
    QVERIFY(inlined.contains(QStringLiteral("font-family=\"Noto Sans, sans-serif\"")));
}

void TestReportBuilder::xlsxSpecHasSummaryAndMetricSheets()
{
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    const QJsonObject spec = XlsxReport::spec(document);
    const QJsonArray sheets = spec.value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 1 + qsizetype(metricGroupIds().size()) + 3);
    QCOMPARE(sheets.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Summary"));
    // Every metric sheet has a native chart with a social and a control series.
    for (qsizetype index = 1; index <= qsizetype(metricGroupIds().size()); ++index) {
        const QJsonObject sheet = sheets.at(index).toObject();
        const QJsonArray charts = sheet.value(QLatin1String("charts")).toArray();
        QVERIFY2(charts.size() == 1, qPrintable(sheet.value(QLatin1String("name")).toString()));
        QCOMPARE(charts.first().toObject().value(QLatin1String("series")).toArray().size(), 2);
    }
    // The ROI is a number cell of the Summary sheet.
    bool found = false;
    for (const QJsonValue &value :
         sheets.first().toObject().value(QLatin1String("cells")).toArray()) {
        const QJsonObject cell = value.toObject();
        if (cell.value(QLatin1String("type")).toString() == QLatin1String("number")
            && cell.value(QLatin1String("value")).toDouble() == *m_result->roi.roi) {
            found = true;
        }
    }
    QVERIFY(found);

    // The relationship sheet holds each cohort's lifetime value with its
    // interval and standard error, and the models' parameters, as numbers.
    const MetricGroup *relationship = m_result->group(QStringLiteral("relationship"));
    const MetricRow *clv = relationship->row(QStringLiteral("clv"));
    const double sbgAlpha = relationship->models[0].sbg.parameters[0].estimate;
    QSet<double> numbers;
    bool heading = false;
    for (const QJsonValue &sheet : sheets) {
        for (const QJsonValue &value : sheet.toObject().value(QLatin1String("cells")).toArray()) {
            const QJsonObject cell = value.toObject();
            if (cell.value(QLatin1String("type")).toString() == QLatin1String("number"))
                numbers.insert(cell.value(QLatin1String("value")).toDouble());
            heading = heading
                || cell.value(QLatin1String("value")).toString()
                    == QLatin1String("Lifetime value by cohort and the models behind it");
        }
    }
    QVERIFY(heading);
    for (const double expected :
         {*clv->socialLow, *clv->socialHigh, *clv->socialStandardError, *clv->controlLow, sbgAlpha})
        QVERIFY2(numbers.contains(expected), qPrintable(QString::number(expected, 'g', 17)));
}

void TestReportBuilder::xlsxTextCellsAreNeverFormulas()
{
    // A file name starting with "=" stays text: the description has no formula
    // cell type at all, and the writer writes strings with worksheet_write_string.
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    const QJsonObject spec = XlsxReport::spec(document);
    bool sawName = false;
    for (const QJsonValue &sheet : spec.value(QLatin1String("sheets")).toArray()) {
        for (const QJsonValue &value : sheet.toObject().value(QLatin1String("cells")).toArray()) {
            const QJsonObject cell = value.toObject();
            const QString type = cell.value(QLatin1String("type")).toString();
            QVERIFY2(type == QLatin1String("string") || type == QLatin1String("number")
                         || type == QLatin1String("datetime"),
                     qPrintable(type));
            if (cell.value(QLatin1String("value")).toString()
                == QLatin1String("=HYPERLINK(\"http://x\").xlsx")) {
                QCOMPARE(type, QStringLiteral("string"));
                sawName = true;
            }
        }
    }
    QVERIFY(sawName);
}

void TestReportBuilder::xlsxDatesAreDateCells_data()
{
    // The report's short date (full year) as an Excel number format.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("m/d/yyyy")
                        << QStringLiteral("m/d/yyyy h:mm AM/PM");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("dd.mm.yyyy")
                        << QStringLiteral("dd.mm.yyyy hh:mm");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("dd/mm/yyyy")
                        << QStringLiteral("dd/mm/yyyy hh:mm");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("d.mm.yyyy")
                        << QStringLiteral("d.mm.yyyy hh:mm");
    QTest::newRow("hi") << QStringLiteral("hi") << QStringLiteral("d/m/yyyy")
                        << QStringLiteral("d/m/yyyy h:mm AM/PM");
}

void TestReportBuilder::xlsxDatesAreDateCells()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    const ReportDocument document = build(ReportBuilder::localeForLanguage(language));
    const QJsonObject spec = XlsxReport::spec(document);
    const QJsonObject formats = spec.value(QLatin1String("formats")).toObject();
    QCOMPARE(formats.value(QLatin1String("date")).toObject().value(QLatin1String("num_format")),
             QJsonValue(date));
    QCOMPARE(formats.value(QLatin1String("datetime")).toObject().value(QLatin1String("num_format")),
             QJsonValue(dateTime));

    // The as-of date and the ROI window on the summary, the import's moment
    // in the provenance: date cells, with the day or the day and time.
    QStringList days;
    QStringList moments;
    for (const QJsonValue &sheet : spec.value(QLatin1String("sheets")).toArray()) {
        for (const QJsonValue &value : sheet.toObject().value(QLatin1String("cells")).toArray()) {
            const QJsonObject cell = value.toObject();
            if (cell.value(QLatin1String("type")).toString() != QLatin1String("datetime"))
                continue;
            const QString text = cell.value(QLatin1String("value")).toString();
            if (text.contains(QLatin1Char('T')))
                moments << text;
            else
                days << text;
        }
    }
    QVERIFY2(days.contains(m_result->asOf.toString(Qt::ISODate)), qPrintable(days.join(u' ')));
    QVERIFY(days.contains(m_result->roi.windowFrom.toString(Qt::ISODate)));
    QVERIFY(days.contains(m_result->roi.windowTo.toString(Qt::ISODate)));
    QCOMPARE(moments.size(), qsizetype(m_inputs.imports.size()));
    for (const ReportImport &entry : m_inputs.imports) {
        QVERIFY(moments.contains(
            entry.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))));
    }
}

void TestReportBuilder::sheetNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Retention") << QStringLiteral("Retention");
    QTest::newRow("forbidden characters")
        << QStringLiteral("a[b]c:d*e?f/g\\h") << QStringLiteral("a b c d e f g h");
    QTest::newRow("longer than 31") << QStringLiteral("Complaints turned into raves and more words")
                                    << QStringLiteral("Complaints turned into raves an");
    QTest::newRow("apostrophes at the ends")
        << QStringLiteral("'quoted'") << QStringLiteral("quoted");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("Sheet");
    QTest::newRow("Devanagari") << QStringLiteral("प्रतिधारण") << QStringLiteral("प्रतिधारण");
}

void TestReportBuilder::sheetNames()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(XlsxReport::sheetName(title), expected);
}

void TestReportBuilder::missingXlsxWriterIsNamed()
{
    const ReportDocument document = build(ReportBuilder::localeForLanguage(QStringLiteral("en")));
    const QString output = m_dir.filePath(QStringLiteral("never.xlsx"));
    const QString helper = m_dir.filePath(QStringLiteral("no-such-socialroi-xlsx-writer"));
    QString error;
    QVERIFY(!XlsxReport::write(XlsxReport::spec(document), output, helper, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-socialroi-xlsx-writer")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("never.xlsx")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(output));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
