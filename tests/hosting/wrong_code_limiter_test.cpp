// Wrong room codes per address, on a test clock: typos are free, guessing is hopeless.
#include <doctest/doctest.h>

#include "hosting/room_code.hpp"
#include "hosting/wrong_code_limiter.hpp"

using namespace chronik;
using namespace chronik::hosting;

TEST_CASE("three typos are heard at once, then the waits double up to 30 s") {
    WrongCodeLimiter limiter;
    TimeMs now = 1'000'000;
    for (int i = 0; i < 3; ++i) {
        CHECK(limiter.wait_ms("10.0.0.7", now) == 0);
        CHECK(limiter.wrong("10.0.0.7", now).wait_ms == 0);
    }
    const std::int64_t expected[] = {1'000, 2'000, 4'000, 8'000, 16'000, 30'000, 30'000};
    for (const auto wait : expected) {
        CHECK(limiter.wait_ms("10.0.0.7", now) == 0);
        CHECK(limiter.wrong("10.0.0.7", now).wait_ms == wait);
        CHECK(limiter.wait_ms("10.0.0.7", now + wait - 1) == 1);
        now += wait;
    }
    // Another computer is not held up by this one.
    CHECK(limiter.wait_ms("10.0.0.8", now - 1) == 0);
}

TEST_CASE("10,000 wrong codes from one address take far longer than a lesson") {
    WrongCodeLimiter limiter;
    const TimeMs start = 0;
    TimeMs now = start;
    for (int i = 0; i < 10'000; ++i) {
        now += limiter.wait_ms("192.168.1.66", now);  // the guesser tries as early as it may
        REQUIRE(limiter.wait_ms("192.168.1.66", now) == 0);
        limiter.wrong("192.168.1.66", now);
    }
    const double hours = static_cast<double>(now - start) / kHourMs;
    MESSAGE("10,000 wrong codes from one address: " << hours << " hours");
    // 3 free, then 1+2+4+8+16 s, then 30 s each: (10,000 - 1 - 8) * 30 s + 31 s.
    CHECK(now - start == (9'999 - 8) * 30'000 + 31'000);
    CHECK(hours > 80.0);  // a lesson is 45 to 90 minutes
    // At that rate a whole /24 (254 computers) guessing through a 90-minute lesson covers
    // 254 * (3 + 5 + (5,400 - 31) / 30) = 47,752 of 24^6 = 191,102,976 codes: 1 in 4,000.
    const double tries_per_address = 3 + 5 + (5'400.0 - 31.0) / 30.0;
    const double codes = 24.0 * 24 * 24 * 24 * 24 * 24;
    CHECK(254 * tries_per_address / codes < 1.0 / 4'000);
}

TEST_CASE("a hello during the wait is not heard and does not make the wait longer") {
    WrongCodeLimiter limiter;
    for (int i = 0; i < 4; ++i)
        limiter.wrong("a", 0);
    CHECK(limiter.wait_ms("a", 0) == 1'000);
    for (TimeMs t = 0; t < 1'000; t += 10)
        CHECK(limiter.early("a", t).wait_ms == 1'000 - t);
    CHECK(limiter.wait_ms("a", 1'000) == 0);
}

TEST_CASE("a quiet minute forgives one wrong try, so a student's typos do not pile up") {
    WrongCodeLimiter limiter;
    for (int i = 0; i < 5; ++i)
        limiter.wrong("s", TimeMs{i} * 100'000);  // five typos over several lessons' minutes
    // Each came more than a minute after the last: all but the newest were forgiven.
    CHECK(limiter.wait_ms("s", 400'000) == 0);
    WrongCodeLimiter burst;
    for (int i = 0; i < 5; ++i)
        burst.wrong("s", 0);  // 5 at once: the 4th and 5th wait
    CHECK(burst.wait_ms("s", 0) == 2'000);
    // Two quiet minutes forgive two of the five: the next is the fourth in a row again (1 s).
    CHECK(burst.wrong("s", 120'000).wait_ms == 1'000);
}

TEST_CASE("wrong codes are logged once per address and minute, with the count of the others") {
    WrongCodeLimiter limiter;
    int lines = 0;
    std::size_t folded = 0;
    for (TimeMs t = 0; t < 60'000; t += 60) {  // 1,000 hellos in a minute
        const auto seen =
            limiter.wait_ms("x", t) == 0 ? limiter.wrong("x", t) : limiter.early("x", t);
        lines += seen.log ? 1 : 0;
    }
    CHECK(lines == 1);
    const auto next = limiter.early("x", 60'000);
    CHECK(next.log);
    folded = next.unlogged;
    CHECK(folded == 999);
    // Another address has its own line.
    CHECK(limiter.wrong("y", 100).log);
}

TEST_CASE("the limiter remembers a bounded number of addresses, forgetting the least recent") {
    WrongCodePolicy policy;
    policy.max_addresses = 100;
    WrongCodeLimiter limiter(policy);
    for (int i = 0; i < 1'000; ++i) {
        for (int k = 0; k < 5; ++k)
            limiter.wrong("10.0." + std::to_string(i), i);
    }
    CHECK(limiter.addresses() == 100);
    CHECK(limiter.wait_ms("10.0.999", 999) > 0);
}
