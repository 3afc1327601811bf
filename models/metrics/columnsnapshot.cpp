// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnsnapshot.h"

#include "datarevision.h"
#include "projectdata.h"
#include "sqliteconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <optional>
#include <string>

namespace {

// Bump when the layout of a part changes: an old snapshot is then ignored
// and replaced on the next load. Version 3: a column may be stored in
// segments, the first under the column's name, the next ones (appended by
// imports) under "name#1", "name#2", ...; the description lists each
// group's segments by their row counts.
constexpr int formatVersion = 3;
const char *const descriptionPart = "description";

enum Group { Customers, Contacts, Orders, Mentions, GroupCount };

// Calls visit(part name, column vector, group) for every column of the
// snapshot; the same list serves reading and writing.
template<typename Data, typename Visit>
void forEachColumn(Data &data, Visit &&visit)
{
    auto &customers = data.customers;
    visit("customers.row_ids", customers.rowIds, Customers);
    visit("customers.signup_day", customers.signupDay, Customers);
    visit("customers.churn_day", customers.churnDay, Customers);
    visit("customers.at_risk_day", customers.atRiskDay, Customers);
    visit("customers.monthly_revenue", customers.monthlyRevenue, Customers);
    visit("customers.social", customers.social, Customers);
    visit("customers.first_social_day", customers.firstSocialDay, Customers);
    visit("customers.nps_score", customers.npsScore, Customers);
    visit("customers.segment", customers.segment, Customers);
    auto &contacts = data.contacts;
    visit("contacts.customer", contacts.customer, Contacts);
    visit("contacts.day", contacts.day, Contacts);
    visit("contacts.channel", contacts.channel, Contacts);
    visit("contacts.resolved", contacts.resolved, Contacts);
    visit("contacts.process_change", contacts.processChange, Contacts);
    visit("contacts.handle_minutes", contacts.handleMinutes, Contacts);
    visit("contacts.cost", contacts.cost, Contacts);
    auto &orders = data.orders;
    visit("orders.customer", orders.customer, Orders);
    visit("orders.day", orders.day, Orders);
    visit("orders.amount", orders.amount, Orders);
    visit("orders.cross_sell", orders.crossSell, Orders);
    auto &mentions = data.mentions;
    visit("mentions.customer", mentions.customer, Mentions);
    visit("mentions.day", mentions.day, Mentions);
    visit("mentions.sentiment", mentions.sentiment, Mentions);
    visit("mentions.reach", mentions.reach, Mentions);
}

// Opens the project to store a shortcut (the snapshot, the fits). Another
// writer (an import) has the project: leave the shortcut to a later compute
// rather than wait for it.
bool openUnlessBusy(SqliteConnection &connection, const QString &projectPath)
{
    return connection.open(projectPath, SqliteConnection::Access::ReadWrite,
                           SqliteConnection::Wait::No)
        == SQLITE_OK;
}

QString fitsPart(std::uint64_t key)
{
    return QStringLiteral("model_fits:%1").arg(key, 16, 16, QLatin1Char('0'));
}

bool littleEndian()
{
    const quint16 probe = 1;
    return *reinterpret_cast<const unsigned char *>(&probe) == 1;
}

std::array<qint64, GroupCount> rowCounts(const ProjectData &data)
{
    return {qint64(data.customers.size()), qint64(data.contacts.day.size()),
            qint64(data.orders.day.size()), qint64(data.mentions.day.size())};
}

QByteArray describe(const ColumnSnapshot::State &state)
{
    QJsonObject description;
    description.insert(QStringLiteral("format"), formatVersion);
    description.insert(QStringLiteral("little_endian"), littleEndian());
    QJsonArray segments;
    for (const std::vector<qint64> &group : state.segments) {
        QJsonArray counts;
        for (const qint64 rows : group)
            counts.append(rows);
        segments.append(counts);
    }
    description.insert(QStringLiteral("segments"), segments);
    description.insert(QStringLiteral("latest_day"), state.latestDay);
    description.insert(QStringLiteral("unknown_customer_rows"), state.unknownCustomerRows);
    description.insert(QStringLiteral("segment_names"),
                       QJsonArray::fromStringList(state.segmentNames));
    return QJsonDocument(description).toJson(QJsonDocument::Compact);
}

std::string segmentPart(const char *name, size_t segment)
{
    return segment == 0 ? std::string(name) : std::string(name) + '#' + std::to_string(segment);
}

struct StoredPart
{
    qint64 rowId = 0;
    qint64 revision = 0;
    qint64 bytes = 0;
};

void clearColumns(ProjectData &data)
{
    data.customers = CustomerColumns();
    data.contacts = ContactColumns();
    data.orders = OrderColumns();
    data.mentions = MentionColumns();
}

// Reads one blob into `target` (already sized) without an intermediate copy.
bool readBlob(sqlite3 *db, qint64 rowId, void *target, qint64 bytes)
{
    if (bytes == 0)
        return true;
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db, "main", "column_snapshot", "data", rowId, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    const bool ok = sqlite3_blob_bytes(blob) == bytes
        && sqlite3_blob_read(blob, target, int(bytes), 0) == SQLITE_OK;
    sqlite3_blob_close(blob);
    return ok;
}

// The description of the snapshot of `revision`, checked against the parts
// stored: each segment of each column there, of that revision and size.
// Fills `partRows` with the row id of every part, for reading.
std::optional<ColumnSnapshot::State> readState(SqliteConnection &connection, qint64 revision,
                                               std::map<std::string, StoredPart> *partsOut)
{
    std::map<std::string, StoredPart> parts;
    QByteArray descriptionText;
    SqliteStatement query
        = connection.prepare("SELECT rowid, part, revision, length(data), "
                             "CASE WHEN part = 'description' THEN data END FROM column_snapshot");
    while (query.step()) {
        const std::string name(query.utf8(1), size_t(query.textSize(1)));
        parts[name] = {query.integer(0), query.integer(2), query.integer(3)};
        if (name == descriptionPart)
            descriptionText = QByteArray(query.utf8(4), query.textSize(4));
    }
    const auto description = parts.find(descriptionPart);
    if (description == parts.end() || description->second.revision != revision)
        return std::nullopt;
    const QJsonObject meta = QJsonDocument::fromJson(descriptionText).object();
    const QJsonArray segments = meta.value(QStringLiteral("segments")).toArray();
    if (meta.value(QStringLiteral("format")).toInt() != formatVersion
        || meta.value(QStringLiteral("little_endian")).toBool() != littleEndian()
        || segments.size() != GroupCount)
        return std::nullopt;
    ColumnSnapshot::State state;
    state.revision = revision;
    for (int group = 0; group < GroupCount; ++group) {
        for (const QJsonValue &rows : segments.at(group).toArray()) {
            const qint64 count = rows.toInteger(-1);
            if (count < 0)
                return std::nullopt;
            state.segments[size_t(group)].push_back(count);
        }
    }
    state.latestDay = std::int32_t(meta.value(QStringLiteral("latest_day")).toInt(-1));
    state.unknownCustomerRows = meta.value(QStringLiteral("unknown_customer_rows")).toInteger();
    for (const QJsonValue &name : meta.value(QStringLiteral("segment_names")).toArray())
        state.segmentNames.append(name.toString());

    bool ok = true;
    ProjectData shape;
    forEachColumn(shape, [&](const char *name, auto &column, Group group) {
        using Element = typename std::decay_t<decltype(column)>::value_type;
        const std::vector<qint64> &groupSegments = state.segments[size_t(group)];
        for (size_t segment = 0; ok && segment < groupSegments.size(); ++segment) {
            const auto found = parts.find(segmentPart(name, segment));
            const qint64 bytes = groupSegments[segment] * qint64(sizeof(Element));
            // A part keeps the revision it was written at: segments an import
            // appended are younger than the ones before them (see append()).
            ok = found != parts.end() && found->second.revision <= revision
                && found->second.bytes == bytes && bytes <= INT_MAX;
        }
    });
    if (!ok)
        return std::nullopt;
    if (partsOut)
        *partsOut = std::move(parts);
    return state;
}

bool readParts(SqliteConnection &connection, ProjectData &data)
{
    std::map<std::string, StoredPart> parts;
    const std::optional<ColumnSnapshot::State> state = readState(connection, data.revision, &parts);
    if (!state)
        return false;
    bool ok = true;
    forEachColumn(data, [&](const char *name, auto &column, Group group) {
        if (!ok)
            return;
        using Element = typename std::decay_t<decltype(column)>::value_type;
        const std::vector<qint64> &groupSegments = state->segments[size_t(group)];
        column.resize(size_t(state->rows(group)));
        Element *target = column.data();
        for (size_t segment = 0; ok && segment < groupSegments.size(); ++segment) {
            const qint64 bytes = groupSegments[segment] * qint64(sizeof(Element));
            ok = readBlob(connection.handle(), parts[segmentPart(name, segment)].rowId, target,
                          bytes);
            target += groupSegments[segment];
        }
    });
    if (!ok)
        return false;
    data.latestDay = state->latestDay;
    data.unknownCustomerRows = state->unknownCustomerRows;
    data.customers.segmentNames = state->segmentNames;
    return true;
}

} // namespace

