// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "installedtranslation.h"
#include "metricengine.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "processrun.h"
#include "report/reportexporter.h"
#include "reportbuilder.h"
#include "reportinputs.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <map>

// `socialroi report` and `socialroi chart` end to end on a demo project: the
// numbers of every export equal `socialroi metrics --format json`, formatted
// as the report formats them (issue 6, "Consistency").
namespace {

ProcessOutcome socialroi(const QStringList &arguments)
{
    return runProcess(QStringLiteral(SOCIALROI_EXECUTABLE), arguments);
}

// pdftotext's words joined by single spaces and the report's no-break
// spaces as spaces.
QString normalised(QString text)
{
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar(0x202f), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

// A "language" column with English and Hindi: Latin ligatures (fi, ff) and
// Devanagari clusters (conjuncts, half forms, vowel signs drawn before their
// consonant) are glyphs that stand for several characters, which a PDF must
// give back.
void addScriptRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("hi") << QStringLiteral("hi");
}

std::optional<double> number(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

bool sameNumber(double actual, double expected)
{
    // libxlsxwriter writes 17 significant digits at most ("%.16G" and friends).
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesTheOptions_data();
    void helpNamesTheOptions();
    void badCommandLines_data();
    void badCommandLines();
    void failureLeavesTheOutputAlone();
    void pdfShowsTheJsonNumbers();
    void pdfHasAPagePerMetric();
    void pdfInHindiEmbedsADevanagariFont();
    void pdfTextReadsBackAsDrawn_data();
    void pdfTextReadsBackAsDrawn();
    void htmlHasEverySection();
    void xlsxSummaryEqualsTheJson();
    void chartIsExactlyTheSizeAsked_data();
    void chartIsExactlyTheSizeAsked();
    void chartPdfReadsBackItsTitle_data();
    void chartPdfReadsBackItsTitle();
    void exporterCancels();
    void exporterWritesWithAGivenResult_data();
    void exporterWritesWithAGivenResult();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString pdfText(const QString &file) const;
    // `socialroi report` in `language` as r-LANGUAGE.pdf, written once.
    QString reportPdf(const QString &language) const;
    // The document the report command builds in `language`, its texts
    // through the translation the command installs.
    ReportDocument reportDocument(const QString &language) const;

    QTemporaryDir m_dir;
    QString m_project;
    QJsonObject m_json;
    QLocale m_locale;
    QString m_currency;
};

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("d.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::generate(m_project, options, false).ok);
    const ProcessOutcome metrics
        = socialroi({QStringLiteral("metrics"), QStringLiteral("-p"), m_project,
                     QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(metrics.exitCode, 0);
    m_json = QJsonDocument::fromJson(metrics.out).object();
    QVERIFY(m_json.contains(QLatin1String("roi")));
    m_locale = ReportBuilder::localeForLanguage(QStringLiteral("en"));
    m_currency
        = m_json.value(QLatin1String("roi")).toObject().value(QLatin1String("currency")).toString();
    QCOMPARE(m_currency, QStringLiteral("EUR"));
}

QString TestReportExport::pdfText(const QString &file) const
{
    // -layout keeps each table row on one line, as it is printed.
    const ProcessOutcome text = runProcess(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-layout"), file, QStringLiteral("-")});
    return text.exitCode == 0 ? QString::fromUtf8(text.out) : QString();
}

QString TestReportExport::reportPdf(const QString &language) const
{
    const QString pdf = path(QStringLiteral("r-%1.pdf").arg(language));
    if (QFileInfo::exists(pdf))
        return pdf;
    const ProcessOutcome outcome
        = socialroi({QStringLiteral("report"), QStringLiteral("-p"), m_project,
                     QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language});
    if (outcome.exitCode != 0) {
        qWarning("%s", qPrintable(outcome.err));
        return QString();
    }
    return pdf;
}

ReportDocument TestReportExport::reportDocument(const QString &language) const
{
    const InstalledTranslation translation(language);
    ReportDocument document;
    ReportInputs inputs;
    QString error;
    MetricEngine engine(m_project);
    MetricEngine::Outcome computed = engine.compute(MetricFilters());
    if (computed.ok && ReportInputs::load(m_project, &inputs, &error)) {
        document = ReportBuilder::build(
            std::make_shared<const MetricsResult>(std::move(computed.result)), inputs,
            ReportBuilder::localeForLanguage(language));
    }
    return document;
}

void TestReportExport::helpNamesTheOptions_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("--lang");
    QTest::newRow("report formats") << QStringLiteral("report") << QStringLiteral(".xlsx");
    QTest::newRow("chart") << QStringLiteral("chart") << QStringLiteral("--width");
    QTest::newRow("chart metrics")
        << QStringLiteral("chart") << QStringLiteral("process_innovation");
}

void TestReportExport::helpNamesTheOptions()
{
    QFETCH(QString, verb);
    QFETCH(QString, expected);
    const ProcessOutcome outcome = socialroi({verb, QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(QString::fromUtf8(outcome.out).contains(expected), outcome.out.constData());
}

void TestReportExport::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString project = path(QStringLiteral("d.socialroi"));
    QTest::newRow("report without -o")
        << QStringList {QStringLiteral("report"), QStringLiteral("-p"), project}
        << QStringLiteral("-o");
    QTest::newRow("report to .txt")
        << QStringList {QStringLiteral("report"), QStringLiteral("-p"), project,
                        QStringLiteral("-o"), path(QStringLiteral("r.txt"))}
        << QStringLiteral(".pdf, .html, .xlsx or .pptx");
    QTest::newRow("template without slides") << QStringList {QStringLiteral("report"),
                                                             QStringLiteral("-p"),
                                                             project,
                                                             QStringLiteral("-o"),
                                                             path(QStringLiteral("r.pdf")),
                                                             QStringLiteral("--template"),
                                                             path(QStringLiteral("corporate.potx"))}
                                             << QStringLiteral("a template is for slides");
    QTest::newRow("unknown language") << QStringList {
        QStringLiteral("report"), QStringLiteral("-p"),          project,
        QStringLiteral("-o"),     path(QStringLiteral("r.pdf")), QStringLiteral("--lang"),
        QStringLiteral("es")} << QStringLiteral("en, fr, de, pl, hi");
    QTest::newRow("report over the project")
        << QStringList {QStringLiteral("report"), QStringLiteral("-p"), project,
                        QStringLiteral("-o"), project}
        << QStringLiteral("project itself");
    QTest::newRow("bad date") << QStringList {QStringLiteral("report"),
                                              QStringLiteral("-p"),
                                              project,
                                              QStringLiteral("-o"),
                                              path(QStringLiteral("r.pdf")),
                                              QStringLiteral("--as-of"),
                                              QStringLiteral("2024-02-30")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown metric") << QStringList {QStringLiteral("chart"),
                                                    QStringLiteral("-p"),
                                                    project,
                                                    QStringLiteral("--metric"),
                                                    QStringLiteral("happiness"),
                                                    QStringLiteral("-o"),
                                                    path(QStringLiteral("c.png"))}
                                    << QStringLiteral("retention, operational_cost");
    QTest::newRow("chart kind the metric lacks") << QStringList {QStringLiteral("chart"),
                                                                 QStringLiteral("-p"),
                                                                 project,
                                                                 QStringLiteral("--metric"),
                                                                 QStringLiteral("saves"),
                                                                 QStringLiteral("--chart"),
                                                                 QStringLiteral("second"),
                                                                 QStringLiteral("-o"),
                                                                 path(QStringLiteral("c.png"))}
                                                 << QStringLiteral("main, series");
    QTest::newRow("zero width") << QStringList {QStringLiteral("chart"),
                                                QStringLiteral("-p"),
                                                project,
                                                QStringLiteral("--metric"),
                                                QStringLiteral("saves"),
                                                QStringLiteral("-o"),
                                                path(QStringLiteral("c.png")),
                                                QStringLiteral("--width"),
                                                QStringLiteral("0")}
                                << QStringLiteral("--width");
    QTest::newRow("chart to .gif")
        << QStringList {QStringLiteral("chart"),      QStringLiteral("-p"),    project,
                        QStringLiteral("--metric"),   QStringLiteral("saves"), QStringLiteral("-o"),
                        path(QStringLiteral("c.gif"))}
        << QStringLiteral(".png, .svg or .pdf");
}

void TestReportExport::badCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessOutcome outcome = socialroi(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
}

void TestReportExport::failureLeavesTheOutputAlone()
{
    // A missing project: exit 1, the message names it, an existing output stays as it was.
    const QString output = path(QStringLiteral("kept.pdf"));
    {
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous");
    }
    const QString missing = path(QStringLiteral("missing.socialroi"));
    for (const QString &verb : {QStringLiteral("report"), QStringLiteral("chart")}) {
        QStringList arguments {verb, QStringLiteral("-p"), missing, QStringLiteral("-o"), output};
        if (verb == QLatin1String("chart"))
            arguments << QStringLiteral("--metric") << QStringLiteral("retention");
        const ProcessOutcome outcome = socialroi(arguments);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("missing.socialroi")),
                 qPrintable(outcome.err));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous"));
    }
    // A folder that does not exist: exit 1 and nothing written anywhere.
    const QString nowhere = path(QStringLiteral("no/such/folder/r.html"));
    const ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), nowhere});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("r.html")), qPrintable(outcome.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
}

