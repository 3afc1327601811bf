// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the Qt Linguist files of the four translations (fr, de, pl, hi):
// every message translated, nothing obsolete, the right number of plural
// forms, placeholders, HTML tags, accelerators and ellipses kept, and no text
// left in English except an explicit allow-list, and each source text in
// one context only (one class owns a text; the few that mean different
// things in different places are listed with their reason). Polish plurals
// are checked through a real QTranslator on a .qm compiled with lrelease.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // type attribute of <translation>
    QString translation; // for non-numerus messages
    QStringList numerusForms; // for numerus messages
    qint64 line = 0;

    QStringList forms() const { return numerus ? numerusForms : QStringList {translation}; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString tsPath(const QString &lang)
{
    return QDir(QStringLiteral(SOCIALROI_TRANSLATIONS_DIR))
        .filePath(QStringLiteral("socialroi_%1.ts").arg(lang));
}

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message msg;
            msg.context = context;
            msg.line = xml.lineNumber();
            msg.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == QLatin1String("source")) {
                    msg.source = xml.readElementText();
                } else if (child == QLatin1String("translation")) {
                    msg.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (msg.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                msg.numerusForms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        msg.translation = xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages << msg;
        }
    }
    if (xml.hasError())
        ts.error
            = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

const TsFile &tsFile(const QString &lang)
{
    static std::map<QString, TsFile> cache;
    auto it = cache.find(lang);
    if (it == cache.end())
        it = cache.emplace(lang, parseTs(tsPath(lang))).first;
    return it->second;
}

QString describe(const Message &m)
{
    QString src = m.source;
    src.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("[%1, line %2] \"%3\"").arg(m.context).arg(m.line).arg(src.left(80));
}

void verifyNoProblems(const QStringList &problems)
{
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s):\n  ").arg(problems.size())
                        + problems.mid(0, 25).join(QStringLiteral("\n  "))));
}

// %1..%9, %L1..%L9, %n, %Ln
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9]*)[^<>]*>"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags << it.next().captured(1).toLower();
    tags.sort();
    return tags;
}

// A keyboard accelerator: '&' followed by something other than '&' or a space.
int mnemonicCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!next.isSpace())
            ++count;
    }
    return count;
}

// Texts that may stay identical to the English source. Acronyms, file formats,
// the product name, pure placeholder patterns and numbers are the same in every
// language; the per-language lists hold words the language shares with English.
QSet<QString> allowedIdentical(const QString &lang)
{
    QSet<QString> allowed {
        QStringLiteral("NPS"),
        QStringLiteral("ROI"),
        QStringLiteral("CSV"),
        QStringLiteral("PDF"),
        QStringLiteral("XLSX"),
        QStringLiteral("OK"),
        QStringLiteral("ID"),
        QStringLiteral("Id"),
        QStringLiteral("SHA-256"),
        QStringLiteral("UTF-8"),
        QStringLiteral("FORMAT"),
        QStringLiteral("Net Promoter Score"),
        QStringLiteral("NPS %1"),
        QStringLiteral("SocialROI Workbench"),
        QStringLiteral("%1 — SocialROI Workbench"),
        QStringLiteral("%1 (%2)"),
        QStringLiteral("%1: %2"),
        QStringLiteral("%1 / %2"),
        QStringLiteral("%1 = %2"),
        QStringLiteral("%1 → %2"),
        QStringLiteral("%1\n→ %2"),
        QStringLiteral("n = %1"),
        QStringLiteral(", "),
        QStringLiteral("—"),
        QStringLiteral("%1 × %2 (HD)"),
        QStringLiteral("%1 × %2 (Full HD)"),
        QStringLiteral("%1 × %2 (4K)"),
    };
    static const QHash<QString, QStringList> perLanguage {
        {QStringLiteral("fr"),
         {QStringLiteral("Chat"), QStringLiteral("Contacts"), QStringLiteral("DATE"),
          QStringLiteral("Date"), QStringLiteral("date"), QStringLiteral("Horizon"),
          QStringLiteral("Mentions"), QStringLiteral("Points"), QStringLiteral("points"),
          QStringLiteral("point"), QStringLiteral("pixels"), QStringLiteral("Segment"),
          QStringLiteral("Social"), QStringLiteral("TABLE"), QStringLiteral("Table"),
          QStringLiteral("Tables"), QStringLiteral("%1 M"), QStringLiteral("%1 k")}},
        {QStringLiteral("de"),
         {QStringLiteral("&Segment:"), QStringLiteral("Chat"), QStringLiteral("F&ormat:"),
          QStringLiteral("Import"), QStringLiteral("NAME"), QStringLiteral("Segment"),
          QStringLiteral("Social")}},
        {QStringLiteral("pl"),
         {QStringLiteral("%1%"), QStringLiteral("&Segment:"), QStringLiteral("F&ormat:"),
          QStringLiteral("Import"), QStringLiteral("Segment"), QStringLiteral("Social media"),
          QStringLiteral("UTF-16 big-endian")}},
        {QStringLiteral("hi"),
         {QStringLiteral("%1%"), QStringLiteral("\"%1\""), QStringLiteral("%1: \"%2\"")}},
    };
    for (const QString &s : perLanguage.value(lang))
        allowed.insert(s);
    return allowed;
}

} // namespace

