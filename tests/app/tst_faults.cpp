// SPDX-License-Identifier: GPL-3.0-or-later
// Faults with nothing lost (issue 13, item 6): the real command-line binary
// killed with SIGKILL in the middle of its work, a file system that refuses
// to let a file grow, and a read-only project file or folder. Each test
// asserts the project's content (its SHA-256, or its rows after SQLite's
// quick_check) before and after.
//
// How the faults are made, without root mounts:
// - a kill lands at a fraction of the time the same work took in a full run
//   measured beforehand, so the rows cover "just started" to "already done";
//   a kill after the end is fine: the assertions hold for "old or new state";
// - a full disk is a per-process file size limit (RLIMIT_FSIZE) set in the
//   child with SIGXFSZ ignored: a write past it fails as on a full disk, with
//   EFBIG ("File too large") instead of ENOSPC, through the same code paths;
// - read-only: as root, permission bits do not bind, so the child drops
//   CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from its bounding
//   set before exec and runs, like any user, under the file's and folder's
//   modes.
//
// The test binary doubles as the helper that saves assumptions in a loop
// (SOCIALROI_FAULTS_SAVE_LOOP=PROJECT), as the window's editor does, to be
// killed mid-save: the command line has no verb that saves assumptions.

#include "assumptions.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int importRows = 200000;
constexpr int demoCustomers = 300;
// Exit code of a child whose capabilities could not be dropped.
constexpr int cannotDropCapabilities = 97;

const QString &executable()
{
    static const QString path = QStringLiteral(SOCIALROI_EXECUTABLE);
    return path;
}

enum class ChildLimit {
    None,
    FileSize, // RLIMIT_FSIZE of fileSizeLimit bytes, SIGXFSZ ignored
    PermissionBits, // root without the capabilities that bypass file modes
};

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

void applyLimit(QProcess &process, ChildLimit limit, rlim_t fileSizeLimit)
{
    if (limit == ChildLimit::FileSize) {
        process.setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit value {fileSizeLimit, fileSizeLimit};
            setrlimit(RLIMIT_FSIZE, &value);
        });
    } else if (limit == ChildLimit::PermissionBits) {
        process.setChildProcessModifier([] {
            if (geteuid() != 0)
                return;
            for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
                if (prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0)
                    _exit(cannotDropCapabilities);
            }
        });
    }
}

