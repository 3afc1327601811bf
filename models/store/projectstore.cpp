// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "projectschema.h"
#include "schemaaudit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

StoreError makeError(StoreError::Kind kind, const QString &path, const QString &message)
{
    return StoreError {kind, QDir::toNativeSeparators(path), message};
}

// Reads big-endian unsigned integers from the SQLite file header.
quint32 readBigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes[offset + i]);
    return value;
}

// Cheap checks on the raw bytes before SQLite sees the file: is it a SQLite
// database at all, and is it as long as its header says (a truncated copy)?
StoreError checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(StoreError::Kind::CannotRead, path,
                         StoreError::tr("The file cannot be read (%1).").arg(file.errorString()));
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0) {
        return makeError(StoreError::Kind::NotSqlite, path,
                         StoreError::tr("The file is empty, so it is not a SocialROI project."));
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return makeError(StoreError::Kind::NotSqlite, path,
                         StoreError::tr("This is not a SocialROI project: the file is not a "
                                        "SQLite database (is it a spreadsheet or a text file? "
                                        "Use Import for data files)."));
    }
    quint32 pageSize = readBigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = readBigEndian(header, 28, 4);
    const bool pageCountValid = readBigEndian(header, 24, 4) == readBigEndian(header, 92, 4);
    // A process killed while it copied its -wal file into the project (a
    // checkpoint) leaves a header that already counts the pages it had not
    // written yet; the -wal file still holds them all and SQLite completes
    // the copy on the next open, so the file is only short, not truncated.
    const bool walPending = QFileInfo(path + QLatin1String("-wal")).size() > 0;
    if (!walPending && pageCountValid && pageCount > 0 && size < qint64(pageSize) * pageCount) {
        return makeError(StoreError::Kind::Corrupt, path,
                         StoreError::tr("The project file is truncated: it holds %1 bytes but "
                                        "should hold %2. Restore it from a backup.")
                             .arg(size)
                             .arg(qint64(pageSize) * pageCount));
    }
    return {};
}

bool isMarkedReadOnly(const QFileInfo &info)
{
    // Root passes access(W_OK) on any file, so also honour the permission bits.
    return !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner);
}

bool isSystemFailure(int code);

// Validates an existing file on a read-only connection, so nothing is written
// to a file we are going to reject, and lists the schema objects we did not
// create.
StoreError validate(const QString &path, ProjectStore::Check depth,
                    std::vector<SchemaAudit::ForeignObject> *foreign)
{
    // Without a -wal file the main file is complete and nobody is writing
    // it, so an immutable connection reads it without creating side files.
    const bool walPresent = QFileInfo::exists(path + QLatin1String("-wal"));
    SqliteConnection connection;
    const auto access = walPresent ? SqliteConnection::Access::ReadOnly
                                   : SqliteConnection::Access::ReadOnlyImmutable;
    if (connection.open(path, access) != SQLITE_OK) {
        return makeError(
            StoreError::Kind::CannotRead, path,
            StoreError::tr("The file cannot be opened: %1.").arg(connection.errorMessage()));
    }
    try {
        const qint64 applicationId = connection.queryInteger("PRAGMA application_id");
        const qint64 version = connection.queryInteger("PRAGMA user_version");
        if (applicationId != ProjectSchema::applicationId) {
            return makeError(StoreError::Kind::NotAProject, path,
                             StoreError::tr("This SQLite database was not made by SocialROI "
                                            "Workbench, so it is not a project. Create a new "
                                            "project and import its data instead."));
        }
        // No version of the application writes a negative schema version; a
        // damaged or crafted file may, and migrating from it would index the
        // migrations before their start (found by fuzzing).
        if (version < 0) {
            return makeError(StoreError::Kind::Corrupt, path,
                             StoreError::tr("The project file is damaged (%1). Restore it from "
                                            "a backup.")
                                 .arg(QStringLiteral("user_version %1").arg(version)));
        }
        if (version > ProjectSchema::currentVersion()) {
            return makeError(StoreError::Kind::NewerVersion, path,
                             StoreError::tr("The project was saved by a newer version of "
                                            "SocialROI Workbench (schema %1; this version reads "
                                            "up to %2). Update the application to open it.")
                                 .arg(version)
                                 .arg(ProjectSchema::currentVersion()));
        }
        // A full quick_check reads every page (about 4 s for a 1 GB project),
        // so large projects, and jobs that open the project for one
        // transaction, check the schema and the small bookkeeping tables
        // here; truncation was already caught from the header.
        QString check;
        if (depth == ProjectStore::Check::Full
            && QFileInfo(path).size() <= ProjectStore::fullCheckLimitBytes) {
            check = connection.queryText("PRAGMA quick_check(1)");
        } else {
            for (const char *sql :
                 {"PRAGMA quick_check(sqlite_schema)", "PRAGMA quick_check(assumptions)",
                  "PRAGMA quick_check(import_log)"}) {
                check = connection.queryText(sql);
                if (check != QLatin1String("ok"))
                    break;
            }
        }
        if (check != QLatin1String("ok")) {
            return makeError(StoreError::Kind::Corrupt, path,
                             StoreError::tr("The project file is damaged (%1). Restore it from "
                                            "a backup.")
                                 .arg(check));
        }
        *foreign = SchemaAudit::find(connection);
    } catch (const SqliteError &sqliteError) {
        if (sqliteError.isBusy()) {
            return makeError(StoreError::Kind::Busy, path,
                             StoreError::tr("The project is locked by another program; try "
                                            "again when it has finished."));
        }
        if (isSystemFailure(sqliteError.code())) {
            return makeError(StoreError::Kind::CannotRead, path,
                             StoreError::tr("The project file cannot be read (%1). This says "
                                            "nothing about the file itself: check that the "
                                            "disk has free space and that the file and its "
                                            "folder can be reached.")
                                 .arg(sqliteError.message()));
        }
        return makeError(StoreError::Kind::Corrupt, path,
                         StoreError::tr("The project file is damaged (%1). Restore it from a "
                                        "backup.")
                             .arg(sqliteError.message()));
    }
    return {};
}