// The .qm files live in the application's resources; the tests compile their
// own Polish one into `dir` with lrelease. Empty when lrelease is missing;
// a failing lrelease is a test failure.
QString compiledPolish(const QTemporaryDir &dir)
{
    const QString lrelease = QStringLiteral(SOCIALROI_LRELEASE);
    if (!QFileInfo::exists(lrelease))
        return {};
    const QString qm = dir.filePath(QStringLiteral("socialroi_pl.qm"));
    QProcess process;
    process.start(
        lrelease,
        {QStringLiteral("-silent"), tsPath(QStringLiteral("pl")), QStringLiteral("-qm"), qm});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        qFatal("lrelease failed: %s", process.readAllStandardError().constData());
    return qm;
}

// Source texts that stay in two contexts on purpose: the same English words
// that translators need to be free to say differently. Each is told apart by
// a disambiguation or by its class; every other text has one owner.
struct SharedSource
{
    const char *source;
    const char *reason;
};

const SharedSource sharedSources[] = {
    {"S", "the value name of --seed (demo) and of --segment (report options)"},
    {"months", "an assumption's unit, and the tenure unit after \"Tenure in:\" (a case in de, pl)"},
    {"days", "an assumption's unit, and the tenure unit after \"Tenure in:\" (a case in de, pl)"},
    {"Social cohort", "a chart's legend, which French keeps short, and the tables' full name"},
    {"Control cohort", "a chart's legend, which French keeps short, and the tables' full name"},
    {"Derived values", "the import's options (to derive) and its outcome (derived); pl differs"},
    {"Cancelled.", "the import's outcome and an export's: the participle may agree differently"},
    {"Import", "the toolbar's verb and the import wizard page's noun"},
    {"Summary", "a worksheet name (31 characters at most) and the import page's heading"},
    {"Contents", "the user guide's button and the report's heading"},
    {"&File:", "accelerators are chosen per dialog (the chart export, the import wizard)"},
    {"&Browse…", "accelerators are chosen per dialog; fr and hi already differ"},
};

const SharedSource *sharedSource(const QString &source)
{
    for (const SharedSource &shared : sharedSources) {
        if (source == QString::fromUtf8(shared.source))
            return &shared;
    }
    return nullptr;
}

class TstTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void languages_data();
    void wellFormed_data() { languages_data(); }
    void wellFormed();
    void everythingTranslated_data() { languages_data(); }
    void everythingTranslated();
    void pluralForms_data() { languages_data(); }
    void pluralForms();
    void placeholdersKept_data() { languages_data(); }
    void placeholdersKept();
    void htmlBalanced_data() { languages_data(); }
    void htmlBalanced();
    void acceleratorsAndEllipses_data() { languages_data(); }
    void acceleratorsAndEllipses();
    void notLeftInEnglish_data() { languages_data(); }
    void notLeftInEnglish();
    void oneContextPerSource_data() { languages_data(); }
    void oneContextPerSource();
    void sharedSourcesStillShared_data();
    void sharedSourcesStillShared();
    void polishPluralsThroughTranslator();
    void englishPluralsCoverEveryCount();
    void polishCountsTakeTheirForm_data();
    void polishCountsTakeTheirForm();
};

void TstTranslationFiles::languages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("forms");
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("pl") << QStringLiteral("pl") << 3;
    QTest::newRow("hi") << QStringLiteral("hi") << 2;
}

