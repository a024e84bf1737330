#include <doctest/doctest.h>

#include "app/options.hpp"

using namespace chronik::app;

TEST_CASE("the game's options parse with values, flags and --name=value") {
    const auto o = parse_options({"--saves", "/tmp/s", "--lang=en", "--no-audio", "--seed", "42",
                                  "--script", "a.txt", "--screenshots", "shots", "--bench-frames",
                                  "300", "--ui-scale", "1.5", "--verbose"});
    CHECK(o.saves == "/tmp/s");
    CHECK(o.saves_given);
    CHECK(o.language == chronik::ui::Language::English);
    CHECK_FALSE(o.audio);
    CHECK(o.seed == 42u);
    CHECK(o.script == std::filesystem::path("a.txt"));
    CHECK(o.bench_frames == 300);
    CHECK(o.ui_scale == doctest::Approx(1.5));
    CHECK(o.verbose);
    const auto d = parse_options({});
    CHECK(d.saves == "saves");
    CHECK(d.language == chronik::ui::Language::German);
    CHECK(d.audio);
}

TEST_CASE("bad command lines are usage errors that name the option") {
    CHECK_THROWS_WITH_AS(parse_options({"--lang", "fr"}), doctest::Contains("--lang"), UsageError);
    CHECK_THROWS_WITH_AS(parse_options({"--seed", "x"}), doctest::Contains("--seed"), UsageError);
    CHECK_THROWS_WITH_AS(parse_options({"--saves"}), doctest::Contains("needs a value"),
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_options({"--frobnicate"}), doctest::Contains("unknown option"),
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_options({"--ui-scale", "9"}), doctest::Contains("--ui-scale"),
                         UsageError);
    CHECK_THROWS_WITH_AS(parse_options({"--no-audio=1"}), doctest::Contains("takes no value"),
                         UsageError);
    CHECK_THROWS_AS(parse_options({"--screenshots", "d"}), UsageError);
}
