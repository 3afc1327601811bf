// SPDX-License-Identifier: GPL-3.0-or-later
// Times the demo generator at 1 000 000 customers and reports peak memory,
// against the sqlite3 shell writing the same number of rows in one
// transaction from a recursive CTE (the floor for SQLite writes here).
//   bench_demo_generator [customers]
#include "benchutil.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 customers = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    DemoOptions options;
    options.customers = customers;

    QElapsedTimer timer;
    timer.start();
    const auto result
        = DemoGenerator::generate(dir.filePath(QStringLiteral("bench.socialroi")), options, false);
    const double seconds = timer.elapsed() / 1000.0;
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error.toString()));
        return 1;
    }
    std::printf("demo generator: %lld customers in %.1f s, peak memory %.0f MiB\n", customers,
                seconds, peakResidentMiB());
    return 0;
}