void TstTranslationFiles::wellFormed()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, lang);
    QVERIFY2(ts.messages.size() > 100, "suspiciously few messages");
}

void TstTranslationFiles::everythingTranslated()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("obsolete")
            || m.type == QLatin1String("vanished")) {
            problems << QStringLiteral("type=\"%1\": %2").arg(m.type, describe(m));
            continue;
        }
        if (!m.type.isEmpty())
            problems << QStringLiteral("unexpected type=\"%1\": %2").arg(m.type, describe(m));
        for (const QString &form : m.forms()) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: %1").arg(describe(m));
        }
    }
    verifyNoProblems(problems);
}

void TstTranslationFiles::pluralForms()
{
    QFETCH(QString, lang);
    QFETCH(int, forms);
    const TsFile &ts = tsFile(lang);
    QStringList problems;
    int numerusMessages = 0;
    for (const Message &m : ts.messages) {
        if (!m.numerus)
            continue;
        ++numerusMessages;
        if (m.numerusForms.size() != forms)
            problems << QStringLiteral("%1 plural forms instead of %2: %3")
                            .arg(m.numerusForms.size())
                            .arg(forms)
                            .arg(describe(m));
    }
    QVERIFY2(numerusMessages > 0, "no plural message found");
    verifyNoProblems(problems);
}

void TstTranslationFiles::placeholdersKept()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    QStringList problems;
    for (const Message &m : ts.messages) {
        const QSet<QString> expected = placeholders(m.source);
        const QStringList forms = m.forms();
        for (int i = 0; i < forms.size(); ++i) {
            const QSet<QString> got = placeholders(forms.at(i));
            if (got != expected) {
                QStringList e(expected.cbegin(), expected.cend()), g(got.cbegin(), got.cend());
                e.sort();
                g.sort();
                problems << QStringLiteral("form %1 has {%2}, source {%3}: %4")
                                .arg(i)
                                .arg(g.join(QLatin1Char(' ')), e.join(QLatin1Char(' ')),
                                     describe(m));
            }
        }
    }
    verifyNoProblems(problems);
}

void TstTranslationFiles::htmlBalanced()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    QStringList problems;
    for (const Message &m : ts.messages) {
        const QStringList expected = htmlTags(m.source);
        for (const QString &form : m.forms()) {
            if (htmlTags(form) != expected)
                problems << QStringLiteral("HTML tags {%1} instead of {%2}: %3")
                                .arg(htmlTags(form).join(QLatin1Char(' ')),
                                     expected.join(QLatin1Char(' ')), describe(m));
        }
    }
    verifyNoProblems(problems);
}

void TstTranslationFiles::acceleratorsAndEllipses()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    const QChar ellipsis(0x2026);
    QStringList problems;
    for (const Message &m : ts.messages) {
        const int mnemonics = mnemonicCount(m.source);
        for (const QString &form : m.forms()) {
            if (mnemonicCount(form) != mnemonics)
                problems << QStringLiteral("%1 accelerator(s) instead of %2 in \"%3\": %4")
                                .arg(mnemonicCount(form))
                                .arg(mnemonics)
                                .arg(form, describe(m));
            if (m.source.endsWith(ellipsis) && !form.contains(ellipsis))
                problems
                    << QStringLiteral("lost the ellipsis in \"%1\": %2").arg(form, describe(m));
            // An accelerator on a Devanagari letter splits its cluster: the
            // label is measured unshaped and drawn clipped. "(&X)" after the
            // text, as Hindi software writes it.
            const qsizetype amp = form.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (amp >= 0 && form.at(amp + 1).script() == QChar::Script_Devanagari)
                problems << QStringLiteral("accelerator on a Devanagari letter in \"%1\": %2")
                                .arg(form, describe(m));
        }
    }
    verifyNoProblems(problems);
}

void TstTranslationFiles::notLeftInEnglish()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    const QSet<QString> allowed = allowedIdentical(lang);
    static const QRegularExpression noLetters(QStringLiteral("^[^\\p{L}]*$"));
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (allowed.contains(m.source) || noLetters.match(m.source).hasMatch())
            continue; // allow-listed, or only digits, placeholders and punctuation
        for (const QString &form : m.forms()) {
            if (form == m.source)
                problems << QStringLiteral("identical to the English source: %1").arg(describe(m));
        }
    }
    verifyNoProblems(problems);
}