void TestReportExport::pdfShowsTheJsonNumbers()
{
    const QString pdf = path(QStringLiteral("r.pdf"));
    const ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), pdf});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QString text = normalised(pdfText(pdf));
    QVERIFY(!text.isEmpty());

    // The ROI, its sentence and its range, from the JSON's numbers.
    const QJsonObject roi = m_json.value(QLatin1String("roi")).toObject();
    const double value = roi.value(QLatin1String("roi")).toDouble();
    const QString roiText = ReportBuilder::roiText(value, m_locale);
    QVERIFY2(text.contains(QStringLiteral("Return on investment ") + roiText), qPrintable(roiText));
    const auto money = [this](double amount) {
        return normalised(MetricFormat::money(amount, m_currency, m_locale));
    };
    QVERIFY2(text.contains(
                 QStringLiteral("every €1 spent on social customer care returned an estimated ")
                 + money(value + 1)),
             qPrintable(money(value + 1)));
    QVERIFY(text.contains(money(roi.value(QLatin1String("roi_low")).toDouble() + 1)));
    QVERIFY(text.contains(money(roi.value(QLatin1String("roi_high")).toDouble() + 1)));
    for (const char *key : {"value", "cost", "net"})
        QVERIFY2(text.contains(money(roi.value(QLatin1String(key)).toDouble())), key);
    // The summary's waterfall: each component as a signed step, the net value
    // once more at its end.
    for (const QJsonValue &component : roi.value(QLatin1String("components")).toArray()) {
        const double amount = component.toObject().value(QLatin1String("value")).toDouble();
        if (amount > 0)
            QVERIFY2(text.contains(QLatin1Char('+') + money(amount)), qPrintable(money(amount)));
    }
    QVERIFY(text.count(money(roi.value(QLatin1String("net")).toDouble())) >= 2);

    // Every row's social and control values, and a few intervals.
    int checked = 0;
    for (const QJsonValue &metricValue : m_json.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject metric = metricValue.toObject();
        for (const QJsonValue &rowValue : metric.value(QLatin1String("rows")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            const QString unit = row.value(QLatin1String("unit")).toString();
            for (const char *cohort : {"social", "control"}) {
                const QString expected = normalised(MetricFormat::value(
                    number(row.value(QLatin1String(cohort))), unit, m_currency, m_locale));
                QVERIFY2(text.contains(expected),
                         qPrintable(row.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                                    + expected));
                ++checked;
            }
            const QString interval = normalised(MetricFormat::interval(
                number(row.value(QLatin1String("ci_low"))),
                number(row.value(QLatin1String("ci_high"))), unit, m_currency, m_locale));
            QVERIFY2(text.contains(interval), qPrintable(interval));
        }
    }
    QVERIFY(checked > 40);
}

