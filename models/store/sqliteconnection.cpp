// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "schemaaudit.h"
#include "sidefiles.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace {

// Settings of the library itself, made once before its first use. Memory
// statistics off: with them, every allocation SQLite makes takes a
// process-wide mutex, which an import's writing thread otherwise pays on
// each of its millions of rows; nothing in the product reads them.
void configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

// SQLite's hard limits are made for databases an application trusts; a
// project file may come from anyone, so each connection lowers them
// ("Defense Against the Dark Arts", sqlite.org/security.html) to what the
// product itself needs, with a wide margin for real projects.
struct Limit
{
    int id;
    int value;
};
constexpr Limit limits[] = {
    // The largest value of a row, in bytes. The biggest the product writes are
    // the column snapshot's blobs, one per column: 256 MiB hold 32 million
    // 8-byte values (a larger snapshot is simply not kept, and the next load
    // reads the tables). A cell holds at most 32 767 characters.
    {SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024},
    // The product's longest statement, an import's multi-row INSERT, takes a
    // few kilobytes; the schema's statements are read under the same limit.
    {SQLITE_LIMIT_SQL_LENGTH, 1000 * 1000},
    // The widest table has 10 columns, the widest query a few more.
    {SQLITE_LIMIT_COLUMN, 500},
    // The data browser's filter ORs one LIKE per column: a depth of about 10.
    {SQLITE_LIMIT_EXPR_DEPTH, 200},
    // The product never attaches a database; a file cannot make it.
    {SQLITE_LIMIT_ATTACHED, 0},
    // The product's triggers (the data revision) do not fire others.
    {SQLITE_LIMIT_TRIGGER_DEPTH, 10},
    // The data browser's filter is a pattern: a line of text, escaped.
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 2000},
};

bool writes(SqliteConnection::Access access)
{
    return access == SqliteConnection::Access::ReadWrite
        || access == SqliteConnection::Access::ReadWriteCreate;
}

// Defensive mode (no writable_schema, journal_mode=OFF or writes to shadow
// tables); no function or virtual table with side effects run from the
// schema (trusted_schema off: triggers, views, CHECK, DEFAULT, generated
// columns and index expressions may call innocuous functions only); no
// views, which the product never creates nor reads; and on a connection that
// only reads, no triggers at all. A SQLite without these options fails here
// rather than running unprotected.
void harden(sqlite3 *db, SqliteConnection::Access access)
{
    const std::pair<int, int> settings[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, writes(access) ? 1 : 0},
    };
    for (const auto &[option, value] : settings) {
        int applied = -1;
        const int code = sqlite3_db_config(db, option, value, &applied);
        if (code != SQLITE_OK || applied != value)
            throw SqliteError(code == SQLITE_OK ? SQLITE_ERROR : code,
                              QStringLiteral("SQLite does not support option %1").arg(option));
    }
    for (const Limit &limit : limits)
        sqlite3_limit(db, limit.id, limit.value);
}

// A project in a folder this process cannot write, with no -wal and no -shm
// file beside it: SQLite cannot create the -shm index a WAL reader needs and
// refuses to read ("attempt to write a readonly database"). Nobody can be
// writing it either (a writer would need a -wal file there), so it is read
// as immutable.
bool cannotIndexWal(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && !QFileInfo(info.absolutePath()).isWritable()
        && !QFileInfo::exists(path + QLatin1String("-wal"))
        && !QFileInfo::exists(path + QLatin1String("-shm"));
}

QString failureMessage(sqlite3 *db, int code, const char *message,
                       const std::shared_ptr<const QString> &readOnlyReason)
{
    if (readOnlyReason && (code & 0xff) == SQLITE_READONLY)
        return *readOnlyReason;
    return QString::fromUtf8(message ? message : sqlite3_errmsg(db));
}

} // namespace

SqliteError::SqliteError(int code, QString message)
    : m_code(code)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{ }

bool SqliteError::isBusy() const
{
    return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED;
}

bool SqliteError::isCorrupt() const
{
    return (m_code & 0xff) == SQLITE_CORRUPT;
}

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_openError(std::move(other.m_openError))
    , m_readOnlyReason(std::move(other.m_readOnlyReason))
{ }

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_openError = std::move(other.m_openError);
        m_readOnlyReason = std::move(other.m_readOnlyReason);
    }
    return *this;
}