// The same English text written in two classes is translated twice and
// drifts apart: a text has one owner that the others call, unless it is one
// of the few listed in sharedSources.
void TstTranslationFiles::oneContextPerSource()
{
    QFETCH(QString, lang);
    const TsFile &ts = tsFile(lang);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    std::map<QString, QStringList> contexts;
    for (const Message &m : ts.messages) {
        QStringList &names = contexts[m.source];
        if (!names.contains(m.context))
            names << m.context;
    }
    QStringList problems;
    for (const auto &[source, names] : contexts) {
        if (names.size() > 1 && !sharedSource(source)) {
            problems << QStringLiteral("\"%1\" in %2 contexts: %3")
                            .arg(source.left(80))
                            .arg(names.size())
                            .arg(names.join(QLatin1String(", ")));
        }
    }
    verifyNoProblems(problems);
}

void TstTranslationFiles::sharedSourcesStillShared_data()
{
    QTest::addColumn<QString>("source");
    for (const SharedSource &shared : sharedSources)
        QTest::newRow(shared.source) << QString::fromUtf8(shared.source);
}

// An entry of sharedSources that is in one context now has no reason left:
// the list stays as short as the texts that need it.
void TstTranslationFiles::sharedSourcesStillShared()
{
    QFETCH(QString, source);
    const TsFile &ts = tsFile(QStringLiteral("fr"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QSet<QString> contexts;
    for (const Message &m : ts.messages) {
        if (m.source == source)
            contexts.insert(m.context);
    }
    QVERIFY2(contexts.size() > 1,
             qPrintable(QStringLiteral("\"%1\" is in %2 context(s): remove it from "
                                       "sharedSources")
                            .arg(source)
                            .arg(contexts.size())));
}

void TstTranslationFiles::polishPluralsThroughTranslator()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString qm = compiledPolish(dir);
    if (qm.isEmpty())
        QSKIP("lrelease not found");

    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QCOMPARE(translator.language(), QStringLiteral("pl"));

    const char *context = "DataBrowser";
    const char *source = "%Ln row(s)";
    const QString one = translator.translate(context, source, nullptr, 1);
    const QString few = translator.translate(context, source, nullptr, 2);
    const QString many = translator.translate(context, source, nullptr, 5);
    QVERIFY2(!one.isEmpty() && !few.isEmpty() && !many.isEmpty(), "no Polish translation found");
    QVERIFY2(one != few && few != many && one != many,
             qPrintable(QStringLiteral("forms not distinct: %1 | %2 | %3").arg(one, few, many)));
    // Polish rules: 22–24 take the "few" form, 12–14 and 25 the "many" form.
    QCOMPARE(translator.translate(context, source, nullptr, 22), few);
    QCOMPARE(translator.translate(context, source, nullptr, 12), many);
    QCOMPARE(translator.translate(context, source, nullptr, 25), many);

    // Through QCoreApplication, as the widgets see it, with %Ln filled in.
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("1 wiersz"));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 2), QStringLiteral("2 wiersze"));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 5), QStringLiteral("5 wierszy"));
    QCOMPARE(QCoreApplication::translate("AssumptionsModel", "%n month(s)", nullptr, 3),
             QStringLiteral("3 miesiące"));
    QCOMPARE(QCoreApplication::translate("AssumptionsModel", "%n month(s)", nullptr, 11),
             QStringLiteral("11 miesięcy"));
    // The import wizard's result counts (they once read "1 lignes remplacées").
    const char *skipped = "%Ln duplicate(s) skipped";
    QCOMPARE(QCoreApplication::translate("ImportRunPage", skipped, nullptr, 1),
             QStringLiteral("pominięto 1 duplikat"));
    QCOMPARE(QCoreApplication::translate("ImportRunPage", skipped, nullptr, 3),
             QStringLiteral("pominięto 3 duplikaty"));
    QCOMPARE(QCoreApplication::translate("ImportRunPage", skipped, nullptr, 12),
             QStringLiteral("pominięto 12 duplikatów"));
    QCoreApplication::removeTranslator(&translator);
}

