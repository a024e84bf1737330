#include <doctest/doctest.h>

#include "app/window_fit.hpp"

using namespace chronik::app;

TEST_CASE("a UI scale that fits the desktop gives 1280x720 times the scale") {
    CHECK(fit_window(1.0, 1920, 1080) == WindowSize{1280, 720});
    CHECK(fit_window(1.0, 1280, 720) == WindowSize{1280, 720});  // exactly the screen: kept
    CHECK(fit_window(1.25, 1920, 1080) == WindowSize{1600, 900});
    CHECK(fit_window(1.5, 0, 0) == WindowSize{1920, 1080});  // desktop unknown: no clamp
}

TEST_CASE("150 % on a 1366x768 screen shrinks to fit, keeping 16:9") {
    const auto w = fit_window(1.5, 1366, 768);
    CHECK(w.width <= 1366);
    CHECK(w.height <= 768 - kDesktopReserveHeight);
    CHECK(w.height == 688);
    CHECK(w.width == 1223);  // 1280 * 688 / 720, rounded down
}

TEST_CASE("the window never goes below the minimum, by scale or by dragging") {
    CHECK(fit_window(0.25, 1920, 1080) == kMinimumWindow);
    CHECK(fit_window(1.0, 320, 240) == kMinimumWindow);
    CHECK(fit_window(1.25, 1280, 720) == WindowSize{1137, 640});  // the test machines' screen
    CHECK(at_least_minimum({1, 1}) == kMinimumWindow);
    CHECK(at_least_minimum({800, 200}) == WindowSize{800, 360});
    CHECK(at_least_minimum({1000, 700}) == WindowSize{1000, 700});
}
