// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "batchqueue.h"
#include "checkpointqueue.h"
#include "columnanalysis.h"
#include "customerkeyhash.h"
#include "datarevision.h"
#include "filehasher.h"
#include "importsource.h"
#include "importundo.h"
#include "importwriter.h"
#include "keyset.h"
#include "mappingprofiles.h"
#include "orderlineassembler.h"
#include "projectdata.h"
#include "projectstore.h"
#include "rowderivation.h"
#include "rowvalidator.h"
#include "snapshotfeed.h"
#include "sqliteconnection.h"
#include "writebehind.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <array>
#include <exception>
#include <optional>
#include <string>
#include <thread>

namespace {

// Rows between two progress reports (and cancel checks) of the first pass.
constexpr qint64 progressInterval = 4096;
// Batches going round between the reading and the writing thread.
constexpr int batchesInFlight = 4;
// SQLite's page cache while bulk-loading (KiB). The index rebuild sorts with
// a smaller one (its sorter sorts in runs of the cache's size, and on 5 000 000
// rows runs of 8 MB merge faster than runs of 2 MB or 16 MB and more) and
// with helper threads (the reading thread is done by then): 1.6 s instead of
// 2.2 s for an index on the customer_id of 5 000 000 contacts.
constexpr int bulkCacheKiB = 32 * 1024;
constexpr int indexSortCacheKiB = 8 * 1024;
constexpr int indexSortThreads = 2;

// Connection settings for the length of an import, restored on destruction.
// Set before BEGIN and restored after the transaction ends: PRAGMA
// foreign_keys is a no-op inside a transaction.
class ImportSettings
{
public:
    ImportSettings(SqliteConnection &connection, bool bulk)
        : m_connection(connection)
        , m_bulk(bulk)
    {
        m_cacheSize = connection.queryInteger("PRAGMA cache_size", -2000);
        connection.execute("PRAGMA foreign_keys = OFF");
        // Every row was checked by the RowValidator against the rules the
        // schema's CHECK constraints state (enumeration words, 0/1 flags,
        // nps_score 0-10). SQLite would check them again for each row, and
        // an IN list it checks by building a temporary table, a 32 KiB page
        // cleared each time: 40 % of the writing thread's instructions.
        connection.execute("PRAGMA ignore_check_constraints = ON");
        if (bulk) {
            connection.execute(
                QStringLiteral("PRAGMA cache_size = %1").arg(-bulkCacheKiB).toUtf8().constData());
            // The copy of the import's pages into the project waits for the
            // commit and then goes on beside what comes next (CheckpointQueue).
            connection.execute("PRAGMA wal_autocheckpoint = 0");
        }
    }

    ~ImportSettings()
    {
        try {
            m_connection.execute("PRAGMA foreign_keys = ON");
            m_connection.execute("PRAGMA ignore_check_constraints = OFF");
            if (m_bulk) {
                m_connection.execute("PRAGMA threads = 0");
                m_connection.execute("PRAGMA wal_autocheckpoint = 1000");
                restoreCacheSize();
            }
        } catch (const SqliteError &) {
            // The connection is closed right after an import; nothing to keep.
        }
    }

    void prepareIndexRebuild()
    {
        m_connection.execute(
            QStringLiteral("PRAGMA cache_size = %1").arg(-indexSortCacheKiB).toUtf8().constData());
        m_connection.execute(
            QStringLiteral("PRAGMA threads = %1").arg(indexSortThreads).toUtf8().constData());
    }

    ImportSettings(const ImportSettings &) = delete;
    ImportSettings &operator=(const ImportSettings &) = delete;

private:
    void restoreCacheSize()
    {
        m_connection.execute(
            QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize).toUtf8().constData());
    }

    SqliteConnection &m_connection;
    bool m_bulk = false;
    qint64 m_cacheSize = -2000;
};

// What the reading thread of the second pass leaves behind.
struct ReadOutcome
{
    qint64 rowsRead = 0;
    SourceError error;
    std::exception_ptr exception;
};

class ImportRun
{
public:
    ImportRun(const ImportRequest &request, const ImportProgressCallback &progress)
        : m_request(request)
        , m_progress(progress)
        , m_table(tableSpec(request.table))
    {
        m_result.filePath = request.filePath;
        m_result.tableName = m_table.name;
    }

    ImportResult run();

private:
    bool openSource();
    bool mapColumns(const QStringList &headers);
    bool applyOrderKeyColumn(const QStringList &headers);
    bool checkDerivations();
    bool planDerivation();
    bool analyse();
    bool applyDecisions(const ColumnAnalysis::Outcome &outcome);
    bool sameDecisions(const std::vector<ColumnDecision> &decisions) const;
    bool openProject();
    bool write();
    void readAndValidate(const RowValidator &validator, const SnapshotFeed *feed,
                         ColumnAnalysis *rest, BatchQueue &queue, ReadOutcome &outcome) const;
    bool confirmDecisions();
    bool report(ImportProgress::Phase phase, qint64 bytesDone);

