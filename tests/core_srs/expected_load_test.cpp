#include "srs/expected_load.hpp"

#include <doctest/doctest.h>

namespace chronik {

TEST_CASE("a higher retention costs more answers a day, in proportion to the new cards") {
    const double at_80 = expected_daily_reviews(0.80, 20);
    const double at_90 = expected_daily_reviews(0.90, 20);
    const double at_97 = expected_daily_reviews(0.97, 20);
    CHECK(at_80 > 20.0);  // every new card is answered at least once on its first day
    CHECK(at_80 < at_90);
    CHECK(at_90 < at_97);
    // Each day's new cards bring the same first-year answers: twice the cards, twice the load.
    CHECK(expected_daily_reviews(0.90, 40) == doctest::Approx(2 * at_90));
    CHECK(expected_daily_reviews(0.90, 1) == doctest::Approx(at_90 / 20));
}

TEST_CASE("no new cards, fewer than none, or a retention the settings refuse: no load") {
    CHECK(expected_daily_reviews(0.90, 0) == 0.0);
    CHECK(expected_daily_reviews(0.90, -5) == 0.0);
    CHECK(expected_daily_reviews(0.50, 20) == 0.0);
    CHECK(expected_daily_reviews(0.99, 20) == 0.0);
}

}  // namespace chronik
