#include <doctest/doctest.h>

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
