// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureworkbooks.h"
#include "headermatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

Q_DECLARE_METATYPE(CanonicalTable)
Q_DECLARE_METATYPE(HeaderMatch::Kind)

namespace {

QStringList matchedFields(const HeaderMatchResult &result)
{
    QStringList fields;
    for (const HeaderMatch &match : result.columns)
        fields.append(match.field);
    return fields;
}

} // namespace

class TestHeaderMatcher : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void localizedHeaders_data();
    void localizedHeaders();
    void realFiles_data();
    void realFiles();
    void kinds_data();
    void kinds();
    void fieldAssignedOnce();
    void everyFieldHasSynonymsInFiveLanguages();
    void unmappedRequiredFieldMessage();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void rebindToReorderedColumns();
};

void TestHeaderMatcher::normalize_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("camelCase with acronym (Telco)") << "customerID"
                                                    << "customer id";
    QTest::newRow("PascalCase (Telco)") << "MonthlyCharges"
                                        << "monthly charges";
    QTest::newRow("acronym before a word") << "IDKlienta"
                                           << "id klienta";
    QTest::newRow("snake_case") << "signup_date"
                                << "signup date";
    QTest::newRow("hyphen (de)") << "Kunden-ID"
                                 << "kunden id";
    QTest::newRow("accents (fr)") << QStringLiteral("Numéro_Client") << "numero client";
    QTest::newRow("apostrophe (fr)")
        << QStringLiteral("Date d’inscription") << "date d inscription";
    QTest::newRow("Polish ł and ź") << QStringLiteral("ŁÓDŹ kanał") << "lodz kanal";
    QTest::newRow("German ß and umlaut")
        << QStringLiteral("Straße Kündigung") << "strasse kundigung";
    QTest::newRow("spaces and punctuation collapsed") << "  Signup   Date (UTC)! "
                                                      << "signup date utc";
    QTest::newRow("digits split from letters") << "address2"
                                               << "address 2";
    QTest::newRow("Devanagari kept, chandrabindu as anusvara")
        << QStringLiteral("हाँ") << QStringLiteral("हां");
    QTest::newRow("Devanagari nukta dropped") << QStringLiteral("फ़रवरी") << QStringLiteral("फरवरी");
    QTest::newRow("full-width letters (NFKD)") << QStringLiteral("ＩＤ") << "id";
}

void TestHeaderMatcher::normalize()
{
    QFETCH(QString, header);
    QFETCH(QString, normalized);
    QCOMPARE(HeaderMatcher::normalize(header), normalized);
}

