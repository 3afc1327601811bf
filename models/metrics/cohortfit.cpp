// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortfit.h"

#include <QDate>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace CustomerValue {

namespace {

// Bump when the layout below or what a fit means changes: a blob of another
// version is then ignored, and the models are fitted again. Version 2: the
// models' warnings untranslated (version 1 held them in the language of the
// compute that fitted them). Version 3: covariances from the Richardson
// Hessian (Stats::maximizeLikelihood), up to 0.7 % off before at a million
// customers.
constexpr std::uint32_t formatVersion = 3;
constexpr char magic[8] = {'S', 'R', 'O', 'I', 'F', 'I', 'T', 'S'};
// Read back in another byte order, this is another number.
constexpr std::uint32_t byteOrderMark = 0x01020304;

std::uint64_t checksum(const char *bytes, qsizetype size)
{
    ContentHash hash;
    hash.addBytes(reinterpret_cast<const unsigned char *>(bytes), std::size_t(size));
    return hash.value();
}

// The layout is written once, in transfer() below, for both directions:
// a Writer's value() appends a value's bytes, a Reader's value() reads them
// back into it. Numbers go as their bytes, so the doubles come back bit for
// bit and a stored fit scores exactly as the fit did.
class Writer
{
public:
    template<typename T>
    void value(const T &number)
    {
        static_assert(std::is_arithmetic_v<T>);
        m_bytes.append(reinterpret_cast<const char *>(&number), qsizetype(sizeof(T)));
    }
    void value(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        value(std::uint32_t(utf8.size()));
        m_bytes.append(utf8);
    }
    void value(const QDate &date)
    {
        value(date.isValid());
        value(date.isValid() ? date.toJulianDay() : qint64(0));
    }
    // In the order of their keys: the same forecasts, the same bytes.
    void value(const ForecastCache &forecasts)
    {
        std::vector<std::int64_t> keys;
        keys.reserve(forecasts.size());
        for (const auto &entry : forecasts)
            keys.push_back(entry.first);
        std::sort(keys.begin(), keys.end());
        sequence(keys, [this, &forecasts](std::int64_t key) {
            const OrderForecast &forecast = forecasts.at(key);
            value(key);
            value(forecast.valid);
            value(forecast.horizon);
            value(forecast.discounted);
        });
    }
    template<typename T, typename Transfer>
    void sequence(const std::vector<T> &items, const Transfer &transfer)
    {
        value(std::uint32_t(items.size()));
        for (const T &item : items)
            transfer(item);
    }
    template<typename T, typename Transfer>
    void optional(const std::optional<T> &item, const Transfer &transfer)
    {
        value(item.has_value());
        if (item)
            transfer(*item);
    }
    QByteArray &bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Every read checked against what is left: a damaged blob ends in a
// failed read, never in a read past its end or a huge allocation.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes, qsizetype size)
        : m_bytes(bytes)
        , m_size(size)
    { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_size; }

    template<typename T>
    void value(T &number)
    {
        static_assert(std::is_arithmetic_v<T>);
        if (take(qsizetype(sizeof(T))))
            std::memcpy(&number, m_bytes.constData() + m_at - qsizetype(sizeof(T)), sizeof(T));
    }
    void value(bool &flag)
    {
        std::uint8_t byte = 0;
        value(byte);
        m_ok = m_ok && byte <= 1;
        flag = byte == 1;
    }
    void value(QString &text)
    {
        std::uint32_t size = 0;
        value(size);
        if (take(qsizetype(size)))
            text = QString::fromUtf8(m_bytes.constData() + m_at - qsizetype(size), qsizetype(size));
    }
    void value(QDate &date)
    {
        bool valid = false;
        qint64 julianDay = 0;
        value(valid);
        value(julianDay);
        date = valid ? QDate::fromJulianDay(julianDay) : QDate();
    }
    void value(ForecastCache &forecasts)
    {
        std::vector<std::pair<std::int64_t, OrderForecast>> entries;
        sequence(entries, [this](auto &entry) {
            value(entry.first);
            value(entry.second.valid);
            value(entry.second.horizon);
            value(entry.second.discounted);
        });
        forecasts.clear();
        forecasts.reserve(entries.size());
        for (const auto &entry : entries)
            forecasts.insert(entry);
    }
    template<typename T, typename Transfer>
    void sequence(std::vector<T> &items, const Transfer &transfer)
    {
        std::uint32_t count = 0;
        value(count);
        // Each item takes a byte at least: a count beyond the bytes left is
        // damage, not a reason to allocate.
        if (!m_ok || qsizetype(count) > m_size - m_at) {
            m_ok = false;
            return;
        }
        items.resize(count);
        for (T &item : items)
            transfer(item);
    }
    template<typename T, typename Transfer>
    void optional(std::optional<T> &item, const Transfer &transfer)
    {
        bool present = false;
        value(present);
        item.reset();
        if (present) {
            T read {};
            transfer(read);
            item = read;
        }
    }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || size < 0 || size > m_size - m_at) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    const QByteArray &m_bytes;
    const qsizetype m_size;
    qsizetype m_at = 0;
    bool m_ok = true;
};

