#include "optimize/pretrain.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "optimize/memory_model.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

namespace {

struct Group {
    double days = 0;
    double n = 0;
    double smoothed_recall = 0;
};

double fit_one(const std::vector<Group>& groups, double default_s) {
    const double factor = forgetting_factor(kDefaultWeights[20]);
    auto loss = [&](double s) {
        double total = 0.0;
        for (const Group& g : groups) {
            const double p = std::pow(1.0 + factor * g.days / s, -kDefaultWeights[20]);
            total -= g.n *
                     (g.smoothed_recall * std::log(p) + (1.0 - g.smoothed_recall) * std::log1p(-p));
        }
        return total + std::abs(s - default_s) / 16.0;
    };
    double lo = 0.001, hi = 100.0;
    for (int step = 0; step < 1000 && hi - lo >= 2.2e-16; ++step) {
        const double m1 = lo + (hi - lo) / 3.0;
        const double m2 = hi - (hi - lo) / 3.0;
        const double width = hi - lo;
        if (loss(m1) < loss(m2)) {
            hi = m2;
        } else {
            lo = m1;
        }
        // Below a few ulps of S the interval stops shrinking; the reference's bound of 1000 steps
        // would then spin without changing the answer.
        if (!(hi - lo < width)) break;
    }
    return (lo + hi) / 2.0;
}

}  // namespace

InitialStabilities pretrain_initial_stabilities(const TrainingData& data, const ScoredSet& set) {
    InitialStabilities out;
    for (int r = 0; r < 4; ++r)
        out.stability[r] = kDefaultWeights[r];
    double recall_sum = 0.0;
    for (std::size_t i : set.order)
        recall_sum += data.rating[data.items[i]] > 1 ? 1.0 : 0.0;
    const double mean_recall = set.size() ? recall_sum / static_cast<double>(set.size()) : 0.0;

    std::array<std::map<std::int64_t, std::pair<double, double>>, 4> groups;  // dt -> (n, recalls)
    for (std::size_t i : set.kept_first_day_items) {
        const std::size_t r = data.items[i];
        const int first = data.rating[data.first_review_of_item(i)];
        auto& g = groups[static_cast<std::size_t>(first - 1)][data.delta_t[r]];
        g.first += 1;
        g.second += data.rating[r] > 1 ? 1.0 : 0.0;
        ++out.items[static_cast<std::size_t>(first - 1)];
    }
    std::array<bool, 4> present{};
    int present_count = 0;
    for (std::size_t r = 0; r < 4; ++r) {
        if (groups[r].empty()) continue;
        std::vector<Group> list;
        for (const auto& [dt, nr] : groups[r]) {
            const double n = nr.first;
            list.push_back({static_cast<double>(dt), n, (nr.second + mean_recall) / (n + 1.0)});
        }
        out.stability[r] = fit_one(list, kDefaultWeights[r]);
        present[r] = true;
        ++present_count;
    }
    if (present_count == 0) return out;

    // Monotone: a smaller rating never starts more stable than a larger one.
    constexpr std::array<std::pair<int, int>, 6> pairs{
        {{0, 1}, {1, 2}, {2, 3}, {0, 2}, {1, 3}, {0, 3}}};
    for (auto [small, big] : pairs) {
        if (!present[small] || !present[big]) continue;
        double& s_small = out.stability[small];
        double& s_big = out.stability[big];
        if (s_small > s_big) {
            if (out.items[big] < out.items[small]) {
                s_big = s_small;
            } else {
                s_small = s_big;
            }
        }
    }

    if (present_count == 1) {
        int r = 0;
        while (!present[r])
            ++r;
        const double scale = out.stability[r] / kDefaultWeights[r];
        for (int k = 0; k < 4; ++k)
            out.stability[k] = kDefaultWeights[k] * scale;
    } else if (present_count < 4) {
        // Fill the gaps from ln S2 = 0.41 ln S1 + 0.59 ln S3 and ln S3 = 0.46 ln S2 + 0.54 ln S4,
        // solved for the missing logs by Gauss-Jordan elimination on the equations that use them.
        std::array<double, 4> l{};
        for (int k = 0; k < 4; ++k)
            l[k] = present[k] ? std::log(out.stability[k]) : 0.0;
        const double eq[2][4] = {{0.41, -1.0, 0.59, 0.0}, {0.0, 0.46, -1.0, 0.54}};
        std::vector<int> unknown;
        for (int k = 0; k < 4; ++k)
            if (!present[k]) unknown.push_back(k);
        std::vector<int> rows;
        if (unknown.size() == 1) {
            rows.push_back(unknown[0] <= 1 ? 0 : 1);
        } else {
            rows = {0, 1};
        }
        const std::size_t n = unknown.size();
        double m[2][3] = {};
        for (std::size_t i = 0; i < n; ++i) {
            double rhs = 0.0;
            for (int k = 0; k < 4; ++k)
                if (present[k]) rhs -= eq[rows[i]][k] * l[k];
            for (std::size_t j = 0; j < n; ++j)
                m[i][j] = eq[rows[i]][unknown[j]];
            m[i][n] = rhs;
        }
        for (std::size_t col = 0; col < n; ++col) {
            std::size_t pivot = col;
            for (std::size_t i = col; i < n; ++i)
                if (std::abs(m[i][col]) > std::abs(m[pivot][col])) pivot = i;
            for (std::size_t j = 0; j <= n; ++j)
                std::swap(m[col][j], m[pivot][j]);
            for (std::size_t i = 0; i < n; ++i) {
                if (i == col) continue;
                const double f = m[i][col] / m[col][col];
                for (std::size_t j = 0; j <= n; ++j)
                    m[i][j] -= f * m[col][j];
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            out.stability[unknown[i]] = std::exp(m[i][n] / m[i][i]);
        }
    }
    for (double& s : out.stability)
        s = std::min(std::max(s, 0.001), 100.0);
    return out;
}

Weights start_weights(const InitialStabilities& initial) {
    Weights w = kDefaultWeights;
    for (std::size_t r = 0; r < 4; ++r)
        w[r] = initial.stability[r];
    return clamp_to_bounds(w);
}

}  // namespace chronik::optimize
