#include <doctest/doctest.h>

#include <cmath>

#include "io/save/save_formats.hpp"
#include "io_save/save_fixtures.hpp"

using namespace chronik;
using namespace chronik::io;

TEST_CASE("a review record survives encoding bit for bit") {
    CardState before = CardState::fresh(test::kStart);
    auto r = test::simulated_review(3, before);
    r.after.stability = 0.1 + 0.2;  // a double with a long expansion
    r.after.difficulty = 1.0 / 3.0;
    const std::string line = encode_record(r);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(decode_record(line) == r);
    const auto undo = ReviewRecord::undo("x", 5, -300);
    CHECK(decode_record(encode_record(undo)) == undo);
}

TEST_CASE("a record line with a wrong field names the field") {
    CHECK_THROWS_WITH_AS(decode_record(R"({"kind":"review","t":1,"card":"a","tz":0,"rating":5})"),
                         doctest::Contains("rating"), FormatError);
    CHECK_THROWS_WITH_AS(decode_record(R"({"kind":"review","t":"x","card":"a","tz":0})"),
                         doctest::Contains("\"t\""), FormatError);
    CHECK_THROWS_AS(decode_record("{\"kind\":\"review\""), FormatError);
    CHECK_THROWS_WITH_AS(decode_record("\xff\xfe"), doctest::Contains("UTF-8"), FormatError);
}

TEST_CASE("a snapshot survives encoding with settings, days, streak and the undo slot") {
    ProfileProgress p;
    CardState before = CardState::fresh(test::kStart);
    for (int i = 0; i < 20; ++i) {
        const auto r = test::simulated_review(i, p.card(test::card_name(i % 10)).value_or(before));
        p.apply(r);
    }
    Snapshot s;
    s.profile_id = "anna";
    s.written_ms = 42;
    s.log = {21, 12345, 0xfedcba9876543210ULL};
    s.settings.language = Language::English;
    s.settings.key_bindings = {{"undo", "Z"}};
    s.settings.fsrs_weights = std::array<double, 21>{};
    s.settings.timer = Timer::On;
    s.progress = p.state();
    const Snapshot back = decode_snapshot(encode_snapshot(s));
    CHECK(back.profile_id == "anna");
    CHECK(back.log == s.log);
    CHECK(back.settings == s.settings);
    CHECK(back.progress == s.progress);
    CHECK(back.migrated_from == 0);
}

TEST_CASE("the new cards of Lernen survive a snapshot, apart from those of other rounds") {
    ProfileProgress p;
    const CardState fresh = CardState::fresh(test::kStart);
    auto quiz = test::simulated_review(0, fresh);
    quiz.round = RoundKind::MultipleChoice;
    auto lernen = test::simulated_review(1, fresh);
    lernen.card_id = "another-card";
    lernen.round = RoundKind::Flashcard;
    REQUIRE(p.apply(quiz).outcome == ApplyOutcome::Applied);
    REQUIRE(p.apply(lernen).outcome == ApplyOutcome::Applied);
    REQUIRE(p.days().size() == 1);
    CHECK(p.days().begin()->second.new_cards == 2);
    CHECK(p.days().begin()->second.study_new_cards == 1);
    Snapshot s;
    s.profile_id = "anna";
    s.progress = p.state();
    const std::string bytes = encode_snapshot(s);
    CHECK(bytes.find("\"study_new\"") != std::string::npos);
    const Snapshot back = decode_snapshot(bytes);
    CHECK(back.progress == s.progress);  // the undo slot's day too
    // A snapshot written before Lernen's new cards were counted apart: all count for Lernen.
    std::string old = bytes;
    const auto at = old.find("\"study_new\"");
    const auto end = old.find(']', old.find(']', at) + 1);
    old.erase(at, end + 2 - at);
    const Snapshot older = decode_snapshot(old);
    CHECK(older.progress.days.begin()->second.study_new_cards == 2);
}

TEST_CASE("a snapshot from a newer schema is refused with a clear message") {
    Snapshot s;
    s.profile_id = std::string(1, 'a');
    std::string bytes = encode_snapshot(s);
    const auto at = bytes.find("\"schema\": 2");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 11, "\"schema\": 99");
    CHECK_THROWS_WITH_AS(decode_snapshot(bytes), doctest::Contains("newer Chronik"),
                         NewerSchemaError);
}

