#include <doctest/doctest.h>

#include <algorithm>

#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

ProfileInfo make_profile(ProfileStore& store, int reviews) {
    auto info = store.create("Anna").value();
    auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 10}).value();
    for (int i = 0; i < reviews; ++i) {
        const auto before =
            p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(0));
        REQUIRE(p.append(test::simulated_review(i, before)).ok());
    }
    REQUIRE(p.undo_last(test::kStart, 0).ok());
    return info;
}

}  // namespace

TEST_CASE("check passes on a healthy profile and counts cards and reviews") {
    test::TempFolder tmp("check-ok");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 25);
    auto r = check_profile(info.folder);
    REQUIRE(r.ok());
    CHECK(r.value().ok());
    CHECK(r.value().cards == 10);
    CHECK(r.value().log_reviews == 25);
    CHECK(r.value().log_undos == 1);
    CHECK(r.value().reviews_in_effect == 24);
}

TEST_CASE("check changes nothing on disk") {
    test::TempFolder tmp("check-readonly");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 5);
    test::spit(info.folder / "snapshot.json", "broken");
    test::append_bytes(info.folder / "reviews.jsonl", "{\"torn");
    const auto tree = test::tree(info.folder);
    const auto log = test::slurp(info.folder / "reviews.jsonl");
    auto r = check_profile(info.folder);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().ok());
    CHECK(test::tree(info.folder) == tree);
    CHECK(test::slurp(info.folder / "reviews.jsonl") == log);
}

TEST_CASE("check finds a snapshot whose cards differ from the log and repair rebuilds it") {
    test::TempFolder tmp("check-mismatch");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 15);
    std::string snap = test::slurp(info.folder / "snapshot.json");
    const auto at = snap.find("\"reps\": ");
    REQUIRE(at != std::string::npos);
    snap.replace(at, 8, "\"reps\": 9");  // reps 1 -> 91 (or similar): still valid JSON
    test::spit(info.folder / "snapshot.json", snap);
    auto r = check_profile(info.folder).value();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.front().reason.find("does not match the review log") != std::string::npos);
    auto repaired = repair_profile(info.folder);
    REQUIRE(repaired.ok());
    CHECK(repaired.value().ok());
    CHECK(repaired.value().log_reviews == 15);
    // The replaced snapshot was kept.
    CHECK(fs::exists(info.folder / "damaged"));
}

TEST_CASE("repair drops damaged log lines but keeps the original log") {
    test::TempFolder tmp("check-repair-lines");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 12);
    std::string log = test::slurp(info.folder / "reviews.jsonl");
    const std::string original = log + "garbage line\n";
    test::spit(info.folder / "reviews.jsonl", original);
    auto before = check_profile(info.folder).value();
    CHECK_FALSE(before.ok());
    auto after = repair_profile(info.folder);
    REQUIRE(after.ok());
    CHECK(after.value().ok());
    CHECK(after.value().log_reviews == 12);
    bool kept = false;
    for (const auto& e : fs::directory_iterator(info.folder / "damaged"))
        kept |= test::slurp(e.path()) == original;
    CHECK(kept);
}

TEST_CASE("repair gives a log without a header line a new header") {
    test::TempFolder tmp("check-headerless");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 6);
    std::string log = test::slurp(info.folder / "reviews.jsonl");
    log.erase(0, log.find('\n') + 1);
    test::spit(info.folder / "reviews.jsonl", log);
    auto before = check_profile(info.folder).value();
    REQUIRE_FALSE(before.ok());
    auto after = repair_profile(info.folder);
    REQUIRE(after.ok());
    CHECK(after.value().ok());
    CHECK(after.value().log_reviews == 6);
    const std::string repaired = test::slurp(info.folder / "reviews.jsonl");
    CHECK(repaired.substr(0, repaired.find('\n')).find("chronik-review-log") != std::string::npos);
}

namespace {

// Replaces line `number` (1-based) of the log with `bytes`.
void damage_line(const fs::path& log, int number, const std::string& bytes) {
    std::string text = test::slurp(log);
    std::size_t start = 0;
    for (int i = 1; i < number; ++i)
        start = text.find('\n', start) + 1;
    const std::size_t end = text.find('\n', start);
    text.replace(start, end - start, bytes);
    test::spit(log, text);
}

bool names_line(const CheckReport& r, const std::string& file, std::int64_t line) {
    for (const auto& p : r.problems)
        if (p.file == file && p.line == line) return true;
    return false;
}

}  // namespace