Outcome run(const QStringList &arguments, ChildLimit limit = ChildLimit::None,
            rlim_t fileSizeLimit = 0)
{
    QProcess process;
    applyLimit(process, limit, fileSizeLimit);
    process.start(executable(), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Starts PROGRAM and kills it with SIGKILL after killAfterMs unless it ended
// before; true when the kill landed.
bool runAndKill(QProcess &process, const QString &program, const QStringList &arguments,
                int killAfterMs)
{
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return false;
    if (process.waitForFinished(killAfterMs))
        return false;
    process.kill();
    process.waitForFinished(10000);
    return true;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Opens the project as the product does (which recovers a -wal left by a
// killed writer), runs a full quick_check and counts the customers; -1 with
// the reason in *problem when it does not open or is not intact.
qint64 checkedCustomerCount(const QString &path, QString *problem)
{
    StoreError error;
    const auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        *problem = error.toString();
        return -1;
    }
    const QString check = store->connection().queryText("PRAGMA quick_check");
    if (check != QLatin1String("ok")) {
        *problem = QStringLiteral("quick_check: ") + check;
        return -1;
    }
    return store->connection().queryInteger("SELECT count(*) FROM customers");
}

// The two sets of assumptions the helper alternates: every key differs
// between them, so a save cut in the middle would show as a mix.
Assumptions assumptionsSet(int which)
{
    Assumptions assumptions = Assumptions::defaults();
    for (int channel = 0; channel < channelCount; ++channel)
        assumptions.costPerContact[size_t(channel)] = 1.25 + which + channel;
    assumptions.staffHourlyCost = 30 + which;
    assumptions.programmeCostPerMonth = 1000 + which;
    assumptions.horizonMonths = 12 + which;
    assumptions.saveWindowDays = 20 + which;
    assumptions.annualDiscountRate = 0.05 + 0.01 * which;
    assumptions.valueOfPromoter = 7 + which;
    assumptions.contributionMargin = 0.3 + 0.1 * which;
    return assumptions;
}

// Which of the candidates the project holds, or -1 for a mix.
int heldAssumptions(const Assumptions &held, const std::vector<Assumptions> &candidates)
{
    for (size_t which = 0; which < candidates.size(); ++which) {
        bool all = true;
        for (const Assumptions::Spec &spec : Assumptions::specs())
            all = all && held.value(spec.key) == candidates[which].value(spec.key);
        if (all)
            return int(which);
    }
    return -1;
}

// The helper mode: saves the two sets in turn, for ever, each save on a
// connection of its own as the window's assumptions editor does.
int saveAssumptionsForever(const QString &projectPath)
{
    for (int round = 0;; ++round) {
        const QString problem = assumptionsSet(round % 2).saveFile(projectPath);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 1;
        }
        std::printf("saved %d\n", round);
        std::fflush(stdout);
    }
}

// A report or CSV as a whole: the old bytes, or a complete new file.
bool isCompleteExport(const QString &format, const QByteArray &bytes, const QByteArray &reference)
{
    if (format == QLatin1String("csv"))
        return bytes == reference;
    if (format == QLatin1String("html"))
        return bytes.trimmed().endsWith("</html>");
    if (format == QLatin1String("pdf"))
        return bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF");
    // A zip ends with its end-of-central-directory record.
    return bytes.startsWith("PK") && bytes.right(64).contains(QByteArray("PK\x05\x06", 4));
}

QStringList exportArguments(const QString &format, const QString &project, const QString &target)
{
    if (format == QLatin1String("csv"))
        return {
            QStringLiteral("metrics"), QStringLiteral("-p"), project, QStringLiteral("--format"),
            QStringLiteral("csv"),     QStringLiteral("-o"), target};
    return {QStringLiteral("report"), QStringLiteral("-p"), project, QStringLiteral("-o"), target};
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringImport_data();
    void killDuringImport();
    void killDuringAssumptionsSave_data();
    void killDuringAssumptionsSave();
    void killDuringExport_data();
    void killDuringExport();
    void fullDiskDuringExport_data();
    void fullDiskDuringExport();
    void fullDiskDuringImport();
    void fullDiskWhileOpening();
    void readOnlyProject_data();
    void readOnlyProject();
    void killDuringTheFirstSnapshotWrite_data();
    void killDuringTheFirstSnapshotWrite();
    void exportToAPipeKeepsThePipe_data();
    void exportToAPipeKeepsThePipe();

private:
    QString copyOfBase(const QString &name);

    QTemporaryDir m_dir;
    QString m_base; // a demo project of demoCustomers customers
    QString m_bigCsv; // importRows new customers
    qint64 m_rowsAfterImport = 0;
    qint64 m_importMs = 0;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.socialroi"));
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("-o"), m_base,
                              QStringLiteral("--customers"), QString::number(demoCustomers)});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // The first report and metrics run store the column snapshot and the
    // customer-base models' fits (the report's with the warnings in its
    // language) that the later ones read, so that every copy below starts
    // from the same, complete file. The metrics run comes last: a report
    // that stores its fits leaves the write-ahead log beside the file, and
    // the metrics run, closing last after a write of its own, folds it in.
    const Outcome warmReport = run(exportArguments(QStringLiteral("html"), m_base,
                                                   m_dir.filePath(QStringLiteral("warm.html"))));
    QVERIFY2(warmReport.exitCode == 0, qPrintable(warmReport.err));
    const Outcome warm = run(
        exportArguments(QStringLiteral("csv"), m_base, m_dir.filePath(QStringLiteral("warm.csv"))));
    QVERIFY2(warm.exitCode == 0, qPrintable(warm.err));
    QVERIFY(!QFile::exists(m_base + QLatin1String("-wal")));

    m_bigCsv = m_dir.filePath(QStringLiteral("customers.csv"));
    QByteArray csv("customer_id,signup_date,monthly_revenue\n");
    csv.reserve(importRows * 28);
    for (int row = 0; row < importRows; ++row) {
        csv += "N" + QByteArray::number(row) + ",2024-"
            + QByteArray::number(1 + row % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + row % 28).rightJustified(2, '0') + ','
            + QByteArray::number(row % 90) + ".5\n";
    }
    QVERIFY(writeBytes(m_bigCsv, csv));

    // A full import, timed: the kills below land at fractions of it.
    const QString reference = copyOfBase(QStringLiteral("reference.socialroi"));
    QElapsedTimer timer;
    timer.start();
    const Outcome import = run({QStringLiteral("import"), QStringLiteral("-p"), reference,
                                QStringLiteral("--table"), QStringLiteral("customers"), m_bigCsv});
    m_importMs = timer.elapsed();
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QString problem;
    m_rowsAfterImport = checkedCustomerCount(reference, &problem);
    QCOMPARE(m_rowsAfterImport, qint64(demoCustomers + importRows));
}

