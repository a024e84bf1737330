#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

#include "round/timeline_score.hpp"

using namespace chronik::round;

namespace {

PairScore score(std::vector<std::size_t> ranks) {
    return score_pairs(ranks);
}

}  // namespace

TEST_CASE("A timeline in the correct order has every pair ordered: 100 percent, tau 1") {
    const PairScore s = score({0, 1, 2, 3, 4});
    CHECK(s.ordered == 10);
    CHECK(s.total == 10);
    CHECK(s.percent() == 100);
    CHECK(s.kendall_tau() == doctest::Approx(1.0));
}

TEST_CASE("A reversed timeline has no pair ordered: 0 percent, tau -1") {
    const PairScore s = score({4, 3, 2, 1, 0});
    CHECK(s.ordered == 0);
    CHECK(s.reversed() == 10);
    CHECK(s.percent() == 0);
    CHECK(s.kendall_tau() == doctest::Approx(-1.0));
}

TEST_CASE("One neighbour swap among five events costs one pair of ten") {
    const PairScore s = score({0, 2, 1, 3, 4});
    CHECK(s.ordered == 9);
    CHECK(s.percent() == 90);
    CHECK(s.kendall_tau() == doctest::Approx(0.8));
}

TEST_CASE("One event moved from first to last costs all its pairs") {
    // Rank 0 placed last: 4 reversed pairs of 10.
    const PairScore s = score({1, 2, 3, 4, 0});
    CHECK(s.ordered == 6);
    CHECK(s.percent() == 60);
}

TEST_CASE("The pair percentage rounds half up") {
    CHECK(PairScore{1, 3}.percent() == 33);
    CHECK(PairScore{2, 3}.percent() == 67);
    CHECK(PairScore{3, 120}.percent() == 3);  // 2.5 %
}

TEST_CASE("A timeline without pairs counts as fully ordered") {
    CHECK(score({0}).percent() == 100);
    CHECK(score({}).kendall_tau() == doctest::Approx(1.0));
}

TEST_CASE("A pair score of something that is not a permutation is rejected") {
    CHECK_THROWS_AS(score({0, 2}), std::invalid_argument);
    CHECK_THROWS_AS(score({1, 1}), std::invalid_argument);
}
