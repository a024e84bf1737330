#include <doctest/doctest.h>

#include "io/save/profile_transfer.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

ProfileProgress make_profile(ProfileStore& store, const std::string& name, int reviews) {
    store.create(name).value();
    auto p = store.open(name).value();
    for (int i = 0; i < reviews; ++i) {
        const auto before =
            p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(0));
        REQUIRE(p.append(test::simulated_review(i, before)).ok());
    }
    REQUIRE(p.undo_last(test::kStart, 0).ok());
    ProfileSettings s;
    s.language = Language::English;
    s.daily_new_limit = 7;
    REQUIRE(p.set_settings(s).ok());
    return p.progress();
}

// A stepper for tests: every review schedules the card one day later.
CardState one_day_later(const CardState& before, Rating, TimeMs t) {
    CardState s = before;
    s.phase = CardPhase::Review;
    s.stability = 1.0;
    s.difficulty = 5.0;
    s.last_review = t;
    s.due = t + kDayMs;
    s.reps += 1;
    s.scheduled_days = 1;
    return s;
}

}  // namespace

TEST_CASE("a profile exported to one JSON file imports back with the same progress and settings") {
    test::TempFolder tmp("transfer-json");
    ProfileStore store(tmp / "saves");
    const auto progress = make_profile(store, "Anna", 30);
    REQUIRE(export_profile(store, "Anna", tmp / "anna.json").ok());
    ProfileStore other(tmp / "other-machine");
    auto imported = import_profile(other, tmp / "anna.json");
    REQUIRE(imported.ok());
    CHECK(imported.value().profile.display_name == "Anna");
    CHECK(imported.value().report.messages.empty());
    auto p = other.open("Anna").value();
    CHECK(p.progress() == progress);
    CHECK(p.settings().daily_new_limit == 7);
}

TEST_CASE("importing a profile whose name is taken gives it a new name") {
    test::TempFolder tmp("transfer-clash");
    ProfileStore store(tmp / "saves");
    make_profile(store, "Anna", 3);
    REQUIRE(export_profile(store, "Anna", tmp / "anna.json").ok());
    auto imported = import_profile(store, tmp / "anna.json");
    REQUIRE(imported.ok());
    CHECK(imported.value().profile.display_name == "Anna (2)");
    CHECK(imported.value().profile.id == "anna-2");
}

TEST_CASE("a damaged export file is refused with the reason and creates nothing") {
    test::TempFolder tmp("transfer-bad");
    ProfileStore store(tmp / "saves");
    test::spit(tmp / "bad.json", R"({"format":"chronik-profile-export","schema":1,"reviews":[)");
    auto r = import_profile(store, tmp / "bad.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().describe().find("bad.json") != std::string::npos);
    test::spit(tmp / "newer.json",
               R"({"format":"chronik-profile-export","schema":5,"reviews":[]})");
    CHECK(import_profile(store, tmp / "newer.json").error().kind == SaveErrorKind::NewerVersion);
    CHECK(store.list().value().empty());
}

TEST_CASE("the review log exported as CSV imports into another profile with the same card states") {
    test::TempFolder tmp("transfer-csv");
    ProfileStore store(tmp / "saves");
    const auto progress = make_profile(store, "Anna", 40);
    {
        auto p = store.open("Anna", OpenOptions{OpenMode::Inspect, 100}).value();
        auto n = export_revlog_csv(p, tmp / "anna.csv");
        REQUIRE(n.ok());
        CHECK(n.value() == 39);  // the undone review is not exported
    }
    const std::string csv = test::slurp(tmp / "anna.csv");
    CHECK(csv.starts_with(
        "card_id,review_time,review_rating,review_state,review_duration,item_id,round_kind,"));
    store.create("Ben").value();
    auto ben = store.open("Ben").value();
    std::vector<chronik::text::RowProblem> problems;
    auto n = import_revlog_csv(ben, tmp / "anna.csv", nullptr, problems);
    REQUIRE(n.ok());
    CHECK(problems.empty());
    CHECK(n.value() == 39);
    CHECK(ben.progress().cards() == progress.cards());
}

TEST_CASE("bad CSV lines are reported with their line numbers and skipped") {
    const std::string csv =
        "card_id,review_time_ms,rating\n"
        "a,1000,3\n"
        "b,2000,0\n"
        "c,xyz,3\n"
        ",4000,3\n"
        "\"d,quoted\",5000,2\n"
        "e,6000\n"
        "\"f,7000,3\n";
    const CsvReviews r = parse_revlog_csv(csv, ProfileProgress{}, one_day_later);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].card_id == "d,quoted");
    CHECK(r.records[0].round == RoundKind::Imported);
    REQUIRE(r.problems.size() == 5);
    CHECK(r.problems[0].line == 3);
    CHECK(r.problems[0].message.find("rating") != std::string::npos);
    CHECK(r.problems[1].line == 4);
    CHECK(r.problems[2].line == 5);
    CHECK(r.problems[3].line == 7);
    CHECK(r.problems[4].line == 8);
}

TEST_CASE("a CSV without state columns needs a scheduler and is applied in time order") {
    const std::string csv = "card_id,review_time_ms,rating\nx,2000,3\nx,1000,1\n";
    const CsvReviews without = parse_revlog_csv(csv, ProfileProgress{}, nullptr);
    CHECK(without.records.empty());
    CHECK(without.problems.size() == 2);
    const CsvReviews with = parse_revlog_csv(csv, ProfileProgress{}, one_day_later);
    REQUIRE(with.records.size() == 2);
    CHECK(with.records[0].time_ms == 1000);
    CHECK(with.records[1].before == with.records[0].after);
    CHECK(with.records[1].after.reps == 2);
}

TEST_CASE("a CSV without the required columns is refused at line 1") {
    const CsvReviews r = parse_revlog_csv("id,time\n1,2\n", ProfileProgress{}, one_day_later);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].message.find("card_id") != std::string::npos);
}
