// SPDX-License-Identifier: GPL-3.0-or-later
// Peak memory of importing each file of the hostile corpus (issue 20): the
// 3.8 MB workbook whose one cell unpacks to 300 MB, the zip bomb, the billion
// laughs, a 50 MB CSV of one line, a stray quote in 50 MB, a sheet claiming a
// billion rows, ... Each import runs in a child process of its own (this
// executable with --import), which reports its peak resident memory (VmHWM)
// beside the outcome; a well-formed small CSV gives the baseline. Reported,
// not asserted: the goal is under 300 MiB for every file.
//   bench_hostile_inputs [DIR]   (DIR keeps the generated files)
#include "benchutil.h"
#include "hostilefiles.h"
#include "importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

// The child: one import into a fresh project, then "outcome|peak MiB".
int importOne(const QString &file, const QString &project)
{
    ImportRequest request;
    request.projectPath = project;
    request.filePath = file;
    request.table = CanonicalTable::Customers;
    const ImportResult result = Importer::run(request);
    QString outcome;
    if (result.ok) {
        outcome = QStringLiteral("imported %1, rejected %2")
                      .arg(result.rowsImported)
                      .arg(result.rowsRejected);
        if (!result.firstRejections.empty())
            outcome += QStringLiteral(" (%1)").arg(result.firstRejections.front().reason.left(90));
    } else {
        outcome = QStringLiteral("refused: %1").arg(result.error.toString().left(110));
    }
    const qint64 projectBytes = QFileInfo(project).size();
    std::printf("%s|%.1f|%lld\n", qPrintable(outcome), peakResidentMiB(), projectBytes);
    return 0;
}

struct Case
{
    const char *name;
    std::function<QString(const QString &folder)> write;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--import"))
        return importOne(arguments.at(2), arguments.at(3));

    QTemporaryDir temporary;
    const QString folder = arguments.size() > 1 ? arguments.at(1) : temporary.path();
    QDir().mkpath(folder);

    const Case cases[] = {
        {"baseline (a 3-row CSV)",
         [](const QString &dir) {
             const QString path = dir + QLatin1String("/baseline.csv");
             QFile file(path);
             if (!file.open(QIODevice::WriteOnly))
                 return QString();
             file.write("customer_id,signup_date\nC1,2024-01-01\nC2,2024-01-02\nC3,2024-01-03\n");
             return path;
         }},
        {"cell of 300 000 000 characters, shared string",
         [](const QString &dir) { return HostileFiles::expandingSharedString(dir, 300'000'000); }},
        {"cell of 300 000 000 characters, inline string",
         [](const QString &dir) { return HostileFiles::expandingInlineString(dir, 300'000'000); }},
        {"zip bomb (64 MiB of zeros)", HostileFiles::zipBomb},
        {"billion laughs", HostileFiles::billionLaughs},
        {"sheet claiming a billion rows", HostileFiles::claimsBillionRows},
        {"row numbered 1 048 577", HostileFiles::rowPastLimit},
        {"100 000 nested elements", HostileFiles::deepNesting},
        {"2 MiB tag", HostileFiles::longTag},
        {"CSV of one 50 MB line",
         [](const QString &dir) { return HostileFiles::singleLineCsv(dir, 50'000'000); }},
        {"CSV with a stray quote, 50 MB",
         [](const QString &dir) { return HostileFiles::strayQuoteCsv(dir, 50'000'000); }},
        {"CSV field of 40 000 characters", HostileFiles::longFieldCsv},
        {"CSV row of 20 000 columns", HostileFiles::tooManyColumnsCsv},
        {"CSV column name of 40 000 characters", HostileFiles::longHeaderCsv},
        {"CSV rejected row of 90 KB", HostileFiles::wideRejectedRowCsv},
    };

    std::printf("%-48s %10s %9s %8s %12s  %s\n", "file", "file MiB", "peak MiB", "seconds",
                "project B", "outcome");
    for (const Case &hostile : cases) {
        const QString path = hostile.write(folder);
        if (path.isEmpty()) {
            std::printf("%-48s cannot be written\n", hostile.name);
            continue;
        }
        const QString project = folder + QLatin1String("/project.socialroi");
        QFile::remove(project);
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--import"), path, project});
        child.waitForFinished(-1);
        const double seconds = double(timer.elapsed()) / 1000.0;
        const QStringList fields
            = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
        if (fields.size() != 3) {
            std::printf("%-48s the import crashed (exit %d)\n", hostile.name, child.exitCode());
            continue;
        }
        std::printf("%-48s %10.1f %9s %8.2f %12s  %s\n", hostile.name,
                    double(QFileInfo(path).size()) / (1024.0 * 1024.0), qPrintable(fields.at(1)),
                    seconds, qPrintable(fields.at(2)), qPrintable(fields.at(0)));
        std::fflush(stdout);
        if (arguments.size() <= 1)
            QFile::remove(path);
    }
    return 0;
}
