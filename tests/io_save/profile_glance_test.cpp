// The profile list's figures come from each profile's snapshot alone: a 500 MB review log (or
// snapshot) in some profile costs the list neither time nor memory. Prints the figures measured.
#include <doctest/doctest.h>
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <string>

#include "io/save/profile_glance.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/review_log.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;

namespace {

constexpr std::uintmax_t k500MB = 500ull * 1024 * 1024;

// Bytes this process has read so far (read(2) and friends), from /proc/self/io.
std::uint64_t bytes_read_so_far() {
    std::ifstream in("/proc/self/io");
    std::string key;
    std::uint64_t value = 0;
    while (in >> key >> value)
        if (key == "rchar:") return value;
    return 0;
}

ProfileProgress with_reviews(ProfileStore& store, const std::string& name, int n) {
    auto created = store.create(name);
    REQUIRE(created.ok());
    auto opened = store.open(name);
    REQUIRE(opened.ok());
    ProfileStorage& p = opened.value();
    for (int i = 0; i < n; ++i) {
        const CardState before =
            p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(test::kStart));
        REQUIRE(p.append(test::simulated_review(i, before)).ok());
    }
    ProfileProgress progress = p.progress();
    REQUIRE(p.close().ok());
    return progress;
}

}  // namespace

TEST_CASE("the profile list glances at snapshots only and stays fast with a 500 MB file") {
    test::TempFolder tmp("glance-huge");
    ProfileStore store(tmp / "saves");
    const ProfileProgress anna = with_reviews(store, "Anna", 30);
    const ProfileProgress ben = with_reviews(store, "Ben", 40);
    with_reviews(store, "Cara", 5);
    const auto folder = [&](const char* id) { return store.profiles_folder() / id; };
    // Ben's log grows to 500 MB (sparse: a crash left a huge hole after his last review), and
    // Cara's snapshot is 500 MB. Opening Ben replays the log after the snapshot, the whole hole.
    std::filesystem::resize_file(folder("ben") / kLogFileName, k500MB);
    std::filesystem::resize_file(folder("cara") / kSnapshotFileName, k500MB);

    const auto rss_before = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_maxrss;
    }();
    const std::uint64_t read_before = bytes_read_so_far();
    const auto start = std::chrono::steady_clock::now();
    auto listed = store.list();
    REQUIRE(listed.ok());
    std::vector<SaveResult<ProfileGlance>> glances;
    for (const auto& p : listed.value())
        glances.push_back(glance_at_profile(p.folder));
    const double took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const std::uint64_t read = bytes_read_so_far() - read_before;
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    MESSAGE("profile list over 3 profiles with a 500 MB log and a 500 MB snapshot: "
            << took_ms << " ms, " << read << " bytes read, peak RSS " << u.ru_maxrss / 1024
            << " MB (was " << rss_before / 1024 << " MB before)");

    // Only profile.json and snapshot.json files were read: far less than either huge file.
    CHECK(read < 1024 * 1024);
    CHECK(u.ru_maxrss - rss_before < 64 * 1024);  // KiB: the huge files were never held
    // The list still appears, every profile in it, with the figures of the readable ones.
    REQUIRE(listed.value().size() == 3);
    CHECK(listed.value()[0].id == "anna");
    CHECK(listed.value()[1].id == "ben");
    CHECK(listed.value()[2].id == "cara");
    REQUIRE(glances[0].ok());
    CHECK(ProfileProgress(glances[0].value().progress) == anna);
    REQUIRE(glances[1].ok());
    CHECK(ProfileProgress(glances[1].value().progress) == ben);
    // The oversized snapshot is named with its size and refused unread.
    REQUIRE_FALSE(glances[2].ok());
    CHECK(glances[2].error().kind == SaveErrorKind::TooLarge);
    const std::string why = glances[2].error().describe();
    CHECK(why.find("snapshot.json") != std::string::npos);
    CHECK(why.find("500.0 MiB") != std::string::npos);
    CHECK(std::filesystem::file_size(folder("cara") / kSnapshotFileName) == k500MB);
}

TEST_CASE("a glance refuses a foreign, damaged or linked snapshot and names it") {
    test::TempFolder tmp("glance-bad");
    ProfileStore store(tmp / "saves");
    with_reviews(store, "Anna", 3);
    with_reviews(store, "Ben", 3);
    const auto anna = store.profiles_folder() / "anna";
    const auto ben = store.profiles_folder() / "ben";
    // Ben's snapshot copied into Anna's folder belongs to Ben.
    std::filesystem::copy_file(ben / kSnapshotFileName, anna / kSnapshotFileName,
                               std::filesystem::copy_options::overwrite_existing);
    auto foreign = glance_at_profile(anna);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().describe().find("belongs to profile \"ben\"") != std::string::npos);
    test::spit(anna / kSnapshotFileName, "{\"format\": \"chronik-snap");
    auto damaged = glance_at_profile(anna);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().kind == SaveErrorKind::Corrupt);
    CHECK(damaged.error().describe().find("snapshot.json") != std::string::npos);
    std::filesystem::remove(anna / kSnapshotFileName);
    std::filesystem::create_symlink("/dev/zero", anna / kSnapshotFileName);
    auto linked = glance_at_profile(anna);
    REQUIRE_FALSE(linked.ok());
    CHECK(linked.error().kind == SaveErrorKind::Unsafe);
}
