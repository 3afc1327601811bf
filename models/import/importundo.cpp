// SPDX-License-Identifier: GPL-3.0-or-later
#include "importundo.h"

#include "commontext.h"
#include "datarevision.h"
#include "datetext.h"
#include "projectstore.h"
#include "sqliteconnection.h"
#include "storeerror.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

struct Range
{
    QString table;
    qint64 first = 0;
    qint64 last = 0;
};

struct LoggedImport
{
    qint64 id = 0;
    QString table;
    QString fileName;
    QString importedAt;
    bool undoable = false;
    bool createdSalt = false;
};

const QStringList eventTables
    = {QStringLiteral("contacts"), QStringLiteral("orders"), QStringLiteral("mentions")};

std::optional<LoggedImport> findImport(SqliteConnection &connection, qint64 id)
{
    SqliteStatement statement
        = connection.prepare("SELECT id, table_name, file_name, imported_at, undoable, "
                             "created_salt FROM import_log WHERE id = ?");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return LoggedImport {statement.integer(0),      statement.text(1),
                         statement.text(2),         statement.text(3),
                         statement.integer(4) != 0, statement.integer(5) != 0};
}

// "customers.csv (7 Dec 2026, 03:10)", in the user's language.
QString describe(const LoggedImport &import)
{
    const QDateTime when = QDateTime::fromString(import.importedAt, Qt::ISODate);
    if (!when.isValid())
        return QStringLiteral("“%1”").arg(import.fileName);
    const QDateTime local = when.toLocalTime();
    return ImportUndo::tr("“%1” (imported %2, %3)")
        .arg(import.fileName, DateText::medium(local.date()),
             QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString listed(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return ImportUndo::tr("%1 and %2", "the last two of a list")
        .arg(parts.mid(0, parts.size() - 1).join(CommonText::listSeparator()), parts.last());
}

QString describeImportHolding(SqliteConnection &connection, const QString &table, qint64 rowId)
{
    SqliteStatement owner = connection.prepare("SELECT import_id FROM import_rows "
                                               "WHERE table_name = ? AND ? BETWEEN first_id "
                                               "AND last_id");
    owner.bind(1, table);
    owner.bind(2, rowId);
    if (owner.step()) {
        if (const auto import = findImport(connection, owner.integer(0)))
            return describe(*import);
    }
    return ImportUndo::tr("rows added without an import of this version");
}

QList<Range> rangesOf(SqliteConnection &connection, qint64 importId)
{
    QList<Range> ranges;
    SqliteStatement statement = connection.prepare(
        "SELECT table_name, first_id, last_id FROM import_rows WHERE import_id = ?");
    statement.bind(1, importId);
    while (statement.step())
        ranges.append({statement.text(0), statement.integer(1), statement.integer(2)});
    return ranges;
}

Range rangeIn(const QList<Range> &ranges, const QString &table)
{
    for (const Range &range : ranges) {
        if (range.table == table)
            return range;
    }
    return {table, 1, 0}; // empty
}

// Why the import cannot be undone now: later imports that build on it.
QStringList blockers(SqliteConnection &connection, qint64 importId, const QList<Range> &ranges)
{
    QStringList reasons;
    // A later import replaced rows this one added or replaced: putting ours
    // back would silently drop its values.
    for (const QString &table : DataRevision::trackedTables()) {
        const Range range = rangeIn(ranges, table);
        SqliteStatement later = connection.prepare(
            QStringLiteral("SELECT import_id, count(*) FROM import_replaced_%1 "
                           "WHERE import_id > ?1 AND (id BETWEEN ?2 AND ?3 OR id IN "
                           "(SELECT id FROM import_replaced_%1 WHERE import_id = ?1)) "
                           "GROUP BY import_id ORDER BY import_id")
                .arg(table));
        later.bind(1, importId);
        later.bind(2, range.first);
        later.bind(3, range.last);
        while (later.step()) {
            const auto import = findImport(connection, later.integer(0));
            reasons.append(ImportUndo::tr("%1 replaced %n of its rows; undo it first.", "",
                                          int(later.integer(1)))
                               .arg(import ? describe(*import) : QString()));
        }
    }
    // Rows outside this import belong to customers it added.
    const Range customers = rangeIn(ranges, QStringLiteral("customers"));
    if (customers.last >= customers.first) {
        for (const QString &table : eventTables) {
            const Range own = rangeIn(ranges, table);
            SqliteStatement dependants = connection.prepare(
                QStringLiteral("SELECT count(*), min(e.id) FROM %1 e JOIN customers c "
                               "ON c.customer_id = e.customer_id WHERE c.id BETWEEN ? AND ? "
                               "AND e.id NOT BETWEEN ? AND ?")
                    .arg(table));
            dependants.bind(1, customers.first);
            dependants.bind(2, customers.last);
            dependants.bind(3, own.first);
            dependants.bind(4, own.last);
            if (dependants.step() && dependants.integer(0) > 0) {
                const int count = int(dependants.integer(0));
                const QString later
                    = describeImportHolding(connection, table, dependants.integer(1));
                if (table == QLatin1String("contacts"))
                    reasons.append(ImportUndo::tr("%n contact(s) of customers it added came "
                                                  "later, from %1; undo that import first.",
                                                  "", count)
                                       .arg(later));
                else if (table == QLatin1String("orders"))
                    reasons.append(ImportUndo::tr("%n order(s) of customers it added came "
                                                  "later, from %1; undo that import first.",
                                                  "", count)
                                       .arg(later));
                else
                    reasons.append(ImportUndo::tr("%n mention(s) of customers it added came "
                                                  "later, from %1; undo that import first.",
                                                  "", count)
                                       .arg(later));
            }
        }
    }
    return reasons;
}

QStringList columnsOf(SqliteConnection &connection, const QString &table)
{
    QStringList columns;
    SqliteStatement statement
        = connection.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (statement.step()) {
        if (statement.text(1) != QLatin1String("id"))
            columns.append(statement.text(1));
    }
    return columns;
}

} // namespace

ImportedRows::ImportedRows(SqliteConnection &connection, const QStringList &tables)
{
    for (const QString &table : tables) {
        m_tables.append(
            {table,
             connection.queryInteger(
                 QStringLiteral("SELECT max(id) FROM %1").arg(table).toUtf8().constData(), 0)});
    }
}

void ImportedRows::record(SqliteConnection &connection, qint64 importId) const
{
    SqliteStatement insert = connection.prepare(
        "INSERT INTO import_rows (import_id, table_name, first_id, last_id) VALUES (?, ?, ?, ?)");
    for (const Table &table : m_tables) {
        const qint64 largest = connection.queryInteger(
            QStringLiteral("SELECT max(id) FROM %1").arg(table.name).toUtf8().constData(), 0);
        if (largest <= table.largestIdBefore)
            continue;
        insert.bind(1, importId);
        insert.bind(2, table.name);
        insert.bind(3, table.largestIdBefore + 1);
        insert.bind(4, largest);
        insert.execute();
    }
}

ImportUndo::Outcome ImportUndo::preview(SqliteConnection &connection, qint64 importId)
{
    SqliteTransaction transaction(connection, false);
    return run(connection, importId, false);
}

ImportUndo::Outcome ImportUndo::undo(SqliteConnection &connection, qint64 importId)
{
    SqliteTransaction transaction(connection);
    Outcome outcome = run(connection, importId, true);
    if (outcome.ok)
        transaction.commit();
    return outcome;
}

ImportUndo::Outcome ImportUndo::undoInProject(const QString &projectPath, qint64 importId)
{
    StoreError error;
    const std::unique_ptr<ProjectStore> store
        = ProjectStore::open(projectPath, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store)
        return {false, 0, 0, error.message};
    try {
        return undo(store->connection(), importId);
    } catch (const SqliteError &sqliteError) {
        return {false, 0, 0,
                tr("The project could not be changed (%1). Nothing was undone.")
                    .arg(sqliteError.message())};
    }
}

ImportUndo::Outcome ImportUndo::run(SqliteConnection &connection, qint64 importId, bool apply)
{
    Outcome outcome;
    const std::optional<LoggedImport> import = findImport(connection, importId);
    if (!import) {
        outcome.message = tr("Import %1 is not in this project (it may have been undone "
                             "already).")
                              .arg(importId);
        return outcome;
    }
    if (!import->undoable) {
        outcome.message = tr("%1 was imported by an earlier version of SocialROI, which kept no "
                             "record of its rows, so it cannot be undone.")
                              .arg(describe(*import));
        return outcome;
    }
    const QList<Range> ranges = rangesOf(connection, importId);
    const QStringList reasons = blockers(connection, importId, ranges);
    if (!reasons.isEmpty()) {
        outcome.message
            = tr("%1 cannot be undone: %2").arg(describe(*import), reasons.join(QLatin1Char(' ')));
        return outcome;
    }

    QStringList touched;
    QStringList removed;
    QStringList restored;
    for (const QString &table : DataRevision::trackedTables()) {
        const Range range = rangeIn(ranges, table);
        qint64 added = connection.queryInteger(
            QStringLiteral("SELECT count(*) FROM %1 WHERE id BETWEEN %2 AND %3")
                .arg(table)
                .arg(range.first)
                .arg(range.last)
                .toUtf8()
                .constData());
        qint64 replaced = connection.queryInteger(
            QStringLiteral("SELECT count(*) FROM import_replaced_%1 WHERE import_id = %2")
                .arg(table)
                .arg(importId)
                .toUtf8()
                .constData());
        outcome.rowsRemoved += added;
        outcome.rowsRestored += replaced;
        if (added > 0)
            removed.append(ImportUndo::rowsOf(table, added));
        if (replaced > 0)
            restored.append(ImportUndo::rowsOf(table, replaced));
        if (added + replaced > 0)
            touched.append(table);
    }
    outcome.ok = true;
    if (!apply) {
        outcome.message = tr("Undo %1?").arg(describe(*import)) + QLatin1Char(' ');
        if (!removed.isEmpty())
            outcome.message += tr("The %1 it added will be removed.").arg(listed(removed));
        else
            outcome.message += tr("It added no rows.");
        if (!restored.isEmpty())
            outcome.message += QLatin1Char(' ')
                + tr("The %1 it replaced will be put back as they were.").arg(listed(restored));
        return outcome;
    }

    DataRevision::BulkWrite revision(connection, touched);
    // Events before the customers they refer to.
    QStringList tables = DataRevision::trackedTables();
    std::reverse(tables.begin(), tables.end());
    for (const QString &table : std::as_const(tables)) {
        const Range range = rangeIn(ranges, table);
        if (range.last >= range.first) {
            SqliteStatement extras = connection.prepare(
                "DELETE FROM extra_attributes WHERE table_name = ? AND row_id BETWEEN ? AND ?");
            extras.bind(1, table);
            extras.bind(2, range.first);
            extras.bind(3, range.last);
            extras.execute();
            SqliteStatement rows = connection.prepare(
                QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table));
            rows.bind(1, range.first);
            rows.bind(2, range.last);
            rows.execute();
        }
        // Replaced rows: their values and extra attributes as they were.
        const QStringList columns = columnsOf(connection, table);
        const QString list = columns.join(QLatin1String(", "));
        SqliteStatement restore = connection.prepare(
            QStringLiteral("UPDATE %1 SET (%2) = (SELECT %2 FROM import_replaced_%1 r "
                           "WHERE r.import_id = ?1 AND r.id = %1.id) "
                           "WHERE id IN (SELECT id FROM import_replaced_%1 WHERE import_id = ?1)")
                .arg(table, list));
        restore.bind(1, importId);
        restore.execute();
        SqliteStatement dropExtras = connection.prepare(
            QStringLiteral("DELETE FROM extra_attributes WHERE table_name = ?2 AND row_id IN "
                           "(SELECT id FROM import_replaced_%1 WHERE import_id = ?1)")
                .arg(table));
        dropExtras.bind(1, importId);
        dropExtras.bind(2, table);
        dropExtras.execute();
        SqliteStatement keptExtras = connection.prepare(
            "INSERT INTO extra_attributes (table_name, row_id, name, value) "
            "SELECT table_name, row_id, name, value FROM import_replaced_extra_attributes "
            "WHERE import_id = ? AND table_name = ?");
        keptExtras.bind(1, importId);
        keptExtras.bind(2, table);
        keptExtras.execute();
        SqliteStatement forget = connection.prepare(
            QStringLiteral("DELETE FROM import_replaced_%1 WHERE import_id = ?").arg(table));
        forget.bind(1, importId);
        forget.execute();
    }
    for (const char *sql :
         {"UPDATE rejected_rows SET fixed_by = NULL WHERE fixed_by = ?",
          "DELETE FROM import_replaced_extra_attributes WHERE import_id = ?",
          "DELETE FROM rejected_rows WHERE import_id = ?",
          "DELETE FROM import_rows WHERE import_id = ?", "DELETE FROM import_log WHERE id = ?"}) {
        SqliteStatement statement = connection.prepare(sql);
        statement.bind(1, importId);
        statement.execute();
    }
    // The salt this import made goes with it once no customer key uses it.
    if (import->createdSalt && connection.queryInteger("SELECT count(*) FROM customers") == 0)
        connection.execute("DELETE FROM customer_key_salt");
    revision.finish();

    outcome.message = tr("%1 was undone.").arg(describe(*import));
    if (!removed.isEmpty())
        outcome.message += QLatin1Char(' ') + tr("Removed: %1.").arg(listed(removed));
    if (!restored.isEmpty())
        outcome.message
            += QLatin1Char(' ') + tr("Put back as they were: %1.").arg(listed(restored));
    return outcome;
}

QString ImportUndo::rowsOf(const QString &table, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (table == QLatin1String("customers"))
        return ImportUndo::tr("%Ln customer(s)", "", n);
    if (table == QLatin1String("contacts"))
        return ImportUndo::tr("%Ln contact(s)", "", n);
    if (table == QLatin1String("orders"))
        return ImportUndo::tr("%Ln order(s)", "", n);
    if (table == QLatin1String("mentions"))
        return ImportUndo::tr("%Ln mention(s)", "", n);
    return ImportUndo::tr("%Ln improvement(s)", "", n);
}