    void fail(ImportError::Kind kind, const QString &message, qint64 line = 0, int column = 0);
    void failWithSource(const SourceError &error);
    void cancel();

    bool awaitHash();
    QString reimportWarning();
    void loadKnownCustomers();
    std::vector<std::optional<qint64>> blankDefaults();
    qint64 insertLogRow();
    QString mappingJson() const;

    const ImportRequest &m_request;
    const ImportProgressCallback &m_progress;
    const TableSpec &m_table;
    ImportResult m_result;

    ImportSource m_source;
    std::unique_ptr<RecordSource> m_reader; // the first pass's
    QStringList m_headers;
    FieldMapping m_mapping;
    std::vector<ColumnDecision> m_decisions;
    QStringList m_analysisWarnings; // of the decisions in m_decisions
    // The first pass's column evidence. When it stopped after its first rows
    // (m_analysedRows of them), the import pass adds the rest and checks the
    // decisions against the whole file's.
    std::unique_ptr<ColumnAnalysis> m_analysis;
    qint64 m_analysedRows = 0;
    bool m_decisionsProvisional = false;
    bool m_mustRestart = false; // the whole file decided otherwise than its first rows
    // The user's answers (request or profile), not the decisions made from them.
    std::optional<ValueParsers::DateOrder> m_requestedDateOrder;
    std::optional<ValueParsers::DecimalSeparator> m_requestedDecimalSeparator;
    QString m_reimportWarning;
    qint64 m_sourceBytes = 0; // the reader's scale: file bytes, or the sheet's compressed bytes
    qint64 m_bytesBeforeImport = 0; // progress scale: what the passes before this one read
    qint64 m_bytesTotal = 0;
    FileHasher m_hasher;

    std::unique_ptr<ProjectStore> m_store;
    bool m_createdProject = false;
    bool m_bulk = false; // a file of bulkModeMinimumBytes and more
    KeySet m_knownCustomers;
    RowDerivation m_derivation;
};

// The customers an import of contacts or orders creates
// (DerivationOptions::createCustomers): each signed up on its first event in
// the file.
class ImpliedCustomers
{
public:
    ImpliedCustomers(const QStringList &fields, const TableSpec &table)
    {
        m_customerCell = int(fields.indexOf(QLatin1String("customer_id")));
        for (const FieldSpec &field : table.fields) {
            if (field.type == FieldType::Date && field.required && field.isStored()) {
                m_dateCell = int(fields.indexOf(QString(field.name)));
                break;
            }
        }
    }

    // The batch's rows about to be written that name an implied customer.
    void collect(const RowBatch &batch)
    {
        if (m_customerCell < 0 || m_dateCell < 0)
            return;
        for (const RowBatch::Row &row : batch.rows) {
            if (!row.impliedCustomer || row.rejection >= 0 || row.mergedIntoOrder)
                continue;
            const RowBatch::Cell &customer = batch.cells[size_t(row.firstCell + m_customerCell)];
            const RowBatch::Cell &date = batch.cells[size_t(row.firstCell + m_dateCell)];
            if (customer.type != RowBatch::Cell::Type::Text
                || date.type != RowBatch::Cell::Type::Text)
                continue;
            const QByteArray id(batch.textAt(customer.offset), customer.size);
            const QByteArray day(batch.textAt(date.offset), date.size);
            auto found = m_firstEvent.find(id);
            if (found == m_firstEvent.end()) {
                m_firstEvent.insert(id, day);
                m_order.push_back(id);
            } else if (day < found.value()) {
                found.value() = day;
            }
        }
    }

    // Inserts them, in the order they first appeared; returns how many.
    qint64 write(SqliteConnection &connection) const
    {
        SqliteStatement insert = connection.prepare(
            "INSERT INTO customers (customer_id, signup_date, implied) VALUES (?, ?, 1)");
        for (const QByteArray &id : m_order) {
            insert.bind(1, QString::fromUtf8(id));
            insert.bind(2, QString::fromUtf8(m_firstEvent.value(id)));
            insert.execute();
        }
        return qint64(m_order.size());
    }

private:
    int m_customerCell = -1;
    int m_dateCell = -1;
    QHash<QByteArray, QByteArray> m_firstEvent;
    std::vector<QByteArray> m_order;
};

void ImportRun::fail(ImportError::Kind kind, const QString &message, qint64 line, int column)
{
    m_result.ok = false;
    m_result.error.kind = kind;
    m_result.error.filePath = QDir::toNativeSeparators(m_request.filePath);
    m_result.error.sheet
        = m_source.kind() == ImportSource::Kind::Workbook ? m_source.sheetName() : QString();
    m_result.error.line = line;
    m_result.error.column = column;
    m_result.error.message = message;
}

void ImportRun::failWithSource(const SourceError &error)
{
    fail(ImportError::Kind::Source, error.message, error.line, error.column);
    m_result.error.source = error;
    if (!error.sheet.isEmpty())
        m_result.error.sheet = error.sheet;
}

