// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectschema.h"

#include "assumptions.h"
#include "datarevision.h"
#include "sqliteconnection.h"

#include <QByteArray>

#include <vector>

namespace {

// Version 1: the canonical tables of SPEC section 3, assumptions, the import
// log and rejected rows. Every table has an explicit INTEGER PRIMARY KEY so
// row ids survive VACUUM (extra attributes refer to them). Dates are ISO text,
// booleans 0/1, money REAL, enumerations lower-case English words.
const char *const migrationTo1 = R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL UNIQUE,
    signup_date TEXT NOT NULL,
    churn_date TEXT,
    monthly_revenue REAL,
    social_engaged INTEGER NOT NULL DEFAULT 0 CHECK (social_engaged IN (0, 1)),
    first_social_date TEXT,
    segment TEXT,
    nps_score INTEGER CHECK (nps_score BETWEEN 0 AND 10),
    at_risk_date TEXT
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    contact_id TEXT UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON UPDATE CASCADE,
    contact_date TEXT NOT NULL,
    channel TEXT NOT NULL
        CHECK (channel IN ('phone', 'social', 'self_service', 'email', 'chat')),
    handle_minutes REAL,
    resolved INTEGER CHECK (resolved IN (0, 1)),
    led_to_process_change INTEGER CHECK (led_to_process_change IN (0, 1)),
    cost REAL
);
CREATE INDEX contacts_customer ON contacts (customer_id);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    order_id TEXT UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON UPDATE CASCADE,
    order_date TEXT NOT NULL,
    amount REAL NOT NULL,
    cross_sell INTEGER CHECK (cross_sell IN (0, 1)),
    product TEXT
);
CREATE INDEX orders_customer ON orders (customer_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    mention_id TEXT UNIQUE,
    customer_id TEXT REFERENCES customers (customer_id) ON UPDATE CASCADE,
    mention_date TEXT NOT NULL,
    sentiment TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    reach INTEGER,
    platform TEXT
);
CREATE INDEX mentions_customer ON mentions (customer_id);

CREATE TABLE improvements (
    id INTEGER PRIMARY KEY,
    improvement_id TEXT UNIQUE,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    issues_addressed INTEGER,
    customers_retained_per_year REAL,
    staff_hours_saved_per_year REAL
);

CREATE TABLE assumptions (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    sheet TEXT,
    imported_at TEXT NOT NULL,
    mapping_json TEXT,
    rows_read INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL
);
CREATE INDEX import_log_sha256 ON import_log (sha256);

CREATE TABLE rejected_rows (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_number INTEGER,
    column_name TEXT,
    raw_text TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX rejected_rows_import ON rejected_rows (import_id);
)sql";

// Version 2: columns of users' files that map to no canonical field, named
// mapping profiles, and the demo generator's known true effects.
const char *const migrationTo2 = R"sql(
CREATE TABLE extra_attributes (
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (table_name, name, row_id)
) WITHOUT ROWID;

CREATE TABLE mapping_profiles (
    name TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    mapping_json TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE TABLE demo_truth (
    name TEXT PRIMARY KEY NOT NULL,
    value REAL NOT NULL,
    description TEXT NOT NULL
);
)sql";

// Version 3: the data revision (see DataRevision), moved by triggers on the
// canonical tables, and the metric engine's column snapshot: its columns as
// blobs, each part tagged with the revision it was built from.
QByteArray migrationTo3()
{
    QString sql = QStringLiteral(R"sql(
CREATE TABLE data_revision (
    revision INTEGER NOT NULL
);
INSERT INTO data_revision (revision) VALUES (1);

CREATE TABLE column_snapshot (
    part TEXT PRIMARY KEY NOT NULL,
    revision INTEGER NOT NULL,
    data BLOB NOT NULL
);
)sql");
    for (const QString &table : DataRevision::trackedTables())
        sql += DataRevision::triggersSql(table);
    return sql.toUtf8();
}