void TestHeaderMatcher::localizedHeaders_data()
{
    QTest::addColumn<CanonicalTable>("table");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("fields"); // "" for an extra attribute

    const QStringList customerFields {
        "customer_id",       "signup_date", "churn_date", "monthly_revenue", "social_engaged",
        "first_social_date", "segment",     "nps_score",  "at_risk_date",    ""};
    QTest::newRow("customers en") << CanonicalTable::Customers
                                  << QStringList {"Customer ID",
                                                  "Signup Date",
                                                  "Cancellation Date",
                                                  "Monthly Revenue",
                                                  "Social Media Engaged",
                                                  "First Social Contact",
                                                  "Plan",
                                                  "NPS",
                                                  "Escalation Date",
                                                  "Notes"}
                                  << customerFields;
    QTest::newRow("customers fr") << CanonicalTable::Customers
                                  << QStringList {QStringLiteral("Numéro client"),
                                                  QStringLiteral("Date d'inscription"),
                                                  QStringLiteral("Date de résiliation"),
                                                  QStringLiteral("Revenu mensuel"),
                                                  QStringLiteral("Réseaux sociaux"),
                                                  QStringLiteral("Premier contact réseaux sociaux"),
                                                  QStringLiteral("Forfait"),
                                                  QStringLiteral("Score NPS"),
                                                  QStringLiteral("Date de réclamation"),
                                                  QStringLiteral("Commentaire")}
                                  << customerFields;
    QTest::newRow("customers de") << CanonicalTable::Customers
                                  << QStringList {QStringLiteral("Kundennummer"),
                                                  QStringLiteral("Anmeldedatum"),
                                                  QStringLiteral("Kündigungsdatum"),
                                                  QStringLiteral("Monatlicher Umsatz"),
                                                  QStringLiteral("Soziale Medien"),
                                                  QStringLiteral("Erster Social-Media-Kontakt"),
                                                  QStringLiteral("Tarif"),
                                                  QStringLiteral("Weiterempfehlung"),
                                                  QStringLiteral("Beschwerdedatum"),
                                                  QStringLiteral("Bemerkung")}
                                  << customerFields;
    QTest::newRow("customers pl")
        << CanonicalTable::Customers
        << QStringList {QStringLiteral("Numer klienta"),
                        QStringLiteral("Data rejestracji"),
                        QStringLiteral("Data rezygnacji"),
                        QStringLiteral("Przychód miesięczny"),
                        QStringLiteral("Media społecznościowe"),
                        QStringLiteral("Pierwszy kontakt w mediach społecznościowych"),
                        QStringLiteral("Taryfa"),
                        QStringLiteral("Wynik NPS"),
                        QStringLiteral("Data reklamacji"),
                        QStringLiteral("Uwagi")}
        << customerFields;
    QTest::newRow("customers hi")
        << CanonicalTable::Customers
        << QStringList {QStringLiteral("ग्राहक आईडी"),      QStringLiteral("साइनअप तिथि"),
                        QStringLiteral("रद्द करने की तिथि"), QStringLiteral("मासिक राजस्व"),
                        QStringLiteral("सोशल मीडिया"),     QStringLiteral("पहला सोशल मीडिया संपर्क"),
                        QStringLiteral("योजना"),           QStringLiteral("एनपीएस स्कोर"),
                        QStringLiteral("शिकायत तिथि"),     QStringLiteral("टिप्पणी")}
        << customerFields;

    const QStringList contactFields {
        "contact_id",     "customer_id", "contact_date",          "channel",
        "handle_minutes", "resolved",    "led_to_process_change", "cost"};
    QTest::newRow("contacts en")
        << CanonicalTable::Contacts
        << QStringList {"Ticket ID",         "Customer ID", "Contact Date",          "Channel",
                        "Handle Time (min)", "Resolved",    "Led to Process Change", "Cost"}
        << contactFields;
    QTest::newRow("contacts fr") << CanonicalTable::Contacts
                                 << QStringList {QStringLiteral("Numéro de ticket"),
                                                 QStringLiteral("Identifiant client"),
                                                 QStringLiteral("Date de contact"),
                                                 QStringLiteral("Canal"),
                                                 QStringLiteral("Durée de traitement"),
                                                 QStringLiteral("Résolu"),
                                                 QStringLiteral("Changement de processus"),
                                                 QStringLiteral("Coût")}
                                 << contactFields;
    QTest::newRow("contacts de")
        << CanonicalTable::Contacts
        << QStringList {QStringLiteral("Ticketnummer"),     QStringLiteral("Kunden-ID"),
                        QStringLiteral("Kontaktdatum"),     QStringLiteral("Kanal"),
                        QStringLiteral("Bearbeitungszeit"), QStringLiteral("Gelöst"),
                        QStringLiteral("Prozessänderung"),  QStringLiteral("Kosten")}
        << contactFields;
    QTest::newRow("contacts pl")
        << CanonicalTable::Contacts
        << QStringList {QStringLiteral("Numer zgłoszenia"), QStringLiteral("ID klienta"),
                        QStringLiteral("Data kontaktu"),    QStringLiteral("Kanał"),
                        QStringLiteral("Czas obsługi"),     QStringLiteral("Rozwiązane"),
                        QStringLiteral("Zmiana procesu"),   QStringLiteral("Koszt")}
        << contactFields;
    QTest::newRow("contacts hi") << CanonicalTable::Contacts
                                 << QStringList {QStringLiteral("टिकट आईडी"),
                                                 QStringLiteral("ग्राहक आईडी"),
                                                 QStringLiteral("संपर्क तिथि"),
                                                 QStringLiteral("चैनल"),
                                                 QStringLiteral("अवधि"),
                                                 QStringLiteral("हल हुआ"),
                                                 QStringLiteral("प्रक्रिया में बदलाव"),
                                                 QStringLiteral("लागत")}
                                 << contactFields;

    const QStringList orderFields {"order_id", "customer_id", "order_date",
                                   "amount",   "cross_sell",  "product"};
    QTest::newRow("orders en") << CanonicalTable::Orders
                               << QStringList {"Order Number", "Customer",   "Order Date",
                                               "Amount",       "Cross-sell", "Product"}
                               << orderFields;
    QTest::newRow("orders fr") << CanonicalTable::Orders
                               << QStringList {QStringLiteral("Numéro de commande"),
                                               QStringLiteral("Code client"),
                                               QStringLiteral("Date de commande"),
                                               QStringLiteral("Montant"),
                                               QStringLiteral("Vente croisée"),
                                               QStringLiteral("Produit")}
                               << orderFields;
    QTest::newRow("orders de") << CanonicalTable::Orders
                               << QStringList {QStringLiteral("Bestellnummer"),
                                               QStringLiteral("Kundennr."),
                                               QStringLiteral("Bestelldatum"),
                                               QStringLiteral("Betrag"),
                                               QStringLiteral("Zusatzverkauf"),
                                               QStringLiteral("Artikel")}
                               << orderFields;
    QTest::newRow("orders pl") << CanonicalTable::Orders
                               << QStringList {QStringLiteral("Numer zamówienia"),
                                               QStringLiteral("Nr klienta"),
                                               QStringLiteral("Data zamówienia"),
                                               QStringLiteral("Kwota"),
                                               QStringLiteral("Sprzedaż dodatkowa"),
                                               QStringLiteral("Produkt")}
                               << orderFields;
    QTest::newRow("orders hi") << CanonicalTable::Orders
                               << QStringList {QStringLiteral("ऑर्डर आईडी"),
                                               QStringLiteral("ग्राहक संख्या"),
                                               QStringLiteral("ऑर्डर तिथि"),
                                               QStringLiteral("राशि"),
                                               QStringLiteral("अतिरिक्त सेवा"),
                                               QStringLiteral("उत्पाद")}
                               << orderFields;

    QTest::newRow("mentions en") << CanonicalTable::Mentions
                                 << QStringList {"Post ID",   "Customer ID", "Posted At",
                                                 "Sentiment", "Followers",   "Platform"}
                                 << QStringList {"mention_id", "customer_id", "mention_date",
                                                 "sentiment",  "reach",       "platform"};
    QTest::newRow("mentions fr") << CanonicalTable::Mentions
                                 << QStringList {QStringLiteral("ID publication"),
                                                 QStringLiteral("Numéro client"),
                                                 QStringLiteral("Date de publication"),
                                                 QStringLiteral("Tonalité"),
                                                 QStringLiteral("Portée"),
                                                 QStringLiteral("Plateforme")}
                                 << QStringList {"mention_id", "customer_id", "mention_date",
                                                 "sentiment",  "reach",       "platform"};
    QTest::newRow("improvements de") << CanonicalTable::Improvements
                                     << QStringList {QStringLiteral("Maßnahmen-ID"),
                                                     QStringLiteral("Umsetzungsdatum"),
                                                     QStringLiteral("Titel"),
                                                     QStringLiteral("Gelöste Probleme"),
                                                     QStringLiteral("Gehaltene Kunden pro Jahr"),
                                                     QStringLiteral("Eingesparte Stunden pro Jahr")}
                                     << QStringList {"improvement_id",
                                                     "date",
                                                     "title",
                                                     "issues_addressed",
                                                     "customers_retained_per_year",
                                                     "staff_hours_saved_per_year"};
    QTest::newRow("canonical names themselves") << CanonicalTable::Improvements
                                                << QStringList {"improvement_id",
                                                                "date",
                                                                "title",
                                                                "issues_addressed",
                                                                "customers_retained_per_year",
                                                                "staff_hours_saved_per_year"}
                                                << QStringList {"improvement_id",
                                                                "date",
                                                                "title",
                                                                "issues_addressed",
                                                                "customers_retained_per_year",
                                                                "staff_hours_saved_per_year"};
}