void ImportRun::cancel()
{
    fail(ImportError::Kind::Cancelled, Importer::tr("The import was cancelled; nothing changed."));
    m_result.error.filePath.clear();
    m_result.cancelled = true;
}

bool ImportRun::report(ImportProgress::Phase phase, qint64 bytesDone)
{
    if (!m_progress)
        return true;
    ImportProgress progress;
    progress.phase = phase;
    progress.bytesDone = bytesDone;
    progress.bytesTotal = m_bytesTotal;
    return m_progress(progress);
}

bool ImportRun::openSource()
{
    SourceError error;
    m_reader = m_source.open(m_request.filePath, m_request.sheet, m_request.csvFormat, &error);
    if (!m_reader) {
        failWithSource(error);
        return false;
    }
    m_result.sheet = m_source.sheetName();
    if (m_source.kind() == ImportSource::Kind::Text && !m_request.sheet.isEmpty()) {
        m_result.warnings.append(
            Importer::tr("The file is delimited text, not a workbook: the sheet \"%1\" was "
                         "ignored.")
                .arg(m_request.sheet));
    }
    m_headers = m_reader->headers();
    m_sourceBytes = m_reader->totalBytes();
    m_bytesTotal = 2 * m_sourceBytes; // until the first pass knows how far it reads
    return true;
}

bool ImportRun::mapColumns(const QStringList &headers)
{
    if (m_request.mapping) {
        if (m_request.mapping->table != m_table.name) {
            fail(
                ImportError::Kind::InvalidRequest,
                Importer::tr("The mapping profile \"%1\" is for the %2 table, not for %3.")
                    .arg(m_request.mapping->name, m_request.mapping->table, QString(m_table.name)));
            return false;
        }
        QStringList unmatched;
        m_mapping = m_request.mapping->rebind(headers, &unmatched);
        if (!unmatched.isEmpty()) {
            m_result.warnings.append(
                Importer::tr("Columns of the mapping profile not found in the file: %1.")
                    .arg(unmatched.join(QLatin1String(", "))));
        }
    } else {
        m_mapping = HeaderMatcher::match(headers, m_table.table).mapping();
    }
    m_mapping.derivations.overrideWith(m_request.derivations);
    if (!applyOrderKeyColumn(headers))
        return false;
    // Rows with a quantity and a unit price but no amount are order lines:
    // when they have an order key, its lines are one order unless the
    // profile says otherwise (else all but the first line of each order
    // would be rejected as duplicates).
    if (m_table.table == CanonicalTable::Orders && !m_mapping.derivations.orderLines
        && m_mapping.columnOf(u"amount") < 0 && m_mapping.columnOf(u"quantity") >= 0
        && m_mapping.columnOf(u"unit_price") >= 0 && m_mapping.columnOf(u"order_id") >= 0)
        m_mapping.derivations.orderLines = true;
    if (!checkDerivations())
        return false;
    const QStringList missing = m_mapping.missingRequiredFields();
    if (missing.isEmpty())
        return true;
    QString message = HeaderMatcher::missingFieldsMessage(m_table.table, missing, headers);
    const QStringList sheets = m_source.sheetNames();
    if (sheets.size() > 1) {
        QStringList quoted;
        for (const QString &sheet : sheets)
            quoted.append(QLatin1Char('"') + sheet + QLatin1Char('"'));
        message += QLatin1Char(' ')
            + Importer::tr("This was the sheet \"%1\"; the workbook's sheets are %2 (choose one "
                           "with --sheet on the command line).")
                  .arg(m_source.sheetName(), quoted.join(QLatin1String(", ")));
    }
    fail(ImportError::Kind::MissingFields, message);
    return false;
}

// --order-lines COLUMN: that column feeds order_id and groups the lines.
bool ImportRun::applyOrderKeyColumn(const QStringList &headers)
{
    if (m_request.orderKeyColumn.isEmpty())
        return true;
    const QString wanted = HeaderMatcher::normalize(m_request.orderKeyColumn);
    int found = -1;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headers[i] == m_request.orderKeyColumn
            || (found < 0 && HeaderMatcher::normalize(headers[i]) == wanted))
            found = int(i);
    }
    if (found < 0) {
        QStringList quoted;
        for (const QString &header : headers)
            quoted.append(QLatin1Char('"') + header + QLatin1Char('"'));
        fail(ImportError::Kind::InvalidRequest,
             Importer::tr("The order key column \"%1\" is not a column of the file; its "
                          "columns are %2.")
                 .arg(m_request.orderKeyColumn, quoted.join(QLatin1String(", "))));
        return false;
    }
    for (FieldMapping::Column &column : m_mapping.columns) {
        if (column.field == QLatin1String("order_id"))
            column.field.clear();
        if (column.index == found)
            column.field = QStringLiteral("order_id");
    }
    m_mapping.derivations.orderLines = true;
    return true;
}