// Version 4: no index on the customer_id of contacts, orders and mentions.
// No query of the product reads events by customer (the metric engine scans
// them; the importer checks customer ids in memory; the data browser sorts
// any column the same way), and keeping the index cost a third of the time
// of a large import. Foreign keys still hold: SQLite then scans the child
// table when a customer's id changes, which the product never does.
const char *const migrationTo4 = R"sql(
DROP INDEX IF EXISTS contacts_customer;
DROP INDEX IF EXISTS orders_customer;
DROP INDEX IF EXISTS mentions_customer;
)sql";

// Version 5: what imports of real exports derive. Customers created by an
// import of contacts or orders whose customer was not in the project are
// marked `implied` (their signup date is their first event in that file);
// orders assembled from order lines keep what cancellation lines took back
// (`amount` is then net of it); a project whose customer keys are stored as
// salted hashes (e-mail addresses a team must not keep) holds its salt, and
// every import into it hashes its keys the same way.
const char *const migrationTo5 = R"sql(
ALTER TABLE customers ADD COLUMN implied INTEGER NOT NULL DEFAULT 0 CHECK (implied IN (0, 1));
ALTER TABLE orders ADD COLUMN returned_amount REAL;

CREATE TABLE customer_key_salt (
    salt TEXT NOT NULL -- hex
);
)sql";

// Version 6: what "Undo this import" needs. Each import's new rows are the
// ids after the table's largest at its start, so a range per table names
// them (import_rows). A row an import replaced (duplicates: replace) keeps
// its id; its values before, with its extra attributes, are kept in a copy
// of its table (import_replaced_<table>, same columns and affinities, plus
// the import's id). Imports made before this version kept no such record
// and cannot be undone (import_log.undoable = 0); `created_salt` marks the
// import that made the project's customer key salt. A rejected row fixed by
// the user and imported again names that import (rejected_rows.fixed_by).
QByteArray migrationTo6()
{
    QString sql = QStringLiteral(R"sql(
ALTER TABLE import_log ADD COLUMN undoable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_log ADD COLUMN created_salt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_log ADD COLUMN record_delimiter TEXT;
ALTER TABLE rejected_rows ADD COLUMN fixed_by INTEGER; -- the import that took the row in, fixed

CREATE TABLE import_rows (
    import_id INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    PRIMARY KEY (import_id, table_name)
) WITHOUT ROWID;

CREATE TABLE import_replaced_extra_attributes (
    import_id INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (import_id, table_name, row_id, name)
) WITHOUT ROWID;
)sql");
    for (const QString &table : DataRevision::trackedTables()) {
        sql += QStringLiteral("CREATE TABLE import_replaced_%1 AS "
                              "SELECT 0 AS import_id, * FROM %1 WHERE 0;\n"
                              "CREATE UNIQUE INDEX import_replaced_%1_row "
                              "ON import_replaced_%1 (import_id, id);\n")
                   .arg(table);
    }
    return sql.toUtf8();
}

const std::vector<QByteArray> &migrations()
{
    static const std::vector<QByteArray> list
        = {QByteArray(migrationTo1), QByteArray(migrationTo2), migrationTo3(),
           QByteArray(migrationTo4), QByteArray(migrationTo5), migrationTo6()};
    return list;
}

} // namespace

namespace ProjectSchema {

int currentVersion()
{
    return int(migrations().size());
}

void useLargePagesIfEmpty(SqliteConnection &connection)
{
    connection.execute("PRAGMA page_size = 32768");
}

void migrate(SqliteConnection &connection, int targetVersion)
{
    SqliteTransaction transaction(connection);
    const int fromVersion = int(connection.queryInteger("PRAGMA user_version"));
    for (int version = fromVersion + 1; version <= targetVersion; ++version)
        connection.execute(migrations()[size_t(version - 1)].constData());
    if (fromVersion == 0)
        Assumptions::writeDefaults(connection);
    connection.execute(
        QByteArray("PRAGMA application_id = " + QByteArray::number(applicationId)).constData());
    connection.execute(
        QByteArray("PRAGMA user_version = " + QByteArray::number(targetVersion)).constData());
    transaction.commit();
}

} // namespace ProjectSchema