void TestHeaderMatcher::localizedHeaders()
{
    QFETCH(CanonicalTable, table);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, fields);
    const HeaderMatchResult result = HeaderMatcher::match(headers, table);
    QCOMPARE(matchedFields(result), fields);
    QVERIFY(result.missingRequiredFields.isEmpty());
    for (const HeaderMatch &match : result.columns) {
        if (!match.field.isEmpty())
            QVERIFY(match.score >= HeaderMatcher::minimumScore);
    }
}

void TestHeaderMatcher::realFiles_data()
{
    QTest::addColumn<CanonicalTable>("table");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("missing");

    const QStringList telco {
        "customerID",   "gender",           "SeniorCitizen", "Partner",         "Dependents",
        "tenure",       "PhoneService",     "MultipleLines", "InternetService", "OnlineSecurity",
        "OnlineBackup", "DeviceProtection", "TechSupport",   "StreamingTV",     "StreamingMovies",
        "Contract",     "PaperlessBilling", "PaymentMethod", "MonthlyCharges",  "TotalCharges",
        "Churn"};
    QStringList telcoFields(telco.size());
    telcoFields[0] = "customer_id";
    telcoFields[15] = "segment";
    telcoFields[18] = "monthly_revenue";
    // A snapshot: tenure and the churn flag derive the dates (given the
    // snapshot date), so no required field is missing.
    telcoFields[5] = "tenure";
    telcoFields[20] = "churned";
    QTest::newRow("Telco CSV (tenure in months, a churn flag)")
        << CanonicalTable::Customers << telco << telcoFields << QStringList();

    const QStringList &cognos = FixtureWorkbooks::telcoCognosHeaders();
    QStringList cognosFields(cognos.size());
    cognosFields[0] = "customer_id";
    cognosFields[23] = "segment";
    cognosFields[26] = "monthly_revenue";
    cognosFields[13] = "tenure";
    cognosFields[28] = "churned";
    QTest::newRow("Telco Cognos XLSX headers with spaces")
        << CanonicalTable::Customers << cognos << cognosFields << QStringList();

    QTest::newRow("support tickets (small workbook)")
        << CanonicalTable::Contacts
        << QStringList {"ticket_id",
                        "created_date",
                        "resolved_date",
                        "category",
                        "channel",
                        "priority",
                        "status",
                        "agent",
                        "resolution_time_hours",
                        "customer_satisfaction"}
        << QStringList {"contact_id", "contact_date", "", "", "channel", "", "", "", "", ""}
        << QStringList {"customer_id"};
    QTest::newRow("support tickets (dashboard workbook)")
        << CanonicalTable::Contacts
        << QStringList {"Ticket ID",
                        "Product Purchased",
                        "Ticket Type",
                        "Ticket Subject",
                        "Ticket Status",
                        "Resolution",
                        "Ticket Priority",
                        "Ticket Channel",
                        "First Response Time",
                        "Time to Resolution",
                        "Customer Satisfaction Rating"}
        << QStringList {"contact_id", "", "", "", "", "", "", "channel", "", "", ""}
        << QStringList {"customer_id", "contact_date"};
    QTest::newRow("Online Retail orders (quantity times unit price, no amount)")
        << CanonicalTable::Orders
        << QStringList {"InvoiceNo",   "StockCode", "Description", "Quantity",
                        "InvoiceDate", "UnitPrice", "CustomerID",  "Country"}
        << QStringList {"order_id",   "",           "product",     "quantity",
                        "order_date", "unit_price", "customer_id", ""}
        << QStringList();
    QTest::newRow("CDNOW event log as orders")
        << CanonicalTable::Orders << QStringList {"masterid", "sampleid", "date", "cds", "sales"}
        << QStringList {"customer_id", "", "order_date", "", "amount"} << QStringList();
}

