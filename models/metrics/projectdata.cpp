// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdata.h"

#include "columnsnapshot.h"
#include "datarevision.h"
#include "sqliteconnection.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace {

using CustomerIndex = std::unordered_map<std::string_view, std::int32_t>;
constexpr float missing = std::numeric_limits<float>::quiet_NaN();

std::int32_t dayColumn(const SqliteStatement &statement, int column)
{
    return parseIsoDay(statement.utf8(column), statement.textSize(column));
}

std::int8_t flagColumn(const SqliteStatement &statement, int column)
{
    return statement.isNull(column) ? std::int8_t(-1) : std::int8_t(statement.integer(column) != 0);
}

float realColumn(const SqliteStatement &statement, int column)
{
    return statement.isNull(column) ? missing : float(statement.real(column));
}

// Looks up customer ids, remembering the last one: event tables are usually
// grouped by customer (exports and the demo are), so most rows hit the cache.
class CustomerLookup
{
public:
    explicit CustomerLookup(const CustomerIndex &index)
        : m_index(index)
    { }

    // -1: no customer id; -2: an id that is not in the customers table.
    std::int32_t find(const SqliteStatement &statement, int column)
    {
        const char *text = statement.utf8(column);
        if (!text)
            return -1;
        const std::string_view key(text, size_t(statement.textSize(column)));
        if (key == m_lastKey)
            return m_lastValue;
        const auto found = m_index.find(key);
        m_lastKey.assign(key);
        m_lastValue = found == m_index.end() ? -2 : found->second;
        return m_lastValue;
    }

private:
    const CustomerIndex &m_index;
    std::string m_lastKey;
    std::int32_t m_lastValue = -1;
};

// Each loader checks for cancellation every this many rows.
constexpr int cancelStride = 65536;

// A slice of one event table, by row id, read on one thread.
struct Slice
{
    enum class Table { Contacts, Orders, Mentions } table;
    qint64 firstId; // inclusive
    qint64 lastId; // inclusive
};

struct SliceResult
{
    ContactColumns contacts;
    OrderColumns orders;
    MentionColumns mentions;
    qint64 unknown = 0;
    std::int32_t latest = -1;
    bool complete = false;
};

template<typename Columns>
void appendColumns(Columns &target, Columns &&source);

template<>
void appendColumns(ContactColumns &target, ContactColumns &&source)
{
    auto append = [](auto &to, auto &from) { to.insert(to.end(), from.begin(), from.end()); };
    append(target.customer, source.customer);
    append(target.day, source.day);
    append(target.channel, source.channel);
    append(target.resolved, source.resolved);
    append(target.processChange, source.processChange);
    append(target.handleMinutes, source.handleMinutes);
    append(target.cost, source.cost);
}

template<>
void appendColumns(OrderColumns &target, OrderColumns &&source)
{
    auto append = [](auto &to, auto &from) { to.insert(to.end(), from.begin(), from.end()); };
    append(target.customer, source.customer);
    append(target.day, source.day);
    append(target.amount, source.amount);
    append(target.crossSell, source.crossSell);
}

template<>
void appendColumns(MentionColumns &target, MentionColumns &&source)
{
    auto append = [](auto &to, auto &from) { to.insert(to.end(), from.begin(), from.end()); };
    append(target.customer, source.customer);
    append(target.day, source.day);
    append(target.sentiment, source.sentiment);
    append(target.reach, source.reach);
}

void readContacts(SqliteStatement &query, CustomerLookup &lookup, SliceResult &result,
                  const ProjectData::CancelCheck &cancel)
{
    ContactColumns &contacts = result.contacts;
    qint64 row = 0;
    while (query.step()) {
        if (++row % cancelStride == 0 && cancel && cancel())
            return;
        const std::int32_t customer = lookup.find(query, 0);
        const std::int32_t day = dayColumn(query, 1);
        if (customer < 0 || day < 0) {
            ++result.unknown;
            continue;
        }
        result.latest = std::max(result.latest, day);
        contacts.customer.push_back(customer);
        contacts.day.push_back(day);
        contacts.channel.push_back(channelCode(query.utf8(2), query.textSize(2)));
        contacts.resolved.push_back(flagColumn(query, 3));
        contacts.processChange.push_back(flagColumn(query, 4));
        contacts.handleMinutes.push_back(realColumn(query, 5));
        contacts.cost.push_back(realColumn(query, 6));
    }
    result.complete = true;
}

