// Teams for the one-screen game: defaults, colour plus symbol, keys that never clash.
#include <doctest/doctest.h>

#include <stdexcept>

#include "classroom/classroom_game.hpp"
#include "classroom/team_setup.hpp"

using namespace chronik::classroom;

TEST_CASE("default teams have the German-layout keys and distinct colours and symbols") {
    const auto teams = default_teams(4);
    REQUIRE(teams.size() == 4);
    CHECK(teams[0].keys == std::array<std::string, 4>{"1", "2", "3", "4"});
    CHECK(teams[1].keys == std::array<std::string, 4>{"Q", "W", "E", "R"});
    CHECK(teams[2].keys == std::array<std::string, 4>{"A", "S", "D", "F"});
    CHECK(teams[3].keys == std::array<std::string, 4>{"Y", "X", "C", "V"});
    CHECK_NOTHROW(validate_teams(default_teams(6)));
    CHECK_NOTHROW(validate_teams(default_teams(2)));
    CHECK_THROWS_AS(default_teams(1), std::invalid_argument);
    CHECK_THROWS_AS(default_teams(7), std::invalid_argument);
}

TEST_CASE("a key press finds its team and choice") {
    const auto teams = default_teams(4);
    const auto k = find_key(teams, "E");
    CHECK(k.found);
    CHECK(k.press.team == 1);
    CHECK(k.press.choice == 2);
    CHECK_FALSE(find_key(teams, "Z").found);
}

TEST_CASE("a remapping that reuses a key, a colour, a symbol or a name is refused") {
    auto teams = default_teams(3);
    teams[2].keys[0] = "Q";
    CHECK_THROWS_WITH_AS(validate_teams(teams), doctest::Contains("key Q"), std::invalid_argument);
    teams = default_teams(3);
    teams[1].colour = teams[0].colour;
    CHECK_THROWS_AS(validate_teams(teams), std::invalid_argument);
    teams = default_teams(3);
    teams[1].symbol = teams[0].symbol;
    CHECK_THROWS_AS(validate_teams(teams), std::invalid_argument);
    teams = default_teams(3);
    teams[1].name = " Team  1 ";
    CHECK_THROWS_AS(validate_teams(teams), std::invalid_argument);
}

TEST_CASE("four teams on one screen play a game to the podium with their key presses") {
    const auto teams = default_teams(4);
    std::vector<ClassroomQuestion> qs;
    for (int i = 0; i < 3; ++i)
        qs.push_back({"q", "Frage", {"A", "B", "C", "D"}, 2, ""});
    ClassroomSettings s;
    s.reading_ms = 500;
    s.scoring.time_limit_ms = 10'000;
    ClassroomGame g(qs, s);
    std::vector<PlayerId> ids;
    for (const auto& t : teams)
        ids.push_back(g.join(t.name).id);
    g.start(0);
    chronik::TimeMs now = 0;
    for (std::size_t q = 0; q < 3; ++q) {
        now += 500;
        g.tick(now);
        REQUIRE(g.phase() == Phase::Answering);
        // Team 1 presses 3 (right), team 2 E (right), team 3 A (wrong), team 4 V (wrong).
        for (const char* key : {"3", "E", "A", "V", "1"}) {  // "1" again: team 1 is locked
            const auto k = find_key(teams, key);
            REQUIRE(k.found);
            now += 1'000;
            const auto v = g.answer(ids[k.press.team], q, k.press.choice, now);
            CHECK((v == AnswerVerdict::Accepted || std::string(key) == "1"));
        }
        CHECK(g.phase() == Phase::Reveal);
        g.next(now);
        g.next(now);
    }
    CHECK(g.phase() == Phase::Podium);
    const auto podium = g.podium();
    REQUIRE(podium.size() == 4);  // teams 3 and 4 tie at 0
    CHECK(podium[0].id == "Team 1");
    CHECK(podium[1].id == "Team 2");
    CHECK(podium[2].rank == 3);
    CHECK(podium[3].rank == 3);
}