void TestReportExport::pdfHasAPagePerMetric()
{
    const QString pdf = path(QStringLiteral("r.pdf"));
    if (!QFileInfo::exists(pdf))
        QSKIP("pdfShowsTheJsonNumbers writes the PDF");
    const ProcessOutcome info = runProcess(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(info.exitCode, 0);
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    QVERIFY(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 2 + int(metricGroupIds().size()), qPrintable(QString::number(pageCount)));
    QVERIFY2(info.out.contains("Page size:       595 x 842 pts (A4)"), info.out.constData());

    // pdftotext ends each page with a form feed: each metric starts a page of
    // its own, and every page has its "Page n of m".
    const QStringList pageTexts = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(int(pageTexts.size()), pageCount);
    std::map<int, QString> metricPages;
    for (int page = 0; page < pageCount; ++page) {
        const QString text = normalised(pageTexts.at(page));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount)),
                 qPrintable(QString::number(page + 1)));
        // The section starts with its title on a line of its own (a page of
        // the method notes may start with a paragraph that begins with the
        // same word), then the money sentence.
        const QString firstLine
            = pageTexts.at(page).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        for (const QString &id : metricGroupIds()) {
            if (firstLine == metricGroupTitle(id))
                metricPages[page] = id;
        }
    }
    QCOMPARE(int(metricPages.size()), int(metricGroupIds().size()));
}

