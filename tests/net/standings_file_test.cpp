// Final standings as CSV and JSON: quoting, formula guard, distributions, files in the saves
// folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "io/classroom/standings_file.hpp"

using namespace chronik;

namespace {

classroom::ClassroomGame played_game() {
    std::vector<classroom::ClassroomQuestion> qs{{"i1", "Frage", {"A", "B"}, 0, ""}};
    classroom::ClassroomSettings s;
    s.reading_ms = 0;
    classroom::ClassroomGame g(qs, s);
    const auto a = g.join("Müller, \"Max\"").id;
    const auto b = g.join("=HYPERLINK(1)").id;
    g.start(0);
    g.answer(a, 0, 0, 0);
    g.answer(b, 0, 1, 100);
    return g;
}

}  // namespace

TEST_CASE("standings CSV quotes names and guards against spreadsheet formulas") {
    const auto csv = io::standings_csv(played_game());
    CHECK(csv.find("rank,name,score,correct_answers,answers_given\r\n") == 0);
    CHECK(csv.find("1,\"Müller, \"\"Max\"\"\",1000,1,1\r\n") != std::string::npos);
    CHECK(csv.find("2,'=HYPERLINK(1),0,0,1\r\n") != std::string::npos);
}

TEST_CASE("standings JSON lists every answer and the distribution of every question") {
    const auto j = nlohmann::json::parse(io::standings_json(played_game()));
    CHECK(j["players"].size() == 2);
    CHECK(j["players"][0]["answers"][0]["points"] == 1000);
    CHECK(j["questions"][0]["counts"] == nlohmann::json::array({1, 1}));
    CHECK(j["questions"][0]["correct_count"] == 1);
}

TEST_CASE(
    "standings JSON lists a one-screen game's timeline turns with the team that placed them") {
    const auto game = played_game();
    std::vector<classroom::TurnRecord> turns(3);
    turns[0].team = 1;
    turns[0].item_id = "e1";
    turns[0].result.correct = true;
    turns[0].award.answer_points = 950;
    turns[1].team = 0;
    turns[1].item_id = "e2";
    turns[2].team = 1;
    turns[2].item_id = "e3";
    turns[2].timed_out = true;
    const std::vector<classroom::PlayerId> team_players{game.players()[0].id, game.players()[1].id};
    const auto j = nlohmann::json::parse(io::standings_json(game, turns, team_players));
    // Players are listed best first: Müller (team 0) then the formula name (team 1).
    REQUIRE(j["players"].size() == 2);
    const auto& first = j["players"][0]["timeline_turns"];
    const auto& second = j["players"][1]["timeline_turns"];
    REQUIRE(first.size() == 1);
    CHECK(first[0]["item_id"] == "e2");
    REQUIRE(second.size() == 2);
    CHECK(second[0]["item_id"] == "e1");
    CHECK(second[0]["correct"] == true);
    CHECK(second[0]["points"] == 950);
    CHECK(second[1]["timed_out"] == true);
    // A game without turns (a network game) has no timeline_turns.
    const auto plain = nlohmann::json::parse(io::standings_json(game));
    CHECK_FALSE(plain["players"][0].contains("timeline_turns"));
}

TEST_CASE("standings are saved as a CSV and a JSON file into the saves folder") {
    const auto dir =
        std::filesystem::path(CHRONIK_BINARY_DIR) / "tests" / "net" / "saves-standings";
    std::filesystem::remove_all(dir);
    const auto saved = io::save_standings(dir / "classroom", played_game());
    REQUIRE(saved.ok());
    CHECK(std::filesystem::exists(saved.value().csv));
    CHECK(std::filesystem::exists(saved.value().json));
    CHECK(saved.value().csv.extension() == ".csv");
}
