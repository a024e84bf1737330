#include <doctest/doctest.h>

#include "io/save/profile_store.hpp"
#include "io/save/review_log.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    test::TempFolder tmp{"bad-files"};
    ProfileStore store{tmp / "saves"};
    ProfileInfo info;
    ProfileProgress full;  // the progress after all reviews

    // A profile with 30 reviews, snapshots every 10 lines (so backups exist).
    Fixture() {
        info = store.create("Anna").value();
        auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 10}).value();
        for (int i = 0; i < 30; ++i) {
            const auto before =
                p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(0));
            REQUIRE(p.append(test::simulated_review(i, before)).ok());
        }
        full = p.progress();
    }
    fs::path file(const std::string& name) const { return info.folder / name; }
    std::size_t files_in(const std::string& folder) const {
        std::size_t n = 0;
        std::error_code ec;
        for (fs::directory_iterator it(file(folder), ec), end; !ec && it != end; it.increment(ec))
            ++n;
        return n;
    }
};

bool mentions(const LoadReport& report, const std::string& file, const std::string& words) {
    for (const auto& m : report.messages)
        if (m.file == file && m.reason.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE(
    "a damaged snapshot is reported, moved aside, and a backup plus the log give full progress") {
    const std::vector<std::pair<std::string, std::string>> damages{
        {"", "empty"},
        {"{\"format\":\"chronik-snapshot\",\"schema\":2,\"prof", "truncated"},
        {"\xff\xfe garbage \x80", "UTF-8"},
        {"[\"not\", \"a\", \"snapshot\"]", "not a Chronik"},
        {"{\"format\":\"chronik-snapshot\",\"schema\":2}", "missing"},
    };
    for (const auto& [bytes, reason] : damages) {
        CAPTURE(reason);
        Fixture f;
        test::spit(f.file("snapshot.json"), bytes);
        {
            auto p = f.store.open("Anna");
            REQUIRE(p.ok());
            CHECK(p.value().progress() == f.full);
            CHECK(mentions(p.value().report(), "snapshot.json", reason));
            CHECK(mentions(p.value().report(), "snapshot.json",
                           "moved to damaged/snapshot.json.bad-"));
        }  // closed: one writer at a time
        CHECK(f.files_in("damaged") == 1);
        // The damaged bytes are kept.
        for (const auto& e : fs::directory_iterator(f.file("damaged")))
            CHECK(test::slurp(e.path()) == bytes);
        // A fresh snapshot was written, so the next load is clean.
        auto again = f.store.open("Anna");
        CHECK_FALSE(again.value().report().has_problems());
    }
}

TEST_CASE("a snapshot of another profile is foreign and set aside") {
    Fixture f;
    auto other = f.store.create("Ben").value();
    fs::copy_file(other.folder / "snapshot.json", f.file("snapshot.json"),
                  fs::copy_options::overwrite_existing);
    auto p = f.store.open("Anna").value();
    CHECK(mentions(p.report(), "snapshot.json", "foreign snapshot"));
    CHECK(p.progress() == f.full);
}

TEST_CASE("with every snapshot damaged, progress is rebuilt from the log alone") {
    Fixture f;
    test::spit(f.file("snapshot.json"), "x");
    for (const auto& e : fs::directory_iterator(f.file("backups")))
        test::spit(e.path(), "");
    auto p = f.store.open("Anna").value();
    CHECK(p.progress() == f.full);
    CHECK(mentions(p.report(), "snapshot.json", "rebuilt from the review log"));
    CHECK(f.files_in("backups") <=
          1);  // the fresh snapshot's predecessor is not there: all moved aside
}

TEST_CASE("a snapshot that does not match the log is set aside and the log wins") {
    Fixture f;
    // Rewrite the log's last line with a different (valid) review.
    std::string log = test::slurp(f.file("reviews.jsonl"));
    log.pop_back();
    log.erase(log.rfind('\n') + 1);
    log += encode_record(test::simulated_review(99, CardState::fresh(0))) + "\n";
    test::spit(f.file("reviews.jsonl"), log);
    // Make the snapshot claim the very end of the log.
    { auto p = f.store.open("Anna", OpenOptions{OpenMode::ReadWrite, 1}).value(); }
    auto p = f.store.open("Anna").value();
    ProfileProgress replayed;
    REQUIRE(scan_log(f.file("reviews.jsonl"), {}, [&](const ReviewRecord& r, std::int64_t) {
                replayed.apply(r);
            }).ok());
    CHECK(p.progress() == replayed);
}

TEST_CASE("a log shorter than the snapshot expects falls back to an older backup") {
    Fixture f;
    std::string log = test::slurp(f.file("reviews.jsonl"));
    // Cut the last 3 reviews: the newest snapshot (line 31) no longer fits, the one at line 21
    // does.
    for (int i = 0; i < 3; ++i) {
        log.pop_back();
        log.erase(log.rfind('\n') + 1);
    }
    test::spit(f.file("reviews.jsonl"), log);
    auto p = f.store.open("Anna").value();
    CHECK(mentions(p.report(), "snapshot.json", "shorter"));
    CHECK(p.progress().scores().reviews == 27);
    CHECK(p.log_position().lines == 28);
}

TEST_CASE("a torn last log line is skipped with a warning and its bytes are kept") {
    Fixture f;
    const std::string torn = "{\"kind\":\"review\",\"t\":17672688";
    test::append_bytes(f.file("reviews.jsonl"), torn);
    {
        auto inspect = f.store.open("Anna", OpenOptions{OpenMode::Inspect, 10}).value();
        CHECK(mentions(inspect.report(), "reviews.jsonl", "incomplete"));
        CHECK(inspect.progress() == f.full);
    }
    auto p = f.store.open("Anna").value();
    CHECK(mentions(p.report(), "reviews.jsonl", "kept in damaged/reviews.jsonl.torn-"));
    CHECK(p.progress() == f.full);
    bool kept = false;
    for (const auto& e : fs::directory_iterator(f.file("damaged")))
        kept |= test::slurp(e.path()) == torn;
    CHECK(kept);
    // The next review starts on a line of its own.
    REQUIRE(
        p.append(test::simulated_review(30, p.progress().card(test::card_name(0)).value())).ok());
    std::int64_t records = 0;
    auto scan = scan_log(f.file("reviews.jsonl"), {},
                         [&](const ReviewRecord&, std::int64_t) { ++records; });
    CHECK(scan.value().bad_lines.empty());
    CHECK(records == 31);
}

TEST_CASE("a zero-filled tail after a power cut is kept and skipped") {
    Fixture f;
    test::append_bytes(f.file("reviews.jsonl"), std::string(40, '\0'));
    auto p = f.store.open("Anna").value();
    CHECK(p.progress() == f.full);
    CHECK(mentions(p.report(), "reviews.jsonl", "incomplete"));
}

TEST_CASE("a damaged line in the middle of the log is reported with its line number") {
    Fixture f;
    std::string log = test::slurp(f.file("reviews.jsonl"));
    // Damage line 3 (the second review) in place, keeping the length.
    std::size_t at = 0;
    for (int i = 0; i < 2; ++i)
        at = log.find('\n', at) + 1;
    log[at + 2] = '#';
    test::spit(f.file("reviews.jsonl"), log);
    fs::remove(f.file("snapshot.json"));
    fs::remove_all(f.file("backups"));
    auto p = f.store.open("Anna", OpenOptions{OpenMode::Inspect, 10}).value();
    CHECK(mentions(p.report(), "reviews.jsonl", "line 3 is damaged"));
    CHECK(p.progress().scores().reviews == 29);
}

TEST_CASE("a newer snapshot refuses to open the profile and is never overwritten") {
    Fixture f;
    std::string snap = test::slurp(f.file("snapshot.json"));
    snap.replace(snap.find("\"schema\": 2"), 11, "\"schema\": 3");
    test::spit(f.file("snapshot.json"), snap);
    const auto before = test::tree(f.info.folder);
    const std::string log = test::slurp(f.file("reviews.jsonl"));
    auto p = f.store.open("Anna");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().kind == SaveErrorKind::NewerVersion);
    CHECK(p.error().describe().find("snapshot.json") != std::string::npos);
    CHECK(p.error().describe().find("newer Chronik") != std::string::npos);
    CHECK(test::slurp(f.file("snapshot.json")) == snap);
    CHECK(test::slurp(f.file("reviews.jsonl")) == log);
    CHECK(test::tree(f.info.folder) == before);
}

TEST_CASE("a newer review log refuses to open the profile and is never overwritten") {
    Fixture f;
    std::string log = test::slurp(f.file("reviews.jsonl"));
    log.replace(log.find("\"schema\":1"), 10, "\"schema\":2");
    test::spit(f.file("reviews.jsonl"), log);
    auto p = f.store.open("Anna");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().kind == SaveErrorKind::NewerVersion);
    CHECK(test::slurp(f.file("reviews.jsonl")) == log);
}

TEST_CASE("an older snapshot is migrated on load and the original is kept") {
    Fixture f;
    std::string snap = test::slurp(f.file("snapshot.json"));
    snap.replace(snap.find("\"schema\": 2"), 11, "\"schema\": 1");
    const auto r = snap.find("\"desired_retention\": 0.9");
    REQUIRE(r != std::string::npos);
    snap.replace(r, 24, "\"retention\": 87");
    test::spit(f.file("snapshot.json"), snap);
    auto p = f.store.open("Anna").value();
    CHECK(p.settings().desired_retention == doctest::Approx(0.87));
    CHECK(mentions(p.report(), "snapshot.json", "migrated from schema 1"));
    CHECK(p.progress() == f.full);
    REQUIRE(f.files_in("migrated") == 1);
    for (const auto& e : fs::directory_iterator(f.file("migrated")))
        CHECK(test::slurp(e.path()) == snap);
    CHECK(test::slurp(f.file("snapshot.json")).find("\"schema\": 2") != std::string::npos);
}
