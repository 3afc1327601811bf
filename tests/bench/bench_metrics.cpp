// SPDX-License-Identifier: GPL-3.0-or-later
// The metric engine on a large project, against the floor measured in the
// same run (one plain pass that only counts rows per cohort in each table):
// - the first compute after the rows changed behind the engine's back (the
//   tables edited with another tool): reads the tables, fits the customer-base
//   models and stores the column snapshot and the fits;
// - an import of 100 000 contacts into the project, which appends its rows
//   to the snapshot (SnapshotFeed), then the first compute after it against
//   a later one (both read the snapshot);
// - a full recompute as on opening the project (a new engine, every metric
//   group and the ROI): reads the snapshot;
// - recomputes after a segment filter change, in memory;
// - the adjusted comparison (the default) beside the naive one
//   (--method naive), as a full recompute and in memory, and the sequential
//   trials alone: what the adjustment costs;
// - the customer-base models alone, fitted as by a new process, read from
//   the fits stored in the project, and in memory;
// - the ROI's bootstrap interval, 200 replicates as the window runs them.
//   bench_metrics [PROJECT]   (default: a 1 000 000-customer demo made first;
//   a given project loses its snapshot, which the first compute rebuilds)
#include "analysis.h"
#include "benchutil.h"
#include "customerscores.h"
#include "demogenerator.h"
#include "importer.h"
#include "metricengine.h"
#include "metricgroups.h"
#include "projectdata.h"
#include "sequentialtrials.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
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

// The shortest of `runs` timings of `work`, in seconds: the cores are shared.
template<typename Work>
double shortestOf(int runs, Work &&work)
{
    double shortest = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double seconds = timer.nsecsElapsed() / 1e9;
        shortest = run == 0 ? seconds : std::min(shortest, seconds);
    }
    return shortest;
}

// Forgets the customer-base models' fits stored in the project, as after a
// change of its customers or orders.
void deleteStoredFits(const QString &path)
{
    SqliteConnection connection;
    connection.open(path, SqliteConnection::Access::ReadWrite);
    connection.execute("DELETE FROM column_snapshot WHERE part LIKE 'model_fits:%'");
}

} // namespace

// The engine as a process of its own, as `socialroi metrics` and the
// window's first compute run it: one compute from the snapshot, then its
// wall time and peak memory (the bench process holds more: the columns read
// from the tables, a second engine).
struct EngineProcess
{
    double seconds = 0;
    double peakMiB = 0;
    bool ok = false;
};

