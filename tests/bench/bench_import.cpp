// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the importer against the sqlite3 shell's .import (issue 3, item 9):
// 1 000 000 customers, 5 000 000 contacts and 4 000 000 orders as CSV files,
// imported with our Importer (customers, then contacts, then orders: typed,
// validated, keys and customer ids checked, indexes of the project schema)
// into a fresh project, and in the same run with `sqlite3 .import --csv` into
// bare tables (text columns, no constraints, no index) of a fresh database.
// Prints both times, the ratio (ours / sqlite3) and our peak memory. Ours
// ends when the project is complete: the last import returned and the copy
// of its pages into the project (which goes on after it returns) is done.
//   bench_import [DIR] [CUSTOMERS]   (DIR keeps the CSV files for the next run)
#include "benchutil.h"
#include "checkpointqueue.h"
#include "importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int contactsPerCustomer = 5;
constexpr int ordersPerCustomer = 4;

// Buffered writing of one CSV file.
class CsvFile
{
public:
    explicit CsvFile(const QString &path)
        : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_buffer.reserve(bufferBytes + 1024);
    }
    ~CsvFile() { flush(); }

    bool isOpen() const { return m_ok; }
    void add(const char *text, int size)
    {
        m_buffer.append(text, size);
        if (m_buffer.size() >= bufferBytes)
            flush();
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.resize(0);
    }

private:
    static constexpr qsizetype bufferBytes = 4 * 1024 * 1024;
    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

struct Day
{
    int year;
    int month;
    int day;
};

Day dayAfter2019(int offset)
{
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = 2019;
    for (;;) {
        const bool leap = year % 4 == 0;
        const int days = leap ? 366 : 365;
        if (offset < days)
            break;
        offset -= days;
        ++year;
    }
    int month = 0;
    for (;; ++month) {
        const int length = lengths[month] + (month == 1 && year % 4 == 0 ? 1 : 0);
        if (offset < length)
            break;
        offset -= length;
    }
    return {year, month + 1, offset + 1};
}

// Realistic shapes: ISO dates, yes/no booleans, money with two decimals,
// optional values left empty; contacts and orders name random customers.
bool writeFiles(const QString &folder, qint64 customers)
{
    std::mt19937_64 random(20240531);
    auto below = [&random](int limit) { return int(random() % std::uint64_t(limit)); };
    const char *segments[] = {"Fiber", "DSL", "Mobile", "Business"};
    const char *channels[] = {"phone", "social", "self_service", "email", "chat"};
    char line[256];
    {
        CsvFile file(folder + QLatin1String("/customers.csv"));
        if (!file.isOpen())
            return false;
        const char header[] = "customer_id,signup_date,churn_date,monthly_revenue,social_engaged,"
                              "first_social_date,segment,nps_score,at_risk_date\n";
        file.add(header, int(sizeof(header) - 1));
        for (qint64 i = 0; i < customers; ++i) {
            const int signup = below(1500);
            const Day s = dayAfter2019(signup);
            char churn[32] = "";
            if (below(10) < 3) {
                const Day c = dayAfter2019(signup + 30 + below(870));
                std::snprintf(churn, sizeof churn, "%04d-%02d-%02d", c.year, c.month, c.day);
            }
            const bool social = below(4) == 0;
            char firstSocial[32] = "";
            if (social) {
                const Day f = dayAfter2019(signup + 1 + below(300));
                std::snprintf(firstSocial, sizeof firstSocial, "%04d-%02d-%02d", f.year, f.month,
                              f.day);
            }
            char nps[4] = "";
            if (below(10) < 4)
                std::snprintf(nps, sizeof nps, "%d", below(11));
            const int cents = 1500 + below(10500);
            const int size = std::snprintf(
                line, sizeof line, "C%07lld,%04d-%02d-%02d,%s,%d.%02d,%s,%s,%s,%s,\n",
                static_cast<long long>(i), s.year, s.month, s.day, churn, cents / 100, cents % 100,
                social ? "yes" : "no", firstSocial, segments[below(4)], nps);
            file.add(line, size);
        }
    }
    {
        CsvFile file(folder + QLatin1String("/contacts.csv"));
        if (!file.isOpen())
            return false;
        const char header[] = "contact_id,customer_id,contact_date,channel,handle_minutes,"
                              "resolved,led_to_process_change,cost\n";
        file.add(header, int(sizeof(header) - 1));
        for (qint64 i = 0; i < customers * contactsPerCustomer; ++i) {
            const Day d = dayAfter2019(below(1800));
            const int tenths = 100 + below(5900);
            const int size = std::snprintf(
                line, sizeof line, "K%08lld,C%07lld,%04d-%02d-%02d,%s,%d.%d,%s,%s,\n",
                static_cast<long long>(i), static_cast<long long>(below(int(customers))), d.year,
                d.month, d.day, channels[below(5)], tenths / 10, tenths % 10,
                below(10) < 8 ? "yes" : "no", below(50) == 0 ? "yes" : "no");
            file.add(line, size);
        }
    }
    {
        CsvFile file(folder + QLatin1String("/orders.csv"));
        if (!file.isOpen())
            return false;
        const char header[] = "order_id,customer_id,order_date,amount,cross_sell,product\n";
        file.add(header, int(sizeof(header) - 1));
        for (qint64 i = 0; i < customers * ordersPerCustomer; ++i) {
            const Day d = dayAfter2019(below(1800));
            const int cents = 500 + below(29500);
            const int size = std::snprintf(
                line, sizeof line, "O%08lld,C%07lld,%04d-%02d-%02d,%d.%02d,%s,%s\n",
                static_cast<long long>(i), static_cast<long long>(below(int(customers))), d.year,
                d.month, d.day, cents / 100, cents % 100, below(10) == 0 ? "yes" : "no",
                segments[below(4)]);
            file.add(line, size);
        }
    }
    return true;
}