void TestReportExport::pdfInHindiEmbedsADevanagariFont()
{
    const QString pdf = reportPdf(QStringLiteral("hi"));
    QVERIFY(!pdf.isEmpty());
    const ProcessOutcome fonts = runProcess(QStringLiteral("pdffonts"), {pdf});
    QCOMPARE(fonts.exitCode, 0);
    QVERIFY2(fonts.out.contains("NotoSansDevanagari"), fonts.out.constData());
}

void TestReportExport::pdfTextReadsBackAsDrawn_data()
{
    addScriptRows();
}

void TestReportExport::pdfTextReadsBackAsDrawn()
{
    QFETCH(QString, language);
    const QString pdf = reportPdf(language);
    QVERIFY(!pdf.isEmpty());
    const ReportDocument document = reportDocument(language);
    QVERIFY(!document.title.isEmpty());
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() > 2);
    const QString text = normalised(pages.join(QLatin1Char('\n')));

    // Every heading and label exactly as the document has it.
    QStringList headings {document.headings.summary,     document.headings.keyFindings,
                          document.headings.roi,         document.headings.warnings,
                          document.headings.assumptions, document.headings.provenance,
                          document.headings.methods};
    for (const ReportMetricSection &section : document.metrics)
        headings << section.title;
    QStringList expected = headings;
    expected << document.title << document.subtitle << document.headings.contents;
    for (const ReportFact &fact : document.titleFacts)
        expected << fact.label;
    for (const QString &wanted : std::as_const(expected))
        QVERIFY2(text.contains(normalised(wanted)), qPrintable(wanted));
    if (language == QLatin1String("en"))
        QVERIFY(text.contains(QStringLiteral("Project file")));
    // No presentation forms (U+FB00 to U+FB4F: ff, fi, fl, ffi, ffl, st): letters only.
    static const QRegularExpression presentationForms(QStringLiteral("[\\x{fb00}-\\x{fb4f}]"));
    const QRegularExpressionMatch form = presentationForms.match(text);
    QVERIFY2(!form.hasMatch(), qPrintable(form.captured()));

    // Each page holds its own text only: its footer, and not the heading
    // that opens the next page (text clipped away must not be in the page).
    for (int page = 0; page < pages.size(); ++page) {
        const QString footer = document.headings.page.arg(document.locale.toString(page + 1),
                                                          document.locale.toString(pages.size()));
        QVERIFY2(normalised(pages.at(page)).contains(normalised(footer)), qPrintable(footer));
        if (page + 1 == pages.size())
            continue;
        const QString next
            = normalised(pages.at(page + 1).trimmed().section(QLatin1Char('\n'), 0, 0));
        if (!headings.contains(next))
            continue;
        for (const QString &line : pages.at(page).split(QLatin1Char('\n'))) {
            QVERIFY2(normalised(line) != next,
                     qPrintable(QStringLiteral("page %1 holds \"%2\"").arg(page + 1).arg(next)));
        }
    }

    // Every font is embedded.
    const ProcessOutcome fonts = runProcess(QStringLiteral("pdffonts"), {pdf});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList rows
        = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows.size() > 2); // the header, its rule, then a font per row
    static const QRegularExpression embedded(
        QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString &row : rows.mid(2)) {
        const QRegularExpressionMatch match = embedded.match(row);
        QVERIFY2(match.hasMatch() && match.captured(1) == QLatin1String("yes"), qPrintable(row));
    }
}