void readOrders(SqliteStatement &query, CustomerLookup &lookup, SliceResult &result,
                const ProjectData::CancelCheck &cancel)
{
    OrderColumns &orders = result.orders;
    qint64 row = 0;
    while (query.step()) {
        if (++row % cancelStride == 0 && cancel && cancel())
            return;
        const std::int32_t customer = lookup.find(query, 0);
        const std::int32_t day = dayColumn(query, 1);
        if (customer < 0 || day < 0) {
            ++result.unknown;
            continue;
        }
        result.latest = std::max(result.latest, day);
        orders.customer.push_back(customer);
        orders.day.push_back(day);
        orders.amount.push_back(query.real(2));
        orders.crossSell.push_back(std::int8_t(flagColumn(query, 3) == 1));
    }
    result.complete = true;
}

void readMentions(SqliteStatement &query, CustomerLookup &lookup, SliceResult &result,
                  const ProjectData::CancelCheck &cancel)
{
    MentionColumns &mentions = result.mentions;
    qint64 row = 0;
    while (query.step()) {
        if (++row % cancelStride == 0 && cancel && cancel())
            return;
        const std::int32_t day = dayColumn(query, 1);
        if (day < 0)
            continue;
        result.latest = std::max(result.latest, day);
        // A mention naming an unknown customer is kept as an anonymous one.
        mentions.customer.push_back(std::max(-1, lookup.find(query, 0)));
        mentions.day.push_back(day);
        mentions.sentiment.push_back(sentimentCode(query.utf8(2), query.textSize(2)));
        mentions.reach.push_back(query.isNull(3) ? 0 : query.integer(3));
    }
    result.complete = true;
}

// Row ids are dense in practice, so the id range bounds the row count.
void reserveSlice(const Slice &slice, SliceResult &result)
{
    const auto rows = size_t(std::min<qint64>(slice.lastId - slice.firstId + 1, 50'000'000));
    auto reserve = [rows](auto &...columns) { (columns.reserve(rows), ...); };
    switch (slice.table) {
    case Slice::Table::Contacts: {
        ContactColumns &c = result.contacts;
        reserve(c.customer, c.day, c.channel, c.resolved, c.processChange, c.handleMinutes, c.cost);
        break;
    }
    case Slice::Table::Orders: {
        OrderColumns &o = result.orders;
        reserve(o.customer, o.day, o.amount, o.crossSell);
        break;
    }
    case Slice::Table::Mentions: {
        MentionColumns &m = result.mentions;
        reserve(m.customer, m.day, m.sentiment, m.reach);
        break;
    }
    }
}

void readSlice(const QString &path, const CustomerIndex &index, const Slice &slice,
               SliceResult &result, const ProjectData::CancelCheck &cancel)
{
    SqliteConnection connection;
    connection.openOrThrow(path, SqliteConnection::Access::ReadOnly);
    static const char *const sql[] = {
        "SELECT customer_id, contact_date, channel, resolved, led_to_process_change, "
        "handle_minutes, cost FROM contacts WHERE id BETWEEN ? AND ?",
        "SELECT customer_id, order_date, amount, cross_sell FROM orders WHERE id BETWEEN ? AND ?",
        "SELECT customer_id, mention_date, sentiment, reach FROM mentions WHERE id BETWEEN ? AND ?",
    };
    SqliteStatement query = connection.prepare(sql[int(slice.table)]);
    reserveSlice(slice, result);
    query.bind(1, slice.firstId);
    query.bind(2, slice.lastId);
    CustomerLookup lookup(index);
    switch (slice.table) {
    case Slice::Table::Contacts:
        readContacts(query, lookup, result, cancel);
        break;
    case Slice::Table::Orders:
        readOrders(query, lookup, result, cancel);
        break;
    case Slice::Table::Mentions:
        readMentions(query, lookup, result, cancel);
        break;
    }
}

// Splits each event table into slices of similar size by row id, so that
// the threads finish together.
std::vector<Slice> planSlices(SqliteConnection &connection, int threads)
{
    std::vector<Slice> slices;
    const std::pair<Slice::Table, const char *> tables[] = {
        {Slice::Table::Contacts, "SELECT min(id), max(id) FROM contacts"},
        {Slice::Table::Orders, "SELECT min(id), max(id) FROM orders"},
        {Slice::Table::Mentions, "SELECT min(id), max(id) FROM mentions"},
    };
    for (const auto &[table, sql] : tables) {
        SqliteStatement range = connection.prepare(sql);
        if (!range.step() || range.isNull(0))
            continue;
        const qint64 first = range.integer(0);
        const qint64 last = range.integer(1);
        const qint64 parts = table == Slice::Table::Mentions ? 1 : threads;
        const qint64 step = (last - first) / parts + 1;
        for (qint64 start = first; start <= last; start += step)
            slices.push_back({table, start, std::min(last, start + step - 1)});
    }
    return slices;
}