// Settings that do not fit the table, refused before anything is read.
bool ImportRun::checkDerivations()
{
    const DerivationOptions &options = m_mapping.derivations;
    // A Source field that derives nothing stays what it was: an extra
    // attribute, as written. Tenure when the file has signup dates; quantity
    // and unit price when it has amounts; a churn flag when it has churn
    // dates, or when no snapshot date makes it one (said in a warning).
    const auto mapped = [this](QStringView field) { return m_mapping.columnOf(field) >= 0; };
    const DerivationOptions::UsedSources used = options.usedSources(mapped);
    for (FieldMapping::Column &column : m_mapping.columns) {
        const bool unused = (column.field == QLatin1String("tenure") && !used.tenure)
            || (column.field == QLatin1String("churned") && !used.churnFlag)
            || ((column.field == QLatin1String("quantity")
                 || column.field == QLatin1String("unit_price"))
                && !used.orderLines);
        if (!unused)
            continue;
        if (column.field == QLatin1String("churned") && !mapped(u"churn_date")) {
            m_result.warnings.append(
                Importer::tr("The column \"%1\" looks like a churn flag; it was kept as an extra "
                             "attribute. To turn it into churn dates, give the day the extract "
                             "was taken (--snapshot YYYY-MM-DD on the command line, \"A snapshot "
                             "extract, taken on\" in the import wizard).")
                    .arg(column.header));
        }
        column.field.clear();
    }
    if (options.createsCustomers() && m_table.table == CanonicalTable::Customers) {
        fail(ImportError::Kind::InvalidRequest,
             Importer::tr("Creating customers applies to imports of contacts, orders or "
                          "mentions, not to the customers table itself."));
        return false;
    }
    if (options.createsCustomers() && !m_table.field(u"customer_id")) {
        fail(ImportError::Kind::InvalidRequest,
             Importer::tr("The %1 table names no customers; there are none to create.")
                 .arg(QString(m_table.name)));
        return false;
    }
    if (options.groupsOrderLines()) {
        if (m_table.table != CanonicalTable::Orders) {
            fail(ImportError::Kind::InvalidRequest,
                 Importer::tr("Order lines can only be imported into the orders table, not "
                              "into %1.")
                     .arg(QString(m_table.name)));
            return false;
        }
        if (m_mapping.columnOf(u"order_id") < 0) {
            fail(ImportError::Kind::InvalidRequest,
                 Importer::tr("Order lines are grouped into orders by an order key: choose the "
                              "column that holds it (--order-lines COLUMN on the command line; in "
                              "the import wizard, the column mapped to the order id)."));
            return false;
        }
    }
    return true;
}

bool ImportRun::applyDecisions(const ColumnAnalysis::Outcome &outcome)
{
    if (!outcome.ok) {
        fail(ImportError::Kind::AmbiguousDates, outcome.errorMessage, outcome.errorLine,
             outcome.errorColumn);
        return false;
    }
    m_decisions = outcome.decisions;
    m_analysisWarnings = outcome.warnings;
    if (outcome.dateOrder)
        m_mapping.dateOrder = outcome.dateOrder;
    if (outcome.decimalSeparator)
        m_mapping.decimalSeparator = outcome.decimalSeparator;
    m_result.mapping = m_mapping;
    return true;
}

bool ImportRun::sameDecisions(const std::vector<ColumnDecision> &decisions) const
{
    return std::equal(decisions.begin(), decisions.end(), m_decisions.begin(), m_decisions.end(),
                      [](const ColumnDecision &a, const ColumnDecision &b) {
                          return a.column == b.column && a.field == b.field
                              && a.dateOrder == b.dateOrder
                              && a.decimalSeparator == b.decimalSeparator;
                      });
}

bool ImportRun::analyse()
{
    m_hasher.start(m_request.filePath);
    m_analysis = std::make_unique<ColumnAnalysis>(m_table, m_mapping, m_headers);
    m_requestedDateOrder = m_request.dateOrder ? m_request.dateOrder : m_mapping.dateOrder;
    m_requestedDecimalSeparator = m_mapping.decimalSeparator;
    SourceRecord record;
    qint64 rows = 0;
    bool complete = true;
    while (m_reader->next(record)) {
        m_analysis->add(record);
        if (++rows % progressInterval == 0
            && !report(ImportProgress::Phase::Analysing, m_reader->bytesRead())) {
            m_hasher.cancel();
            cancel();
            return false;
        }
        // Enough rows to decide: the import pass checks the rest.
        if (rows == m_request.analysisRows
            && m_analysis->decide(m_requestedDateOrder, m_requestedDecimalSeparator).ok) {
            complete = false;
            break;
        }
    }
    if (m_reader->error().isError()) {
        m_hasher.cancel();
        failWithSource(m_reader->error());
        return false;
    }
    m_analysedRows = rows;
    m_decisionsProvisional = !complete;
    const qint64 analysedBytes = complete ? m_sourceBytes : m_reader->bytesRead();
    m_reader.reset();
    if (!applyDecisions(m_analysis->decide(m_requestedDateOrder, m_requestedDecimalSeparator))) {
        m_hasher.cancel();
        return false;
    }
    m_bytesBeforeImport = analysedBytes;
    m_bytesTotal = analysedBytes + m_sourceBytes;
    // The file's SHA-256 goes on being computed beside the import; it is
    // needed only when the import is recorded (awaitHash()).
    if (!report(ImportProgress::Phase::Analysing, m_bytesBeforeImport)) {
        cancel();
        return false;
    }
    return true;
}