TEST_CASE("a schema 1 snapshot is migrated: retention in percent becomes a fraction") {
    const std::string v1 = R"({"format":"chronik-snapshot","schema":1,"profile":"a","written_ms":1,
        "log":{"lines":1,"bytes":10,"last_line_hash":"0000000000000001"},
        "settings":{"language":"en","retention":85},
        "progress":{"cards":{},"scores":{"reviews":0,"passed":0,"by_round":{}},
                    "streak":{"current_days":0,"best_days":0,"rest_days":2},"days":[]}})";
    const Snapshot s = decode_snapshot(v1);
    CHECK(s.migrated_from == 1);
    CHECK(s.settings.desired_retention == doctest::Approx(0.85));
    CHECK(s.settings.language == Language::English);
}

TEST_CASE("empty, truncated, foreign and non-UTF-8 snapshots are told apart") {
    Snapshot s;
    s.profile_id = std::string(1, 'a');
    const std::string good = encode_snapshot(s);
    CHECK_THROWS_WITH_AS(decode_snapshot(""), doctest::Contains("empty"), FormatError);
    CHECK_THROWS_WITH_AS(decode_snapshot(good.substr(0, good.size() / 2)),
                         doctest::Contains("truncated"), FormatError);
    CHECK_THROWS_WITH_AS(decode_snapshot(R"({"format":"something-else"})"),
                         doctest::Contains("not a Chronik"), FormatError);
    CHECK_THROWS_WITH_AS(decode_snapshot("{\"a\":\"\xc3\x28\"}"), doctest::Contains("UTF-8"),
                         FormatError);
    CHECK_THROWS_WITH_AS(decode_snapshot("[1,2]"), doctest::Contains("not a Chronik"), FormatError);
}

TEST_CASE("a log header is recognised and a newer log schema is refused") {
    LogHeader h;
    h.profile_id = "anna";
    const auto back = decode_log_header(encode_log_header(h));
    REQUIRE(back);
    CHECK(back->profile_id == "anna");
    CHECK_FALSE(decode_log_header(encode_record(ReviewRecord::undo("a", 1, 0))));
    CHECK_THROWS_AS(
        decode_log_header(R"({"format":"chronik-review-log","schema":7,"profile":"a"})"),
        NewerSchemaError);
}

TEST_CASE("settings decode with defaults for missing keys and errors for wrong types") {
    const auto s = decode_settings(R"({"language":"en","daily_new_limit":5})");
    CHECK(s.language == Language::English);
    CHECK(s.daily_new_limit == 5);
    CHECK(s.daily_review_limit == 200);
    CHECK_THROWS_WITH_AS(decode_settings(R"({"language":"fr"})"), doctest::Contains("language"),
                         FormatError);
    CHECK_THROWS_WITH_AS(decode_settings(R"({"fsrs_weights":[1,2]})"), doctest::Contains("21"),
                         FormatError);
}

TEST_CASE("an exam date survives encoding, keeps defaults for missing keys and names bad fields") {
    Snapshot s;
    s.profile_id = "anna";
    ExamGoal goal;
    goal.date = {2026, 6, 15};
    goal.minute_of_day = 9 * 60 + 30;
    goal.decks = {"nordkorea-russland"};
    goal.topics = {"Diplomatie", "1945–1953"};
    goal.minutes_per_day = 25;
    s.settings.exam = goal;
    const std::string bytes = encode_snapshot(s);
    CHECK(bytes.find("\"date\": \"2026-06-15\"") != std::string::npos);
    CHECK(bytes.find("\"time\": \"09:30\"") != std::string::npos);
    CHECK(decode_snapshot(bytes).settings == s.settings);

    // Settings written before exams existed have none; an exam with only a date keeps the
    // defaults for the rest.
    CHECK_FALSE(decode_settings(R"({"language":"de"})").exam);
    CHECK_FALSE(decode_settings(R"({"exam":null})").exam);
    const auto minimal = decode_settings(R"({"exam":{"date":"2027-01-31"}})");
    REQUIRE(minimal.exam);
    CHECK(minimal.exam->date == CivilDate{2027, 1, 31});
    CHECK(minimal.exam->minute_of_day == 8 * 60);
    CHECK(minimal.exam->minutes_per_day == 20);
    CHECK(minimal.exam->decks.empty());

    CHECK_THROWS_WITH_AS(decode_settings(R"({"exam":{"date":"2026-02-30"}})"),
                         doctest::Contains("settings.exam: \"date\""), FormatError);
    CHECK_THROWS_WITH_AS(decode_settings(R"({"exam":{"date":"2026-02-03","time":"8 Uhr"}})"),
                         doctest::Contains("\"time\""), FormatError);
    CHECK_THROWS_WITH_AS(decode_settings(R"({"exam":{"time":"08:00"}})"), doctest::Contains("date"),
                         FormatError);
    CHECK_THROWS_WITH_AS(decode_settings(R"({"exam":{"date":"2026-02-03","topics":"x"}})"),
                         doctest::Contains("topics"), FormatError);
}