QString TestFaults::copyOfBase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    if (!QFile::copy(m_base, path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestFaults::killDuringImport_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("at 5%") << 0.05;
    QTest::newRow("at 25%") << 0.25;
    QTest::newRow("at 50%") << 0.5;
    QTest::newRow("at 75%") << 0.75;
    QTest::newRow("at 85%") << 0.85;
    QTest::newRow("at 95%") << 0.95;
    QTest::newRow("after the end") << 3.0;
}

void TestFaults::killDuringImport()
{
    QFETCH(double, fraction);
    const QString project = copyOfBase(QStringLiteral("killed-import.socialroi"));
    QString problem;
    QCOMPARE(checkedCustomerCount(project, &problem), qint64(demoCustomers));

    QProcess process;
    const bool killed
        = runAndKill(process, executable(),
                     {QStringLiteral("import"), QStringLiteral("-p"), project,
                      QStringLiteral("--table"), QStringLiteral("customers"), m_bigCsv},
                     int(fraction * double(m_importMs)));
    const qint64 rows = checkedCustomerCount(project, &problem);
    QVERIFY2(rows >= 0, qPrintable(problem));
    QVERIFY2(rows == demoCustomers || rows == m_rowsAfterImport,
             qPrintable(QStringLiteral("%1 customers after the kill: neither %2 (before) nor %3 "
                                       "(after)")
                            .arg(rows)
                            .arg(demoCustomers)
                            .arg(m_rowsAfterImport)));
    qInfo("%s; %lld customers", killed ? "killed" : "ended before the kill", rows);
}

void TestFaults::killDuringAssumptionsSave_data()
{
    QTest::addColumn<int>("killAfterMs");
    QTest::newRow("at once") << 0;
    QTest::newRow("after 7 ms") << 7;
    QTest::newRow("after 31 ms") << 31;
    QTest::newRow("after 113 ms") << 113;
}

void TestFaults::killDuringAssumptionsSave()
{
    QFETCH(int, killAfterMs);
    const QString project = copyOfBase(QStringLiteral("killed-save.socialroi"));
    const AssumptionsRead before = Assumptions::readFile(project);
    QVERIFY2(before.assumptions, qPrintable(before.error));
    // The project's own figures (the demo's), then the helper's two sets.
    const std::vector<Assumptions> candidates {*before.assumptions, assumptionsSet(0),
                                               assumptionsSet(1)};
    QCOMPARE(heldAssumptions(*before.assumptions, candidates), 0);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOCIALROI_FAULTS_SAVE_LOOP"), project);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(process.waitForStarted(10000));
    // Once the first save is in, the file is being written all the time.
    QVERIFY2(process.waitForReadyRead(10000), qPrintable(process.readAllStandardError()));
    QVERIFY2(!process.waitForFinished(killAfterMs), qPrintable(process.readAllStandardError()));
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    const QByteArray saves = process.readAllStandardOutput();

    QString problem;
    QVERIFY2(checkedCustomerCount(project, &problem) == demoCustomers, qPrintable(problem));
    const AssumptionsRead after = Assumptions::readFile(project);
    QVERIFY2(after.assumptions, qPrintable(after.error));
    const int held = heldAssumptions(*after.assumptions, candidates);
    QVERIFY2(held >= 0, "the assumptions are a mix of two saves");
    qInfo("%d saves reported before the kill; %s held", int(saves.count('\n')),
          held == 0       ? "the project's own figures"
              : held == 1 ? "set 0"
                          : "set 1");
}

void TestFaults::killDuringExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("fraction");
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("html"),
                                  QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        for (const int percent : {30, 90}) {
            const QByteArray name = format.toLatin1() + " at " + QByteArray::number(percent) + '%';
            QTest::newRow(name.constData()) << format << percent / 100.0;
        }
    }
}

