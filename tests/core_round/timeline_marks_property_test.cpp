// Checks the timeline marking rule against a brute-force reading of its documentation,
// for every placement of up to seven events.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <vector>

#include "round/answer_rating.hpp"
#include "round/timeline_score.hpp"

using namespace chronik::round;

namespace {

bool reversed_pair(const std::vector<std::size_t>& r, std::size_t s) {
    return s + 1 < r.size() && r[s] == r[s + 1] + 1;
}

// Step 1 of the documented rule: isolated reversed neighbours are swapped back.
std::vector<std::size_t> repaired(const std::vector<std::size_t>& r, std::vector<bool>& swapped) {
    std::vector<std::size_t> out = r;
    swapped.assign(r.size(), false);
    for (std::size_t s = 0; s + 1 < r.size(); ++s) {
        if (!reversed_pair(r, s)) continue;
        if ((s > 0 && reversed_pair(r, s - 1)) || reversed_pair(r, s + 1)) continue;
        std::swap(out[s], out[s + 1]);
        swapped[s] = swapped[s + 1] = true;
    }
    return out;
}

struct Run {
    std::size_t length = 0;
    std::size_t displacement = 0;
};

// The longest increasing subsequence by trying every subset, and the smallest
// displacement among those of that length.
Run best_run(const std::vector<std::size_t>& r) {
    Run best;
    const std::size_t n = r.size();
    for (unsigned mask = 1; mask < (1u << n); ++mask) {
        std::size_t last = 0, length = 0, displacement = 0;
        bool increasing = true;
        for (std::size_t s = 0; s < n && increasing; ++s) {
            if (!(mask & (1u << s))) continue;
            if (length > 0 && r[s] <= last) increasing = false;
            last = r[s];
            ++length;
            displacement += s > r[s] ? s - r[s] : r[s] - s;
        }
        if (!increasing) continue;
        if (length > best.length || (length == best.length && displacement < best.displacement)) {
            best = {length, displacement};
        }
    }
    return best;
}

}  // namespace

TEST_CASE("Timeline marks follow the documented rule for every placement of up to seven events") {
    for (std::size_t n = 2; n <= 7; ++n) {
        std::vector<std::size_t> r(n);
        std::iota(r.begin(), r.end(), std::size_t{0});
        do {
            const auto marks = mark_timeline_placement(r);
            std::vector<bool> swapped;
            const auto fixed = repaired(r, swapped);
            const Run expected = best_run(fixed);

            std::size_t on_run = 0, displacement = 0, last = 0;
            bool increasing = true;
            for (std::size_t s = 0; s < n; ++s) {
                if (marks[s] == PlacementMark::OutOfPlace) continue;
                if (on_run > 0 && fixed[s] <= last) increasing = false;
                last = fixed[s];
                ++on_run;
                displacement += s > fixed[s] ? s - fixed[s] : fixed[s] - s;
                // Hard exactly for swapped events on the run.
                CHECK((marks[s] == PlacementMark::NeighbourSwap) == swapped[s]);
            }
            CHECK(increasing);
            if (expected.length >= 2) {
                CHECK(on_run == expected.length);
                CHECK(displacement == expected.displacement);
            } else {
                CHECK(on_run == 0);
            }
            const bool sorted = std::is_sorted(r.begin(), r.end());
            const bool all_good = std::all_of(marks.begin(), marks.end(), [](PlacementMark m) {
                return m == PlacementMark::InRun;
            });
            CHECK(all_good == sorted);
            CHECK((score_pairs(r).percent() == 100) == sorted);
        } while (std::next_permutation(r.begin(), r.end()));
    }
}

TEST_CASE("Moving one event further from its place never raises the pair score") {
    // From the correct order of six, carry the first event right one slot at a time.
    std::vector<std::size_t> r{0, 1, 2, 3, 4, 5};
    std::size_t previous = score_pairs(r).ordered;
    for (std::size_t s = 0; s + 1 < r.size(); ++s) {
        std::swap(r[s], r[s + 1]);
        const std::size_t now = score_pairs(r).ordered;
        CHECK(now == previous - 1);
        previous = now;
    }
}