TEST_CASE("check fails on a damaged line older than the snapshot, after the game opened it") {
    test::TempFolder tmp("check-old-damage");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 30);
    damage_line(info.folder / "reviews.jsonl", 5, "{\"kind\":\"review\",\"t\":broken");
    {
        // The game opens it, studies on and closes it: a new snapshot covers the damaged line,
        // so loading never reads that line again.
        auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 10}).value();
        for (int i = 30; i < 45; ++i) {
            const auto before =
                p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(0));
            REQUIRE(p.append(test::simulated_review(i, before)).ok());
        }
    }
    auto r = check_profile(info.folder);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().ok());
    REQUIRE(names_line(r.value(), "reviews.jsonl", 5));
    for (const auto& p : r.value().problems)
        CHECK(p.reason.find("scores differ") == std::string::npos);

    // Repair sets the line aside with its number and reason; check passes afterwards.
    const std::string before_repair = test::slurp(info.folder / "reviews.jsonl");
    auto repaired = repair_profile(info.folder);
    REQUIRE(repaired.ok());
    CHECK(repaired.value().ok());
    std::string set_aside, original;
    for (const auto& e : fs::directory_iterator(info.folder / "damaged")) {
        const std::string name = e.path().filename().string();
        if (name.starts_with("reviews.jsonl.lines-")) set_aside = test::slurp(e.path());
        if (name.starts_with("reviews.jsonl.before-repair-")) original = test::slurp(e.path());
    }
    CHECK(set_aside.starts_with("# line 5: "));
    CHECK(set_aside.find("{\"kind\":\"review\",\"t\":broken\n") != std::string::npos);
    CHECK(original == before_repair);
    // Exactly that line is gone from the log.
    CHECK(test::count_lines(info.folder / "reviews.jsonl") + 1 ==
          static_cast<std::size_t>(std::count(before_repair.begin(), before_repair.end(), '\n')));
    CHECK(check_profile(info.folder).value().ok());
}

TEST_CASE("check names a rejected line and repair sets it aside too") {
    test::TempFolder tmp("check-rejected");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 8);
    // An undo of a card that was not the last answer: readable, but the rules reject it.
    test::append_bytes(info.folder / "reviews.jsonl",
                       "{\"kind\":\"undo\",\"t\":1767268800000,\"card\":\"nope\",\"tz\":60}\n");
    const auto lines = static_cast<std::int64_t>(test::count_lines(info.folder / "reviews.jsonl"));
    auto r = check_profile(info.folder).value();
    CHECK_FALSE(r.ok());
    CHECK(names_line(r, "reviews.jsonl", lines));
    auto repaired = repair_profile(info.folder);
    REQUIRE(repaired.ok());
    CHECK(repaired.value().ok());
}

TEST_CASE("a damaged profile.json fails check and repair restores it with its display name") {
    test::TempFolder tmp("check-profile-json");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna Größe").value();
    { auto p = store.open("Anna Größe").value(); }
    const fs::path file = info.folder / "profile.json";
    const std::string whole = test::slurp(file);
    SUBCASE("cut short after the name: the name is read from what is left") {
        test::spit(file, whole.substr(0, whole.find("created_ms")));
    }
    SUBCASE("garbage: the name comes from the snapshot's copy") {
        test::spit(file, "\x01\x02 not json");
    }
    SUBCASE("missing: the name comes from the snapshot's copy") {
        fs::remove(file);
    }
    auto r = check_profile(info.folder);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().ok());
    bool named = false;
    for (const auto& p : r.value().problems)
        named |= p.file == "profile.json";
    CHECK(named);
    auto repaired = repair_profile(info.folder);
    REQUIRE(repaired.ok());
    CHECK(repaired.value().ok());
    auto listed = store.list().value();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].display_name == "Anna Größe");
    CHECK_FALSE(listed[0].problem);
}

TEST_CASE("check refuses a profile with a backup from a newer Chronik and changes nothing") {
    test::TempFolder tmp("check-newer-backup");
    ProfileStore store(tmp / "saves");
    auto info = make_profile(store, 25);
    int backups = 0;
    for (const auto& e : fs::directory_iterator(info.folder / "backups")) {
        std::string snap = test::slurp(e.path());
        snap.replace(snap.find("\"schema\": 2"), 11, "\"schema\": 7");
        test::spit(e.path(), snap);
        ++backups;
    }
    REQUIRE(backups > 0);
    test::spit(info.folder / "snapshot.json", "broken");  // so the backups are read
    const auto tree = test::tree(info.folder);
    auto r = check_profile(info.folder);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == SaveErrorKind::NewerVersion);
    CHECK(repair_profile(info.folder).error().kind == SaveErrorKind::NewerVersion);
    CHECK(test::tree(info.folder) == tree);
}
