#include <doctest/doctest.h>

#include <set>

#include "io/sync/device_log.hpp"
#include "io_save/temp_folder.hpp"
#include "io_sync/sync_io_fixtures.hpp"
#include "sync/history_merge.hpp"

using namespace chronik;
using namespace chronik::io;
using chronik::test::kT0;
using chronik::test::logged_review;
using chronik::test::slurp;
using chronik::test::spit;
using chronik::test::TempFolder;
namespace fs = std::filesystem;

namespace {

// A device's session: opens its log, answers `n` cards, and closes (seals) unless told not to.
std::vector<sync::RecordId> study(const fs::path& folder, const std::string& device, int n,
                                  TimeMs start, bool close = true, DeviceLogOptions options = {}) {
    LoadReport report;
    const auto known = read_log_folder(folder, "anna");
    auto log = DeviceLog::open(folder, device, "anna", known, folder.parent_path() / "damaged",
                               report, options);
    REQUIRE(log.ok());
    std::vector<sync::RecordId> ids;
    for (int i = 0; i < n; ++i) {
        std::string card = "c";  // appended: g++ 12 warns falsely on "c" + std::string
        card += std::to_string(i % 7);
        auto r =
            logged_review(device, 0, card, start + i * 1000, Rating::Good, CardState::fresh(start));
        auto id = log.value().append(r);
        REQUIRE(id.ok());
        ids.push_back(id.value());
    }
    if (close) REQUIRE(log.value().seal().ok());
    return ids;
}

std::set<sync::RecordId> ids_in(const LogFolderRead& read) {
    std::set<sync::RecordId> out;
    for (const auto& r : read.reviews)
        out.insert(r.id);
    return out;
}

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(folder))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("a device appends to its own segment and seals it on close, sequence numbers go on") {
    TempFolder tmp("sync-log");
    const auto log = tmp / "log";
    const auto first = study(log, "home", 5, kT0);
    CHECK(names_in(log) == std::vector<std::string>{"home-000001.clog.zst"});
    for (std::size_t i = 1; i < first.size(); ++i)
        CHECK(first[i].seq == first[i - 1].seq + 1);
    const auto second = study(log, "home", 3, kT0 + kDayMs);
    CHECK(second.front().seq > first.back().seq);
    CHECK(names_in(log) ==
          std::vector<std::string>{"home-000001.clog.zst", "home-000002.clog.zst"});
    const auto read = read_log_folder(log, "anna");
    CHECK(read.reviews.size() == 8);
    CHECK(read.devices.at("home").last_seq == second.back().seq);
    CHECK(read.devices.at("home").last_segment == 2);
    CHECK_FALSE(read.report.has_problems());
}

TEST_CASE("a segment is sealed when it reaches the size limit") {
    TempFolder tmp("sync-seal");
    const auto log = tmp / "log";
    DeviceLogOptions small;
    small.seal_bytes = 1000;
    study(log, "pc", 40, kT0, false, small);
    const auto names = names_in(log);
    CHECK(names.size() >= 3);
    CHECK(names.back() == "pc-" + std::string(names.back().substr(3, 6)) + ".clog");  // open one
    CHECK(read_log_folder(log, "anna").reviews.size() == 40);
}

TEST_CASE("after a crash the open segment is sealed at the next start, torn bytes kept aside") {
    TempFolder tmp("sync-crash");
    const auto log = tmp / "log";
    const auto ids = study(log, "pc", 4, kT0, /*close=*/false);
    const auto open = log / "pc-000001.clog";
    REQUIRE(fs::exists(open));
    spit(open, slurp(open) + std::string("\x50\x03", 2));  // a record cut by a power cut
    LoadReport report;
    const auto known = read_log_folder(log, "anna");
    CHECK(known.reviews.size() == 4);
    auto again = DeviceLog::open(log, "pc", "anna", known, tmp / "damaged", report);
    REQUIRE(again.ok());
    CHECK(names_in(log) == std::vector<std::string>{"pc-000001.clog.zst"});
    REQUIRE(fs::exists(tmp / "damaged"));
    CHECK(names_in(tmp / "damaged").size() == 1);
    CHECK(report.has_problems());
    const auto id = again.value().append(
        logged_review("pc", 0, "c9", kT0 + kDayMs, Rating::Easy, CardState::fresh(kT0)));
    REQUIRE(id.ok());
    CHECK(id.value().seq > ids.back().seq);
    CHECK(read_log_folder(log, "anna").reviews.size() == 5);
}

