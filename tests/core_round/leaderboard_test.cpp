#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "round/leaderboard.hpp"

using namespace chronik::round;

namespace {

std::vector<std::string> ids(const std::vector<Standing>& s) {
    std::vector<std::string> out;
    for (const auto& x : s)
        out.push_back(x.id);
    return out;
}

std::vector<int> ranks(const std::vector<Standing>& s) {
    std::vector<int> out;
    for (const auto& x : s)
        out.push_back(x.rank);
    return out;
}

}  // namespace

TEST_CASE("The leaderboard puts the highest score first") {
    const std::vector<LeaderboardEntry> e{{"Rot", 500}, {"Blau", 1500}, {"Grün", 1000}};
    const auto s = rank_standings(e);
    CHECK(ids(s) == std::vector<std::string>{"Blau", "Grün", "Rot"});
    CHECK(ranks(s) == std::vector<int>{1, 2, 3});
}

TEST_CASE("Equal scores share a rank and the next rank skips") {
    const std::vector<LeaderboardEntry> e{{"a", 900}, {"b", 700}, {"c", 700}, {"d", 100}};
    CHECK(ranks(rank_standings(e)) == std::vector<int>{1, 2, 2, 4});
    const std::vector<LeaderboardEntry> all_zero{{"a", 0}, {"b", 0}, {"c", 0}};
    CHECK(ranks(rank_standings(all_zero)) == std::vector<int>{1, 1, 1});
}

TEST_CASE("Tied contestants keep the order they were given in") {
    const std::vector<LeaderboardEntry> e{{"z", 300}, {"a", 300}, {"m", 300}};
    CHECK(ids(rank_standings(e)) == std::vector<std::string>{"z", "a", "m"});
}

TEST_CASE("A duplicate id on the leaderboard is rejected") {
    const std::vector<LeaderboardEntry> e{{"a", 1}, {"a", 2}};
    CHECK_THROWS_WITH_AS(rank_standings(e), doctest::Contains("\"a\""), std::invalid_argument);
}

TEST_CASE("Rank changes say who moved up, who moved down and who is new") {
    const std::vector<LeaderboardEntry> first{{"a", 1000}, {"b", 500}, {"c", 0}};
    const std::vector<LeaderboardEntry> second{{"a", 1000}, {"b", 500}, {"c", 1600}, {"d", 50}};
    const auto before = rank_standings(first);
    const auto after = rank_standings(second);
    const auto changes = rank_changes(before, after);
    REQUIRE(changes.size() == 4);
    CHECK(changes[0].id == "c");
    CHECK(changes[0].places_gained() == 2);
    CHECK(changes[0].previous_row == 2u);
    CHECK(changes[0].row == 0u);
    CHECK(changes[1].id == "a");
    CHECK(changes[1].places_gained() == -1);
    CHECK(changes[2].id == "b");
    CHECK(changes[2].places_gained() == -1);
    CHECK(changes[3].id == "d");
    CHECK_FALSE(changes[3].previous_rank.has_value());
    CHECK(changes[3].places_gained() == 0);
}

TEST_CASE("Joining a tie is not counted as moving down") {
    const std::vector<LeaderboardEntry> first{{"a", 1000}, {"b", 500}};
    const std::vector<LeaderboardEntry> second{{"a", 1000}, {"b", 1000}};
    const auto changes = rank_changes(rank_standings(first), rank_standings(second));
    CHECK(changes[0].places_gained() == 0);
    CHECK(changes[1].places_gained() == 1);
}

TEST_CASE("The podium shows the requested number of places") {
    std::vector<LeaderboardEntry> e;
    for (int i = 0; i < 12; ++i) {
        std::string id = "p";  // appended: GCC 12 warns falsely about "p" + std::string
        id += std::to_string(i);
        e.push_back({id, 100 * (12 - i)});
    }
    const auto s = rank_standings(e);
    CHECK(podium(s, 3).size() == 3);
    CHECK(podium(s, 10).size() == 10);
    CHECK(podium(s, 5).back().id == "p4");
}

TEST_CASE("A tie on the last podium place takes everyone tied") {
    const std::vector<LeaderboardEntry> e{{"a", 9}, {"b", 8}, {"c", 7}, {"d", 7}, {"e", 1}};
    const auto top = podium(rank_standings(e), 3);
    CHECK(ids(top) == std::vector<std::string>{"a", "b", "c", "d"});
}

TEST_CASE("A podium smaller than the class shows everyone") {
    const std::vector<LeaderboardEntry> e{{"a", 9}, {"b", 8}};
    CHECK(podium(rank_standings(e), 3).size() == 2);
}

TEST_CASE("A podium size outside 3 to 10 is rejected") {
    const std::vector<Standing> s;
    CHECK_THROWS_AS(podium(s, 2), std::invalid_argument);
    CHECK_THROWS_AS(podium(s, 11), std::invalid_argument);
}
