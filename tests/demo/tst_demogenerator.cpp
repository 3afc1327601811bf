#include "demogenerator.h"
#include "projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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
    const QString path = generate(QStringLiteral("truth.socialroi"), 500, 1);
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    SqliteConnection &db = store->connection();
    auto truth = [&db](const char *name) {
        SqliteStatement query = db.prepare("SELECT value FROM demo_truth WHERE name = ?");
        query.bind(1, QString::fromLatin1(name));
        return query.step() ? query.real(0) : -1.0;
    };
    QCOMPARE(truth("churn_hazard_ratio"), 0.70);
    QCOMPARE(truth("save_rate_social"), 0.72);
    QCOMPARE(truth("nps_social"), 22.0);
    // Social care keeps more customers, deflects phone calls and sells more.
    QVERIFY(truth("retention_12m_social") > truth("retention_12m_control"));
    QVERIFY(truth("retention_12m_control") > 0.5 && truth("retention_12m_control") < 0.9);
    QVERIFY(truth("phone_rate_social") < truth("phone_rate_control"));
    QVERIFY(truth("cross_sell_share_social") > truth("cross_sell_share_control"));
    QVERIFY(truth("self_service_share_social") > truth("self_service_share_control"));
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
