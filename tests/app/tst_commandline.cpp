#include "projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SOCIALROI_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data();
    void versionAndHelp();
    void demoWritesAProject();
    void demoRejectsBadOptions_data();
    void demoRejectsBadOptions();
    void aTextFileIsNotAProject();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringList {QStringLiteral("--version")}
                             << QStringLiteral("SocialROI Workbench");
    QTest::newRow("help lists the verbs")
        << QStringList {QStringLiteral("--help")} << QStringLiteral("demo");
    QTest::newRow("demo help") << QStringList {QStringLiteral("demo"), QStringLiteral("--help")}
                               << QStringLiteral("--customers");
}

void TestCommandLine::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(expected), qPrintable(outcome.out));
}

void TestCommandLine::demoWritesAProject()
{
    const QString path = m_dir.filePath(QStringLiteral("d.socialroi"));
    const Outcome outcome = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
        QStringLiteral("--customers"), QStringLiteral("1200")});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    QCOMPARE(store->connection().queryInteger("SELECT count(*) FROM customers"), qint64(1200));

    // Running it again does not overwrite without --force.
    const Outcome again = run({QStringLiteral("demo"), QStringLiteral("-o"), path});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
}

void TestCommandLine::demoRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no output") << QStringList {QStringLiteral("demo")} << QStringLiteral("-o FILE");
    QTest::newRow("customers not a number") << QStringList {QStringLiteral("demo"),
        QStringLiteral("-o"), QStringLiteral("x.socialroi"), QStringLiteral("--customers"),
        QStringLiteral("many")} << QStringLiteral("--customers");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("demo"),
        QStringLiteral("--colour")} << QStringLiteral("colour");
}

void TestCommandLine::demoRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
}

void TestCommandLine::aTextFileIsNotAProject()
{
    const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_id,signup_date\nC1,2024-01-01\n");
    file.close();
    const QByteArray before = fileHash(path);

    const Outcome outcome = run({path});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(
        outcome.err.contains(path) && outcome.err.contains(QStringLiteral("not a SQLite database")),
        qPrintable(outcome.err));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
