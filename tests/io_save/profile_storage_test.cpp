#include <doctest/doctest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

#include "io/save/profile_store.hpp"
#include "io/save/review_log.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

// Appends `n` simulated reviews starting at index `first`.
void study(ProfileStorage& p, int first, int n) {
    for (int i = first; i < first + n; ++i) {
        const auto before =
            p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(test::kStart));
        auto r = p.append(test::simulated_review(i, before));
        REQUIRE(r.ok());
        REQUIRE(r.value().outcome == ApplyOutcome::Applied);
    }
}

ProfileProgress replay(const fs::path& folder) {
    ProfileProgress p;
    REQUIRE(scan_log(folder / kLogFileName, {}, [&](const ReviewRecord& r, std::int64_t) {
                p.apply(r);
            }).ok());
    return p;
}

}  // namespace

TEST_CASE("a new profile has a header-only log, a snapshot and profile.json") {
    test::TempFolder tmp("storage-new");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    CHECK(fs::exists(info.folder / "profile.json"));
    CHECK(fs::exists(info.folder / "snapshot.json"));
    CHECK(test::count_lines(info.folder / "reviews.jsonl") == 1);
    CHECK(test::slurp(info.folder / "reviews.jsonl").find("\"schema\":1") != std::string::npos);
}

TEST_CASE("every appended review is in the log at once, one line each") {
    test::TempFolder tmp("storage-append");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    auto p = store.open("Anna").value();
    study(p, 0, 25);
    // No close(): what is on disk now is what a crash would leave.
    CHECK(test::count_lines(info.folder / "reviews.jsonl") == 26);
    CHECK(replay(info.folder) == p.progress());
}

TEST_CASE("reopening loads the snapshot plus the log tail into the same progress") {
    test::TempFolder tmp("storage-reopen");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    ProfileProgress expected;
    {
        auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 10}).value();
        study(p, 0, 57);  // snapshots at 10, 20, ... and a tail of 7
        expected = p.progress();
    }
    auto again = store.open("Anna", OpenOptions{OpenMode::Inspect, 10}).value();
    CHECK(again.progress() == expected);
    CHECK_FALSE(again.report().has_problems());
    CHECK(again.log_position().lines == 58);
}

TEST_CASE("the last five snapshots are kept as backups") {
    test::TempFolder tmp("storage-backups");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 1}).value();
    study(p, 0, 12);
    std::size_t backups = 0;
    for (const auto& e : fs::directory_iterator(info.folder / "backups"))
        backups += e.is_regular_file();
    CHECK(backups == 5);
}

TEST_CASE("undo is logged and the snapshot returns to the prior state") {
    test::TempFolder tmp("storage-undo");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    auto p = store.open("Anna").value();
    study(p, 0, 5);
    const ProfileProgress before_last = p.progress();
    study(p, 5, 1);
    auto undone = p.undo_last(test::kStart + 100 * kHourMs, 60);
    REQUIRE(undone.ok());
    CHECK(undone.value().outcome == ApplyOutcome::Undone);
    CHECK(p.progress().cards() == before_last.cards());
    CHECK(p.progress().scores() == before_last.scores());
    CHECK(test::slurp(info.folder / "reviews.jsonl").find("\"kind\":\"undo\"") !=
          std::string::npos);
    // The snapshot on disk holds the prior state, and so does the log.
    auto reloaded = store.open("Anna", OpenOptions{OpenMode::Inspect, 100}).value();
    CHECK(reloaded.progress().cards() == before_last.cards());
    CHECK(replay(info.folder).cards() == before_last.cards());
    // Undos in a row walk back the five answers before too; the snapshot keeps the whole undo
    // stack, so a reopened profile and a replay of the log agree after every step.
    for (int i = 0; i < 5; ++i) {
        REQUIRE(p.undo_last(test::kStart + 101 * kHourMs, 60).value().outcome ==
                ApplyOutcome::Undone);
        auto again = store.open("Anna", OpenOptions{OpenMode::Inspect, 100}).value();
        CHECK(again.progress() == p.progress());
        CHECK(replay(info.folder) == p.progress());
    }
    CHECK(p.progress().cards().empty());
    // Nothing more to undo: nothing is written.
    const auto lines = test::count_lines(info.folder / "reviews.jsonl");
    CHECK(p.undo_last(test::kStart, 60).value().outcome == ApplyOutcome::NothingToUndo);
    CHECK(test::count_lines(info.folder / "reviews.jsonl") == lines);
}

TEST_CASE("an invalid record is refused and nothing is written") {
    test::TempFolder tmp("storage-invalid");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    auto p = store.open("Anna").value();
    auto bad = test::simulated_review(0, CardState::fresh(0));
    bad.card_id = "";
    auto r = p.append(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == SaveErrorKind::InvalidInput);
    CHECK(test::count_lines(info.folder / "reviews.jsonl") == 1);
}

