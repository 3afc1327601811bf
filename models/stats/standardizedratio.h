// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

namespace Stats {

// Two ratios of sums and their difference, for rates from the index date:
// the treated's ratio (their numerators over their denominators, e.g.
// contacts over customer-months), and the controls' ratio standardized to
// the treated: the controls' (weighted) ratio in each group, averaged over
// the groups by the treated's denominator in each,
//
//   treated = sum_g N1g / sum_g D1g,
//   control = sum_g (D1g / D1) (N0g / D0g),
//
// over the groups where both sides have a denominator. The variance is the
// robust one clustered on the customer (the linearization of a
// customer-level bootstrap): each cluster's influence through the gradient
// of both ratios with respect to the group totals, squared and summed over
// the clusters. Both ratios are unchanged when every total is scaled, so the
// influences sum to zero; survey::svycontrast on the cluster totals gives
// the same variance times n / (n - 1).
//
// One pass: add() each cluster's own sums (all of a cluster's rows lie in
// one group), in any order, then finish(). A cluster's influence is linear
// in its sums with coefficients known only at the end, so each group keeps
// the sums' second moments and the variance is a quadratic form in them.
class StandardizedRatio
{
public:
    // One cluster's sums on each side.
    struct Sums
    {
        double treatedNumerator = 0;
        double treatedDenominator = 0;
        double controlNumerator = 0;
        double controlDenominator = 0;
    };

    struct Result
    {
        bool valid = false;
        double treated = 0;
        double control = 0;
        double difference = 0;
        double standardError = 0; // of the difference
        double treatedStandardError = 0;
        double controlStandardError = 0;
    };

    explicit StandardizedRatio(std::size_t groups = 0);

    void add(std::size_t group, const Sums &sums);
    // Adds another's clusters (the same groups): for sums made in parallel.
    void merge(const StandardizedRatio &other);
    void finish();

    const Result &result() const { return m_result; }
    // A cluster's influence on the difference (0 when its group is not
    // used), after finish().
    double influence(std::size_t group, const Sums &sums) const;

private:
    using Vector = std::array<double, 4>; // treated n, d, control n, d
    struct Group
    {
        Vector totals {};
        std::array<double, 16> moments {}; // sum over clusters of x x'
    };
    // The gradients of the treated and control ratios with respect to a
    // cluster's sums in `group`.
    std::pair<Vector, Vector> gradients(std::size_t group) const;

    std::vector<Group> m_groups;
    std::vector<bool> m_used;
    // Per group, gradients(group) as finish() found them: influence() is
    // asked for once per customer and ratio.
    std::vector<std::pair<Vector, Vector>> m_gradients;
    double m_treatedDenominator = 0; // over the used groups
    Result m_result;
};

// Called once per customer and ratio by the rates from the index date:
// inline, as the libraries' position-independent code keeps calls to other
// functions out of line.
inline void StandardizedRatio::add(std::size_t group, const Sums &sums)
{
    Group &totals = m_groups[group];
    const Vector x = {sums.treatedNumerator, sums.treatedDenominator, sums.controlNumerator,
                      sums.controlDenominator};
    for (std::size_t row = 0; row < 4; ++row) {
        totals.totals[row] += x[row];
        if (x[row] == 0)
            continue;
        for (std::size_t column = 0; column < 4; ++column)
            totals.moments[row * 4 + column] += x[row] * x[column];
    }
}

} // namespace Stats