// CPU seconds (user + system) of this process's threads, or of its
// finished children: less sensitive than wall time to other processes on a
// shared machine.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    const qint64 customers = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1'000'000;
    QDir().mkpath(folder);
    const QStringList tables
        = {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("orders")};
    const QStringList headers
        = {QStringLiteral("customer_id,signup_date,churn_date,monthly_revenue,social_engaged,"
                          "first_social_date,segment,nps_score,at_risk_date"),
           QStringLiteral("contact_id,customer_id,contact_date,channel,handle_minutes,resolved,"
                          "led_to_process_change,cost"),
           QStringLiteral("order_id,customer_id,order_date,amount,cross_sell,product")};
    const qint64 expectedRows[]
        = {customers, customers * contactsPerCustomer, customers * ordersPerCustomer};

    bool haveFiles = true;
    for (const QString &table : tables)
        haveFiles = haveFiles && QFileInfo::exists(folder + QLatin1Char('/') + table + ".csv");
    if (!haveFiles) {
        std::printf("writing %lld customers, %lld contacts, %lld orders as CSV into %s…\n",
                    static_cast<long long>(customers), static_cast<long long>(expectedRows[1]),
                    static_cast<long long>(expectedRows[2]), qPrintable(folder));
        std::fflush(stdout);
        if (!writeFiles(folder, customers)) {
            std::fprintf(stderr, "cannot write the CSV files\n");
            return 1;
        }
    }
    qint64 totalBytes = 0;
    for (const QString &table : tables)
        totalBytes += QFileInfo(folder + QLatin1Char('/') + table + ".csv").size();
    const double memoryBefore = peakResidentMiB();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);

    // Ours.
    // Each side starts with no dirty pages of the other's waiting to be
    // written back, which would slow its own syncs down.
    ::sync();
    const QString project = folder + QLatin1String("/bench.socialroi");
    removeDatabase(project);
    double ours = 0;
    const CanonicalTable canonical[]
        = {CanonicalTable::Customers, CanonicalTable::Contacts, CanonicalTable::Orders};
    for (int i = 0; i < 3; ++i) {
        ImportRequest request;
        request.projectPath = project;
        request.filePath = folder + QLatin1Char('/') + tables[i] + ".csv";
        request.table = canonical[i];
        QElapsedTimer timer;
        timer.start();
        // When each phase is first reported: the first pass (with opening the
        // project), the second pass, then index rebuild, commit and checkpoint.
        double phaseStart[3] = {0, -1, -1};
        const ImportResult result = Importer::run(request, [&](const ImportProgress &progress) {
            double &start = phaseStart[int(progress.phase)];
            if (start < 0)
                start = timer.elapsed() / 1000.0;
            return true;
        });
        const double seconds = timer.elapsed() / 1000.0;
        ours += seconds;
        if (!result.ok || result.rowsImported != expectedRows[i]) {
            std::fprintf(stderr, "%s: %s (%lld of %lld rows imported)\n", qPrintable(tables[i]),
                         qPrintable(result.error.toString()),
                         static_cast<long long>(result.rowsImported),
                         static_cast<long long>(expectedRows[i]));
            return 1;
        }
        std::printf("ours     %-9s %9lld rows %7.2f s  %6.0f k rows/s  (first pass %.2f s, "
                    "second pass %.2f s, indexes and commit %.2f s)\n",
                    qPrintable(tables[i]), static_cast<long long>(result.rowsImported), seconds,
                    result.rowsImported / seconds / 1000.0, phaseStart[1],
                    phaseStart[2] - phaseStart[1], seconds - phaseStart[2]);
        std::fflush(stdout);
    }
    // The copy of the last file's pages from the -wal file into the project
    // goes on after its import returned (CheckpointQueue), the earlier
    // files' beside the next import: the project is complete once it is done.
    {
        QElapsedTimer timer;
        timer.start();
        CheckpointQueue::waitForAll();
        const double seconds = timer.elapsed() / 1000.0;
        ours += seconds;
        std::printf("ours     last file's pages copied into the project after its import "
                    "returned: %.2f s\n",
                    seconds);
    }
    const double peak = peakResidentMiB();
    const double ourCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;

    // The sqlite3 shell, same files, bare tables, one process.
    const QString bare = folder + QLatin1String("/bare.db");
    removeDatabase(bare);
    QByteArray script;
    for (int i = 0; i < 3; ++i) {
        script += "CREATE TABLE " + tables[i].toUtf8() + " (" + headers[i].toUtf8() + ");\n";
        script += ".import --csv --skip 1 '" + (folder + QLatin1Char('/') + tables[i]).toUtf8()
            + ".csv' " + tables[i].toUtf8() + "\n";
    }
    ::sync();
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {bare});
    if (!shell.waitForStarted()) {
        std::fprintf(stderr, "cannot start sqlite3 (apt-get install sqlite3)\n");
        return 1;
    }
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double theirs = timer.elapsed() / 1000.0;
    if (shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
        return 1;
    }

    std::printf("\nfiles: %.0f MB of CSV, %lld rows\n", totalBytes / 1e6,
                static_cast<long long>(expectedRows[0] + expectedRows[1] + expectedRows[2]));
    std::printf("ours (typed, validated, project schema): %7.2f s\n", ours);
    std::printf("sqlite3 .import --csv (bare tables):     %7.2f s\n", theirs);
    std::printf("ratio ours / sqlite3: %.2f (target <= 0.75)\n", ours / theirs);
    std::printf("CPU time: ours %.2f s (all threads), sqlite3 %.2f s; load average %s", ourCpu,
                cpuSeconds(RUSAGE_CHILDREN),
                [] {
                    QFile load(QStringLiteral("/proc/loadavg"));
                    return load.open(QIODevice::ReadOnly) ? load.readLine().left(15).append('\n')
                                                          : QByteArray("?\n");
                }()
                    .constData());
    std::printf("peak memory: %.0f MiB (%.0f MiB before importing; target < 300)\n", peak,
                memoryBefore);
    removeDatabase(bare);
    removeDatabase(project);
    return 0;
}