TEST_CASE("settings are validated and survive reopening") {
    test::TempFolder tmp("storage-settings");
    ProfileStore store(tmp / "saves");
    store.create("Anna").value();
    {
        auto p = store.open("Anna").value();
        ProfileSettings s;
        s.desired_retention = 0.5;
        auto r = p.set_settings(s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("desired_retention") != std::string::npos);
        s.desired_retention = 0.85;
        s.language = Language::English;
        s.key_bindings["undo"] = "Backspace";
        REQUIRE(p.set_settings(s).ok());
    }
    auto p = store.open("Anna").value();
    CHECK(p.settings().desired_retention == 0.85);
    CHECK(p.settings().key_bindings.at("undo") == "Backspace");
}

TEST_CASE("a full disk fails the append with a clear error and loses nothing saved") {
    test::TempFolder tmp("storage-diskfull");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 1000}).value();
    study(p, 0, 10);
    const std::string saved = test::slurp(info.folder / "reviews.jsonl");
    // A file size limit just above the current log makes the next write fail
    // like a full disk (EFBIG), also for root.
    struct rlimit old {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = saved.size() + 100;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const auto before = p.progress();
    auto r = p.append(test::simulated_review(10, p.progress().card(test::card_name(0)).value()));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == SaveErrorKind::DiskFull);
    CHECK(r.error().describe().find("reviews.jsonl") != std::string::npos);
    CHECK(r.error().describe().find("disk is full") != std::string::npos);
    CHECK(p.progress() == before);
    // The log is exactly what it was: no partial line.
    CHECK(test::slurp(info.folder / "reviews.jsonl") == saved);
    // Once there is space again, saving continues.
    study(p, 10, 1);
    CHECK(test::count_lines(info.folder / "reviews.jsonl") == 12);
}

TEST_CASE("a read-only profile folder opens but refuses to save, losing nothing") {
    test::TempFolder tmp("storage-readonly");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    {
        auto p = store.open("Anna").value();
        study(p, 0, 3);
    }
    const std::string saved = test::slurp(info.folder / "reviews.jsonl");
    if (::geteuid() == 0) {
        MESSAGE(
            "running as root, which ignores permissions: testing a read-only log file by another "
            "trick");
        // A folder where the log file is expected cannot be opened for writing.
        fs::rename(info.folder / "reviews.jsonl", info.folder / "moved.jsonl");
        fs::create_directory(info.folder / "reviews.jsonl");
        auto p = store.open("Anna");
        REQUIRE_FALSE(p.ok());
        fs::remove(info.folder / "reviews.jsonl");
        fs::rename(info.folder / "moved.jsonl", info.folder / "reviews.jsonl");
    } else {
        fs::permissions(info.folder, fs::perms::owner_read | fs::perms::owner_exec);
        fs::permissions(info.folder / "reviews.jsonl", fs::perms::owner_read);
        auto p = store.open("Anna");
        REQUIRE(p.ok());
        REQUIRE(p.value().write_blocked());
        auto r = p.value().append(test::simulated_review(3, CardState::fresh(0)));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == SaveErrorKind::ReadOnly);
        CHECK(p.value().progress().scores().reviews == 3);
        fs::permissions(info.folder, fs::perms::owner_all);
        fs::permissions(info.folder / "reviews.jsonl",
                        fs::perms::owner_read | fs::perms::owner_write);
    }
    CHECK(test::slurp(info.folder / "reviews.jsonl") == saved);
}

TEST_CASE("a file where the backups folder is expected fails the snapshot but keeps the review") {
    test::TempFolder tmp("storage-blocked-backups");
    ProfileStore store(tmp / "saves");
    auto info = store.create("Anna").value();
    fs::remove_all(info.folder / "backups");
    test::spit(info.folder / "backups", "in the way");
    auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 1}).value();
    auto r = p.append(test::simulated_review(0, CardState::fresh(0)));
    REQUIRE(r.ok());
    CHECK(p.write_snapshot().error().describe().find("backups") != std::string::npos);
    CHECK(test::count_lines(info.folder / "reviews.jsonl") == 2);
    auto again = store.open("Anna", OpenOptions{OpenMode::Inspect, 1}).value();
    CHECK(again.progress().scores().reviews == 1);
}

TEST_CASE("the latest review time lets a simulation continue where it stopped") {
    test::TempFolder tmp("storage-latest");
    ProfileStore store(tmp / "saves");
    store.create("Anna").value();
    auto p = store.open("Anna").value();
    CHECK_FALSE(p.latest_review_time());
    study(p, 0, 4);
    CHECK(p.latest_review_time() == test::kStart + 3 * kHourMs);
}
