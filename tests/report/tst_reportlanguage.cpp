// SPDX-License-Identifier: GPL-3.0-or-later
// No English left in a translated report: `socialroi report` of a demo
// project in French, German, Polish and Hindi, as HTML, XLSX (read back with
// the project's own reader) and PDF (pdftotext), must not contain any English
// source text of the translations verbatim. The English texts come from the
// <source> elements of the language's .ts file, cut at placeholders and
// markup into phrases of two words or more; a phrase the translation itself
// keeps (a model's name, "SocialROI Workbench") is not English left over.
#include "demogenerator.h"
#include "xlsxreader.h"
#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue
{
    QStringList sources; // English, one entry per message
    QString translations; // every translation and plural form, joined
};

Catalogue readCatalogue(const QString &language)
{
    Catalogue catalogue;
    QFile file(QDir(QStringLiteral(SOCIALROI_TRANSLATIONS_DIR))
                   .filePath(QStringLiteral("socialroi_%1.ts").arg(language)));
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            catalogue.sources << xml.readElementText();
        else if (xml.name() == QLatin1String("translation")
                 || xml.name() == QLatin1String("numerusform"))
            catalogue.translations
                += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
    }
    return catalogue;
}

// Spaces of every kind as one plain space, so that a phrase wrapped over two
// lines of a PDF, or joined by a no-break space, still matches.
QString collapsed(QString text)
{
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar(0x202f), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

// The phrases of an English source text: the runs of text between its
// placeholders, markup and line breaks, with accelerators removed and the
// punctuation at their ends trimmed, that hold two words or more.
QStringList phrasesOf(const QString &source)
{
    QString text = source;
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    text.replace(accelerator, QString());
    static const QRegularExpression cuts(
        QStringLiteral("%L?[0-9n]|<[^<>]*>|\\n| · |: |; |\\(|\\)|\"|“|”|—|→|←"));
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    static const QString edgePunctuation = QStringLiteral(" .,:;!?-–×/|'’…");
    QStringList phrases;
    for (QString piece : text.split(cuts, Qt::SkipEmptyParts)) {
        piece = collapsed(piece);
        while (!piece.isEmpty() && edgePunctuation.contains(piece.front()))
            piece.remove(0, 1);
        while (!piece.isEmpty() && edgePunctuation.contains(piece.back()))
            piece.chop(1);
        int words = 0;
        for (auto it = word.globalMatch(piece); it.hasNext(); it.next())
            ++words;
        if (words >= 2)
            phrases << piece;
    }
    return phrases;
}

// `phrase` as whole words somewhere in `text`.
bool containsWords(const QString &text, const QString &phrase)
{
    for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const qsizetype end = at + phrase.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

QString decodedEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const bool hex = !match.captured(1).isEmpty();
        out += QChar::fromUcs4(match.captured(2).toUInt(nullptr, hex ? 16 : 10));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&nbsp;"), QString(QChar::Nbsp));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

// The words a reader sees in the HTML report: text between tags, including
// the labels of the inline SVG charts; styles and embedded images left out.
QString htmlText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(QStringLiteral("<(style|script)\\b.*?</\\1>"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::CaseInsensitiveOption);
    text.replace(hidden, QStringLiteral(" "));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral("\n"));
    return decodedEntities(text);
}

// Every cell of every sheet, and the sheet names, one per line.
QString xlsxText(const QString &path)
{
    XlsxWorkbook workbook(path);
    if (!workbook.open())
        return {};
    QStringList cells = workbook.sheetNames();
    for (const QString &sheet : workbook.sheetNames()) {
        XlsxReaderOptions options;
        options.sheet = sheet;
        options.headerRow = XlsxReaderOptions::NoHeaderRow;
        SourceError error;
        const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, options, &error);
        if (!reader)
            return {};
        SourceRecord record;
        while (reader->next(record))
            cells += record.fields;
    }
    return cells.join(QLatin1Char('\n'));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The English phrases of `language`'s sources found in `text`, sorted.
QStringList englishPhrasesIn(const QString &text, const QString &language)
{
    const Catalogue catalogue = readCatalogue(language);
    const QString kept = collapsed(catalogue.translations);
    QSet<QString> english;
    for (const QString &source : catalogue.sources) {
        for (const QString &phrase : phrasesOf(source)) {
            if (!containsWords(kept, phrase) && containsWords(text, phrase))
                english.insert(phrase);
        }
    }
    QStringList found(english.cbegin(), english.cend());
    found.sort();
    return found;
}

class TestReportLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phrasesAreCutAtPlaceholdersAndMarkup();
    void englishReportIsFoundEnglish();
    void noEnglishInTranslatedReports_data();
    void noEnglishInTranslatedReports();

private:
    // Writes the report and returns the text a reader sees, spaces collapsed.
    QString reportText(const QString &language, const QString &suffix);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestReportLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 2000;
    QVERIFY(DemoGenerator::generate(m_project, options, false).ok);
}

