// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// A digest of every table's content, independent of the file's page layout.
QByteArray contentDigest(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    if (!store)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT * FROM customers ORDER BY id", "SELECT * FROM contacts ORDER BY id",
          "SELECT * FROM orders ORDER BY id", "SELECT * FROM mentions ORDER BY id",
          "SELECT * FROM improvements ORDER BY id",
          "SELECT * FROM extra_attributes ORDER BY row_id",
          "SELECT * FROM demo_truth ORDER BY name", "SELECT * FROM assumptions ORDER BY key"}) {
        SqliteStatement statement = store->connection().prepare(sql);
        while (statement.step()) {
            for (int column = 0; column < statement.columnCount(); ++column)
                hash.addData(statement.text(column).toUtf8() + '\x1f');
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesEveryTableWithMess();
    void storesTheTrueEffects();
    void selectsWhoReachesTheSocialTeam();
    void isDeterministic();
    void refusesToOverwriteUnlessAsked();
    void cancelLeavesNothing();

private:
    QString generate(const QString &name, qint64 customers, quint64 seed);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestDemoGenerator::generate(const QString &name, qint64 customers, quint64 seed)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    const QString path = m_dir->filePath(name);
    const DemoGenerator::Result result = DemoGenerator::generate(path, options, false);
    if (!result.ok)
        qWarning("%s", qPrintable(result.error.toString()));
    return result.ok ? path : QString();
}

void TestDemoGenerator::writesEveryTableWithMess()
{
    const QString path = generate(QStringLiteral("demo.socialroi"), 3000, 7);
    QVERIFY(!path.isEmpty());
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    SqliteConnection &db = store->connection();

    QCOMPARE(db.queryInteger("SELECT count(*) FROM customers"), qint64(3000));
    for (const char *table :
         {"contacts", "orders", "mentions", "improvements", "extra_attributes", "demo_truth"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QVERIFY2(db.queryInteger(sql.toUtf8().constData()) > 0, table);
    }
    // About five contacts and four orders per customer, as in the benchmark's shape.
    const double contactsPerCustomer = db.queryInteger("SELECT count(*) FROM contacts") / 3000.0;
    QVERIFY2(contactsPerCustomer > 3.5 && contactsPerCustomer < 8,
             qPrintable(QString::number(contactsPerCustomer)));

    // The mess real data has.
    QVERIFY(db.queryInteger("SELECT count(*) FROM customers WHERE nps_score IS NULL") > 1000);
    QVERIFY(db.queryInteger("SELECT count(*) FROM customers WHERE customer_id NOT IN "
                            "(SELECT customer_id FROM orders)")
            > 100);
    QVERIFY(db.queryInteger("SELECT count(*) FROM customers WHERE at_risk_date IS NOT NULL") > 100);
    QVERIFY(db.queryInteger("SELECT count(*) FROM mentions WHERE customer_id IS NULL") > 10);
    QVERIFY(db.queryInteger("SELECT count(*) FROM mentions WHERE customer_id IS NOT NULL") > 10);
    QVERIFY(db.queryInteger("SELECT count(*) FROM customers WHERE monthly_revenue IS NULL") > 0);

    // Storage conventions: ISO dates, 0/1 booleans, consistent dates.
    QCOMPARE(db.queryInteger(
                 "SELECT count(*) FROM customers WHERE date(signup_date) IS NOT signup_date"),
             qint64(0));
    QCOMPARE(db.queryInteger("SELECT count(*) FROM customers WHERE churn_date < signup_date"),
             qint64(0));
    QCOMPARE(db.queryInteger("SELECT count(*) FROM customers WHERE churn_date > '2025-12-31'"),
             qint64(0));
    QCOMPARE(db.queryInteger("SELECT count(*) FROM contacts c JOIN customers u USING (customer_id) "
                             "WHERE c.contact_date < u.signup_date OR c.contact_date > "
                             "coalesce(u.churn_date, '2025-12-31')"),
             qint64(0));
    QCOMPARE(db.queryInteger("SELECT count(*) FROM contacts c JOIN customers u USING (customer_id) "
                             "WHERE c.channel = 'social' AND u.social_engaged = 0"),
             qint64(0));
    QCOMPARE(db.queryText("PRAGMA foreign_key_check"), QString());
    QCOMPARE(db.queryText("SELECT value FROM assumptions WHERE key = 'as_of_date'"),
             QStringLiteral("2025-12-31"));
}

void TestDemoGenerator::storesTheTrueEffects()
{
    const QString path = generate(QStringLiteral("truth.socialroi"), 3000, 1);
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    SqliteConnection &db = store->connection();
    auto truth = [&db](const QByteArray &name) {
        SqliteStatement query = db.prepare("SELECT value FROM demo_truth WHERE name = ?");
        query.bind(1, QString::fromLatin1(name));
        return query.step() ? query.real(0) : std::nan("");
    };
    QCOMPARE(truth("churn_hazard_ratio"), 0.70);
    QCOMPARE(truth("att_nps"), 22.0);
    QCOMPARE(truth("treated_customers"),
             double(db.queryInteger("SELECT count(*) FROM customers WHERE social_engaged = 1")));
    QCOMPARE(truth("social_share"), truth("treated_customers") / 3000.0);
    // Each effect is the difference of the customers lived with and without it.
    for (const char *measure : {"retention_3m", "retention_6m", "retention_12m", "rmst_months",
                                "phone_rate", "self_service_rate", "save_rate", "nps"}) {
        const QByteArray name(measure);
        QCOMPARE(truth("att_" + name), truth(name + "_treated") - truth(name + "_untreated"));
    }
    // Social care keeps more customers, deflects phone calls, saves more and sells more.
    QVERIFY(truth("att_retention_12m") > 0.02 && truth("att_retention_12m") < 0.2);
    QVERIFY(truth("att_retention_3m") < truth("att_retention_12m"));
    QVERIFY(truth("retention_12m_untreated") > 0.5 && truth("retention_12m_untreated") < 0.9);
    QVERIFY(truth("att_rmst_months") > 0);
    QVERIFY(truth("att_phone_rate") < 0);
    QVERIFY(truth("att_self_service_rate") > 0);
    QVERIFY(truth("att_save_rate") > 0.05);
    QVERIFY(truth("att_cross_sell_probability") > 0);
}

void TestDemoGenerator::selectsWhoReachesTheSocialTeam()
{
    const QString path = generate(QStringLiteral("selection.socialroi"), 6000, 3);
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    SqliteConnection &db = store->connection();
    const QString launch = db.queryText("SELECT value FROM assumptions "
                                        "WHERE key = 'programme_launch_date'");
    QCOMPARE(launch, QStringLiteral("2023-07-01"));

    // Social customers reach the team after the launch, while still
    // customers, and their first social contact is on first_social_date.
    QCOMPARE(db.queryInteger("SELECT count(*) FROM customers WHERE social_engaged = 1 AND "
                             "(first_social_date IS NULL OR first_social_date < '2023-07-01' OR "
                             "first_social_date < signup_date OR first_social_date > "
                             "coalesce(churn_date, '2025-12-31'))"),
             qint64(0));
    QCOMPARE(db.queryInteger("SELECT count(*) FROM customers u WHERE social_engaged = 1 AND "
                             "first_social_date IS NOT (SELECT min(contact_date) FROM contacts c "
                             "WHERE c.customer_id = u.customer_id AND c.channel = 'social')"),
             qint64(0));
    QCOMPARE(db.queryInteger("SELECT count(*) FROM customers WHERE social_engaged = 0 AND "
                             "first_social_date IS NOT NULL"),
             qint64(0));

    // Self-selection: basic plans reach the social team far more than
    // premium ones, and within a plan the bigger spenders more.
    auto share = [&db](const char *where) {
        const QString sql
            = QStringLiteral("SELECT avg(social_engaged) * 1000000 FROM customers WHERE %1")
                  .arg(QLatin1String(where));
        return db.queryInteger(sql.toUtf8().constData()) / 1e6;
    };
    const double basic = share("segment = 'basic'");
    const double premium = share("segment = 'premium'");
    QVERIFY2(basic > 2 * premium, qPrintable(QStringLiteral("%1, %2").arg(basic).arg(premium)));
    QVERIFY(share("segment = 'plus' AND monthly_revenue > 55")
            > share("segment = 'plus' AND monthly_revenue < 43"));
    const double all = share("1");
    QVERIFY2(all > 0.15 && all < 0.4, qPrintable(QString::number(all)));
}

void TestDemoGenerator::isDeterministic()
{
    const QByteArray first = contentDigest(generate(QStringLiteral("a.socialroi"), 400, 42));
    const QByteArray second = contentDigest(generate(QStringLiteral("b.socialroi"), 400, 42));
    const QByteArray other = contentDigest(generate(QStringLiteral("c.socialroi"), 400, 43));
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
    QVERIFY(first != other);
}

void TestDemoGenerator::refusesToOverwriteUnlessAsked()
{
    const QString path = m_dir->filePath(QStringLiteral("existing.socialroi"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();

    DemoOptions options;
    options.customers = 50;
    DemoGenerator::Result result = DemoGenerator::generate(path, options, false);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, StoreError::Kind::AlreadyExists);
    QCOMPARE(QFileInfo(path).size(), qint64(8));

    result = DemoGenerator::generate(path, options, true);
    QVERIFY(result.ok);
    QVERIFY(ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr));
}

void TestDemoGenerator::cancelLeavesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("cancelled.socialroi"));
    DemoOptions options;
    options.customers = 20000;
    int calls = 0;
    const DemoGenerator::Result result = DemoGenerator::generate(
        path, options, false, [&calls](qint64, qint64) { return ++calls < 2; });
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