TEST_CASE("two devices in one folder, copies and conflict copies: every review once") {
    TempFolder tmp("sync-two");
    const auto log = tmp / "log";
    const auto a = study(log, "home", 6, kT0);
    const auto b = study(log, "school", 4, kT0 + 500);
    // What sync tools and people leave: a conflict copy, a renamed copy, a temporary, a stray.
    fs::copy_file(log / "home-000001.clog.zst",
                  log / "home-000001.sync-conflict-20261207-101500-ABCDEFG.clog.zst");
    fs::copy_file(log / "school-000001.clog.zst",
                  log / "school-000001 (conflicted copy 2026-12-07 101500).clog.zst");
    fs::copy_file(log / "school-000001.clog.zst", log / "Kopie von school.zst");
    spit(log / ".syncthing.home-000002.clog.zst.tmp", "partial");
    spit(log / "notes.txt", "hello");
    const auto read = read_log_folder(log, "anna");
    CHECK(read.reviews.size() == 6 + 4 + 6 + 4 + 4);
    std::set<sync::RecordId> want(a.begin(), a.end());
    want.insert(b.begin(), b.end());
    CHECK(ids_in(read) == want);
    CHECK_FALSE(read.report.has_problems());
    const auto merged = sync::merge_histories(
        read.reviews, [](auto, const CardState& s, Rating, TimeMs) { return s; });
    CHECK(merged.reviews.size() == 10);
    CHECK(merged.duplicates == 14);
    CHECK(merged.differing_copies == 0);
}

TEST_CASE("a half-transferred sealed segment is no error, and counts once it has arrived") {
    TempFolder tmp("sync-half");
    const auto log = tmp / "log";
    DeviceLogOptions fast;
    fast.zstd_level = 1;
    study(log, "home", 300, kT0, true, fast);
    const auto sealed = log / "home-000001.clog.zst";
    const auto whole = slurp(sealed);
    spit(sealed, whole.substr(0, whole.size() * 2 / 3));
    const auto read = read_log_folder(log, "anna");
    CHECK(read.reviews.size() < 300);         // whole zstd blocks only (up to 128 KiB each)
    CHECK_FALSE(read.report.has_problems());  // a note: the rest is still on its way
    spit(sealed, whole);
    CHECK(read_log_folder(log, "anna").reviews.size() == 300);
}

TEST_CASE("a segment from a newer Chronik is listed, not read and never changed") {
    TempFolder tmp("sync-newer");
    const auto log = tmp / "log";
    study(log, "future", 2, kT0);
    auto bytes = *segment_bytes(log / "future-000001.clog.zst");
    bytes[kSegmentMagic.size()] = static_cast<char>(kSegmentSchema + 1);
    fs::remove(log / "future-000001.clog.zst");
    spit(log / "future-000001.clog", bytes);
    const auto read = read_log_folder(log, "anna");
    CHECK(read.reviews.empty());
    REQUIRE(read.newer.size() == 1);
    CHECK(read.report.has_problems());
    study(log, "pc", 2, kT0);
    CHECK(slurp(log / "future-000001.clog") == bytes);
}

TEST_CASE("another profile's segment in this folder is not read") {
    TempFolder tmp("sync-foreign");
    const auto log = tmp / "log";
    study(log, "pc", 2, kT0);
    const auto read = read_log_folder(log, "bert");
    CHECK(read.reviews.empty());
    CHECK(read.report.has_problems());
}

TEST_CASE("an open segment copied back next to its sealed version is removed once verified") {
    TempFolder tmp("sync-stale");
    const auto log = tmp / "log";
    const auto ids = study(log, "pc", 3, kT0, /*close=*/false);
    const auto open_bytes = slurp(log / "pc-000001.clog");
    LoadReport report;
    REQUIRE(
        DeviceLog::open(log, "pc", "anna", read_log_folder(log, "anna"), tmp / "damaged", report)
            .ok());
    // The other computer still had the open file and copies it back (cp without -u).
    spit(log / "pc-000001.clog", open_bytes);
    const auto read = read_log_folder(log, "anna");
    CHECK(read.reviews.size() == 6);
    REQUIRE(DeviceLog::open(log, "pc", "anna", read, tmp / "damaged", report).ok());
    CHECK(names_in(log) == std::vector<std::string>{"pc-000001.clog.zst"});
    CHECK(read_log_folder(log, "anna").reviews.size() == 3);
}

TEST_CASE("a failed write leaves no partial record") {
    TempFolder tmp("sync-full");
    const auto log = tmp / "log";
    study(log, "pc", 1, kT0, /*close=*/false);
    LoadReport report;
    auto again =
        DeviceLog::open(log, "pc", "anna", read_log_folder(log, "anna"), tmp / "damaged", report);
    REQUIRE(again.ok());
    fs::permissions(log, fs::perms::owner_read | fs::perms::owner_exec);
    const auto r = again.value().append(
        logged_review("pc", 0, "c1", kT0, Rating::Good, CardState::fresh(kT0)));
    fs::permissions(log, fs::perms::owner_all);
    if (::geteuid() != 0) CHECK_FALSE(r.ok());  // root may write anyway
    CHECK(read_log_folder(log, "anna").report.has_problems() == false);
}
