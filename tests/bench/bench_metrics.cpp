// The metric engine on a large project, against the floor measured in the
// same run (one plain pass that only counts rows per cohort in each table):
// - the first compute after the rows changed (an import): reads the tables
//   and stores the column snapshot;
// - a full recompute as on opening the project (a new engine, every metric
//   group and the ROI): reads the snapshot;
// - recomputes after a segment filter change, in memory.
//   bench_metrics [PROJECT]   (default: a 1 000 000-customer demo made first;
//   a given project loses its snapshot, which the first compute rebuilds)
#include "benchutil.h"
#include "demogenerator.h"
#include "metricengine.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <unordered_map>

namespace {

// The floor: read the cohort of every customer, then every row of each event
// table, counting rows per cohort. Nothing less can produce any metric.
double countRowsPerCohort(const QString &path, qint64 counts[4][2])
{
    QElapsedTimer timer;
    timer.start();
    SqliteConnection connection;
    connection.open(path, SqliteConnection::Access::ReadOnly);
    std::unordered_map<std::string, int> cohortOf;
    SqliteStatement customers
        = connection.prepare("SELECT customer_id, social_engaged FROM customers");
    while (customers.step()) {
        const int cohort = customers.integer(1) ? 0 : 1;
        cohortOf.emplace(std::string(customers.utf8(0), size_t(customers.textSize(0))), cohort);
        ++counts[0][cohort];
    }
    const char *tables[3] = {"SELECT customer_id FROM contacts", "SELECT customer_id FROM orders",
                             "SELECT customer_id FROM mentions"};
    std::string key;
    for (int table = 0; table < 3; ++table) {
        SqliteStatement rows = connection.prepare(tables[table]);
        while (rows.step()) {
            if (!rows.utf8(0))
                continue;
            key.assign(rows.utf8(0), size_t(rows.textSize(0)));
            const auto found = cohortOf.find(key);
            if (found != cohortOf.end())
                ++counts[table + 1][found->second];
        }
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("large.socialroi"));
        DemoOptions options;
        options.customers = 1'000'000;
        std::printf("generating a %lld-customer demo project…\n", options.customers);
        std::fflush(stdout);
        if (!DemoGenerator::generate(path, options, false).ok)
            return 1;
    }

    qint64 counts[4][2] = {};
    const double floor = countRowsPerCohort(path, counts);
    std::printf("floor (count rows per cohort, 4 tables): %.3f s  [customers %lld/%lld, contacts "
                "%lld/%lld, orders %lld/%lld]\n",
                floor, counts[0][0], counts[0][1], counts[1][0], counts[1][1], counts[2][0],
                counts[2][1]);

    {
        // As after an import: the rows moved past any snapshot.
        SqliteConnection connection;
        connection.open(path, SqliteConnection::Access::ReadWrite);
        connection.execute("DELETE FROM column_snapshot");
    }
    QElapsedTimer timer;
    timer.start();
    const MetricEngine::Outcome cold = MetricEngine(path).compute({});
    const double coldSeconds = timer.elapsed() / 1000.0;
    if (!cold.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(cold.error));
        return 1;
    }

    MetricEngine engine(path);
    timer.restart();
    const MetricEngine::Outcome full = engine.compute({});
    const double fullSeconds = timer.elapsed() / 1000.0;
    if (!full.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(full.error));
        return 1;
    }
    MetricFilters filters;
    filters.segment = QStringLiteral("premium");
    timer.restart();
    const MetricEngine::Outcome filtered = engine.compute(filters);
    const double filteredSeconds = timer.elapsed() / 1000.0;
    filters.segment = QStringLiteral("region=Poland");
    timer.restart();
    const MetricEngine::Outcome byAttribute = engine.compute(filters);
    const double attributeSeconds = timer.elapsed() / 1000.0;

    std::printf("first compute after the rows changed (read the tables, store the snapshot): "
                "%.3f s = %.2f x floor (ROI %.3f)\n",
                coldSeconds, coldSeconds / floor, cold.result.roi.roi.value_or(0));
    std::printf("full recompute (new engine: read the snapshot, every metric, ROI): %.3f s = "
                "%.2f x floor (ROI %.3f)\n",
                fullSeconds, fullSeconds / floor, full.result.roi.roi.value_or(0));
    std::printf("recompute after segment change (premium, %lld customers): %.3f s = %.2f x floor\n",
                filtered.result.socialCustomers + filtered.result.controlCustomers, filteredSeconds,
                filteredSeconds / floor);
    std::printf("recompute for an extra attribute (region=Poland, %lld customers): %.3f s\n",
                byAttribute.result.socialCustomers + byAttribute.result.controlCustomers,
                attributeSeconds);
    std::printf("peak memory: %.0f MiB\n", peakResidentMiB());
    return 0;
}
