// The benchmark's frame report: percentiles and the per-scene breakdown.
#include <doctest/doctest.h>

#include "app/frame_stats.hpp"

using namespace chronik::app;

TEST_CASE("percentile is by nearest rank and 0 for no values") {
    CHECK(percentile({}, 99) == 0);
    CHECK(percentile({5, 1, 3, 2, 4}, 50) == 3);
    CHECK(percentile({5, 1, 3, 2, 4}, 100) == 5);
    CHECK(percentile({5, 1, 3, 2, 4}, 1) == 1);
}

TEST_CASE("the report breaks frames down by scene, slowest p99 first") {
    std::vector<std::string> names;
    const auto home = scene_index(names, "home");
    const auto quiz = scene_index(names, "quiz");
    CHECK(scene_index(names, "home") == home);
    CHECK(names.size() == 2);
    std::vector<FrameSample> samples;
    for (int i = 0; i < 10; ++i)
        samples.push_back({1.0, 2.0 + i, quiz});
    samples.push_back({40.0, 30.0, home, true});
    const std::string report = describe_frames(samples, names);
    CHECK(report.find("frames: 11") != std::string::npos);
    const auto h = report.find("home"), q = report.find("quiz");
    REQUIRE(h != std::string::npos);
    REQUIRE(q != std::string::npos);
    CHECK(h < q);  // home's p99 (30 ms) is the worse one
    CHECK(report.find("10 frames  CPU p50 6.00 ms  p99 11.00 ms") != std::string::npos);
    CHECK(report.find("1 frames  CPU p50 30.00 ms  p99 30.00 ms  wall p90 40.00 ms  max 40.00 ms  "
                      "entered 1x p50 40.00 ms") != std::string::npos);
}