int SqliteConnection::open(const QString &path, Access access, Wait wait)
{
    configureLibrary();
    close();
    m_openError.clear();
    m_readOnlyReason.reset();
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        if (cannotIndexWal(path)) {
            flags |= SQLITE_OPEN_URI;
            name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
                + QByteArrayLiteral("?immutable=1");
        } else {
            SideFiles::noteReadOnlyOpen(path);
        }
        break;
    case Access::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
            + QByteArrayLiteral("?immutable=1");
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int code = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        // sqlite3_open_v2 allocates a handle even on failure, to carry the message.
        m_openError = errorMessage();
        close();
        return code;
    }
    sqlite3_extended_result_codes(m_db, 1);
    try {
        harden(m_db, access);
        sqlite3_busy_timeout(m_db, wait == Wait::No ? 0 : busyTimeoutMilliseconds);
        // Memory-mapped reads would let a damaged file fault the process;
        // cell_size_check catches a damaged page before it is used.
        execute("PRAGMA foreign_keys = ON; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0");
        if (writes(access)) {
            // With WAL this never damages the file: a crashed process loses
            // no commit, a power cut at most the last ones.
            execute("PRAGMA synchronous = NORMAL");
            const QString refusal = SchemaAudit::writeRefusal(*this);
            if (!refusal.isEmpty()) {
                close();
                m_openError = refusal;
                return SQLITE_READONLY;
            }
        }
    } catch (const SqliteError &error) {
        close();
        m_openError = error.message();
        return error.code();
    }
    return SQLITE_OK;
}

void SqliteConnection::openOrThrow(const QString &path, Access access, Wait wait)
{
    if (const int code = open(path, access, wait); code != SQLITE_OK)
        throw SqliteError(code, errorMessage());
}

void SqliteConnection::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = std::make_shared<const QString>(reason);
}

void SqliteConnection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteConnection::execute(const char *sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        const QString text = failureMessage(m_db, code, message, m_readOnlyReason);
        sqlite3_free(message);
        throw SqliteError(code, text);
    }
}

void SqliteConnection::execute(const QString &sql)
{
    execute(sql.toUtf8().constData());
}

qint64 SqliteConnection::queryInteger(const char *sql, qint64 fallback)
{
    SqliteStatement statement = prepare(sql);
    if (!statement.step() || statement.isNull(0))
        return fallback;
    return statement.integer(0);
}

QString SqliteConnection::queryText(const char *sql)
{
    SqliteStatement statement = prepare(sql);
    return statement.step() ? statement.text(0) : QString();
}

SqliteStatement SqliteConnection::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (code != SQLITE_OK)
        throw SqliteError(code, failureMessage(m_db, code, nullptr, m_readOnlyReason));
    return SqliteStatement(m_db, statement, m_readOnlyReason);
}

SqliteStatement SqliteConnection::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

bool SqliteConnection::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteConnection::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_openError;
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement,
                                 std::shared_ptr<const QString> readOnlyReason)
    : m_db(db)
    , m_statement(statement)
    , m_readOnlyReason(std::move(readOnlyReason))
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_readOnlyReason(std::move(other.m_readOnlyReason))
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_readOnlyReason = std::move(other.m_readOnlyReason);
    }
    return *this;
}

void SqliteStatement::fail(int code) const
{
    throw SqliteError(code, failureMessage(m_db, code, nullptr, m_readOnlyReason));
}

void SqliteStatement::bindNull(int index)
{
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bind(int index, double value)
{
    if (const int code = sqlite3_bind_double(m_statement, index, value); code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    const int code = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
    if (code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bindStaticText(int index, const char *utf8, int size)
{
    if (const int code = sqlite3_bind_text(m_statement, index, utf8, size, SQLITE_STATIC);
        code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bindStaticBlob(int index, const void *bytes, qint64 size)
{
    const int code = size > 0
        ? sqlite3_bind_blob64(m_statement, index, bytes, sqlite3_uint64(size), SQLITE_STATIC)
        : sqlite3_bind_zeroblob(m_statement, index, 0);
    if (code != SQLITE_OK)
        fail(code);
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail(code);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return QVariant();
    default:
        return text(column);
    }
}

const char *SqliteStatement::utf8(int column) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
}

int SqliteStatement::textSize(int column) const
{
    return sqlite3_column_bytes(m_statement, column);
}

SqliteTransaction::SqliteTransaction(SqliteConnection &connection, bool immediate)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    if (m_nested)
        m_connection.execute("SAVEPOINT nested");
    else
        m_connection.execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open) {
        try {
            if (m_nested)
                m_connection.execute("ROLLBACK TO nested; RELEASE nested");
            else
                m_connection.execute("ROLLBACK");
        } catch (const SqliteError &) {
            // The transaction may already have been rolled back by SQLite
            // itself (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void SqliteTransaction::commit()
{
    m_connection.execute(m_nested ? "RELEASE nested" : "COMMIT");
    m_open = false;
}