void TestReportExport::htmlHasEverySection()
{
    const QString file = path(QStringLiteral("r.html"));
    const ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), file});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    // The report reads the project on a read-only connection of a worker
    // thread; nothing is left beside the project once the command is done.
    QVERIFY(!QFile::exists(m_project + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(m_project + QLatin1String("-shm")));
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(input.readAll());
    for (const QString &id : metricGroupIds())
        QVERIFY2(html.contains(QStringLiteral("id=\"metric-%1\"").arg(id)), qPrintable(id));
    for (const char *section :
         {"id=\"summary\"", "id=\"assumptions\"", "id=\"provenance\"", "id=\"methods\""}) {
        QVERIFY2(html.contains(QLatin1String(section)), section);
    }
    // Inline SVG charts: at least one per metric, and nothing from elsewhere.
    QVERIFY(html.count(QStringLiteral("<svg ")) >= int(metricGroupIds().size()));
    static const QRegularExpression external(
        QStringLiteral("<script|<link|<img|<iframe|@import|src=|url\\((?!#)|href=\"(?!#)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = external.match(html);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    const double roi
        = m_json.value(QLatin1String("roi")).toObject().value(QLatin1String("roi")).toDouble();
    QVERIFY(html.contains(ReportBuilder::roiText(roi, m_locale)));
    // The executive summary carries the waterfall.
    const qsizetype summary = html.indexOf(QLatin1String("id=\"summary\""));
    const qsizetype summaryEnd = html.indexOf(QLatin1String("</section>"), summary);
    QVERIFY(html.mid(summary, summaryEnd - summary).contains(QLatin1String("<svg ")));

    // Each inline chart is an SVG that draws (Qt's own renderer standing in
    // for a browser); the images are kept for a look.
    static const QRegularExpression inlineSvg(QStringLiteral("<svg .*?</svg>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    int index = 0;
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    for (QRegularExpressionMatchIterator it = inlineSvg.globalMatch(html); it.hasNext(); ++index) {
        QSvgRenderer renderer(it.next().captured().toUtf8());
        QVERIFY2(renderer.isValid(), qPrintable(QString::number(index)));
        QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(image.width() >= 600);
        image.save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/report-html-chart-%1.png").arg(index));
    }
    QVERIFY(index >= int(metricGroupIds().size()));
}

void TestReportExport::xlsxSummaryEqualsTheJson()
{
    const QString file = path(QStringLiteral("r.xlsx"));
    const ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), file});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));

    // Read back with the project's own reader, one sheet at a time.
    const auto readSheet = [&file](const QString &sheet) {
        XlsxReaderOptions options;
        options.sheet = sheet;
        options.headerRow = XlsxReaderOptions::NoHeaderRow;
        SourceError error;
        std::vector<QStringList> rows;
        std::unique_ptr<XlsxReader> reader = XlsxReader::open(file, options, &error);
        if (!reader)
            return rows;
        SourceRecord record;
        while (reader->next(record))
            rows.push_back(record.fields);
        return rows;
    };

    // Summary: the ROI table's lines by their id (column E), numbers in B-D.
    const std::vector<QStringList> summary = readSheet(QStringLiteral("Summary"));
    QVERIFY(!summary.empty());
    std::map<QString, QStringList> lines;
    for (const QStringList &row : summary) {
        if (row.size() >= 5 && !row.at(4).isEmpty())
            lines[row.at(4)] = row;
    }
    const QJsonObject roi = m_json.value(QLatin1String("roi")).toObject();
    const auto check = [&lines](const QString &id, int column, double expected) {
        const auto found = lines.find(id);
        if (found == lines.end() || found->second.size() <= column)
            return false;
        bool ok = false;
        const double actual = found->second.at(column).toDouble(&ok);
        if (!ok || !sameNumber(actual, expected)) {
            qWarning("%s column %d: %s in the XLSX, %.17g in the JSON", qPrintable(id), column,
                     qPrintable(found->second.at(column)), expected);
            return false;
        }
        return true;
    };
    QVERIFY(check(QStringLiteral("roi"), 1, roi.value(QLatin1String("roi")).toDouble()));
    QVERIFY(check(QStringLiteral("roi"), 2, roi.value(QLatin1String("roi_low")).toDouble()));
    QVERIFY(check(QStringLiteral("roi"), 3, roi.value(QLatin1String("roi_high")).toDouble()));
    QVERIFY(check(QStringLiteral("value"), 1, roi.value(QLatin1String("value")).toDouble()));
    QVERIFY(check(QStringLiteral("cost"), 1, roi.value(QLatin1String("cost")).toDouble()));
    QVERIFY(check(QStringLiteral("net"), 1, roi.value(QLatin1String("net")).toDouble()));
    for (const QJsonValue &component : roi.value(QLatin1String("components")).toArray()) {
        const QJsonObject object = component.toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        QVERIFY2(check(id, 1, object.value(QLatin1String("value")).toDouble()), qPrintable(id));
        QVERIFY2(check(id, 2, object.value(QLatin1String("low")).toDouble()), qPrintable(id));
        QVERIFY2(check(id, 3, object.value(QLatin1String("high")).toDouble()), qPrintable(id));
    }

    // A metric sheet: its rows by their id (column N), social and control in C and D.
    const std::vector<QStringList> retention = readSheet(metricGroupTitle(u"retention"));
    QVERIFY(!retention.empty());
    int matched = 0;
    for (const QJsonValue &metric : m_json.value(QLatin1String("metrics")).toArray()) {
        if (metric.toObject().value(QLatin1String("id")).toString() != QLatin1String("retention"))
            continue;
        for (const QJsonValue &rowValue :
             metric.toObject().value(QLatin1String("rows")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            for (const QStringList &cells : retention) {
                if (cells.size() < 14
                    || cells.at(13) != row.value(QLatin1String("name")).toString())
                    continue;
                QVERIFY(sameNumber(cells.at(2).toDouble(),
                                   row.value(QLatin1String("social")).toDouble()));
                QVERIFY(sameNumber(cells.at(3).toDouble(),
                                   row.value(QLatin1String("control")).toDouble()));
                ++matched;
            }
        }
    }
    // 3, 6 and 12 months, churned, months kept, and the naive 12 months.
    QCOMPARE(matched, 6);
}