bool ImportRun::openProject()
{
    m_createdProject = !QFileInfo::exists(m_request.projectPath);
    // A project of that name deleted a moment ago may still be closing; its
    // connection must not outlive it into the new one's -wal file.
    if (m_createdProject)
        CheckpointQueue::waitFor(m_request.projectPath);
    StoreError error;
    m_store = ProjectStore::open(m_request.projectPath, ProjectStore::OpenMode::CreateIfMissing,
                                 &error, ProjectStore::Check::Schema);
    if (!m_store) {
        m_createdProject = false; // nothing was left behind
        fail(ImportError::Kind::Project, error.message);
        m_result.error.filePath = error.filePath;
        return false;
    }
    return true;
}

// The file's SHA-256, computed on a thread of its own since the first pass:
// on a file of 250 MB it takes a quarter of a second, which the import no
// longer waits for before it starts.
bool ImportRun::awaitHash()
{
    if (!m_result.sha256.isEmpty())
        return true; // the first write() of a restarted import waited already
    m_result.sha256 = m_hasher.result();
    if (!m_result.sha256.isEmpty())
        return true;
    SourceError error;
    error.kind = SourceError::Kind::CannotOpen;
    error.filePath = m_request.filePath;
    error.message = Importer::tr("The file could not be read to the end. Check the disk "
                                 "or network drive and try again.");
    failWithSource(error);
    return false;
}

QString ImportRun::reimportWarning()
{
    SqliteStatement statement = m_store->connection().prepare(
        "SELECT id, table_name, imported_at FROM import_log WHERE sha256 = ? "
        "ORDER BY id DESC LIMIT 1");
    statement.bind(1, m_result.sha256);
    if (!statement.step())
        return QString();
    const QDateTime when = QDateTime::fromString(statement.text(2), Qt::ISODate);
    return Importer::tr("This file was already imported on %1 into %2 (import %3, same SHA-256).")
        .arg(when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                            : statement.text(2),
             statement.text(1))
        .arg(statement.integer(0));
}

// Each customer with their index in the engine's columns (ProjectData's
// rule: the rank by id among those with a signup day), which the rows naming
// them carry to the snapshot feed.
//
// Each key goes to a random slot of a table of tens of megabytes: the keys
// are hashed a few rows ahead and their slots prefetched, so the cache
// misses overlap (at a million customers, half of an import of 100 000
// contacts went to inserting them one miss after another).
void ImportRun::loadKnownCustomers()
{
    SqliteConnection &connection = m_store->connection();
    m_knownCustomers.reserve(connection.queryInteger("SELECT count(*) FROM customers"));
    SqliteStatement statement
        = connection.prepare("SELECT customer_id, signup_date FROM customers ORDER BY id");
    struct Pending
    {
        std::string key; // SQLite's text is gone at the next step
        std::int32_t number = -1;
        std::uint32_t hash = 0;
    };
    constexpr std::size_t ahead = 16;
    std::array<Pending, ahead> pending;
    std::size_t rows = 0;
    std::int32_t analysed = 0;
    const auto insert = [this](const Pending &row) {
        m_knownCustomers.insert(QByteArrayView(row.key.data(), qsizetype(row.key.size())),
                                row.number, row.hash);
    };
    while (statement.step()) {
        Pending &row = pending[rows % ahead];
        if (rows >= ahead)
            insert(row); // the row read `ahead` steps ago
        const bool hasSignup = parseIsoDay(statement.utf8(1), statement.textSize(1)) >= 0;
        const char *key = statement.utf8(0); // never NULL in the schema; a damaged file aside
        row.key.assign(key ? key : "", key ? std::size_t(statement.textSize(0)) : 0);
        row.number = hasSignup ? analysed++ : -1;
        row.hash = KeySet::hashOf(QByteArrayView(row.key.data(), qsizetype(row.key.size())));
        m_knownCustomers.prefetch(row.hash);
        ++rows;
    }
    for (std::size_t i = rows > ahead ? rows - ahead : 0; i < rows; ++i)
        insert(pending[i % ahead]);
}

// The value a blank optional field gets: the column's default when the schema
// forbids NULL in it (social_engaged INTEGER NOT NULL DEFAULT 0).
std::vector<std::optional<qint64>> ImportRun::blankDefaults()
{
    std::vector<std::optional<qint64>> defaults(m_decisions.size());
    SqliteStatement statement = m_store->connection().prepare(
        QStringLiteral("PRAGMA table_info(%1)").arg(QString(m_table.name)));
    while (statement.step()) {
        const QString name = statement.text(1);
        const bool notNull = statement.integer(3) != 0;
        bool isInteger = false;
        const qint64 value = statement.text(4).toLongLong(&isInteger);
        if (!notNull || !isInteger)
            continue;
        for (size_t i = 0; i < m_decisions.size(); ++i) {
            if (m_decisions[i].field->name == name && !m_decisions[i].field->required)
                defaults[i] = value;
        }
    }
    return defaults;
}