void TestHeaderMatcher::realFiles()
{
    QFETCH(CanonicalTable, table);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, missing);
    const HeaderMatchResult result = HeaderMatcher::match(headers, table);
    QCOMPARE(matchedFields(result), fields);
    QCOMPARE(result.missingRequiredFields, missing);
    QCOMPARE(result.mapping().missingRequiredFields(), missing);
    // Unmatched columns are kept as extra attributes.
    QCOMPARE(result.mapping().extraHeaders().size(), fields.count(QString()));
}

void TestHeaderMatcher::kinds_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::addColumn<HeaderMatch::Kind>("kind");

    using Kind = HeaderMatch::Kind;
    QTest::newRow("exact up to case and accents")
        << QStringLiteral("DATE D'INSCRIPTION") << "signup_date" << Kind::Exact;
    QTest::newRow("joined words") << "SignupDate"
                                  << "signup_date" << Kind::Exact;
    QTest::newRow("words run together") << "signupdate"
                                        << "signup_date" << Kind::Joined;
    QTest::newRow("qualifier around a synonym") << "Customer ID (CRM)"
                                                << "customer_id" << Kind::Contains;
    QTest::newRow("typo") << "Cutomer ID"
                          << "customer_id" << Kind::Similar;
    QTest::newRow("a date column is not a yes/no field") << "Social media engaged date"
                                                         << "" << Kind::None;
    QTest::newRow("unrelated") << "Favourite colour"
                               << "" << Kind::None;
}

