#include <doctest/doctest.h>

#include <limits>

#include "progress/profile_settings.hpp"

using namespace chronik;

TEST_CASE("default settings are valid") {
    ProfileSettings s;
    CHECK(settings_problems(s).empty());
    CHECK(s.desired_retention == 0.90);
    CHECK(s.daily_new_limit == 20);
    CHECK(s.daily_review_limit == 200);
    CHECK(language_code(s.language) == "de");
}

TEST_CASE("a retention outside 0.70 to 0.97 is reported with the field and range") {
    ProfileSettings s;
    s.desired_retention = 0.99;
    const auto p = settings_problems(s);
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "desired_retention is 0.99, allowed is 0.7 to 0.97");
}

TEST_CASE("malformed steps and shrinking steps are reported") {
    ProfileSettings s;
    s.learning_steps = {"10m", "1x"};
    s.relearning_steps = {"1h", "10m"};
    const auto p = settings_problems(s);
    REQUIRE(p.size() == 2);
    CHECK(p[0].find("learning_steps[1]") != std::string::npos);
    CHECK(p[1].find("relearning_steps[1]: steps must not get shorter") != std::string::npos);
}

TEST_CASE("steps parse with their units") {
    CHECK_FALSE(parse_step("90s"));  // the scheduler counts whole minutes
    CHECK(parse_step("10m") == 600'000);
    CHECK(parse_step("12h") == 12 * kHourMs);
    CHECK(parse_step("1d") == kDayMs);
    CHECK_FALSE(parse_step("0m"));
    CHECK_FALSE(parse_step("m"));
    CHECK_FALSE(parse_step("-1m"));
}

TEST_CASE("a key bound to two actions is reported") {
    ProfileSettings s;
    s.key_bindings = {{"answer_1", "Num1"}, {"undo", "Num1"}};
    const auto p = settings_problems(s);
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("\"Num1\" is bound to both") != std::string::npos);
}

TEST_CASE("personal FSRS weights must lie within the FSRS-6 ranges") {
    ProfileSettings s;
    s.fsrs_weights = std::array<double, 21>{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                            0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    CHECK(settings_problems(s).empty());
    (*s.fsrs_weights)[7] = 0.9;
    (*s.fsrs_weights)[20] = std::numeric_limits<double>::quiet_NaN();
    const auto p = settings_problems(s);
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "fsrs_weights[7] is 0.9, allowed is 0.001 to 0.75");
    CHECK(p[1].find("fsrs_weights[20]") == 0);
}

TEST_CASE("every numeric setting has a range") {
    ProfileSettings s;
    s.maximum_interval_days = 0;
    s.daily_new_limit = -1;
    s.daily_review_limit = -1;
    s.timer_seconds = 1;
    s.sound_volume = 1.5;
    s.ui_scale = 10;
    CHECK(settings_problems(s).size() == 6);
}