QString ImportRun::mappingJson() const
{
    return QString::fromUtf8(
        QJsonDocument(m_mapping.toJsonObject()).toJson(QJsonDocument::Compact));
}

qint64 ImportRun::insertLogRow()
{
    SqliteConnection &connection = m_store->connection();
    const QFileInfo info(m_request.filePath);
    SqliteStatement statement = connection.prepare(
        "INSERT INTO import_log (table_name, file_name, file_path, file_size, sha256, sheet, "
        "imported_at, mapping_json, rows_read, rows_imported, rows_rejected) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)");
    statement.bind(1, QString(m_table.name));
    statement.bind(2, info.fileName());
    statement.bind(3, QDir::toNativeSeparators(info.absoluteFilePath()));
    statement.bind(4, info.size());
    statement.bind(5, QString(QLatin1String(""))); // set with the counts, once known
    if (m_source.kind() == ImportSource::Kind::Workbook)
        statement.bind(6, m_source.sheetName());
    else
        statement.bindNull(6);
    statement.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    statement.bind(8, mappingJson());
    statement.execute();
    return connection.lastInsertRowId();
}

// `rest`, when given, gets every record past the first pass's rows; `feed`, when
// given, the values of every checked row (SnapshotFeed::prepare).
void ImportRun::readAndValidate(const RowValidator &validator, const SnapshotFeed *feed,
                                ColumnAnalysis *rest, BatchQueue &queue, ReadOutcome &outcome) const
{
    try {
        SourceError error;
        const std::unique_ptr<RecordSource> reader = m_source.reopen(&error);
        if (!reader) {
            outcome.error = error;
            queue.finish();
            return;
        }
        RowBatch *batch = queue.acquire();
        SourceRecord record;
        while (batch && reader->next(record)) {
            if (++outcome.rowsRead > m_analysedRows && rest)
                rest->add(record); // before addRow, which takes the fields
            validator.addRow(record, *batch);
            if (batch->isFull()) {
                validator.checkCustomers(*batch);
                if (feed)
                    feed->prepare(*batch);
                batch->bytesRead = reader->bytesRead();
                queue.push(batch);
                batch = queue.acquire();
            }
        }
        if (batch) {
            validator.checkCustomers(*batch);
            if (feed)
                feed->prepare(*batch);
            outcome.error = reader->error();
            batch->bytesRead = reader->bytesRead();
            queue.push(batch);
        }
    } catch (...) {
        outcome.exception = std::current_exception();
    }
    queue.finish();
}

bool ImportRun::planDerivation()
{
    QString error;
    std::optional<RowDerivation> derivation
        = RowDerivation::plan(m_table, m_decisions, m_mapping.derivations, &error);
    if (!derivation) {
        fail(ImportError::Kind::InvalidRequest, error);
        return false;
    }
    m_derivation = std::move(*derivation);
    m_result.derivations = RowDerivation::describe(m_mapping, m_headers);
    m_result.mapping = m_mapping;
    return true;
}

// After the import pass of provisional decisions: the whole file's evidence
// is in, and must decide as the first rows did.
bool ImportRun::confirmDecisions()
{
    if (!m_decisionsProvisional)
        return true;
    m_decisionsProvisional = false;
    const ColumnAnalysis::Outcome whole
        = m_analysis->decide(m_requestedDateOrder, m_requestedDecimalSeparator);
    if (whole.ok && sameDecisions(whole.decisions)) {
        m_analysisWarnings = whole.warnings;
        return true;
    }
    m_mustRestart = applyDecisions(whole);
    return false;
}