void loadImprovements(SqliteConnection &connection, std::vector<Improvement> &improvements)
{
    SqliteStatement query = connection.prepare(
        "SELECT date, issues_addressed, customers_retained_per_year, staff_hours_saved_per_year "
        "FROM improvements");
    while (query.step()) {
        Improvement improvement;
        improvement.day = dayColumn(query, 0);
        improvement.issuesAddressed = query.real(1);
        improvement.customersRetainedPerYear = query.real(2);
        improvement.staffHoursSavedPerYear = query.real(3);
        improvements.push_back(improvement);
    }
}

} // namespace

std::int8_t channelCode(const char *text, int size)
{
    const std::string_view name(text ? text : "", size_t(text ? size : 0));
    for (int channel = 0; channel < channelCount; ++channel) {
        const QLatin1String candidate = channelName(Channel(channel));
        if (name == std::string_view(candidate.data(), size_t(candidate.size())))
            return std::int8_t(channel);
    }
    return -1;
}

std::int8_t sentimentCode(const char *text, int size)
{
    const std::string_view sentiment(text ? text : "", size_t(text ? size : 0));
    return sentiment == "positive" ? 0 : sentiment == "negative" ? 2 : 1;
}

std::int32_t parseIsoDay(const char *text, int size)
{
    if (!text || size < 10 || text[4] != '-' || text[7] != '-')
        return -1;
    int digits[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = text[positions[i]];
        if (c < '0' || c > '9')
            return -1;
        digits[i] = c - '0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[4] * 10 + digits[5];
    const int day = digits[6] * 10 + digits[7];
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return -1;
    // Days from the civil calendar (the proleptic Gregorian one QDate uses).
    const int y = year - (month <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    constexpr int julianDayOfEpoch = 2440588; // 1970-01-01
    return era * 146097 + dayOfEra - 719468 + julianDayOfEpoch;
}

qint64 ProjectData::readVersion(const QString &projectPath)
{
    // data_version is per connection, so compare something every writer
    // changes: the file's modification time and size, and the WAL's.
    const QFileInfo file(projectPath);
    const QFileInfo wal(projectPath + QLatin1String("-wal"));
    return file.lastModified().toMSecsSinceEpoch() ^ (file.size() << 20)
        ^ (wal.exists() ? wal.lastModified().toMSecsSinceEpoch() * 31 + wal.size() : 0);
}

bool ProjectData::refreshAssumptions()
{
    // The version first: a write between the two reads leaves it behind, so
    // the next compute looks again.
    const qint64 newVersion = readVersion(projectPath);
    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    connection.execute("BEGIN");
    if (revision <= 0 || DataRevision::read(connection) != revision)
        return false;
    assumptions = Assumptions::load(connection);
    version = newVersion;
    return true;
}

std::unique_ptr<ProjectData> ProjectData::load(const QString &projectPath,
                                               const CancelCheck &isCancelled)
{
    auto data = std::make_unique<ProjectData>();
    data->projectPath = projectPath;
    data->version = readVersion(projectPath);

    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    // One read transaction: the revision and the snapshot belong together.
    connection.execute("BEGIN");
    data->revision = DataRevision::read(connection);
    data->assumptions = Assumptions::load(connection);
    loadImprovements(connection, data->improvements);
    if (ColumnSnapshot::read(connection, *data)) {
        data->fromSnapshot = true;
        return data;
    }

    CustomerColumns &customers = data->customers;
    const auto count = size_t(connection.queryInteger("SELECT count(*) FROM customers"));
    std::vector<std::string> ids;
    ids.reserve(count);
    SqliteStatement query = connection.prepare(
        "SELECT id, customer_id, signup_date, churn_date, at_risk_date, monthly_revenue, "
        "social_engaged, nps_score, segment, first_social_date FROM customers ORDER BY id");
    std::unordered_map<std::string, std::int32_t> segments;
    std::int32_t latest = -1;
    qint64 row = 0;
    while (query.step()) {
        if (++row % cancelStride == 0 && isCancelled && isCancelled())
            return nullptr;
        const std::int32_t signup = dayColumn(query, 2);
        if (signup < 0)
            continue;
        customers.rowIds.push_back(query.integer(0));
        ids.emplace_back(query.utf8(1), size_t(query.textSize(1)));
        customers.signupDay.push_back(signup);
        const std::int32_t churn = dayColumn(query, 3);
        customers.churnDay.push_back(churn);
        customers.atRiskDay.push_back(dayColumn(query, 4));
        customers.monthlyRevenue.push_back(realColumn(query, 5));
        customers.social.push_back(std::int8_t(flagColumn(query, 6) == 1));
        customers.firstSocialDay.push_back(dayColumn(query, 9));
        customers.npsScore.push_back(query.isNull(7) ? std::int8_t(-1)
                                                     : std::int8_t(query.integer(7)));
        latest = std::max({latest, signup, churn});
        if (query.isNull(8)) {
            customers.segment.push_back(-1);
        } else {
            const std::string name(query.utf8(8), size_t(query.textSize(8)));
            auto [position, inserted] = segments.emplace(name, std::int32_t(segments.size()));
            if (inserted)
                customers.segmentNames << QString::fromStdString(name);
            customers.segment.push_back(position->second);
        }
    }

    // The index keys view into `ids`, which no longer grows.
    CustomerIndex index;
    index.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
        index.emplace(ids[i], std::int32_t(i));

    // The event tables are independent of each other: read them in slices,
    // on as many threads as the machine has cores.
    const int threadCount = std::max(2, int(std::thread::hardware_concurrency()));
    const std::vector<Slice> slices = planSlices(connection, threadCount);
    // The slices are read on connections of their own; a write committed
    // meanwhile leaves data->revision behind, so no snapshot is made of them.
    connection.execute("COMMIT");
    connection.close();
    std::vector<SliceResult> results(slices.size());
    std::atomic<size_t> nextSlice {0};
    std::vector<std::exception_ptr> errors(static_cast<size_t>(threadCount));
    auto worker = [&](int thread) {
        try {
            for (size_t slice = nextSlice++; slice < slices.size(); slice = nextSlice++)
                readSlice(projectPath, index, slices[slice], results[slice], isCancelled);
        } catch (...) {
            errors[size_t(thread)] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    for (int thread = 1; thread < threadCount; ++thread)
        threads.emplace_back(worker, thread);
    worker(0);
    for (std::thread &thread : threads)
        thread.join();
    for (const std::exception_ptr &error : errors) {
        if (error)
            std::rethrow_exception(error);
    }

    for (size_t slice = 0; slice < slices.size(); ++slice) {
        SliceResult &result = results[slice];
        if (!result.complete)
            return nullptr; // cancelled
        latest = std::max(latest, result.latest);
        if (slices[slice].table != Slice::Table::Mentions)
            data->unknownCustomerRows += result.unknown;
        appendColumns(data->contacts, std::move(result.contacts));
        appendColumns(data->orders, std::move(result.orders));
        appendColumns(data->mentions, std::move(result.mentions));
    }
    data->latestDay = latest;
    return data;
}
std::vector<std::int32_t> ProjectData::customersWithAttribute(const QString &name,
                                                              const QString &value) const
{
    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    SqliteStatement query = connection.prepare(
        "SELECT row_id FROM extra_attributes WHERE table_name = 'customers' AND name = ? "
        "AND value = ? ORDER BY row_id");
    query.bind(1, name);
    query.bind(2, value);
    std::vector<std::int32_t> result;
    while (query.step()) {
        const qint64 rowId = query.integer(0);
        const auto found
            = std::lower_bound(customers.rowIds.begin(), customers.rowIds.end(), rowId);
        if (found != customers.rowIds.end() && *found == rowId)
            result.push_back(std::int32_t(found - customers.rowIds.begin()));
    }
    return result;
}

ProjectData::AttributeColumn ProjectData::attributeColumn(const QString &name) const
{
    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    SqliteStatement query = connection.prepare(
        "SELECT row_id, value FROM extra_attributes WHERE table_name = 'customers' AND name = ? "
        "ORDER BY row_id");
    query.bind(1, name);
    AttributeColumn column;
    column.codes.assign(customers.size(), -1);
    std::unordered_map<std::string, std::int32_t> codes;
    while (query.step()) {
        const qint64 rowId = query.integer(0);
        const auto found
            = std::lower_bound(customers.rowIds.begin(), customers.rowIds.end(), rowId);
        if (found == customers.rowIds.end() || *found != rowId || query.isNull(1))
            continue;
        const std::string value(query.utf8(1), size_t(query.textSize(1)));
        auto [position, inserted] = codes.emplace(value, std::int32_t(codes.size()));
        if (inserted)
            column.values << QString::fromStdString(value);
        column.codes[size_t(found - customers.rowIds.begin())] = position->second;
    }
    return column;
}
