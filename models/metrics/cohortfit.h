// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerscores.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

// What CustomerValue keeps of a cohort's fits between computes, and its
// stored form: within a process in its cache of fits, across processes in
// the project (ColumnSnapshot::writeFits).
namespace CustomerValue {

// FNV-1a over the bytes of values: the key of the fits (the data they read)
// and the checksum of their stored form.
class ContentHash
{
public:
    template<typename T>
    void add(const T &value)
    {
        addBytes(reinterpret_cast<const unsigned char *>(&value), sizeof(T));
    }
    void addBytes(const unsigned char *bytes, std::size_t size)
    {
        for (std::size_t i = 0; i < size; ++i) {
            m_hash ^= bytes[i];
            m_hash *= 1099511628211ULL;
        }
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

struct OrderForecast
{
    bool valid = false;
    double horizon = 0; // expected transactions over the next horizon, if alive
    double discounted = 0; // discounted expected transactions over orderYears, if alive
};

using DerlCache = std::unordered_map<std::int64_t, double>; // by period
using ForecastCache = std::unordered_map<std::int64_t, OrderForecast>; // by (x, T in days)

// What the intervals were computed for: the discount rate, horizon and
// margin, and the cohort's monthly revenues, which the lifetime values
// multiply and the key of the fits leaves out (the fits read only whether
// a revenue is known).
struct IntervalKey
{
    std::array<double, 3> assumptions {};
    std::uint64_t revenue = 0; // a hash of the cohort's monthly revenues
    bool operator==(const IntervalKey &other) const
    {
        return assumptions == other.assumptions && revenue == other.revenue;
    }
};

// What one cohort's fits leave for the scoring: kept between computes of
// the same data, cohorts and as-of date (a what-if of the assumptions
// refits nothing), with the order forecasts of the last discount rate and
// horizon.
struct CohortFit
{
    // Without the projection, which depends on the horizon; each warning
    // its untranslated sentence, translated as the models are handed out.
    CohortModels models;
    bool hasRevenue = false;
    bool hasOrders = false;
    ModelParameters parameters;
    // Each model's covariance of its parameters (row-major), for the
    // intervals; empty without a fit.
    std::vector<double> sbgCovariance;
    std::vector<double> bgnbdCovariance;
    std::vector<double> gammaGammaCovariance;
    double forecastRate = -1; // monthly discount rate of `forecasts`
    int forecastHorizon = -1; // horizon months of `forecasts`
    ForecastCache forecasts;
    // The intervals of the last assumptions and revenues: the ROI's
    // what-ifs recompute the group many times over.
    std::optional<IntervalKey> intervalKey;
    CohortValue clvInterval;
    CohortValue derlInterval;
};

using CohortFits = std::array<CohortFit, 2>; // by cohort

// Both cohorts' fits of the data with content hash `key` as bytes: what a
// later compute needs, with the order forecasts and intervals of the
// assumptions they were computed for, a format version, the key and a
// checksum.
QByteArray encodeFits(std::uint64_t key, const CohortFits &fits);

// The fits of encodeFits(), or nullopt when `bytes` are not exactly that
// for this key and format: damaged, truncated, another key's or another
// version's.
std::optional<CohortFits> decodeFits(std::uint64_t key, const QByteArray &bytes);

} // namespace CustomerValue