bool ImportRun::write()
{
    SqliteConnection &connection = m_store->connection();
    const bool referencesCustomers
        = m_table.table != CanonicalTable::Customers && m_table.field(u"customer_id");

    std::vector<int> extraColumns;
    QStringList extraNames;
    for (const FieldMapping::Column &column : m_mapping.columns) {
        if (column.field.isEmpty()) {
            extraColumns.push_back(column.index);
            extraNames.append(m_headers.value(column.index));
        }
    }
    RowValidator::Options options;
    options.excelSerials = m_source.kind() == ImportSource::Kind::Workbook;
    options.excel1904 = m_source.isDate1904();
    options.knownCustomers = referencesCustomers ? &m_knownCustomers : nullptr;
    options.createCustomers = m_mapping.derivations.createsCustomers();
    options.derivation = &m_derivation;

    m_bulk = QFileInfo(m_request.filePath).size() >= m_request.bulkModeMinimumBytes;
    ImportSettings settings(connection, m_bulk);
    SqliteTransaction transaction(connection);
    // Inside the transaction, which holds the write lock: no other writer can
    // add or change customers until the import commits.
    if (referencesCustomers)
        loadKnownCustomers();
    // Keys as salted hashes: asked for, or the project already hashes.
    QString refusal;
    const bool hadSalt = !CustomerKeyHash::projectSalt(connection).isEmpty();
    const CustomerKeyHash keyHash(CustomerKeyHash::saltForImport(
        connection, m_mapping.derivations.hashesCustomerKeys(), &refusal));
    if (!refusal.isEmpty()) {
        fail(ImportError::Kind::InvalidRequest, refusal);
        return false;
    }
    if (keyHash.isActive()) {
        options.keyHash = &keyHash;
        const QString hashed = Importer::tr(
            "Customer keys are stored as salted hashes, never as written (this project hashes "
            "every key the same way).");
        if (!m_result.derivations.contains(hashed)) // once, also when the import starts again
            m_result.derivations.append(hashed);
    }
    const RowValidator validator(m_table, m_decisions, blankDefaults(), extraColumns, m_headers,
                                 options);

    QStringList storedFields;
    for (const ColumnDecision &decision : m_decisions) {
        if (decision.field->isStored())
            storedFields.append(decision.field->name);
    }
    if (m_derivation.derivesAnything())
        storedFields = m_derivation.outputFields();
    const auto columnOf = [this](QLatin1String field) {
        for (const ColumnDecision &decision : m_decisions) {
            if (decision.field->name == field)
                return decision.column + 1;
        }
        return 0;
    };
    std::unique_ptr<OrderLineAssembler> assembler;
    if (m_mapping.derivations.groupsOrderLines()) {
        OrderLineAssembler::Layout layout;
        layout.fields = storedFields;
        layout.keyColumn = columnOf(QLatin1String("order_id"));
        layout.keyHeader = m_headers.value(layout.keyColumn - 1);
        layout.customerColumn = columnOf(QLatin1String("customer_id"));
        layout.customerHeader = m_headers.value(layout.customerColumn - 1);
        layout.cancellationPrefix = m_mapping.derivations.prefixOrNone();
        assembler = std::make_unique<OrderLineAssembler>(layout);
    }

    ImportWriter::Setup setup;
    setup.table = &m_table;
    setup.fields = assembler ? assembler->fields() : storedFields;
    setup.keyCell = int(setup.fields.indexOf(QString(m_table.keyField)));
    setup.keyColumn = columnOf(m_table.keyField);
    ImpliedCustomers implied(storedFields, m_table);
    setup.headers = m_headers;
    setup.extraNames = extraNames;
    setup.policy = m_request.duplicatePolicy;
    setup.importId = insertLogRow();
    setup.recordDelimiter = m_source.recordDelimiter();
    setup.reportedRejections = m_request.reportedRejections;
    setup.filePath = QDir::toNativeSeparators(m_request.filePath);
    setup.sheet
        = m_source.kind() == ImportSource::Kind::Workbook ? m_source.sheetName() : QString();
    m_result.importId = setup.importId;

    // Bulk mode: secondary indexes (the project schema has none on the event
    // tables; users may add their own with other tools) are built once at the
    // end, sorted, instead of updated row by row in random order. Inside the
    // transaction, so a rollback restores them. (UNIQUE constraints' indexes
    // stay: they find the duplicates.)
    QStringList indexes;
    if (m_bulk) {
        SqliteStatement statement = connection.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL");
        statement.bind(1, QString(m_table.name));
        QStringList names;
        while (statement.step()) {
            names.append(statement.text(0));
            indexes.append(statement.text(1));
        }
        for (const QString &name : std::as_const(names))
            connection.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }

    // One move of the data revision for the whole file, not one per row.
    QStringList writtenTables {QString(m_table.name)};
    if (options.createCustomers)
        writtenTables.append(QStringLiteral("customers"));
    DataRevision::BulkWrite revision(connection, writtenTables);
    const ImportedRows importedRows(connection, writtenTables);
    // The engine's column snapshot grows with the rows (SnapshotFeed).
    const std::unique_ptr<SnapshotFeed> feed
        = SnapshotFeed::begin(connection, m_table, setup.fields);
    setup.feed = feed.get();
    ImportWriter writer(connection, setup);
    // SQLite writes a bulk import's pages into the -wal file as its cache
    // fills; the checkpoint after the commit syncs that file first.
    std::optional<WriteBehind> walWriteBehind;
    if (m_bulk)
        walWriteBehind.emplace(m_request.projectPath + QLatin1String("-wal"));
    BatchQueue queue(batchesInFlight);
    ReadOutcome outcome;
    ColumnAnalysis *rest = m_decisionsProvisional ? m_analysis.get() : nullptr;
    std::thread reading([&] { readAndValidate(validator, feed.get(), rest, queue, outcome); });
    bool ok = true;
    try {
        while (RowBatch *batch = queue.pop()) {
            m_result.blankRows += batch->blankRows;
            if (assembler)
                assembler->add(*batch);
            implied.collect(*batch);
            if (!writer.write(*batch)) {
                m_result.error = writer.error();
                ok = false;
                break;
            }
            const qint64 done = m_bytesBeforeImport + batch->bytesRead;
            queue.recycle(batch);
            if (!report(ImportProgress::Phase::Importing, done)) {
                cancel();
                ok = false;
                break;
            }
        }
    } catch (...) {
        queue.cancel();
        reading.join();
        throw;
    }
    queue.cancel();
    reading.join();
    if (outcome.exception)
        std::rethrow_exception(outcome.exception);
    if (!ok)
        return false;
    if (outcome.error.isError()) {
        failWithSource(outcome.error);
        return false;
    }
    if (!confirmDecisions())
        return false; // rolls back; run() starts again when m_mustRestart
    if (!report(ImportProgress::Phase::Finishing, m_bytesTotal)) {
        cancel();
        return false;
    }
    if (assembler) {
        assembler->finish();
        RowBatch orders;
        while (assembler->next(orders)) {
            implied.collect(orders);
            if (!writer.write(orders)) {
                m_result.error = writer.error();
                return false;
            }
        }
        const OrderLineAssembler::Counts counts = assembler->counts();
        m_result.orderLines = counts.lines;
        m_result.cancellationLines = counts.cancellationLines;
        m_result.cancellationsNetted = counts.cancellationsNetted;
        m_result.negativeOrders = counts.negativeOrders;
    }
    if (options.createCustomers)
        m_result.customersCreated = implied.write(connection);
    if (feed && m_result.customersCreated > 0)
        feed->abandon(); // customers added beside the rows: the next load rebuilds

    if (m_bulk)
        settings.prepareIndexRebuild();
    if (!m_request.dryRun) { // a rollback restores the dropped indexes
        for (const QString &sql : std::as_const(indexes))
            connection.execute(sql);
    }

    if (!awaitHash())
        return false; // rolls back
    m_reimportWarning = reimportWarning();
    m_result.rowsRead = outcome.rowsRead;
    writer.addCountsTo(&m_result);
    importedRows.record(connection, m_result.importId);
    SqliteStatement update = connection.prepare(
        "UPDATE import_log SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
        "undoable = 1, created_salt = ?, record_delimiter = ?, sha256 = ? WHERE id = ?");
    update.bind(1, m_result.rowsRead);
    update.bind(2, m_result.rowsImported);
    update.bind(3, m_result.rowsRejected);
    update.bind(4, qint64(!hadSalt && keyHash.isActive()));
    update.bind(5, QString(setup.recordDelimiter));
    update.bind(6, m_result.sha256);
    update.bind(7, m_result.importId);
    update.execute();
    revision.finish();
    if (feed)
        feed->finish(connection);
    if (!m_request.saveMappingAs.isEmpty())
        MappingProfiles::save(connection, m_request.saveMappingAs, m_mapping);
    if (m_request.dryRun)
        m_result.importId = 0; // the transaction rolls back
    else
        transaction.commit();
    m_result.ok = true;
    return true;
}

