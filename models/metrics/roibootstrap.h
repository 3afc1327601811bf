// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectdata.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// The ROI's interval from a customer-level bootstrap of the whole
// calculation (SPEC section 4a, "money that adds up"): each replicate draws
// the analysed customers with replacement, every draw bringing all of that
// customer's contacts, orders and mentions, and computes the ROI's value
// again from scratch on the drawn project: index dates, trials, weights,
// curves, rates and money. The 2.5th and 97.5th percentiles of the
// replicates' values bound the interval.
//
// Replicate r draws from its own generator, seeded from the seed and r
// alone, so the interval is the same whatever the threads and the order the
// replicates finish in.
//
// A large project is resampled m out of n (Bickel, Götze & van Zwet 1997):
// each replicate draws m < n customers with replacement, its value (a total
// over customers) is scaled by n / m, and the replicates' spread around the
// estimate is narrowed by sqrt(m / n). Every money component is n times a
// smooth functional of the customers' distribution (rates, weighted
// Kaplan-Meier areas, means), whose estimate varies as 1 / sqrt(size), so
// the rescaled spread is the n-sample's. Each replicate then costs m / n of
// the whole calculation: a million customers get their interval in seconds
// instead of minutes.
class RoiBootstrap
{
public:
    struct Settings
    {
        int replicates = 200;
        std::uint64_t seed = 20260401;
        // Customers drawn per replicate at most: larger populations are
        // resampled m out of n with m = maxDrawn. 0: always all of them.
        std::size_t maxDrawn = 50000;
        // Replicates computed at once; 0: every core.
        int threads = 0;
    };

    struct Result
    {
        int replicates = 0; // replicates with a value
        int failed = 0; // replicates the value could not be computed for
        // The 2.5th and 97.5th percentiles of the values (scaled by n / m):
        // the interval itself when every replicate draws all n customers.
        double low = 0;
        double high = 0;
        double standardError = 0; // of the estimate: the values' spread times shrink
        std::vector<double> values; // in replicate order (scaled), NaN where failed
        std::size_t population = 0; // n, the customers drawn from
        std::size_t drawn = 0; // m, the customers each replicate draws
        // sqrt(m / n): how much narrower the estimate's spread is than the
        // replicates'. 1 for the classic bootstrap.
        double shrink = 1;

        bool isSubsampled() const { return drawn < population; }
        // The 95% interval of an estimate computed on all n customers: the
        // percentiles' distances from it, narrowed by shrink.
        double lowAround(double estimate) const { return estimate + shrink * (low - estimate); }
        double highAround(double estimate) const { return estimate + shrink * (high - estimate); }

        // At least half the replicates (and two) have a value; else the
        // interval is not given.
        bool isUsable() const { return replicates >= 2 && replicates * 2 >= replicates + failed; }
    };

    // The value of one replicate: the drawn project, in which customer j is
    // a copy of customer sourceOf[j] of the original. NaN when it cannot be
    // computed (e.g. nobody to compare in the draw). It must be a total over
    // the drawn customers (it is scaled by n / m when m < n).
    using ReplicateValue = std::function<double(const ProjectData &drawn,
                                                const std::vector<std::int32_t> &sourceOf)>;
    using CancelCheck = std::function<bool()>;
    // Replicates done so far and the total; called from the worker threads.
    using Progress = std::function<void(int done, int total)>;

    // Draws from `population` (customer indexes of `data`, the analysed
    // ones). nullopt when cancelled or without anyone to draw.
    static std::optional<Result> run(const ProjectData &data,
                                     const std::vector<std::int32_t> &population,
                                     const Settings &settings, const ReplicateValue &value,
                                     const CancelCheck &isCancelled = {},
                                     const Progress &progress = {});

    // The project of one draw: customer j copies customer picks[j], with
    // every event of theirs; events tied to no customer are kept once.
    class Drawer
    {
    public:
        explicit Drawer(const ProjectData &data);
        std::unique_ptr<ProjectData> draw(const std::vector<std::int32_t> &picks) const;

    private:
        // Events grouped by customer: the events of customer c are
        // order[offsets[c]] .. order[offsets[c + 1] - 1].
        struct ByCustomer
        {
            std::vector<std::uint32_t> offsets;
            std::vector<std::uint32_t> order;
            std::vector<std::uint32_t> untied; // events of no customer
        };
        static ByCustomer group(const std::vector<std::int32_t> &customerOf, std::size_t customers);

        const ProjectData &m_data;
        ByCustomer m_contacts;
        ByCustomer m_orders;
        ByCustomer m_mentions;
    };
};