namespace ColumnSnapshot {

bool read(SqliteConnection &connection, ProjectData &data)
{
    if (data.revision <= 0)
        return false;
    if (readParts(connection, data))
        return true;
    clearColumns(data);
    return false;
}

bool write(const QString &projectPath, const ProjectData &data)
{
    if (data.revision <= 0)
        return false;
    try {
        SqliteConnection connection;
        if (!openUnlessBusy(connection, projectPath))
            return false;
        SqliteTransaction transaction(connection);
        if (DataRevision::read(connection) != data.revision)
            return false;
        connection.execute("DELETE FROM column_snapshot WHERE part NOT LIKE 'model_fits:%'");
        SqliteStatement insert = connection.prepare(
            "INSERT INTO column_snapshot (part, revision, data) VALUES (?, ?, ?)");
        const auto store = [&](const char *name, const void *bytes, qint64 size) {
            insert.bindStaticText(1, name, int(qstrlen(name)));
            insert.bind(2, data.revision);
            insert.bindStaticBlob(3, bytes, size);
            insert.execute();
        };
        forEachColumn(data, [&](const char *name, const auto &column, Group) {
            using Element = typename std::decay_t<decltype(column)>::value_type;
            store(name, column.data(), qint64(column.size() * sizeof(Element)));
        });
        State state;
        state.revision = data.revision;
        const std::array<qint64, GroupCount> rows = rowCounts(data);
        for (int group = 0; group < GroupCount; ++group)
            state.segments[size_t(group)] = {rows[size_t(group)]};
        state.latestDay = data.latestDay;
        state.unknownCustomerRows = data.unknownCustomerRows;
        state.segmentNames = data.customers.segmentNames;
        const QByteArray description = describe(state);
        store(descriptionPart, description.constData(), description.size());
        transaction.commit();
        return true;
    } catch (const SqliteError &) {
        return false;
    }
}

std::optional<QByteArray> readFits(const QString &projectPath, std::uint64_t key)
{
    try {
        SqliteConnection connection;
        if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK)
            return std::nullopt;
        SqliteStatement query
            = connection.prepare("SELECT data FROM column_snapshot WHERE part = ?");
        query.bind(1, fitsPart(key));
        if (!query.step())
            return std::nullopt;
        return QByteArray(query.utf8(0), query.textSize(0));
    } catch (const SqliteError &) {
        return std::nullopt;
    }
}