// Failures of the disk, the memory or the permissions rather than of the
// file's content: reading the project also writes its -shm index, which a
// full disk refuses, and calling that damage would send the user to a backup
// for nothing.
bool isSystemFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return true;
    default:
        return false;
    }
}

// validate() has just read it; should it fail now (the file busy), the
// reads that follow say why, so the version counts as current.
qint64 schemaVersion(SqliteConnection &connection)
{
    try {
        return connection.queryInteger("PRAGMA user_version");
    } catch (const SqliteError &) {
        return ProjectSchema::currentVersion();
    }
}

} // namespace

ProjectStore::ProjectStore(QString path, SqliteConnection connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{ }

bool ProjectStore::configure(SqliteConnection &connection, const QString &path, StoreError *error)
{
    try {
        ProjectSchema::useLargePagesIfEmpty(connection);
        if (connection.queryText("PRAGMA journal_mode") != QLatin1String("wal"))
            connection.execute("PRAGMA journal_mode = WAL");
        if (connection.queryInteger("PRAGMA user_version") < ProjectSchema::currentVersion())
            ProjectSchema::migrate(connection, ProjectSchema::currentVersion());
    } catch (const SqliteError &sqliteError) {
        *error = makeError(
            StoreError::Kind::CannotCreate, path,
            StoreError::tr("The project could not be prepared: %1.").arg(sqliteError.message()));
        return false;
    }
    return true;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode,
                                                 StoreError *error, Check check)
{
    StoreError ignored;
    if (!error)
        error = &ignored;
    *error = {};

    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::CreateIfMissing)
            return create(path, error);
        *error = makeError(StoreError::Kind::NotFound, path,
                           StoreError::tr("The project file does not exist."));
        return nullptr;
    }
    if (info.isDir()) {
        *error = makeError(StoreError::Kind::IsDirectory, path,
                           StoreError::tr("This is a folder, not a project file."));
        return nullptr;
    }
    if (*error = checkHeader(path); error->isError())
        return nullptr;
    std::vector<SchemaAudit::ForeignObject> foreign;
    if (*error = validate(path, check, &foreign); error->isError())
        return nullptr;
    // A file or folder that cannot be written opens for reading: the metrics
    // and the reports work, and every write fails with the reason.
    QString refusal;
    if (isMarkedReadOnly(info)) {
        refusal = StoreError::tr("The project file is read-only. Make it writable, or copy it "
                                 "to a folder you can write to.");
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        refusal = StoreError::tr("The project's folder is read-only, and saving needs to "
                                 "write a journal file beside the project. Make the folder "
                                 "writable, or copy the project to a folder you can write to.");
    }
    const bool cannotWrite = !refusal.isEmpty();
    if (!cannotWrite)
        refusal = SchemaAudit::writeRefusal(foreign);
    SqliteConnection connection;
    if (connection.open(path,
                        refusal.isEmpty() ? SqliteConnection::Access::ReadWrite
                                          : SqliteConnection::Access::ReadOnly)
        != SQLITE_OK) {
        *error = makeError(StoreError::Kind::CannotRead, path,
                           StoreError::tr("The file cannot be opened for writing: %1.")
                               .arg(connection.errorMessage()));
        return nullptr;
    }
    if (refusal.isEmpty()) {
        if (!configure(connection, path, error))
            return nullptr;
    } else {
        connection.setReadOnlyReason(refusal);
        if (schemaVersion(connection) < ProjectSchema::currentVersion()) {
            *error = makeError(
                cannotWrite ? StoreError::Kind::ReadOnly : StoreError::Kind::ForeignObjects, path,
                StoreError::tr("The project must be updated to this version's "
                               "schema before it can be opened, and it cannot "
                               "be: %1")
                    .arg(refusal));
            return nullptr;
        }
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, std::move(connection)));
    store->m_foreignObjectsWarning = SchemaAudit::warning(foreign);
    store->m_readOnlyReason = refusal;
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, StoreError *error)
{
    StoreError ignored;
    if (!error)
        error = &ignored;
    *error = {};

    const QFileInfo info(path);
    if (info.exists()) {
        *error = makeError(StoreError::Kind::AlreadyExists, path,
                           StoreError::tr("A file with this name already exists."));
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = makeError(StoreError::Kind::CannotCreate, path,
                           StoreError::tr("The folder for the project cannot be created."));
        return nullptr;
    }
    SqliteConnection connection;
    if (connection.open(path, SqliteConnection::Access::ReadWriteCreate) != SQLITE_OK) {
        *error = makeError(
            StoreError::Kind::CannotCreate, path,
            StoreError::tr("The project cannot be created: %1.").arg(connection.errorMessage()));
        return nullptr;
    }
    if (!configure(connection, path, error)) {
        connection.close();
        QFile::remove(path);
        return nullptr;
    }
    return std::unique_ptr<ProjectStore>(new ProjectStore(path, std::move(connection)));
}