void TestFaults::killDuringExport()
{
    QFETCH(QString, format);
    QFETCH(double, fraction);
    const QString project = copyOfBase(QStringLiteral("export.socialroi"));
    const QByteArray projectBefore = fileHash(project);

    // A full run first, timed, and its output as the reference.
    const QString reference = m_dir.filePath(QStringLiteral("reference.") + format);
    QFile::remove(reference);
    QElapsedTimer timer;
    timer.start();
    const Outcome full = run(exportArguments(format, project, reference));
    const qint64 fullMs = timer.elapsed();
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const QByteArray referenceBytes = fileBytes(reference);
    QVERIFY(isCompleteExport(format, referenceBytes, referenceBytes));

    const QString folder = m_dir.filePath(QStringLiteral("killed-export-") + format);
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/out.") + format;
    const QByteArray old("the previous export\n");
    QVERIFY(writeBytes(target, old));

    QProcess process;
    const bool killed = runAndKill(process, executable(), exportArguments(format, project, target),
                                   int(fraction * double(fullMs)));
    const QByteArray bytes = fileBytes(target);
    QVERIFY2(bytes == old || isCompleteExport(format, bytes, referenceBytes),
             qPrintable(QStringLiteral("%1 holds %2 bytes, neither the old file nor a complete "
                                       "export")
                            .arg(target)
                            .arg(bytes.size())));
    // Only a temporary file beside it may be left by the kill, never a
    // partial file under its name.
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QVERIFY2(name == QLatin1String("out.") + format
                     || name.startsWith(QLatin1String("out.") + format + QLatin1Char('.')),
                 qPrintable(name));
    }
    QString problem;
    QVERIFY2(checkedCustomerCount(project, &problem) == demoCustomers, qPrintable(problem));
    QCOMPARE(fileHash(project), projectBefore);
    qInfo("%s after %lld ms of %lld; the file is %s", killed ? "killed" : "ended",
          qint64(fraction * double(fullMs)), fullMs, bytes == old ? "the old one" : "new");
}

void TestFaults::fullDiskDuringExport_data()
{
    // The metrics CSV (about 11 KB) is smaller than what reading the project
    // itself must write (its -shm index), so a per-process limit cannot fail
    // the CSV alone; the reports are larger than the limit.
    QTest::addColumn<QString>("format");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestFaults::fullDiskDuringExport()
{
    QFETCH(QString, format);
    const QString project = copyOfBase(QStringLiteral("full-export.socialroi"));
    const QByteArray projectBefore = fileHash(project);
    const QString folder = m_dir.filePath(QStringLiteral("full-export-") + format);
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/out.") + format;
    const QByteArray old("the previous export\n");
    QVERIFY(writeBytes(target, old));

    const Outcome outcome
        = run(exportArguments(format, project, target), ChildLimit::FileSize, 32 * 1024);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QDir::toNativeSeparators(target))
                 && outcome.err.contains(QLatin1String("File too large"))
                 && !outcome.err.contains(QLatin1String("Unknown error")),
             qPrintable(outcome.err));
    QCOMPARE(fileBytes(target), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("out.") + format});
    QCOMPARE(fileHash(project), projectBefore);
}