void TestReportExport::chartIsExactlyTheSizeAsked_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("chart");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("retention 1920x1080")
        << QStringLiteral("retention") << QStringLiteral("main") << 1920 << 1080;
    QTest::newRow("default size") << QStringLiteral("saves") << QString() << 1280 << 720;
    QTest::newRow("raves mentions, odd size")
        << QStringLiteral("raves") << QStringLiteral("second") << 1001 << 777;
    QTest::newRow("series, 4K") << QStringLiteral("operational_cost") << QStringLiteral("series")
                                << 3840 << 2160;
}

void TestReportExport::chartIsExactlyTheSizeAsked()
{
    QFETCH(QString, metric);
    QFETCH(QString, chart);
    QFETCH(int, width);
    QFETCH(int, height);
    const QString png
        = path(QStringLiteral("%1-%2-%3x%4.png").arg(metric, chart).arg(width).arg(height));
    QStringList arguments {QStringLiteral("chart"),
                           QStringLiteral("-p"),
                           m_project,
                           QStringLiteral("--metric"),
                           metric,
                           QStringLiteral("-o"),
                           png};
    if (!chart.isEmpty())
        arguments << QStringLiteral("--chart") << chart;
    if (width != 1280 || height != 720) {
        arguments << QStringLiteral("--width") << QString::number(width)
                  << QStringLiteral("--height") << QString::number(height);
    }
    const ProcessOutcome outcome = socialroi(arguments);
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(width, height));
    // Not a blank image: the bars or curves draw in the cohort colours.
    int coloured = 0;
    for (int y = 0; y < height; y += 7) {
        for (int x = 0; x < width; x += 7) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.saturation() > 120)
                ++coloured;
        }
    }
    QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

    if (QTest::currentDataTag() == QLatin1String("retention 1920x1080")) {
        for (const char *suffix : {"svg", "pdf"}) {
            const QString vector = path(QStringLiteral("retention.%1").arg(QLatin1String(suffix)));
            const ProcessOutcome written
                = socialroi({QStringLiteral("chart"), QStringLiteral("-p"), m_project,
                             QStringLiteral("--metric"), metric, QStringLiteral("-o"), vector});
            QVERIFY2(written.exitCode == 0, qPrintable(written.err));
            QVERIFY(QFileInfo(vector).size() > 1000);
        }
    }
}

