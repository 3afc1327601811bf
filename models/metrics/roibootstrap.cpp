// SPDX-License-Identifier: GPL-3.0-or-later
#include "roibootstrap.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <thread>

namespace {

// SplitMix64: well-spread seeds for neighbouring replicate numbers.
std::uint64_t replicateSeed(std::uint64_t seed, int replicate)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * std::uint64_t(replicate + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// The type-7 quantile (R's default) of sorted values.
double quantile(const std::vector<double> &sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

template<typename T>
void appendPicked(std::vector<T> &to, const std::vector<T> &from,
                  const std::vector<std::uint32_t> &events)
{
    for (std::uint32_t event : events)
        to.push_back(from[event]);
}

} // namespace

RoiBootstrap::Drawer::Drawer(const ProjectData &data)
    : m_data(data)
    , m_contacts(group(data.contacts.customer, data.customers.size()))
    , m_orders(group(data.orders.customer, data.customers.size()))
    , m_mentions(group(data.mentions.customer, data.customers.size()))
{ }

RoiBootstrap::Drawer::ByCustomer
RoiBootstrap::Drawer::group(const std::vector<std::int32_t> &customerOf, std::size_t customers)
{
    ByCustomer grouped;
    grouped.offsets.assign(customers + 1, 0);
    for (const std::int32_t c : customerOf) {
        if (c >= 0 && std::size_t(c) < customers)
            ++grouped.offsets[std::size_t(c) + 1];
    }
    for (std::size_t c = 0; c < customers; ++c)
        grouped.offsets[c + 1] += grouped.offsets[c];
    grouped.order.resize(grouped.offsets[customers]);
    std::vector<std::uint32_t> next(grouped.offsets.begin(), grouped.offsets.end() - 1);
    for (std::size_t event = 0; event < customerOf.size(); ++event) {
        const std::int32_t c = customerOf[event];
        if (c >= 0 && std::size_t(c) < customers)
            grouped.order[next[std::size_t(c)]++] = std::uint32_t(event);
        else
            grouped.untied.push_back(std::uint32_t(event));
    }
    return grouped;
}

std::unique_ptr<ProjectData>
RoiBootstrap::Drawer::draw(const std::vector<std::int32_t> &picks) const
{
    auto drawn = std::make_unique<ProjectData>();
    drawn->projectPath = m_data.projectPath;
    drawn->version = m_data.version;
    drawn->revision = m_data.revision;
    drawn->assumptions = m_data.assumptions;
    drawn->improvements = m_data.improvements;
    drawn->latestDay = m_data.latestDay;
    drawn->unknownCustomerRows = m_data.unknownCustomerRows;

    const CustomerColumns &from = m_data.customers;
    CustomerColumns &to = drawn->customers;
    const std::size_t n = picks.size();
    to.segmentNames = from.segmentNames;
    to.rowIds.resize(n);
    to.signupDay.resize(n);
    to.churnDay.resize(n);
    to.atRiskDay.resize(n);
    to.monthlyRevenue.resize(n);
    to.social.resize(n);
    to.firstSocialDay.resize(n);
    to.npsScore.resize(n);
    to.segment.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        const auto c = std::size_t(picks[j]);
        to.rowIds[j] = qint64(j) + 1; // a customer drawn twice is two customers
        to.signupDay[j] = from.signupDay[c];
        to.churnDay[j] = from.churnDay[c];
        to.atRiskDay[j] = from.atRiskDay[c];
        to.monthlyRevenue[j] = from.monthlyRevenue[c];
        to.social[j] = from.social[c];
        to.firstSocialDay[j] = from.firstSocialDay[c];
        to.npsScore[j] = from.npsScore[c];
        to.segment[j] = from.segment[c];
    }

    // The events of each drawn customer, as the list of source events and
    // the new customer index of each.
    auto pick = [&picks](const ByCustomer &grouped, std::vector<std::uint32_t> &events,
                         std::vector<std::int32_t> &customerOf) {
        std::size_t total = grouped.untied.size();
        for (const std::int32_t c : picks)
            total += grouped.offsets[std::size_t(c) + 1] - grouped.offsets[std::size_t(c)];
        events.reserve(total);
        customerOf.reserve(total);
        for (std::size_t j = 0; j < picks.size(); ++j) {
            const auto c = std::size_t(picks[j]);
            for (std::uint32_t k = grouped.offsets[c]; k < grouped.offsets[c + 1]; ++k) {
                events.push_back(grouped.order[k]);
                customerOf.push_back(std::int32_t(j));
            }
        }
    };

    std::vector<std::uint32_t> events;
    pick(m_contacts, events, drawn->contacts.customer);
    const ContactColumns &contacts = m_data.contacts;
    appendPicked(drawn->contacts.day, contacts.day, events);
    appendPicked(drawn->contacts.channel, contacts.channel, events);
    appendPicked(drawn->contacts.resolved, contacts.resolved, events);
    appendPicked(drawn->contacts.processChange, contacts.processChange, events);
    appendPicked(drawn->contacts.handleMinutes, contacts.handleMinutes, events);
    appendPicked(drawn->contacts.cost, contacts.cost, events);

    events.clear();
    pick(m_orders, events, drawn->orders.customer);
    appendPicked(drawn->orders.day, m_data.orders.day, events);
    appendPicked(drawn->orders.amount, m_data.orders.amount, events);
    appendPicked(drawn->orders.crossSell, m_data.orders.crossSell, events);

    events.clear();
    pick(m_mentions, events, drawn->mentions.customer);
    for (std::uint32_t event : m_mentions.untied) {
        events.push_back(event);
        drawn->mentions.customer.push_back(-1);
    }
    appendPicked(drawn->mentions.day, m_data.mentions.day, events);
    appendPicked(drawn->mentions.sentiment, m_data.mentions.sentiment, events);
    appendPicked(drawn->mentions.reach, m_data.mentions.reach, events);
    return drawn;
}

std::optional<RoiBootstrap::Result>
RoiBootstrap::run(const ProjectData &data, const std::vector<std::int32_t> &population,
                  const Settings &settings, const ReplicateValue &value,
                  const CancelCheck &isCancelled, const Progress &progress)
{
    if (population.empty() || settings.replicates < 2)
        return std::nullopt;
    const Drawer drawer(data);
    const int total = settings.replicates;
    const std::size_t customers = population.size();
    const std::size_t drawnPerReplicate
        = settings.maxDrawn > 0 ? std::min(customers, settings.maxDrawn) : customers;
    const double scale = double(customers) / double(drawnPerReplicate);
    std::vector<double> values(std::size_t(total), std::nan(""));
    std::atomic_int next {0};
    std::atomic_int done {0};
    std::atomic_bool cancelled {false};

    auto work = [&] {
        std::vector<std::int32_t> picks(drawnPerReplicate);
        for (int r = next++; r < total; r = next++) {
            if (cancelled.load() || (isCancelled && isCancelled())) {
                cancelled = true;
                return;
            }
            std::mt19937_64 generator(replicateSeed(settings.seed, r));
            std::uniform_int_distribution<std::size_t> any(0, population.size() - 1);
            for (std::int32_t &picked : picks)
                picked = population[any(generator)];
            const std::unique_ptr<ProjectData> drawn = drawer.draw(picks);
            values[std::size_t(r)] = scale * value(*drawn, picks);
            const int finished = ++done;
            if (progress)
                progress(finished, total);
        }
    };

    // A replicate's copy of the project is at most maxDrawn customers, so
    // every core can hold one.
    int threads = settings.threads;
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::min(threads, total);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    if (cancelled)
        return std::nullopt;

    Result result;
    result.values = values;
    result.population = customers;
    result.drawn = drawnPerReplicate;
    result.shrink = std::sqrt(1.0 / scale);
    std::vector<double> sorted;
    for (double v : values) {
        if (std::isfinite(v))
            sorted.push_back(v);
    }
    result.replicates = int(sorted.size());
    result.failed = total - result.replicates;
    if (!result.isUsable())
        return result;
    std::sort(sorted.begin(), sorted.end());
    result.low = quantile(sorted, 0.025);
    result.high = quantile(sorted, 0.975);
    double mean = 0;
    for (double v : sorted)
        mean += v;
    mean /= double(sorted.size());
    double squares = 0;
    for (double v : sorted)
        squares += (v - mean) * (v - mean);
    result.standardError = result.shrink * std::sqrt(squares / double(sorted.size() - 1));
    return result;
}
