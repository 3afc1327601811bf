// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "processrun.h"
#include "reportbuilder.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <cmath>

// `socialroi report -o deck.pptx` read back as a program reads it: the zip's
// parts and their XML, the charts' embedded workbooks through the project's
// own XLSX reader, and the whole deck rendered by LibreOffice Impress.
class TestDeckExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deckReadsBack_data();
    void deckReadsBack();
    void impressRendersEverySlide();
    void templateGivesTheLook();
    void badOutputIsRefused();
    void badTemplateIsRefused_data();
    void badTemplateIsRefused();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_project;
    QJsonObject m_json;
};

namespace {

ProcessOutcome socialroi(const QStringList &arguments)
{
    return runProcess(QStringLiteral(SOCIALROI_EXECUTABLE), arguments);
}

// Every part of a zip package by name.
QMap<QString, QByteArray> unzip(const QString &file)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(file);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile entry(&zip);
        if (entry.open(QIODevice::ReadOnly))
            parts.insert(zip.getCurrentFileName(), entry.readAll());
    }
    return parts;
}

// The targets of a part's relationships by type ("slide", "chart", …),
// resolved against the part's folder.
QMultiMap<QString, QString> relationships(const QMap<QString, QByteArray> &parts,
                                          const QString &part)
{
    // The package's own relationships are in _rels/.rels, a part's beside it.
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : part.left(slash + 1);
    const QString fileName = part.mid(slash + 1);
    QMultiMap<QString, QString> targets;
    QXmlStreamReader xml(
        parts.value(folder + QStringLiteral("_rels/") + fileName + QStringLiteral(".rels")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const QString type = xml.attributes().value(QLatin1String("Type")).toString();
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            targets.insert(type.section(u'/', -1), QDir::cleanPath(folder + target));
        }
    }
    return targets;
}

// The text of every a:t element, paragraph by paragraph.
QStringList texts(const QByteArray &part)
{
    QStringList paragraphs;
    QString current;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("a:t"))
            current += xml.readElementText();
        else if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("a:p")) {
            if (!current.isEmpty())
                paragraphs << current;
            current.clear();
        }
    }
    return paragraphs;
}