// English is the source text, but "%n row(s)" needs "1 row" and "2 rows":
// socialroi_en.ts holds exactly the plural messages of the translations,
// each with two forms that keep the placeholders and drop the "(s)".
void TstTranslationFiles::englishPluralsCoverEveryCount()
{
    const TsFile &english = tsFile(QStringLiteral("en"));
    QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
    QSet<QString> translated;
    for (const Message &m : tsFile(QStringLiteral("fr")).messages) {
        if (m.numerus)
            translated.insert(m.context + QLatin1Char('|') + m.source);
    }
    QStringList problems;
    QSet<QString> covered;
    for (const Message &m : english.messages) {
        const QString key = m.context + QLatin1Char('|') + m.source;
        covered.insert(key);
        if (!m.numerus || !translated.contains(key)) {
            problems
                << QStringLiteral("not a plural message of the translations: %1").arg(describe(m));
            continue;
        }
        if (m.numerusForms.size() != 2 || !m.type.isEmpty())
            problems << QStringLiteral("needs two finished forms: %1").arg(describe(m));
        for (const QString &form : m.numerusForms) {
            if (form.contains(QLatin1String("(s)")) || placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("form \"%1\" of %2").arg(form, describe(m));
        }
    }
    for (const QString &key : translated) {
        if (!covered.contains(key))
            problems << QStringLiteral("no English plural forms for %1").arg(key);
    }
    verifyNoProblems(problems);
}

// The messages that once showed a count through %1 ("%1 customers"), one
// per family: 2 takes the "few" form, 5 the "many" form, 22 "few" again.
void TstTranslationFiles::polishCountsTakeTheirForm_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const auto rows
        = [](const char *name, const char *context, const char *source, const QStringList &forms) {
              const int counts[] = {1, 2, 5, 22};
              for (int i = 0; i < 4; ++i)
                  QTest::addRow("%s %d", name, counts[i])
                      << QByteArray(context) << QByteArray(source) << counts[i] << forms.at(i);
          };
    rows("CLI import summary", "ImportCommand", "%n unknown customer(s)",
         {QStringLiteral("1 nieznany klient"), QStringLiteral("2 nieznani klienci"),
          QStringLiteral("5 nieznanych klientów"), QStringLiteral("22 nieznani klienci")});
    rows("CLI replaced rows", "ImportCommand", " (%n existing row(s) replaced)",
         {QStringLiteral(" (zastąpiono 1 istniejący wiersz)"),
          QStringLiteral(" (zastąpiono 2 istniejące wiersze)"),
          QStringLiteral(" (zastąpiono 5 istniejących wierszy)"),
          QStringLiteral(" (zastąpiono 22 istniejące wiersze)")});
    rows("report cohort size", "ReportBuilder", "%1 customer(s)",
         {QStringLiteral("1 klient"), QStringLiteral("2 klienci"), QStringLiteral("5 klientów"),
          QStringLiteral("22 klienci")});
    rows("repeat-count chart", "RepeatCountChart", "%1 customer(s) (%2)",
         {QStringLiteral("1 klient (%2)"), QStringLiteral("2 klienci (%2)"),
          QStringLiteral("5 klientów (%2)"), QStringLiteral("22 klienci (%2)")});
    rows("sequential trials", "ComparisonPane", "%Ln social customer(s) compared",
         {QStringLiteral("1 porównany klient social media"),
          QStringLiteral("2 porównani klienci social media"),
          QStringLiteral("5 porównanych klientów social media"),
          QStringLiteral("22 porównani klienci social media")});
    rows("import preview", "ImportPreviewPage", "The first %Ln row(s) of the file.",
         {QStringLiteral("Pierwszy wiersz pliku (1)."), QStringLiteral("Pierwsze 2 wiersze pliku."),
          QStringLiteral("Pierwsze 5 wierszy pliku."),
          QStringLiteral("Pierwsze 22 wiersze pliku.")});
    rows("status bar", "ImportUndo", "%Ln order(s)",
         {QStringLiteral("1 zamówienie"), QStringLiteral("2 zamówienia"),
          QStringLiteral("5 zamówień"), QStringLiteral("22 zamówienia")});
}

void TstTranslationFiles::polishCountsTakeTheirForm()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString qm = compiledPolish(dir);
    if (qm.isEmpty())
        QSKIP("lrelease not found");
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QLocale::setDefault(QLocale::c());
    QString text
        = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
    if (source.startsWith("%1 "))
        text = text.arg(count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TstTranslationFiles)
#include "tst_translationfiles.moc"
