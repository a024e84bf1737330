// The software renderer's thread setting: the game's default, and the user's choice kept.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "app/software_gl.hpp"

using namespace chronik::app;

TEST_CASE("software GL rasterises on the drawing thread unless the user chose otherwise") {
    const char* before = std::getenv("LP_NUM_THREADS");
    const std::string saved = before ? before : "";

    ::unsetenv("LP_NUM_THREADS");
    CHECK(rasteriser_threads_setting() == "LP_NUM_THREADS unset");
    prefer_one_rasteriser_thread();
    REQUIRE(std::getenv("LP_NUM_THREADS"));
    CHECK(std::string(std::getenv("LP_NUM_THREADS")) == "0");
    CHECK(rasteriser_threads_setting() == "LP_NUM_THREADS=0");

    ::setenv("LP_NUM_THREADS", "3", 1);
    prefer_one_rasteriser_thread();
    CHECK(std::string(std::getenv("LP_NUM_THREADS")) == "3");
    CHECK(rasteriser_threads_setting() == "LP_NUM_THREADS=3");

    if (before)
        ::setenv("LP_NUM_THREADS", saved.c_str(), 1);
    else
        ::unsetenv("LP_NUM_THREADS");
}
