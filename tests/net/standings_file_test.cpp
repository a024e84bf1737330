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
