// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaaudit.h"

#include "projectschema.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>
#include <mutex>

namespace {

struct SchemaAuditText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaAudit)
};

struct SchemaRow
{
    QString type;
    QString name;
    QString table;
    QString sql; // whitespace simplified; empty for SQLite's automatic indexes
};

// Objects SQLite makes itself: the indexes of UNIQUE and PRIMARY KEY
// constraints, AUTOINCREMENT's counters and ANALYZE's statistics. A trigger
// or a view is never one of them, whatever its name.
bool isInternal(const SchemaRow &row)
{
    return (row.type == QLatin1String("table") || row.type == QLatin1String("index"))
        && row.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

std::vector<SchemaRow> readSchema(SqliteConnection &connection)
{
    std::vector<SchemaRow> rows;
    SqliteStatement query = connection.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY CASE type "
        "WHEN 'trigger' THEN 0 WHEN 'view' THEN 1 WHEN 'table' THEN 2 ELSE 3 END, name");
    while (query.step()) {
        SchemaRow row {query.text(0), query.text(1), query.text(2), query.text(3).simplified()};
        if (!isInternal(row))
            rows.push_back(std::move(row));
    }
    return rows;
}

// What the migrations create up to `version`, built once in memory.
const std::vector<SchemaRow> &expectedSchema(int version)
{
    static std::mutex mutex;
    static std::map<int, std::vector<SchemaRow>> schemas;
    const std::lock_guard<std::mutex> lock(mutex);
    auto found = schemas.find(version);
    if (found == schemas.end()) {
        std::vector<SchemaRow> rows;
        if (version > 0) {
            SqliteConnection memory;
            memory.openOrThrow(QStringLiteral(":memory:"),
                               SqliteConnection::Access::ReadWriteCreate);
            ProjectSchema::migrate(memory, version);
            rows = readSchema(memory);
        }
        found = schemas.emplace(version, std::move(rows)).first;
    }
    return found->second;
}

QString describe(const SchemaAudit::ForeignObject &object)
{
    QString text;
    if (object.type == QLatin1String("trigger"))
        text = SchemaAuditText::tr("trigger %1").arg(object.name);
    else if (object.type == QLatin1String("view"))
        text = SchemaAuditText::tr("view %1").arg(object.name);
    else if (object.type == QLatin1String("index"))
        text = SchemaAuditText::tr("index %1").arg(object.name);
    else
        text = SchemaAuditText::tr("table %1").arg(object.name);
    return object.changed ? SchemaAuditText::tr("%1 (changed)").arg(text) : text;
}

// "trigger a, view b, index c and 4 more": a hostile file may hold thousands.
QString list(const std::vector<const SchemaAudit::ForeignObject *> &objects)
{
    constexpr int shown = 8;
    QStringList names;
    for (const SchemaAudit::ForeignObject *object : objects) {
        if (names.size() == shown)
            break;
        names.append(describe(*object));
    }
    QString text = names.join(QLatin1String(", "));
    if (objects.size() > size_t(shown))
        text
            = SchemaAuditText::tr("%1 and %n more", nullptr, int(objects.size()) - shown).arg(text);
    return text;
}

} // namespace

namespace SchemaAudit {

std::vector<ForeignObject> find(SqliteConnection &connection)
{
    const std::vector<SchemaRow> actual = readSchema(connection);
    if (actual.empty())
        return {};
    const int version = int(qBound(qint64(0), connection.queryInteger("PRAGMA user_version"),
                                   qint64(ProjectSchema::currentVersion())));
    const std::vector<SchemaRow> &expected = expectedSchema(version);
    std::vector<ForeignObject> foreign;
    for (const SchemaRow &row : actual) {
        const auto ours = std::find_if(expected.begin(), expected.end(), [&](const SchemaRow &e) {
            return e.name.compare(row.name, Qt::CaseInsensitive) == 0;
        });
        if (ours != expected.end() && ours->type == row.type && ours->table == row.table
            && ours->sql == row.sql)
            continue;
        foreign.push_back({row.type, row.name, row.table, ours != expected.end()});
    }
    return foreign;
}

QString warning(const std::vector<ForeignObject> &objects)
{
    if (objects.empty())
        return QString();
    std::vector<const ForeignObject *> all;
    for (const ForeignObject &object : objects)
        all.push_back(&object);
    return SchemaAuditText::tr("This project contains objects this program did not create: %1.")
        .arg(list(all));
}

QString writeRefusal(const std::vector<ForeignObject> &objects)
{
    std::vector<const ForeignObject *> triggers;
    for (const ForeignObject &object : objects) {
        if (object.type == QLatin1String("trigger"))
            triggers.push_back(&object);
    }
    if (triggers.empty())
        return QString();
    return SchemaAuditText::tr("The project is open read-only: it contains triggers this program "
                               "did not create (%1), which would run on every change it makes. "
                               "Remove them with a SQLite tool to import data or change the "
                               "assumptions again.")
        .arg(list(triggers));
}

QString writeRefusal(SqliteConnection &connection)
{
    return writeRefusal(find(connection));
}

} // namespace SchemaAudit