// The stored layout of one cohort's fits; `Fit` is const CohortFit for a
// Writer, CohortFit for a Reader.
template<typename Stream, typename Fit>
void transfer(Stream &io, Fit &fit)
{
    const auto numbers
        = [&io](auto &values) { io.sequence(values, [&io](auto &number) { io.value(number); }); };
    const auto model = [&](auto &fitted) {
        io.value(fitted.valid);
        io.sequence(fitted.parameters, [&io](auto &parameter) {
            io.value(parameter.name);
            io.value(parameter.estimate);
            io.value(parameter.standardError);
        });
        io.value(fitted.logLikelihood);
        io.value(fitted.warning);
    };
    const auto fields = [&io](auto &...field) { (io.value(field), ...); };
    const auto interval = [&](auto &value) {
        for (auto *part : {&value.mean, &value.standardError, &value.low, &value.high})
            io.optional(*part, [&io](auto &number) { io.value(number); });
    };
    auto &models = fit.models;
    model(models.sbg);
    model(models.bgnbd);
    model(models.gammaGamma);
    io.value(models.observedMonths);
    auto &tracking = models.tracking;
    io.value(tracking.firstDay);
    io.value(tracking.calibrationWeeks);
    numbers(tracking.actualCumulative);
    numbers(tracking.expectedCumulative);
    numbers(tracking.actualCounts);
    numbers(tracking.expectedCounts);
    io.value(fit.hasRevenue);
    io.value(fit.hasOrders);
    io.optional(fit.parameters.sbg, [&](auto &p) { fields(p.alpha, p.beta); });
    io.optional(fit.parameters.bgnbd, [&](auto &p) { fields(p.r, p.alpha, p.a, p.b); });
    io.optional(fit.parameters.gammaGamma, [&](auto &p) { fields(p.p, p.q, p.gamma); });
    numbers(fit.sbgCovariance);
    numbers(fit.bgnbdCovariance);
    numbers(fit.gammaGammaCovariance);
    io.optional(fit.intervalKey, [&](auto &key) {
        for (auto &assumption : key.assumptions)
            io.value(assumption);
        io.value(key.revenue);
    });
    interval(fit.clvInterval);
    interval(fit.derlInterval);
    // The order forecasts of the compute that fitted: each a few dozen
    // evaluations of 2F1, half a second for the tens of thousands of
    // distinct histories of a million customers. A compute at another
    // discount rate or horizon drops them.
    io.value(fit.forecastRate);
    io.value(fit.forecastHorizon);
    io.value(fit.forecasts);
}

} // namespace

QByteArray encodeFits(std::uint64_t key, const CohortFits &fits)
{
    Writer out;
    out.bytes().append(magic, sizeof(magic));
    out.value(byteOrderMark);
    out.value(formatVersion);
    out.value(key);
    for (const CohortFit &fit : fits)
        transfer(out, fit);
    out.value(checksum(out.bytes().constData(), out.bytes().size()));
    return out.bytes();
}

std::optional<CohortFits> decodeFits(std::uint64_t key, const QByteArray &bytes)
{
    const auto checked = bytes.size() - qsizetype(sizeof(std::uint64_t));
    if (checked < qsizetype(sizeof(magic))
        || std::memcmp(bytes.constData(), magic, sizeof(magic)) != 0)
        return std::nullopt;
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.constData() + checked, sizeof(stored));
    if (stored != checksum(bytes.constData(), checked))
        return std::nullopt;
    Reader in(bytes, checked);
    char header[sizeof(magic)] = {};
    for (char &byte : header)
        in.value(byte);
    std::uint32_t mark = 0;
    std::uint32_t version = 0;
    std::uint64_t storedKey = 0;
    in.value(mark);
    in.value(version);
    in.value(storedKey);
    if (mark != byteOrderMark || version != formatVersion || storedKey != key)
        return std::nullopt;
    CohortFits fits;
    for (CohortFit &fit : fits)
        transfer(in, fit);
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return fits;
}

} // namespace CustomerValue
