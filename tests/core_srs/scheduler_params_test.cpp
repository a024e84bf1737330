// Scheduler settings: step strings, defaults, validation, weight clipping, derived constants.
#include <doctest/doctest.h>

#include "srs/js_rounding.hpp"
#include "srs/scheduler_params.hpp"

using namespace chronik;

TEST_CASE("jsround rounds halves toward plus infinity, also for negative numbers") {
    CHECK(jsround(2.5) == 3.0);
    CHECK(jsround(-2.5) == -2.0);
    CHECK(jsround(-2.6) == -3.0);
    CHECK(jsround(-2.4) == -2.0);
    CHECK(jsround(-0.5) == 0.0);
    CHECK(jsround(5.5) == 6.0);
    CHECK(jsround(32.5) == 33.0);
    CHECK(jsround(0.49999999999999994) == 0.0);
}

TEST_CASE("round8 keeps eight decimals and rounds a negative half up") {
    CHECK(round8(1.234567891) == 1.23456789);
    CHECK(round8(0.000000005) == 0.00000001);
    CHECK(round8(-0.000000005) == 0.0);
    CHECK(round8(-4.771630700000001) == -4.7716307);
}

TEST_CASE("Step strings are minutes, hours or days read like parseInt") {
    CHECK(parse_step_minutes("1m") == 1);
    CHECK(parse_step_minutes("10m") == 10);
    CHECK(parse_step_minutes("12h") == 720);
    CHECK(parse_step_minutes("1d") == 1440);
    CHECK(parse_step_minutes("0m") == 0);
    CHECK(parse_step_minutes("1.5h") == 60);  // parseInt("1.5") is 1
    CHECK(parse_step_minutes(" 5m") == 5);
    CHECK(parse_step_minutes("+5m") == 5);
    CHECK(parse_step_minutes("7xm") == 7);
    CHECK(parse_steps({"5m", "1h", "12h", "1d"}) == std::vector<int>{5, 60, 720, 1440});
}

TEST_CASE("A step string without a number or unit, or a negative one, is refused by name") {
    CHECK_THROWS_WITH_AS(parse_step_minutes("10"), doctest::Contains("'10'"), SchedulerParamsError);
    CHECK_THROWS_AS(parse_step_minutes(""), SchedulerParamsError);
    CHECK_THROWS_AS(parse_step_minutes("m"), SchedulerParamsError);
    CHECK_THROWS_AS(parse_step_minutes("10s"), SchedulerParamsError);
    CHECK_THROWS_AS(parse_step_minutes(".5h"), SchedulerParamsError);
    CHECK_THROWS_WITH_AS(parse_step_minutes("-5m"), doctest::Contains("negative"),
                         SchedulerParamsError);
    CHECK_THROWS_AS(parse_step_minutes("999999999999d"), SchedulerParamsError);
}

TEST_CASE("Steps are written back in their largest whole unit") {
    CHECK(format_step(1) == "1m");
    CHECK(format_step(90) == "90m");
    CHECK(format_step(60) == "1h");
    CHECK(format_step(720) == "12h");
    CHECK(format_step(2880) == "2d");
    CHECK(format_step(0) == "0m");
}

TEST_CASE("A retention or maximum interval of 0 means the default, others out of range throw") {
    SchedulerParams p;
    p.request_retention = 0.0;
    p.maximum_interval = 0;
    const SchedulerParams n = normalized(p);
    CHECK(n.request_retention == 0.9);
    CHECK(n.maximum_interval == 36500);
    p.request_retention = 1.2;
    CHECK_THROWS_WITH_AS(normalized(p), doctest::Contains("request_retention"),
                         SchedulerParamsError);
    p.request_retention = -0.1;
    CHECK_THROWS_AS(normalized(p), SchedulerParamsError);
    p.request_retention = 0.9;
    p.maximum_interval = -3;
    CHECK_THROWS_WITH_AS(normalized(p), doctest::Contains("maximum_interval"),
                         SchedulerParamsError);
}

TEST_CASE("Three relearning steps clip w17 to 0.49027301, two steps change nothing") {
    CHECK(w17_w18_ceiling(kDefaultFsrsWeights, 1) == 2.0);
    CHECK(w17_w18_ceiling(kDefaultFsrsWeights, 2) == 0.60045935);
    CHECK(w17_w18_ceiling(kDefaultFsrsWeights, 3) == 0.49027301);
    SchedulerParams p;
    p.relearning_steps = {10, 60, 240};
    const FsrsWeights w = clipped_weights(p);
    CHECK(w[17] == 0.49027301);
    CHECK(w[18] == 0.0912);
    p.relearning_steps = {10, 60};
    CHECK(clipped_weights(p)[17] == 0.5425);
}

TEST_CASE("Every weight is clamped into its range and clipping twice changes nothing") {
    SchedulerParams p;
    for (auto& w : p.w)
        w = 1000.0;
    p.w[19] = -1.0;
    FsrsWeights once = clipped_weights(p);
    CHECK(once[0] == 100.0);
    CHECK(once[4] == 10.0);
    CHECK(once[7] == 0.75);
    CHECK(once[17] == 2.0);
    CHECK(once[19] == 0.01);  // short-term on: at least 0.01
    CHECK(once[20] == 0.8);
    p.w = once;
    CHECK(clipped_weights(p) == once);
    p.w[19] = -1.0;
    p.enable_short_term = false;
    CHECK(clipped_weights(p)[19] == 0.0);
}

TEST_CASE("A weight that is not a finite number is refused by index") {
    SchedulerParams p;
    p.w[5] = std::nan("");
    CHECK_THROWS_WITH_AS(clipped_weights(p), doctest::Contains("w5"), SchedulerParamsError);
}

TEST_CASE("The derived constants match the README for the default and a custom decay") {
    const DerivedConstants d = derive_constants(kDefaultFsrsWeights, 0.9);
    CHECK(d.decay == -0.1542);
    CHECK(d.factor == 0.98034649);
    CHECK(d.interval_modifier == 1.0);
    FsrsWeights w = kDefaultFsrsWeights;
    w[20] = 0.1604;
    const DerivedConstants c = derive_constants(w, 0.85);
    CHECK(c.factor == 0.92872868);
    CHECK(c.interval_modifier == 1.88906553);
}