void TestFaults::fullDiskDuringImport()
{
    const QString project = copyOfBase(QStringLiteral("full-import.socialroi"));
    const QByteArray before = fileHash(project);
    // Room for the -shm index and the start of the -wal, not for 200 000 rows.
    const Outcome outcome = run({QStringLiteral("import"), QStringLiteral("-p"), project,
                                 QStringLiteral("--table"), QStringLiteral("customers"), m_bigCsv},
                                ChildLimit::FileSize, 256 * 1024);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QDir::toNativeSeparators(project))
                 && outcome.err.contains(QLatin1String("Nothing was imported")),
             qPrintable(outcome.err));
    QCOMPARE(fileHash(project), before);
    QString problem;
    QCOMPARE(checkedCustomerCount(project, &problem), qint64(demoCustomers));
}

// Reading a project writes its -shm index; a disk that refuses it is not a
// damaged project and must not send the user to a backup.
void TestFaults::fullDiskWhileOpening()
{
    const QString project = copyOfBase(QStringLiteral("full-open.socialroi"));
    const QByteArray before = fileHash(project);
    // An empty -wal file, as a reader that was killed leaves: the check then
    // reads through SQLite's -shm index instead of as an immutable file.
    QVERIFY(writeBytes(project + QLatin1String("-wal"), QByteArray()));
    const QString target = m_dir.filePath(QStringLiteral("full-open.csv"));
    const Outcome outcome
        = run(exportArguments(QStringLiteral("csv"), project, target), ChildLimit::FileSize, 2048);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QDir::toNativeSeparators(project))
                 && outcome.err.contains(QLatin1String("cannot be read"))
                 && outcome.err.contains(QLatin1String("free space"))
                 && !outcome.err.contains(QLatin1String("damaged")),
             qPrintable(outcome.err));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(fileHash(project), before);
}

void TestFaults::readOnlyProject_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::addColumn<QString>("reason");
    QTest::newRow("file") << false << QStringLiteral("file is read-only");
    QTest::newRow("folder") << true << QStringLiteral("folder");
}

void TestFaults::readOnlyProject()
{
    QFETCH(bool, folderReadOnly);
    QFETCH(QString, reason);
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    const QString project = folder + QStringLiteral("/project.socialroi");
    QVERIFY(QFile::copy(m_base, project));
    const QString smallCsv = m_dir.filePath(QStringLiteral("one.csv"));
    QVERIFY(writeBytes(smallCsv, "customer_id,signup_date\nZ1,2024-01-01\n"));

    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(project,
                                  folderReadOnly ? readable | QFileDevice::WriteOwner
                                                 : QFileDevice::Permissions(readable)));
    if (folderReadOnly)
        QVERIFY(QFile::setPermissions(folder, readable | enterable));
    const QByteArray before = fileHash(project);
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, readable | enterable | QFileDevice::WriteOwner);
        QFile::setPermissions(project, readable | QFileDevice::WriteOwner);
    });

    const QString metricsCsv = m_dir.filePath(QStringLiteral("read-only-metrics.csv"));
    const Outcome metrics
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), project, QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("-o"), metricsCsv},
              ChildLimit::PermissionBits);
    if (metrics.exitCode == cannotDropCapabilities)
        QSKIP("Running as root without CAP_SETPCAP: the child cannot give up the capabilities "
              "that bypass file modes, so a read-only file cannot be made here.");
    QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
    QVERIFY(fileBytes(metricsCsv).startsWith("metric,"));

    const Outcome import = run({QStringLiteral("import"), QStringLiteral("-p"), project,
                                QStringLiteral("--table"), QStringLiteral("customers"), smallCsv},
                               ChildLimit::PermissionBits);
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QDir::toNativeSeparators(project))
                 && import.err.contains(reason, Qt::CaseInsensitive),
             qPrintable(import.err));
    QCOMPARE(fileHash(project), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             folderReadOnly ? QStringList {QStringLiteral("project.socialroi")}
                            : QDir(folder).entryList(QDir::Files | QDir::Hidden));
}

