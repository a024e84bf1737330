// A connection's message budget: a student never notices it, a flood is cut.
#include <doctest/doctest.h>

#include "hosting/message_budget.hpp"

using namespace chronik::hosting;

TEST_CASE("a burst is taken, a flood is cut, and the budget refills with time") {
    MessageBudget budget({20, 40}, 0);
    int taken = 0;
    for (int i = 0; i < 1'000; ++i)
        taken += budget.take(0) ? 1 : 0;
    CHECK(taken == 40);
    CHECK_FALSE(budget.take(49));  // 20 a second: one every 50 ms
    CHECK(budget.take(50));
    CHECK_FALSE(budget.take(50));
    // A student answering once a second for an hour is never cut.
    MessageBudget student({20, 40}, 0);
    for (int s = 0; s < 3'600; ++s)
        REQUIRE(student.take(s * 1'000));
}