ImportResult ImportRun::run()
{
    if (!openSource() || !mapColumns(m_headers) || !analyse() || !planDerivation()
        || !openProject())
        return m_result;
    try {
        if (!write() && m_mustRestart) {
            // The rows read so far were rolled back; read the file once more
            // with the whole file's decisions.
            m_mustRestart = false;
            m_result.blankRows = 0;
            m_result.importId = 0;
            m_knownCustomers = KeySet();
            m_bytesBeforeImport += m_sourceBytes;
            m_bytesTotal += m_sourceBytes;
            write();
        }
        m_result.warnings += m_analysisWarnings;
        if (!m_reimportWarning.isEmpty())
            m_result.warnings.append(m_reimportWarning);
    } catch (const SqliteError &error) {
        fail(ImportError::Kind::Storage,
             error.isCorrupt()
                 ? Importer::tr("The project file is damaged (%1). Nothing was imported; "
                                "restore the project from a backup.")
                       .arg(error.message())
                 : Importer::tr("The project could not be written (%1). Nothing was "
                                "imported.")
                       .arg(error.message()));
        m_result.error.filePath = QDir::toNativeSeparators(m_request.projectPath);
    } catch (const std::exception &error) {
        fail(ImportError::Kind::Storage,
             Importer::tr("The import failed (%1). Nothing was imported.")
                 .arg(QString::fromLocal8Bit(error.what())));
    }
    if (m_result.ok && !m_request.dryRun && m_bulk)
        CheckpointQueue::closeAfterCheckpoint(std::move(m_store));
    m_store.reset();
    if ((!m_result.ok || m_request.dryRun) && m_createdProject) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_request.projectPath + QLatin1String(suffix));
    }
    if (!m_result.ok) {
        m_result.rowsImported = 0;
        m_result.importId = 0;
    }
    return m_result;
}

} // namespace

ImportResult Importer::run(const ImportRequest &request, const ImportProgressCallback &progress)
{
    ImportRun run(request, progress);
    return run.run();
}
