// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "assumptions.h"
#include "checkpointqueue.h"
#include "customersimulator.h"
#include "datarevision.h"
#include "demotruthtally.h"
#include "projectschema.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <array>
#include <cstdio>

namespace {

const char *const channelNames[5] = {"phone", "social", "self_service", "email", "chat"};
const char *const sentimentNames[3] = {"positive", "neutral", "negative"};

// "YYYY-MM-DD" of a Julian day, without the cost of QDate::toString.
struct IsoDate
{
    char text[11];
    explicit IsoDate(int julianDay)
    {
        int year = 0, month = 0, day = 0;
        QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    }
};

// Prepared statements of the writer, reused for every row.
class DemoWriter
{
public:
    explicit DemoWriter(SqliteConnection &connection)
        : m_customer(connection.prepare(
            "INSERT INTO customers (id, customer_id, signup_date, churn_date, monthly_revenue, "
            "social_engaged, first_social_date, segment, nps_score, at_risk_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_region(connection.prepare("INSERT INTO extra_attributes (table_name, row_id, name, "
                                      "value) VALUES ('customers', ?, 'region', ?)"))
        , m_contact(connection.prepare(
              "INSERT INTO contacts (contact_id, customer_id, contact_date, channel, "
              "handle_minutes, resolved, led_to_process_change, cost) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_order(connection.prepare("INSERT INTO orders (order_id, customer_id, order_date, "
                                     "amount, cross_sell, product) VALUES (?, ?, ?, ?, ?, ?)"))
        , m_mention(connection.prepare("INSERT INTO mentions (mention_id, customer_id, "
                                       "mention_date, sentiment, reach, platform) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"))
    { }

    void write(qint64 index, const SimulatedCustomer &customer, DemoRandom &random)
    {
        char customerId[16];
        const int idSize = std::snprintf(customerId, sizeof customerId, "C%07lld", index + 1);
        const IsoDate signup(customer.signupDay);

        m_customer.bind(1, index + 1);
        m_customer.bindStaticText(2, customerId, idSize);
        m_customer.bindStaticText(3, signup.text, 10);
        const IsoDate churn(customer.churnDay);
        if (customer.churnDay >= 0)
            m_customer.bindStaticText(4, churn.text, 10);
        // About 1% of billing exports lack the revenue figure.
        if (!random.chance(0.01))
            m_customer.bind(5, customer.monthlyRevenue);
        m_customer.bind(6, customer.social ? 1 : 0);
        const IsoDate firstSocial(customer.firstSocialDay);
        if (customer.firstSocialDay >= 0)
            m_customer.bindStaticText(7, firstSocial.text, 10);
        m_customer.bindStaticText(8, CustomerSimulator::planName(customer.plan), -1);
        if (customer.npsScore >= 0)
            m_customer.bind(9, customer.npsScore);
        const IsoDate atRisk(customer.atRiskDay);
        if (customer.atRiskDay >= 0)
            m_customer.bindStaticText(10, atRisk.text, 10);
        m_customer.execute();

        m_region.bind(1, index + 1);
        m_region.bindStaticText(2, CustomerSimulator::regionName(customer.region), -1);
        m_region.execute();

        for (const SimulatedContact &contact : customer.contacts)
            writeContact(customerId, idSize, contact);
        for (const SimulatedOrder &order : customer.orders)
            writeOrder(customerId, idSize, order);
        for (const SimulatedMention &mention : customer.mentions)
            writeMention(customerId, idSize, mention);
        // Public mentions that cannot be tied to a customer.
        if (random.chance(0.06)) {
            SimulatedMention anonymous {customer.signupDay, random.integer(0, 2),
                                        int(random.logNormal(200.0, 1.5)), random.integer(0, 4)};
            writeMention(nullptr, 0, anonymous);
        }
    }

    qint64 contactCount() const { return m_contacts; }
    qint64 orderCount() const { return m_orders; }
    qint64 mentionCount() const { return m_mentions; }

private:
    void writeContact(const char *customerId, int idSize, const SimulatedContact &contact)
    {
        char contactId[16];
        const int size = std::snprintf(contactId, sizeof contactId, "K%08lld", ++m_contacts);
        const IsoDate date(contact.day);
        m_contact.bindStaticText(1, contactId, size);
        m_contact.bindStaticText(2, customerId, idSize);
        m_contact.bindStaticText(3, date.text, 10);
        m_contact.bindStaticText(4, channelNames[contact.channel], -1);
        if (contact.handleMinutes >= 0)
            m_contact.bind(5, contact.handleMinutes);
        m_contact.bind(6, contact.resolved ? 1 : 0);
        m_contact.bind(7, contact.ledToProcessChange ? 1 : 0);
        if (contact.cost >= 0)
            m_contact.bind(8, contact.cost);
        m_contact.execute();
    }

    void writeOrder(const char *customerId, int idSize, const SimulatedOrder &order)
    {
        char orderId[16];
        const int size = std::snprintf(orderId, sizeof orderId, "O%08lld", ++m_orders);
        const IsoDate date(order.day);
        m_order.bindStaticText(1, orderId, size);
        m_order.bindStaticText(2, customerId, idSize);
        m_order.bindStaticText(3, date.text, 10);
        m_order.bind(4, order.amount);
        m_order.bind(5, order.crossSell ? 1 : 0);
        m_order.bindStaticText(6, CustomerSimulator::productName(order.product), -1);
        m_order.execute();
    }

    void writeMention(const char *customerId, int idSize, const SimulatedMention &mention)
    {
        char mentionId[16];
        const int size = std::snprintf(mentionId, sizeof mentionId, "M%08lld", ++m_mentions);
        const IsoDate date(mention.day);
        m_mention.bindStaticText(1, mentionId, size);
        if (customerId)
            m_mention.bindStaticText(2, customerId, idSize);
        m_mention.bindStaticText(3, date.text, 10);
        m_mention.bindStaticText(4, sentimentNames[mention.sentiment], -1);
        m_mention.bind(5, mention.reach);
        m_mention.bindStaticText(6, CustomerSimulator::platformName(mention.platform), -1);
        m_mention.execute();
    }

    SqliteStatement m_customer;
    SqliteStatement m_region;
    SqliteStatement m_contact;
    SqliteStatement m_order;
    SqliteStatement m_mention;
    qint64 m_contacts = 0;
    qint64 m_orders = 0;
    qint64 m_mentions = 0;
};

// The social team's process changes, from two months after the launch.
void writeImprovements(SqliteConnection &connection, DemoRandom &random, qint64 customers,
                       int launchDay, int asOfDay)
{
    static const char *const titles[] = {
        "Clearer first bill explained in the welcome e-mail",
        "Router set-up video linked from the order confirmation",
        "Roaming bundle offered before travel",
        "Outage map published on the status page",
        "Porting delays announced by SMS",
        "Self-service password reset for the customer portal",
        "Direct debit date chosen by the customer",
        "Plain-language contract summary",
        "Engineer visit slots bookable online",
        "Proactive refund for repeated outages",
        "Data-usage alert at 80% of the allowance",
        "Loyalty discount offered on the cancellation page",
    };
    const int count = int(std::clamp<qint64>(customers / 2000, 8, 60));
    // Scale each improvement's savings so that the total grows with the
    // customer base (about ten improvements' worth per 20 000 customers).
    const double scale = double(customers) / 20000.0 * 10.0 / count;
    SqliteStatement insert = connection.prepare(
        "INSERT INTO improvements (improvement_id, date, title, issues_addressed, "
        "customers_retained_per_year, staff_hours_saved_per_year) VALUES (?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < count; ++i) {
        const IsoDate date(random.integer(std::min(launchDay + 60, asOfDay), asOfDay));
        QString title = QString::fromUtf8(titles[i % 12]);
        if (i >= 12)
            title += QStringLiteral(" (phase %1)").arg(i / 12 + 1);
        insert.bind(1, QStringLiteral("I%1").arg(i + 1, 3, 10, QLatin1Char('0')));
        insert.bind(2, QString::fromLatin1(date.text));
        insert.bind(3, title);
        insert.bind(4, random.integer(3, 60));
        insert.bind(5, std::round(random.uniform(1.0, 12.0) * scale * 10.0) / 10.0);
        insert.bind(6, std::round(random.uniform(40.0, 400.0) * scale));
        insert.execute();
    }
}

void writeTruth(SqliteConnection &connection, const std::vector<DemoTruthRow> &rows)
{
    SqliteStatement insert
        = connection.prepare("INSERT INTO demo_truth (name, value, description) VALUES (?, ?, ?)");
    for (const DemoTruthRow &row : rows) {
        insert.bind(1, QString::fromLatin1(row.name));
        insert.bind(2, row.value);
        insert.bind(3, QString::fromLatin1(row.description));
        insert.execute();
    }
}

void writeAssumptions(SqliteConnection &connection, const DemoOptions &options)
{
    Assumptions assumptions = Assumptions::load(connection);
    // A programme sized to the customer base: about 0.40 a customer a month.
    assumptions.programmeCostPerMonth = std::round(double(options.customers) * 0.40);
    assumptions.programmeLaunchDate = options.programmeLaunch;
    assumptions.asOfDate = options.asOf;
    assumptions.save(connection);
}

void removeWithSideFiles(const QString &path)
{
    CheckpointQueue::waitFor(path); // an import's connection still closing
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    QFile::remove(path + QLatin1String("-journal"));
}

} // namespace

DemoGenerator::Result DemoGenerator::generate(const QString &path, const DemoOptions &options,
                                              bool replace, const Progress &progress)
{
    Result result;
    if (QFileInfo::exists(path) && !replace) {
        result.error = {StoreError::Kind::AlreadyExists, path,
                        StoreError::tr("A file with this name already exists; choose another "
                                       "name or allow replacing it.")};
        return result;
    }
    const QString temporaryPath = path + QLatin1String(".part");
    removeWithSideFiles(temporaryPath);

    const int asOfDay = int(options.asOf.toJulianDay());
    const int firstDay = asOfDay - options.historyDays;
    const int launchDay = int(options.programmeLaunch.toJulianDay());
    const CustomerSimulator simulator(options.truth, firstDay, launchDay, asOfDay);
    DemoTruthTally truthTally(simulator, options.truth);

    try {
        SqliteConnection connection;
        if (connection.open(temporaryPath, SqliteConnection::Access::ReadWriteCreate)
            != SQLITE_OK) {
            result.error = {StoreError::Kind::CannotCreate, path,
                            StoreError::tr("The demo project cannot be created: %1.")
                                .arg(connection.errorMessage())};
            return result;
        }
        // The file is private until the final rename, so keep the journal in
        // memory (defensive mode forbids none at all) and skip syncs while
        // writing; it gets WAL like every project at the end.
        ProjectSchema::useLargePagesIfEmpty(connection);
        connection.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; "
                           "PRAGMA cache_size = -65536");
        ProjectSchema::migrate(connection, ProjectSchema::currentVersion());

        connection.execute("BEGIN");
        DataRevision::BulkWrite revision(connection, DataRevision::trackedTables());
        DemoWriter writer(connection);
        DemoRandom random(options.seed);
        SimulatedCustomer customer;
        for (qint64 index = 0; index < options.customers; ++index) {
            simulator.simulate(random, customer);
            truthTally.add(customer);
            writer.write(index, customer, random);
            if (progress && (index % 4096 == 4095) && !progress(index + 1, options.customers)) {
                connection.close();
                removeWithSideFiles(temporaryPath);
                result.cancelled = true;
                return result;
            }
        }
        writeImprovements(connection, random, options.customers, launchDay, asOfDay);
        writeAssumptions(connection, options);
        writeTruth(connection, truthTally.rows());
        revision.finish();
        connection.execute("COMMIT");
        connection.execute("PRAGMA journal_mode = WAL");
        connection.close();
    } catch (const SqliteError &sqliteError) {
        removeWithSideFiles(temporaryPath);
        result.error = {StoreError::Kind::CannotCreate, path,
                        StoreError::tr("The demo project could not be written: %1.")
                            .arg(sqliteError.message())};
        return result;
    }

    // A stale -wal file beside the target would be replayed onto the new project.
    removeWithSideFiles(path);
    if (!QFile::rename(temporaryPath, path)) {
        removeWithSideFiles(temporaryPath);
        result.error = {StoreError::Kind::CannotCreate, path,
                        StoreError::tr("The demo project could not be moved into place.")};
        return result;
    }
    if (progress)
        progress(options.customers, options.customers);
    result.ok = true;
    return result;
}