bool writeFits(const QString &projectPath, std::uint64_t key, const QByteArray &fits)
{
    try {
        SqliteConnection connection;
        if (!openUnlessBusy(connection, projectPath))
            return false;
        SqliteTransaction transaction(connection);
        SqliteStatement insert = connection.prepare(
            "INSERT OR REPLACE INTO column_snapshot (part, revision, data) VALUES (?, 0, ?)");
        insert.bind(1, fitsPart(key));
        insert.bindStaticBlob(2, fits.constData(), fits.size());
        insert.execute();
        // The replaced part took a new row id: the newest are the highest.
        SqliteStatement prune = connection.prepare(
            "DELETE FROM column_snapshot WHERE part LIKE 'model_fits:%' AND rowid NOT IN "
            "(SELECT rowid FROM column_snapshot WHERE part LIKE 'model_fits:%' "
            "ORDER BY rowid DESC LIMIT ?)");
        prune.bind(1, storedFits);
        prune.execute();
        transaction.commit();
        return true;
    } catch (const SqliteError &) {
        return false;
    }
}

std::optional<State> state(SqliteConnection &connection)
{
    const qint64 revision = DataRevision::read(connection);
    if (revision <= 0)
        return std::nullopt;
    if (std::optional<State> stored = readState(connection, revision, nullptr))
        return stored;
    // An empty project needs no snapshot to be complete: start one.
    for (const char *sql :
         {"SELECT EXISTS (SELECT 1 FROM customers)", "SELECT EXISTS (SELECT 1 FROM contacts)",
          "SELECT EXISTS (SELECT 1 FROM orders)", "SELECT EXISTS (SELECT 1 FROM mentions)"}) {
        if (connection.queryInteger(sql) != 0)
            return std::nullopt;
    }
    State empty; // no segment yet: the first append stores the columns' first
    empty.revision = revision;
    return empty;
}

