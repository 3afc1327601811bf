// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

// Random draws for the demo generator. std::mt19937_64 is fully specified by
// the C++ standard, but the standard distributions are not (libraries differ),
// so the transforms are written here to keep a seed's output the same
// everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    { }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Integer uniform in [low, high].
    int integer(int low, int high) { return low + int(uniform() * double(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    double exponential(double rate) { return -std::log1p(-uniform()) / rate; }

    double normal()
    {
        // Box-Muller; one of the pair is enough here.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    // Knuth's multiplication method; the demo's means are small (< 30).
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        const double limit = std::exp(-mean);
        int count = 0;
        double product = uniform();
        while (product > limit) {
            ++count;
            product *= uniform();
        }
        return count;
    }

private:
    std::mt19937_64 m_engine;
};
