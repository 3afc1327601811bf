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

inline std::size_t count(std::size_t customers)
{
    return customers < 50'000 ? 1 : 4;
}

// Runs work(slice, first, last) for each slice [first, last) of the
// customers, slice 0 on the calling thread; returns when all are done.
// No slices, no work.
template<typename Work>
void run(std::size_t customers, std::size_t slices, Work &&work)
{
    if (slices == 0)
        return;
    const std::size_t size = (customers + slices - 1) / slices;
    std::vector<std::thread> running;
    for (std::size_t s = 1; s < slices; ++s) {
        running.emplace_back([&work, s, size, customers] {
            work(s, std::min(customers, s * size), std::min(customers, (s + 1) * size));
        });
    }
    work(std::size_t(0), std::size_t(0), std::min(customers, size));
    for (std::thread &thread : running)
        thread.join();
}

} // namespace CustomerSlices
