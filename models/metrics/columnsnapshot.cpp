// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnsnapshot.h"

#include "datarevision.h"
#include "projectdata.h"
#include "sqliteconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <climits>
#include <map>
#include <string>

namespace {

// Bump when the layout of a part changes: an old snapshot is then ignored
// and replaced on the next load.
constexpr int formatVersion = 2;
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

bool littleEndian()
{
    const quint16 probe = 1;
    return *reinterpret_cast<const unsigned char *>(&probe) == 1;
}

QByteArray describe(const ProjectData &data)
{
    QJsonObject description;
    description.insert(QStringLiteral("format"), formatVersion);
    description.insert(QStringLiteral("little_endian"), littleEndian());
    description.insert(QStringLiteral("rows"),
                       QJsonArray {qint64(data.customers.size()), qint64(data.contacts.day.size()),
                                   qint64(data.orders.day.size()),
                                   qint64(data.mentions.day.size())});
    description.insert(QStringLiteral("latest_day"), data.latestDay);
    description.insert(QStringLiteral("unknown_customer_rows"), data.unknownCustomerRows);
    description.insert(QStringLiteral("segment_names"),
                       QJsonArray::fromStringList(data.customers.segmentNames));
    return QJsonDocument(description).toJson(QJsonDocument::Compact);
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

bool readParts(SqliteConnection &connection, ProjectData &data)
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
    if (description == parts.end() || description->second.revision != data.revision)
        return false;
    const QJsonObject meta = QJsonDocument::fromJson(descriptionText).object();
    const QJsonArray rows = meta.value(QStringLiteral("rows")).toArray();
    if (meta.value(QStringLiteral("format")).toInt() != formatVersion
        || meta.value(QStringLiteral("little_endian")).toBool() != littleEndian()
        || rows.size() != GroupCount)
        return false;

    bool ok = true;
    forEachColumn(data, [&](const char *name, auto &column, Group group) {
        if (!ok)
            return;
        using Element = typename std::decay_t<decltype(column)>::value_type;
        const auto found = parts.find(name);
        const qint64 count = rows.at(group).toInteger(-1);
        const qint64 bytes = count * qint64(sizeof(Element));
        if (found == parts.end() || found->second.revision != data.revision || count < 0
            || found->second.bytes != bytes || bytes > INT_MAX) {
            ok = false;
            return;
        }
        column.resize(size_t(count));
        ok = readBlob(connection.handle(), found->second.rowId, column.data(), bytes);
    });
    if (!ok)
        return false;
    data.latestDay = std::int32_t(meta.value(QStringLiteral("latest_day")).toInt(-1));
    data.unknownCustomerRows = meta.value(QStringLiteral("unknown_customer_rows")).toInteger();
    const QJsonArray names = meta.value(QStringLiteral("segment_names")).toArray();
    for (const QJsonValue &name : names)
        data.customers.segmentNames.append(name.toString());
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
        // Another writer (an import) has the project: leave the snapshot to
        // a later load rather than wait for it.
        SqliteConnection connection;
        if (connection.open(projectPath, SqliteConnection::Access::ReadWrite,
                            SqliteConnection::Wait::No)
            != SQLITE_OK)
            return false;
        SqliteTransaction transaction(connection);
        if (DataRevision::read(connection) != data.revision)
            return false;
        connection.execute("DELETE FROM column_snapshot");
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
        const QByteArray description = describe(data);
        store(descriptionPart, description.constData(), description.size());
        transaction.commit();
        return true;
    } catch (const SqliteError &) {
        return false;
    }
}

} // namespace ColumnSnapshot