void append(SqliteConnection &connection, const State &before, const ProjectData &added)
{
    const qint64 revision = DataRevision::read(connection);
    State after = before;
    after.revision = revision;
    const std::array<qint64, GroupCount> rows = rowCounts(added);
    // Every part stays as it was written: the description, written last at
    // the new revision, is what makes them the snapshot of that revision.
    // (Tagging every part with it rewrote nothing but read every blob, 140 MB
    // at a million customers, on each import.) A part older than its
    // description is safe: every write of the whole snapshot deletes all
    // parts first, and an append only ever follows a complete snapshot.
    connection.execute("DELETE FROM column_snapshot WHERE part = 'description'");
    SqliteStatement insert
        = connection.prepare("INSERT INTO column_snapshot (part, revision, data) VALUES (?, ?, ?)");
    forEachColumn(added, [&](const char *name, const auto &column, Group group) {
        if (rows[size_t(group)] == 0)
            return;
        using Element = typename std::decay_t<decltype(column)>::value_type;
        const std::string part = segmentPart(name, before.segments[size_t(group)].size());
        insert.bindStaticText(1, part.data(), int(part.size()));
        insert.bind(2, revision);
        insert.bindStaticBlob(3, column.data(), qint64(column.size() * sizeof(Element)));
        insert.execute();
    });
    for (int group = 0; group < GroupCount; ++group) {
        if (rows[size_t(group)] > 0)
            after.segments[size_t(group)].push_back(rows[size_t(group)]);
    }
    after.latestDay = std::max(before.latestDay, added.latestDay);
    after.unknownCustomerRows = before.unknownCustomerRows + added.unknownCustomerRows;
    after.segmentNames = added.customers.segmentNames;
    const QByteArray description = describe(after);
    insert.bindStaticText(1, descriptionPart, int(qstrlen(descriptionPart)));
    insert.bind(2, revision);
    insert.bindStaticBlob(3, description.constData(), description.size());
    insert.execute();
}

} // namespace ColumnSnapshot
