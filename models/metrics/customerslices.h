// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

// Work over the customers split into slices, each slice on a thread of its
// own, for the engine's per-customer passes whose sums are merged after.
// The slices do not depend on the machine: 1 below 50 000 customers (a
// thread costs more than it saves), else 4. Their sums are merged in slice
// order, so the results are the same to the last bit on any number of cores.
namespace CustomerSlices {

// Where the slices run. A computation that already runs on one of several
// workers (a replicate of the ROI's bootstrap, which keeps every core busy
// with replicates) runs them one after another on its own thread: more
// threads would only wait for the cores. The slices and the order of their
// merge stay the same, so the numbers do too.
enum class Threads { Own, Caller };

// How many slices: `asked` when given (tests, to split small data), at most
// 16 and no more than the customers; else 1 below 50 000 customers, 4 from
// there on.
inline std::size_t count(std::size_t customers, std::size_t asked = 0)
{
    if (asked > 0)
        return std::min({asked, std::size_t(16), std::max<std::size_t>(1, customers)});
    return customers < 50'000 ? 1 : 4;
}

// Runs work(slice, first, last) for each slice [first, last) of the
// customers, slice 0 on the calling thread and each other on a thread of its
// own (Threads::Own), or all on the calling thread in slice order
// (Threads::Caller); returns when all are done. No slices, no work.
template<typename Work>
void run(std::size_t customers, std::size_t slices, Threads threads, Work &&work)
{
    if (slices == 0)
        return;
    const std::size_t size = (customers + slices - 1) / slices;
    const auto slice = [&work, size, customers](std::size_t s) {
        work(s, std::min(customers, s * size), std::min(customers, (s + 1) * size));
    };
    if (threads == Threads::Caller) {
        for (std::size_t s = 0; s < slices; ++s)
            slice(s);
        return;
    }
    std::vector<std::thread> running;
    for (std::size_t s = 1; s < slices; ++s)
        running.emplace_back(slice, s);
    slice(0);
    for (std::thread &thread : running)
        thread.join();
}

} // namespace CustomerSlices