bool writeZip(const QString &file, const QMap<QString, QByteArray> &parts)
{
    QuaZip zip(file);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            return false;
        entry.write(it.value());
        entry.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool sameNumber(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

} // namespace

void TestDeckExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("d.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::generate(m_project, options, false).ok);
    const ProcessOutcome metrics
        = socialroi({QStringLiteral("metrics"), QStringLiteral("-p"), m_project,
                     QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
    m_json = QJsonDocument::fromJson(metrics.out).object();
    QVERIFY(m_json.contains(QLatin1String("roi")));
}

void TestDeckExport::deckReadsBack_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Hindi") << QStringLiteral("hi");
}

void TestDeckExport::deckReadsBack()
{
    QFETCH(QString, language);
    const QString deck = path(QStringLiteral("deck-%1.pptx").arg(language));
    const ProcessOutcome outcome
        = socialroi({QStringLiteral("report"), QStringLiteral("-p"), m_project,
                     QStringLiteral("-o"), deck, QStringLiteral("--lang"), language});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QMap<QString, QByteArray> parts = unzip(deck);
    QVERIFY(parts.contains(QStringLiteral("[Content_Types].xml")));
    const QString presentation
        = relationships(parts, QString()).value(QStringLiteral("officeDocument"));
    QCOMPARE(presentation, QStringLiteral("ppt/presentation.xml"));
    QVERIFY(parts.value(presentation).contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"));

    // The slides in the presentation's order: title, summary, a slide per
    // metric, the appendix.
    QStringList slides;
    QXmlStreamReader order(parts.value(presentation));
    const QMultiMap<QString, QString> presentationTargets = relationships(parts, presentation);
    const QStringList slideTargets = presentationTargets.values(QStringLiteral("slide"));
    while (!order.atEnd()) {
        order.readNext();
        if (order.isStartElement() && order.qualifiedName() == QLatin1String("p:sldId"))
            slides << order.attributes().value(QLatin1String("r:id")).toString();
    }
    const QJsonArray metrics = m_json.value(QLatin1String("metrics")).toArray();
    QCOMPARE(slides.size(), metrics.size() + 3);
    QCOMPARE(slideTargets.size(), slides.size());

    const QJsonObject roi = m_json.value(QLatin1String("roi")).toObject();
    const QLocale locale = ReportBuilder::localeForLanguage(language);
    int metricCharts = 0;
    int chartsWithErrorBars = 0;
    for (int index = 0; index < slides.size(); ++index) {
        const QString slide = QStringLiteral("ppt/slides/slide%1.xml").arg(index + 1);
        QVERIFY2(parts.contains(slide), qPrintable(slide));
        const QMultiMap<QString, QString> targets = relationships(parts, slide);

        // Speaker notes on every slide.
        const QString notes = targets.value(QStringLiteral("notesSlide"));
        QVERIFY2(parts.contains(notes), qPrintable(slide));
        QVERIFY2(!texts(parts.value(notes)).isEmpty(), qPrintable(notes));

        const QStringList charts = targets.values(QStringLiteral("chart"));
        for (const QString &chart : charts) {
            QVERIFY2(parts.contains(chart), qPrintable(chart));
            const QString workbook = relationships(parts, chart).value(QStringLiteral("package"));
            QVERIFY2(parts.contains(workbook), qPrintable(workbook));
            // The embedded workbook, read with the project's own reader.
            const QString file = path(QStringLiteral("embedded.xlsx"));
            QFile::remove(file);
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(parts.value(workbook));
            out.close();
            XlsxReaderOptions options;
            options.headerRow = XlsxReaderOptions::NoHeaderRow;
            SourceError error;
            std::unique_ptr<XlsxReader> reader = XlsxReader::open(file, options, &error);
            QVERIFY2(reader, qPrintable(error.message));
            std::vector<QStringList> rows;
            SourceRecord record;
            while (reader->next(record))
                rows.push_back(record.fields);
            QVERIFY(rows.size() >= 2);

            if (index == 1) {
                // The summary's waterfall: the total value and the net as the
                // JSON has them (the bars of the last rows).
                bool ok = false;
                QVERIFY(sameNumber(rows.back().value(2).toDouble(&ok),
                                   roi.value(QLatin1String("net")).toDouble()));
                QVERIFY(ok);
                QVERIFY(sameNumber(rows[rows.size() - 3].value(2).toDouble(),
                                   roi.value(QLatin1String("value")).toDouble()));
                QVERIFY(sameNumber(rows[rows.size() - 2].value(2).toDouble(),
                                   roi.value(QLatin1String("cost")).toDouble()));
                continue;
            }
            const QJsonObject metric = metrics.at(index - 2).toObject();
            if (metric.contains(QLatin1String("curves"))) {
                // Retention: the survival curves, months in column A, each
                // cohort's survival at a step of its curve in the JSON.
                const QJsonObject curves = metric.value(QLatin1String("curves")).toObject();
                const auto onCurve = [&curves](const char *cohort, const QString &cell) {
                    if (cell.isEmpty())
                        return true; // the curve has ended
                    const double value = cell.toDouble();
                    if (sameNumber(value, 1.0))
                        return true;
                    const QJsonArray steps = curves.value(QLatin1String(cohort)).toArray();
                    return std::any_of(
                        steps.cbegin(), steps.cend(), [value](const QJsonValue &step) {
                            return sameNumber(value, step.toArray().at(3).toDouble());
                        });
                };
                QJsonArray allSteps = curves.value(QLatin1String("social")).toArray();
                for (const QJsonValue &step : curves.value(QLatin1String("control")).toArray())
                    allSteps.append(step);
                for (std::size_t row = 1; row < rows.size(); ++row) {
                    const double days = rows[row].value(0).toDouble() * 30.4375;
                    QVERIFY2(days == 0
                                 || std::any_of(allSteps.cbegin(), allSteps.cend(),
                                                [days](const QJsonValue &step) {
                                                    return std::abs(step.toArray().at(0).toDouble()
                                                                    - days)
                                                        < 1e-9;
                                                }),
                             qPrintable(rows[row].value(0)));
                    QVERIFY2(onCurve("social", rows[row].value(1)), qPrintable(rows[row].value(1)));
                    QVERIFY2(onCurve("control", rows[row].value(2)),
                             qPrintable(rows[row].value(2)));
                }
                QVERIFY(parts.value(chart).contains("c:scatterChart"));
            } else {
                // A metric's chart: each category's social and control values
                // are those of one of the metric's rows in the JSON.
                for (std::size_t row = 1; row < rows.size(); ++row) {
                    const double social = rows[row].value(1).toDouble();
                    const double control = rows[row].value(2).toDouble();
                    bool found = false;
                    for (const QJsonValue &value : metric.value(QLatin1String("rows")).toArray()) {
                        const QJsonObject candidate = value.toObject();
                        found = found
                            || (sameNumber(social,
                                           candidate.value(QLatin1String("social")).toDouble())
                                && sameNumber(
                                    control, candidate.value(QLatin1String("control")).toDouble()));
                    }
                    QVERIFY2(found,
                             qPrintable(QStringLiteral("%1: %2 / %3")
                                            .arg(metric.value(QLatin1String("id")).toString(),
                                                 rows[row].value(1), rows[row].value(2))));
                }
            }
            // The chart's own cache holds the same numbers.
            const QByteArray chartXml = parts.value(chart);
            QList<double> cached;
            QXmlStreamReader cache(chartXml);
            while (!cache.atEnd()) {
                cache.readNext();
                if (cache.isStartElement() && cache.qualifiedName() == QLatin1String("c:v"))
                    cached << cache.readElementText().toDouble();
            }
            for (std::size_t row = 1; row < rows.size(); ++row) {
                if (rows[row].value(1).isEmpty())
                    continue;
                const double social = rows[row].value(1).toDouble();
                QVERIFY(std::any_of(cached.cbegin(), cached.cend(),
                                    [social](double value) { return sameNumber(value, social); }));
            }
            QVERIFY(chartXml.contains("c:externalData"));
            // Each cohort's interval as error bars, where the rows have one.
            chartsWithErrorBars += chartXml.contains("<c:errBars>") ? 1 : 0;
            ++metricCharts;
        }
        if (index == 1) {
            // The ROI on the summary slide, as the report words it.
            QVERIFY(charts.size() == 1);
            const QStringList shown = texts(parts.value(slide));
            const QString roiText
                = ReportBuilder::roiText(roi.value(QLatin1String("roi")).toDouble(), locale);
            QVERIFY2(shown.contains(roiText), qPrintable(shown.join(u'|')));
        }
    }
    QCOMPARE(metricCharts, int(metrics.size()));
    QVERIFY(chartsWithErrorBars >= 3);
}

void TestDeckExport::impressRendersEverySlide()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: scripts/install-deps installs "
              "libreoffice-impress-nogui, which this check needs.");
    const QString deck = path(QStringLiteral("rendered.pptx"));
    const ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), deck});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QString profile = QUrl::fromLocalFile(path(QStringLiteral("profile"))).toString();
    const ProcessOutcome converted = runWithoutQtPlatform(
        soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
         QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
         QStringLiteral("--outdir"), path(QStringLiteral("rendered")), deck});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    const QString pdf = path(QStringLiteral("rendered/rendered.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(converted.err));
    const ProcessOutcome info = runProcess(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const int pages = QString::fromUtf8(info.out)
                          .section(QStringLiteral("Pages:"), 1)
                          .section(u'\n', 0, 0)
                          .trimmed()
                          .toInt();
    QCOMPARE(pages, int(m_json.value(QLatin1String("metrics")).toArray().size()) + 3);
    // 16:9 pages, and the title and every metric's chart drawn with text.
    QVERIFY(QString::fromUtf8(info.out).contains(QLatin1String("960")));
    const ProcessOutcome text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(
        QString::fromUtf8(text.out).contains(QLatin1String("The value of social customer care")));
}

void TestDeckExport::templateGivesTheLook()
{
    // A company template made here from a deck of our own: another master
    // (named, with a cream background), serif fonts, other accent colours,
    // 4:3 slides, and its own slides, which the new deck leaves behind.
    const QString plain = path(QStringLiteral("plain.pptx"));
    ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), plain});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QMap<QString, QByteArray> parts = unzip(plain);
    QByteArray &theme = parts[QStringLiteral("ppt/theme/theme1.xml")];
    QVERIFY(theme.contains("typeface=\"Noto Sans\""));
    theme.replace("typeface=\"Noto Sans\"", "typeface=\"DejaVu Serif\"");
    theme.replace("<a:accent3><a:srgbClr val=\"009E73\"/>",
                  "<a:accent3><a:srgbClr val=\"7B2D26\"/>");
    QByteArray &master = parts[QStringLiteral("ppt/slideMasters/slideMaster1.xml")];
    QVERIFY(
        master.contains("<p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"));
    master.replace("<p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>",
                   "<p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFF4E0\"/></a:solidFill>"
                   "<a:effectLst/></p:bgPr></p:bg>");
    master.replace("<p:cSld>", "<p:cSld name=\"Corporate\">");
    QByteArray &presentation = parts[QStringLiteral("ppt/presentation.xml")];
    presentation.replace("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>",
                         "<p:sldSz cx=\"9144000\" cy=\"6858000\"/>");
    const QString corporate = path(QStringLiteral("corporate.pptx"));
    QVERIFY(writeZip(corporate, parts));

    const QString deck = path(QStringLiteral("templated.pptx"));
    outcome = socialroi({QStringLiteral("report"), QStringLiteral("-p"), m_project,
                         QStringLiteral("-o"), deck, QStringLiteral("--template"), corporate});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QMap<QString, QByteArray> written = unzip(deck);
    // The template's master, theme and layouts, byte for byte.
    for (const char *part :
         {"ppt/slideMasters/slideMaster1.xml", "ppt/theme/theme1.xml",
          "ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout2.xml"}) {
        QCOMPARE(written.value(QLatin1String(part)), parts.value(QLatin1String(part)));
    }
    QVERIFY(written.value(QStringLiteral("ppt/presentation.xml"))
                .contains("<p:sldSz cx=\"9144000\" cy=\"6858000\"/>"));
    // As many slides as the report has, none of the template's.
    const int slides = int(m_json.value(QLatin1String("metrics")).toArray().size()) + 3;
    int found = 0;
    for (auto it = written.constBegin(); it != written.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1String("ppt/slides/slide")))
            continue;
        ++found;
        // Every slide on a layout of the template, every shape on the 4:3 slide.
        const QMultiMap<QString, QString> targets = relationships(written, it.key());
        QVERIFY(written.contains(targets.value(QStringLiteral("slideLayout"))));
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("off")) {
                const qint64 x = xml.attributes().value(QLatin1String("x")).toLongLong();
                xml.readNextStartElement(); // a:ext
                const qint64 cx = xml.attributes().value(QLatin1String("cx")).toLongLong();
                QVERIFY2(x >= 0 && x + cx <= 9144000, qPrintable(it.key()));
            }
        }
    }
    QCOMPARE(found, slides);
}