void TestReportLanguage::phrasesAreCutAtPlaceholdersAndMarkup()
{
    QCOMPARE(phrasesOf(QStringLiteral("Social cohort: %Ln customer(s) · as of %1")),
             QStringList({QStringLiteral("Social cohort"), QStringLiteral("as of")}));
    QCOMPARE(phrasesOf(QStringLiteral("<b>%1</b><br>At signup: %2 still customers")),
             QStringList({QStringLiteral("At signup"), QStringLiteral("still customers")}));
    QCOMPARE(phrasesOf(QStringLiteral("&Export as CSV…")),
             QStringList {QStringLiteral("Export as CSV")});
    QVERIFY(containsWords(QStringLiteral("Le taux, Still customers."),
                          QStringLiteral("Still customers")));
    QVERIFY(!containsWords(QStringLiteral("Notas of"), QStringLiteral("as of")));
}

void TestReportLanguage::noEnglishInTranslatedReports_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("suffix");
    for (const char *language : {"fr", "de", "pl", "hi"}) {
        for (const char *suffix : {"html", "xlsx", "pdf"})
            QTest::addRow("%s %s", language, suffix)
                << QString::fromLatin1(language) << QString::fromLatin1(suffix);
    }
}

QString TestReportLanguage::reportText(const QString &language, const QString &suffix)
{
    const QString report = m_dir.filePath(QStringLiteral("report-%1.%2").arg(language, suffix));
    QProcess process;
    process.start(QStringLiteral(SOCIALROI_EXECUTABLE),
                  {QStringLiteral("report"), QStringLiteral("-p"), m_project, QStringLiteral("-o"),
                   report, QStringLiteral("--lang"), language, QStringLiteral("--details")});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        qWarning("%s", process.readAllStandardError().constData());
        return {};
    }
    if (suffix == QLatin1String("html")) {
        QFile file(report);
        return file.open(QIODevice::ReadOnly)
            ? collapsed(htmlText(QString::fromUtf8(file.readAll())))
            : QString();
    }
    return collapsed(suffix == QLatin1String("xlsx") ? xlsxText(report) : pdfText(report));
}

// The scan finds what it looks for: the English report is full of the
// phrases a translated one must not have.
void TestReportLanguage::englishReportIsFoundEnglish()
{
    const QString text = reportText(QStringLiteral("en"), QStringLiteral("html"));
    QVERIFY(text.size() > 1000);
    const QStringList found = englishPhrasesIn(text, QStringLiteral("fr"));
    QVERIFY2(found.size() > 100, qPrintable(found.join(QLatin1String(" | "))));
    QVERIFY(found.contains(QStringLiteral("Executive summary")));
    QVERIFY(found.contains(QStringLiteral("Method notes")));
}

void TestReportLanguage::noEnglishInTranslatedReports()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    const QString text = reportText(language, suffix);
    QVERIFY2(text.size() > 1000, "no report text read");
    const QStringList found = englishPhrasesIn(text, language);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("English left in the %1 %2 report (%3):\n  %4")
                            .arg(language, suffix)
                            .arg(found.size())
                            .arg(found.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
