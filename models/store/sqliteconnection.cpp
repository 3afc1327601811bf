#include "sqliteconnection.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

SqliteError::SqliteError(int code, QString message)
    : m_code(code)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{ }

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

int SqliteConnection::open(const QString &path, Access access)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
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
    sqlite3 *db = nullptr;
    const int code = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (code != SQLITE_OK) {
        // sqlite3_open_v2 allocates a handle even on failure, to carry the message.
        m_db = db;
        return code;
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
    return SQLITE_OK;
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
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(code));
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
        throw SqliteError(code, errorMessage());
    return SqliteStatement(m_db, statement);
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
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

void SqliteStatement::fail(int code) const
{
    throw SqliteError(code, QString::fromUtf8(sqlite3_errmsg(m_db)));
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
