// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement;

// Thrown by SqliteConnection and SqliteStatement when SQLite reports an error
// the caller did not expect (a bug or an I/O failure). User-facing outcomes
// (a file that is not a project, a busy database) are returned as StoreError
// by ProjectStore instead.
class SqliteError : public std::exception
{
public:
    SqliteError(int code, QString message);
    const char *what() const noexcept override { return m_utf8.constData(); }
    int code() const { return m_code; }
    QString message() const { return m_message; }
    // Another connection holds the file (SQLITE_BUSY or SQLITE_LOCKED): worth trying again.
    bool isBusy() const;
    bool isCorrupt() const; // a damaged page or file

private:
    int m_code;
    QString m_message;
    QByteArray m_utf8;
};

// A thin RAII owner of one sqlite3 connection. We talk to SQLite through its
// C API rather than QtSql: it lets the store open files without creating them
// (so a bad path changes nothing), and bulk writes through reused prepared
// statements run 2-3x faster than QSqlQuery.
//
// open() is the one way into a project file: every connection of the product
// gets the same busy timeout, pragmas and the hardening SQLite advises for
// files from elsewhere (a project may arrive by e-mail): defensive mode, an
// untrusted schema, lower limits, no views. A connection that may write is
// refused while the file holds triggers this program did not create, so that
// they never run on its writes (see SchemaAudit and docs/project-file.md).
//
// Thread rules: a connection is used by one thread at a time. Each worker
// opens its own connection to the project file; WAL lets readers and one
// writer proceed together, and the busy timeout serialises writers.
class SqliteConnection
{
public:
    enum class Access {
        ReadOnly,
        // Read-only, and promising SQLite that nobody writes the file meanwhile:
        // no locks and no -wal/-shm side files, so inspecting a file leaves
        // its folder exactly as it was. Only valid when no -wal file exists.
        ReadOnlyImmutable,
        ReadWrite,
        ReadWriteCreate,
    };

    enum class Wait {
        // Wait up to busyTimeoutMilliseconds for another connection's lock.
        UpToBusyTimeout,
        // Fail at once with SQLITE_BUSY: for work that is tried again later
        // (the assumptions editor retries) or may be skipped (a cache).
        No,
    };

    // With WAL, readers never wait for a writer; a statement waits only for
    // another writer's transaction or a checkpoint. The product's own short
    // writes (assumptions, a mapping profile, the column snapshot, one import
    // batch) take milliseconds to a second, so 10 s covers them with a wide
    // margin even on a slow disk, while a lock held longer (a large import
    // in another process, another program's open transaction) ends in
    // SQLITE_BUSY that the caller reports, instead of a worker that hangs.
    static constexpr int busyTimeoutMilliseconds = 10000;

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens and configures a connection (see the class comment). Returns the
    // SQLite result code (SQLITE_OK on success; SQLITE_READONLY when a
    // writable connection is refused because of foreign triggers); on failure
    // the connection stays closed and errorMessage() says why.
    int open(const QString &path, Access access, Wait wait = Wait::UpToBusyTimeout);
    // The same, throwing SqliteError (with SQLite's code) on failure.
    void openOrThrow(const QString &path, Access access, Wait wait = Wait::UpToBusyTimeout);
    void close();

    // Why writes fail on this connection, given in place of SQLite's "attempt
    // to write a readonly database" (a project opened read-only on purpose).
    void setReadOnlyReason(const QString &reason);
    bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements without results; throws SqliteError.
    void execute(const char *sql);
    void execute(const QString &sql);
    // Runs a query returning one value in its first row, or the fallback.
    qint64 queryInteger(const char *sql, qint64 fallback = 0);
    QString queryText(const char *sql);

    SqliteStatement prepare(const char *sql);
    SqliteStatement prepare(const QString &sql);

    bool inTransaction() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    QString errorMessage() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_openError;
    std::shared_ptr<const QString> m_readOnlyReason;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based, as in
// SQLite. step() returns true while a row is available.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement,
                    std::shared_ptr<const QString> readOnlyReason = {});
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    // Binds UTF-8 text the caller keeps alive until the next step() or reset().
    void bindStaticText(int index, const char *utf8, int size);
    // Binds bytes the caller keeps alive until the next step() or reset();
    // an empty range binds an empty blob, not NULL.
    void bindStaticBlob(int index, const void *bytes, qint64 size);

    bool step();
    void reset(); // also clears bindings
    void execute()
    {
        step();
        reset();
    }

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column as a typed QVariant: qint64, double, QString, or null.
    QVariant value(int column) const;
    // Pointer valid until the next step(); size in bytes via textSize().
    const char *utf8(int column) const;
    int textSize(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::shared_ptr<const QString> m_readOnlyReason;
};

// Begins a transaction on construction and rolls it back on destruction
// unless commit() was called, so an exception or early return leaves the
// project exactly as it was. Inside an outer transaction it nests as a
// savepoint, so a helper that saves its own rows can run within an import.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection &connection, bool immediate = true);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteConnection &m_connection;
    bool m_nested = false;
    bool m_open = true;
};