EngineProcess runEngineProcess(const QString &path)
{
    EngineProcess result;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--one-compute"), path});
    result.ok = process.waitForFinished(-1) && process.exitCode() == 0;
    result.seconds = timer.elapsed() / 1000.0;
    // The child's own high-water mark, after exec (getrusage's count for
    // children starts with the parent's pages shared at fork).
    result.peakMiB = process.readAllStandardOutput().trimmed().toDouble();
    return result;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--one-compute") {
        const bool ok = MetricEngine(QString::fromLocal8Bit(argv[2])).compute({}).ok;
        std::printf("%.1f\n", peakResidentMiB());
        return ok ? 0 : 1;
    }
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
    // As a new process: no fits kept in memory either.
    CustomerValue::clearFitCache();
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
    MetricFilters naiveFilters;
    naiveFilters.method = EstimationMethod::Naive;
    double naiveSeconds = 0;
    double naiveRoi = 0;
    {
        MetricEngine naiveEngine(path);
        timer.restart();
        const MetricEngine::Outcome naive = naiveEngine.compute(naiveFilters);
        naiveSeconds = timer.elapsed() / 1000.0;
        if (!naive.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(naive.error));
            return 1;
        }
        naiveRoi = naive.result.roi.roi.value_or(0);
    }
    // In memory, on the loaded columns: the metrics and the ROI alone.
    constexpr int runs = 3;
    const double adjustedInMemory = shortestOf(runs, [&engine] { engine.compute({}); });
    const double naiveInMemory
        = shortestOf(runs, [&engine, &naiveFilters] { engine.compute(naiveFilters); });

    MetricFilters filters;
    filters.segment = QStringLiteral("premium");
    timer.restart();
    const MetricEngine::Outcome filtered = engine.compute(filters);
    const double filteredSeconds = timer.elapsed() / 1000.0;
    filters.segment = QStringLiteral("region=Poland");
    timer.restart();
    const MetricEngine::Outcome byAttribute = engine.compute(filters);
    const double attributeSeconds = timer.elapsed() / 1000.0;

    std::printf("first compute after the rows changed (read the tables, fit the models, store "
                "the snapshot and the fits): "
                "%.3f s = %.2f x floor (ROI %.3f)\n",
                coldSeconds, coldSeconds / floor, cold.result.roi.roi.value_or(0));
    std::printf("full recompute (new engine: read the snapshot, every metric, ROI; fits in "
                "memory): %.3f s = %.2f x floor (ROI %.3f)\n",
                fullSeconds, fullSeconds / floor, full.result.roi.roi.value_or(0));
    std::printf("full recompute, naive (--method naive): %.3f s = %.2f x floor (ROI %.3f); "
                "adjusted / naive = %.2f\n",
                naiveSeconds, naiveSeconds / floor, naiveRoi, fullSeconds / naiveSeconds);
    std::printf("recompute in memory (every metric, ROI; shortest of %d): adjusted %.3f s, naive "
                "%.3f s; adjusted / naive = %.2f\n",
                runs, adjustedInMemory, naiveInMemory, adjustedInMemory / naiveInMemory);
    std::printf("recompute after segment change (premium, %lld customers): %.3f s = %.2f x floor\n",
                filtered.result.socialCustomers + filtered.result.controlCustomers, filteredSeconds,
                filteredSeconds / floor);
    std::printf("recompute for an extra attribute (region=Poland, %lld customers): %.3f s\n",
                byAttribute.result.socialCustomers + byAttribute.result.controlCustomers,
                attributeSeconds);
    std::printf("peak memory of this benchmark (columns read twice, two engines): %.0f MiB\n",
                peakResidentMiB());
    // Twice: fitting the customer-base models, as the first process after
    // the customers or orders changed; then with the fits that one stored.
    deleteStoredFits(path);
    const EngineProcess fitting = runEngineProcess(path);
    const EngineProcess process = runEngineProcess(path);
    if (!fitting.ok || !process.ok)
        return 1;
    std::printf("the engine as a process (one compute from the snapshot, as socialroi metrics): "
                "%.3f s, peak memory %.0f MiB (target < 300), with the fits stored in the "
                "project; %.3f s, peak memory %.0f MiB, fitting them (the first process after "
                "the customers or orders changed)\n",
                process.seconds, process.peakMiB, fitting.seconds, fitting.peakMiB);

    // A month's contact log imported into the project: its rows join the
    // snapshot in the import's transaction, so the first compute after the
    // import reads the snapshot as a later one does.
    {
        const QString contactsPath = dir.filePath(QStringLiteral("new-contacts.csv"));
        QFile file(contactsPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray csv = "customer_id,contact_date,channel,handle_minutes\n";
        QRandomGenerator random(7);
        const qint64 customers = counts[0][0] + counts[0][1];
        for (int i = 0; i < 100'000; ++i) {
            csv += "C" + QByteArray::number(1 + random.bounded(customers)).rightJustified(7, '0')
                + ",2026-0" + QByteArray::number(1 + random.bounded(9)) + "-1"
                + QByteArray::number(random.bounded(10))
                + (random.bounded(3) == 0 ? ",social," : ",phone,")
                + QByteArray::number(2 + random.bounded(20)) + "\n";
        }
        file.write(csv);
        file.close();
        ImportRequest request;
        request.projectPath = path;
        request.filePath = contactsPath;
        request.table = CanonicalTable::Contacts;
        timer.restart();
        const ImportResult imported = Importer::run(request);
        const double importSeconds = timer.elapsed() / 1000.0;
        if (!imported.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error.toString()));
            return 1;
        }
        timer.restart();
        const MetricEngine::Outcome afterImport = MetricEngine(path).compute({});
        const double afterImportSeconds = timer.elapsed() / 1000.0;
        timer.restart();
        const MetricEngine::Outcome later = MetricEngine(path).compute({});
        const double laterSeconds = timer.elapsed() / 1000.0;
        if (!afterImport.ok || !later.ok)
            return 1;
        std::printf("import of %lld contacts (the snapshot fed in its transaction): %.2f s\n",
                    imported.rowsImported, importSeconds);
        std::printf("first compute after that import: %.3f s; a later compute: %.3f s; ratio "
                    "%.2f (target <= 1.5; %.2f before the import fed the snapshot)\n",
                    afterImportSeconds, laterSeconds, afterImportSeconds / laterSeconds,
                    coldSeconds / fullSeconds);
    }

    // The sequential trials alone, on a second copy of the columns.
    const std::unique_ptr<ProjectData> data = ProjectData::load(path, {});
    const Analysis analysis(*data, MetricFilters {});
    qint64 treated = 0;
    const double trialsSeconds = shortestOf(runs, [&analysis, &treated] {
        const SequentialTrials trials(analysis, {}, analysis.horizonDays());
        treated = trials.treated;
    });
    std::printf("sequential trials alone (%lld treated compared; shortest of %d): %.3f s = %.0f "
                "%% of the adjusted recompute in memory\n",
                treated, runs, trialsSeconds, 100 * trialsSeconds / adjustedInMemory);

    // The customer-base models (sBG, BG/NBD, Gamma-Gamma for both cohorts,
    // every customer scored): what the lifetime value adds to a compute, as
    // a new process meets them (the fits kept in memory forgotten each run)
    // with nothing stored and with the fits stored in the project, and in
    // memory (a recompute in the same process).
    std::size_t scored = 0;
    const auto scoreAll
        = [&analysis, &scored] { scored = CustomerValue::score(analysis).scores.size(); };
    const double fittingSeconds = shortestOf(runs, [&path, &scoreAll] {
        CustomerValue::clearFitCache();
        deleteStoredFits(path);
        scoreAll();
    });
    const double storedSeconds = shortestOf(runs, [&scoreAll] {
        CustomerValue::clearFitCache();
        scoreAll();
    });
    const double modelsSeconds = shortestOf(runs, scoreAll);
    std::printf("customer-base models alone (both cohorts, %zu customers scored, %zu orders; "
                "shortest of %d): a new process fitting them %.3f s, reading the stored fits "
                "%.3f s, in memory %.3f s = %.2f x the naive recompute in memory; the fits "
                "%.3f s\n",
                scored, data->orders.day.size(), runs, fittingSeconds, storedSeconds, modelsSeconds,
                modelsSeconds / naiveInMemory, fittingSeconds - modelsSeconds);

    // The ROI's bootstrap interval as the window computes it: 200
    // replicates (m out of n above 50 000 customers), all cores.
    RoiBootstrap::Settings settings;
    timer.restart();
    const MetricEngine::BootstrapOutcome bootstrap = engine.bootstrapRoi({}, settings);
    const double bootstrapSeconds = timer.elapsed() / 1000.0;
    RoiSummary checked = full.result.roi;
    MetricGroups::applyBootstrap(checked, bootstrap.result);
    std::printf("ROI bootstrap interval, %d replicates of the whole calculation drawing %zu of %zu "
                "customers each: %.1f s = %.1f x the adjusted recompute in memory (%s; value "
                "interval %.0f to %.0f)\n",
                settings.replicates, bootstrap.result.drawn, bootstrap.result.population,
                bootstrapSeconds, bootstrapSeconds / adjustedInMemory,
                bootstrap.ok ? "ok" : qPrintable(bootstrap.error), checked.valueLow,
                checked.valueHigh);
    return 0;
}