void TestHeaderMatcher::kinds()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QFETCH(HeaderMatch::Kind, kind);
    const HeaderMatchResult result = HeaderMatcher::match({header}, CanonicalTable::Customers);
    QCOMPARE(result.columns.front().field, field);
    QCOMPARE(result.columns.front().kind, kind);
    if (!field.isEmpty()) {
        QCOMPARE(HeaderMatcher::score(header, CanonicalTable::Customers, field),
                 result.columns.front().score);
    }
}

void TestHeaderMatcher::fieldAssignedOnce()
{
    const HeaderMatchResult result = HeaderMatcher::match(
        {"Client", "customer_id", "Customer ID", "signup date"}, CanonicalTable::Customers);
    QCOMPARE(matchedFields(result), (QStringList {"", "customer_id", "", "signup_date"}));
    QCOMPARE(result.columns[1].score, 1.0);
    QVERIFY(result.missingRequiredFields.isEmpty());
}

void TestHeaderMatcher::everyFieldHasSynonymsInFiveLanguages()
{
    // Each field: its own name plus synonyms; at least one in a non-Latin
    // script (hi) and one with letters outside ASCII in most tables.
    for (const TableSpec &table : canonicalTables()) {
        for (const FieldSpec &field : table.fields) {
            const QStringList words = HeaderMatcher::synonyms(table.table, QString(field.name));
            QVERIFY2(words.size() >= 8, qPrintable(table.name + QLatin1Char('.') + field.name));
            QCOMPARE(words.first(), QString(field.name));
            const bool hindi = std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
                return !word.isEmpty() && word.front().unicode() >= 0x0900
                    && word.front().unicode() <= 0x097F;
            });
            QVERIFY2(hindi, qPrintable(table.name + QLatin1Char('.') + field.name));
            QCOMPARE(HeaderMatcher::score(QString(field.name), table.table, QString(field.name)),
                     1.0);
        }
    }
}

void TestHeaderMatcher::unmappedRequiredFieldMessage()
{
    const QStringList headers {"customerID", "gender", "plan", "TotalCharges"};
    const HeaderMatchResult result = HeaderMatcher::match(headers, CanonicalTable::Customers);
    QCOMPARE(result.missingRequiredFields, QStringList {"signup_date"});
    const QString message = HeaderMatcher::missingFieldsMessage(
        CanonicalTable::Customers, result.missingRequiredFields, headers);
    QVERIFY2(message.contains(QStringLiteral("signup_date")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("customers")));
    for (const QString &header : headers)
        QVERIFY2(message.contains(QLatin1Char('"') + header + QLatin1Char('"')),
                 qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("--mapping")));
}

