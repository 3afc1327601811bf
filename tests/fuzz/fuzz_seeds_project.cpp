// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seeds of fuzz_projectfile into OUTPUT/projectfile/: an empty
// project, and a small one imported from CSV files through the Importer with
// its column snapshot, so mutations reach the snapshot's blobs as well as the
// tables. Both with 1 KiB pages and no WAL, to stay small enough to mutate.
// `fuzz_seeds_project OUTPUT`.

#include "columnsnapshot.h"
#include "importer.h"
#include "projectdata.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "fuzz_seeds_project: %s\n", qPrintable(message));
    std::exit(1);
}

void removeProject(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void compact(const QString &path)
{
    SqliteConnection connection;
    if (connection.open(path, SqliteConnection::Access::ReadWrite) != SQLITE_OK)
        fail(QStringLiteral("cannot reopen %1").arg(path));
    connection.execute("PRAGMA journal_mode = DELETE");
    connection.execute("PRAGMA page_size = 1024");
    // VACUUM works through an attached copy; the store's connections allow
    // none (a file from elsewhere must not attach anything), so this tool
    // allows the one VACUUM needs.
    sqlite3_limit(connection.handle(), SQLITE_LIMIT_ATTACHED, 1);
    connection.execute("VACUUM");
    connection.close();
}

void checkOpens(const QString &path)
{
    StoreError error;
    if (!ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error))
        fail(QStringLiteral("the seed %1 does not open: %2").arg(path, error.message));
}

void import(const QString &project, const QString &folder, CanonicalTable table,
            const QByteArray &csv)
{
    const QString file = folder + QStringLiteral("/table.csv");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv) != csv.size())
        fail(QStringLiteral("cannot write %1").arg(file));
    out.close();
    ImportRequest request;
    request.projectPath = project;
    request.filePath = file;
    request.table = table;
    const ImportResult result = Importer::run(request);
    if (!result.ok)
        fail(QStringLiteral("the import of the seed's %1 failed").arg(int(table)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds_project OUTPUT\n");
        return 2;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    if (!output.mkpath(QStringLiteral("projectfile")))
        fail(QStringLiteral("cannot create %1").arg(output.path()));
    const QString empty = output.filePath(QStringLiteral("projectfile/empty.socialroi"));
    const QString small = output.filePath(QStringLiteral("projectfile/small-snapshot.socialroi"));
    removeProject(empty);
    removeProject(small);

    StoreError error;
    if (!ProjectStore::create(empty, &error))
        fail(error.message);
    compact(empty);
    checkOpens(empty);

    QTemporaryDir folder;
    if (!folder.isValid())
        fail(QStringLiteral("no temporary folder"));
    import(small, folder.path(), CanonicalTable::Customers,
           "customer_id,signup_date,churn_date,monthly_revenue,social_engaged,first_social_date,"
           "segment,nps_score,plan\n"
           "C1,2024-01-05,,29.85,yes,2024-02-01,consumer,9,basic\n"
           "C2,2024-01-20,2024-06-30,56.95,no,,business,3,pro\n"
           "C3,2024-02-11,,53.85,yes,2024-02-12,consumer,,pro\n"
           "C4,2024-03-02,2024-04-15,42.30,no,,consumer,7,basic\n");
    import(small, folder.path(), CanonicalTable::Contacts,
           "contact_id,customer_id,contact_date,channel,handle_minutes,resolved,cost\n"
           "K1,C1,2024-02-01,social,12.5,yes,4.10\n"
           "K2,C2,2024-03-05,phone,30,no,9.80\n"
           "K3,C3,2024-02-12,social,5,yes,1.50\n");
    import(small, folder.path(), CanonicalTable::Orders,
           "order_id,customer_id,order_date,amount,cross_sell,product\n"
           "O1,C1,2024-03-01,120.00,no,router\n"
           "O2,C3,2024-04-01,35.50,yes,\n");
    import(small, folder.path(), CanonicalTable::Mentions,
           "mention_id,customer_id,mention_date,sentiment,reach,platform\n"
           "M1,C1,2024-02-02,positive,1200,x\n"
           "M2,,2024-02-03,negative,40,facebook\n");
    import(small, folder.path(), CanonicalTable::Improvements,
           "improvement_id,date,title,issues_addressed,customers_retained_per_year\n"
           "I1,2024-05-01,Clearer invoices,14,3.5\n");
    const auto data = ProjectData::load(small, {});
    if (!data || !ColumnSnapshot::write(small, *data))
        fail(QStringLiteral("cannot write the column snapshot of %1").arg(small));
    compact(small);
    checkOpens(small);
    return 0;
}