void TestReportExport::chartPdfReadsBackItsTitle_data()
{
    addScriptRows();
}

void TestReportExport::chartPdfReadsBackItsTitle()
{
    QFETCH(QString, language);
    const QString pdf = path(QStringLiteral("retention-%1.pdf").arg(language));
    const ProcessOutcome outcome
        = socialroi({QStringLiteral("chart"), QStringLiteral("-p"), m_project,
                     QStringLiteral("--metric"), QStringLiteral("retention"), QStringLiteral("-o"),
                     pdf, QStringLiteral("--lang"), language});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QString title;
    {
        const InstalledTranslation translation(language);
        title = QCoreApplication::translate(
            "ChartFactory", "Customers still active, by months since the first social contact");
    }
    QVERIFY(language == QLatin1String("en") || !title.startsWith(QLatin1String("Customers")));
    QVERIFY2(normalised(pdfText(pdf)).contains(title), qPrintable(title));
    const ProcessOutcome info = runProcess(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(QString::fromUtf8(info.out).contains(QStringLiteral("Title:           ") + title),
             info.out.constData());
}

void TestReportExport::exporterCancels()
{
    ReportExporter exporter;
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    ReportRequest request;
    request.projectPath = m_project;
    request.outputPath = path(QStringLiteral("cancelled.pdf"));
    request.locale = m_locale;
    QVERIFY(exporter.start(request));
    QVERIFY(exporter.isRunning());
    QVERIFY(!exporter.start(request)); // one at a time
    exporter.cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.at(0).at(0).value<ReportOutcome>();
    QCOMPARE(int(outcome.status), int(ReportOutcome::Status::Cancelled));
    QVERIFY(!exporter.isRunning());
    QVERIFY(!QFileInfo::exists(request.outputPath));
}

void TestReportExport::exporterWritesWithAGivenResult_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    // The PDF is drawn on the exporter's worker thread (Pango's font map is per thread).
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestReportExport::exporterWritesWithAGivenResult()
{
    QFETCH(QString, suffix);
    // The window passes the metrics it already has; progress rises to 100.
    ReportExporter exporter;
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    QSignalSpy progress(&exporter, &ReportExporter::progressChanged);
    ReportRequest request;
    request.projectPath = m_project;
    request.outputPath = path(QStringLiteral("given.") + suffix);
    request.locale = ReportBuilder::localeForLanguage(QStringLiteral("de"));
    request.xlsxWriterPath = QStringLiteral(SOCIALROI_XLSX_WRITER);
    MetricEngine engine(m_project);
    MetricEngine::Outcome computed = engine.compute(MetricFilters());
    QVERIFY(computed.ok);
    request.result = std::make_shared<const MetricsResult>(std::move(computed.result));
    QVERIFY(exporter.start(request));
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.at(0).at(0).value<ReportOutcome>();
    QVERIFY2(outcome.status == ReportOutcome::Status::Written, qPrintable(outcome.error));
    QVERIFY(QFileInfo(request.outputPath).size() > 10000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 100);
    int previous = 0;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        QVERIFY(signal.at(0).toInt() >= previous);
        previous = signal.at(0).toInt();
    }
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