void TestDeckExport::badOutputIsRefused()
{
    // A folder that does not exist: a clear message, no file.
    const QString deck = path(QStringLiteral("missing/folder/deck.pptx"));
    const ProcessOutcome outcome = socialroi(
        {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"), deck});
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(outcome.err.contains(QLatin1String("deck.pptx")), qPrintable(outcome.err));
    QVERIFY(!QFileInfo::exists(deck));
}

void TestDeckExport::badTemplateIsRefused_data()
{
    // What a manager might pass as a template, and the words the error says.
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("cannot be read");
    QTest::newRow("not a zip") << QByteArray("just some text\n")
                               << QStringLiteral("cannot be read");
    QTest::newRow("zip without a slide master")
        << QByteArray("zip") << QStringLiteral("has no slide master");
}

void TestDeckExport::badTemplateIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString templatePath = path(QStringLiteral("bad-%1.potx").arg(QTest::currentDataTag()));
    if (content == "zip") {
        QVERIFY(writeZip(templatePath, {{QStringLiteral("[Content_Types].xml"), "<Types/>"}}));
    } else if (!content.isEmpty()) {
        QFile file(templatePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString deck = path(QStringLiteral("templated-bad.pptx"));
    const ProcessOutcome outcome
        = socialroi({QStringLiteral("report"), QStringLiteral("-p"), m_project,
                     QStringLiteral("-o"), deck, QStringLiteral("--template"), templatePath});
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QFileInfo(templatePath).fileName()), qPrintable(outcome.err));
    QVERIFY(!QFileInfo::exists(deck)); // nothing half-written
}

QTEST_GUILESS_MAIN(TestDeckExport)
#include "tst_deckexport.moc"
