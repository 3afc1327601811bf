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
class RoiBootstrap
{
public:
    struct Settings
    {
        int replicates = 200;
        std::uint64_t seed = 20260401;
        // Replicates computed at once; 0: every core for projects under
        // 50 000 customers, else one at a time (each replicate's own steps
        // use the cores then).
        int threads = 0;
    };

    struct Result
    {
        int replicates = 0; // replicates with a value
        int failed = 0; // replicates the value could not be computed for
        double low = 0; // 2.5th and 97.5th percentiles of the values
        double high = 0;
        double standardError = 0; // standard deviation of the values
        std::vector<double> values; // in replicate order, NaN where failed

        // At least half the replicates (and two) have a value; else the
        // interval is not given.
        bool isUsable() const { return replicates >= 2 && replicates * 2 >= replicates + failed; }
    };

    // The value of one replicate: the drawn project, in which customer j is
    // a copy of customer sourceOf[j] of the original. NaN when it cannot be
    // computed (e.g. nobody to compare in the draw).
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