// An export to something that is not a regular file (a pipe here; /dev/null
// or /dev/stdout alike) writes into it: renaming a temporary file over it, as
// for a regular file, would replace the pipe or, for root, the device node.
void TestFaults::killDuringTheFirstSnapshotWrite_data()
{
    QTest::addColumn<double>("fraction");
    for (const int percent : {35, 55, 75, 90})
        QTest::newRow(QByteArray::number(percent).append('%').constData()) << percent / 100.0;
}

// The first metrics run after an import reads the tables and then stores the
// column snapshot in the project; killed anywhere in it, the project stays
// intact with its rows, and the next run gives the same metrics as one that
// was never interrupted (a half-written snapshot is never read).
void TestFaults::killDuringTheFirstSnapshotWrite()
{
    QFETCH(double, fraction);
    const QString imported = m_dir.filePath(QStringLiteral("reference.socialroi"));
    const auto copyOfImported = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
            if (QFile::exists(imported + suffix) && !QFile::copy(imported + suffix, path + suffix))
                return QString();
        }
        return path;
    };
    const auto metricsOf = [](const QString &project) {
        return QStringList {QStringLiteral("metrics"), QStringLiteral("-p"), project,
                            QStringLiteral("--format"), QStringLiteral("json")};
    };

    // An uninterrupted first run, timed, and its answer as the reference.
    const QString whole = copyOfImported(QStringLiteral("snapshot-whole.socialroi"));
    QVERIFY(!whole.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const Outcome reference = run(metricsOf(whole));
    const qint64 fullMs = timer.elapsed();
    QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));

    const QString killed = copyOfImported(QStringLiteral("snapshot-killed.socialroi"));
    QVERIFY(!killed.isEmpty());
    QProcess process;
    const bool landed
        = runAndKill(process, executable(), metricsOf(killed), int(fraction * double(fullMs)));
    QString problem;
    QVERIFY2(checkedCustomerCount(killed, &problem) == m_rowsAfterImport, qPrintable(problem));
    const Outcome after = run(metricsOf(killed));
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(after.out, reference.out);
    qInfo("%s after %lld ms of %lld", landed ? "killed" : "ended",
          qint64(fraction * double(fullMs)), fullMs);
}

void TestFaults::exportToAPipeKeepsThePipe_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("pipeName"); // the report's format is its suffix
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("metrics.pipe")
                         << QByteArray("metric,");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("report-pipe.pdf")
                         << QByteArray("%PDF-");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("report-pipe.html")
                          << QByteArray("<!DOCTYPE html>");
}

void TestFaults::exportToAPipeKeepsThePipe()
{
    QFETCH(QString, format);
    QFETCH(QString, pipeName);
    QFETCH(QByteArray, start);
    const QString project = copyOfBase(QStringLiteral("pipe.socialroi"));
    const QString pipe = m_dir.filePath(pipeName);
    QFile::remove(pipe);
    QCOMPARE(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(pipe).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const auto closeReader = qScopeGuard([reader] { ::close(reader); });

    QProcess process;
    process.start(executable(), exportArguments(format, project, pipe));
    QByteArray received;
    char buffer[4096];
    QElapsedTimer timer;
    timer.start();
    for (bool finished = false; timer.elapsed() < 60000;) {
        const ssize_t count = ::read(reader, buffer, sizeof buffer);
        if (count > 0) {
            received.append(buffer, count);
            continue;
        }
        if (finished)
            break;
        finished = process.waitForFinished(20);
    }
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
    QVERIFY2(received.startsWith(start), received.left(200).constData());
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString saveLoopProject = qEnvironmentVariable("SOCIALROI_FAULTS_SAVE_LOOP");
    if (!saveLoopProject.isEmpty())
        return saveAssumptionsForever(saveLoopProject);
    TestFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
