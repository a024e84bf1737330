// The open files a class needs: a class fits or the teacher is told the figures at the start.
#include <doctest/doctest.h>

#include "hosting/host_capacity.hpp"

using namespace chronik::hosting;

TEST_CASE("a class of 300 fits a limit of 1024 open files, and not one of 256, with the figures") {
    HostCapacity needs{300, 128, 16, 64, 128, 64};
    CHECK(needs.open_files() == 700);
    CHECK(capacity_problem(needs, 1'024).empty());
    const auto problem = capacity_problem(needs, 256);
    CHECK(problem.find("300 players need 700 open files") != std::string::npos);
    CHECK(problem.find("only 256") != std::string::npos);
    CHECK(problem.find("at most 0 players") != std::string::npos);
    CHECK(players_that_fit(needs, 1'024) == 1'024 - 400);
    CHECK(players_that_fit(needs, 300) == 0);
}