void TestHeaderMatcher::jsonRoundTrip()
{
    const QStringList headers {"customerID", "Signup", "MonthlyCharges", "gender", "Notes, misc"};
    FieldMapping mapping = HeaderMatcher::match(headers, CanonicalTable::Customers).mapping();
    mapping.name = QStringLiteral("Telco billing – export");
    mapping.columns[1].field = QStringLiteral("signup_date"); // chosen by the user
    mapping.dateOrder = ValueParsers::DateOrder::MonthFirst;
    mapping.decimalSeparator = ValueParsers::DecimalSeparator::Comma;
    QCOMPARE(mapping.table, QStringLiteral("customers"));
    QCOMPARE(mapping.columnOf(u"customer_id"), 0);
    QCOMPARE(mapping.fieldOf(2), QStringLiteral("monthly_revenue"));
    QCOMPARE(mapping.extraHeaders(), (QStringList {"gender", "Notes, misc"}));
    QVERIFY(mapping.missingRequiredFields().isEmpty());

    const QByteArray json = mapping.toJson();
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QLatin1String("format")).toString(), QStringLiteral("socialroi-mapping"));
    QCOMPARE(object.value(QLatin1String("table")).toString(), QStringLiteral("customers"));
    QCOMPARE(object.value(QLatin1String("date_order")).toString(), QStringLiteral("mdy"));
    const QJsonObject first = object.value(QLatin1String("columns")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("column")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("field")).toString(), QStringLiteral("customer_id"));
    QVERIFY(object.value(QLatin1String("columns"))
                .toArray()
                .at(3)
                .toObject()
                .value(QLatin1String("field"))
                .isNull());

    QString error;
    const std::optional<FieldMapping> back = FieldMapping::fromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == mapping);

    // Without the optional members.
    mapping.dateOrder.reset();
    mapping.decimalSeparator.reset();
    mapping.name.clear();
    QVERIFY(*FieldMapping::fromJson(mapping.toJson(), &error) == mapping);
}

void TestHeaderMatcher::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const QByteArray head
        = R"({"format": "socialroi-mapping", "version": 1, "table": "customers", )";
    QTest::newRow("not JSON") << QByteArray("{columns: [") << "JSON";
    QTest::newRow("not a profile") << QByteArray(R"({"columns": []})") << "socialroi-mapping";
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "socialroi-mapping", "version": 7, "table": "customers", "columns": []})")
                                   << "newer";
    QTest::newRow("unknown table") << QByteArray(
        R"({"format": "socialroi-mapping", "version": 1, "table": "clients", "columns": []})")
                                   << "clients";
    QTest::newRow("unknown field")
        << head + R"("columns": [{"column": 1, "header": "x", "field": "cust"}]})"
        << "cust";
    QTest::newRow("field mapped twice") << head
            + R"("columns": [{"column": 1, "field": "customer_id"}, {"column": 2, "field": "customer_id"}]})"
                                        << "customer_id";
    QTest::newRow("column listed twice") << head + R"("columns": [{"column": 2}, {"column": 2}]})"
                                         << "2";
    QTest::newRow("column number missing") << head + R"("columns": [{"header": "x"}]})"
                                           << "column";
    QTest::newRow("bad date order") << head + R"("columns": [], "date_order": "ymd"})"
                                    << "dmy";
    QTest::newRow("bad decimal separator") << head + R"("columns": [], "decimal_separator": "dot"})"
                                           << "comma";
}

void TestHeaderMatcher::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!FieldMapping::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestHeaderMatcher::rebindToReorderedColumns()
{
    FieldMapping profile = HeaderMatcher::match({"Kunden-ID", "Anmeldedatum", "Umsatz", "Notiz"},
                                                CanonicalTable::Customers)
                               .mapping();
    profile.columns[2].field = QStringLiteral("monthly_revenue");

    // The next month's export has its columns in another order, one renamed.
    QStringList unmatched;
    const FieldMapping applied
        = profile.rebind({"Notiz", "kunden_id", "Region", "Anmeldedatum"}, &unmatched);
    QCOMPARE(applied.columnOf(u"customer_id"), 1);
    QCOMPARE(applied.columnOf(u"signup_date"), 3);
    QCOMPARE(applied.columnOf(u"monthly_revenue"), -1);
    QCOMPARE(unmatched, QStringList {"Umsatz"});
    QCOMPARE(applied.extraHeaders(), (QStringList {"Notiz", "Region"}));
    QCOMPARE(applied.columns.size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestHeaderMatcher)
#include "tst_headermatcher.moc"
