// A disk that fills up while a profile is open: reviews still go to the log while there is room
// for them, snapshots are not retried on every review, the backups stay five points in time.
#include <doctest/doctest.h>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

// A small tmpfs for one test, unmounted afterwards (mounting needs root or CAP_SYS_ADMIN).
class SmallDisk {
public:
    SmallDisk(const fs::path& at, const char* size) : at_(at) {
        fs::create_directories(at);
        mounted_ = ::mount("tmpfs", at.c_str(), "tmpfs", 0, size) == 0;
        if (!mounted_) why_ = std::strerror(errno);
    }
    ~SmallDisk() {
        if (mounted_) ::umount2(at_.c_str(), MNT_DETACH);
    }
    bool mounted() const { return mounted_; }
    const std::string& why() const { return why_; }

    // Fills the disk, then frees `bytes` again.
    void fill_leaving(std::size_t bytes) {
        std::ofstream out(at_ / "filler", std::ios::binary);
        const std::string block(1 << 16, 'x');
        while (out.write(block.data(), static_cast<std::streamsize>(block.size())))
            ;
        out.close();
        const auto size = fs::file_size(at_ / "filler");
        fs::resize_file(at_ / "filler", size > bytes ? size - bytes : 0);
    }
    void make_room() { fs::remove(at_ / "filler"); }

private:
    fs::path at_;
    bool mounted_ = false;
    std::string why_;
};

ReviewRecord review_of_new_card(int i) {
    ReviewRecord r = test::simulated_review(i, CardState::fresh(0));
    r.card_id = "card-" + std::to_string(1000 + i);
    return r;
}

// The backups as (device, inode) and content: how many different points in time they hold.
std::size_t distinct_backups(const fs::path& folder, std::size_t& files) {
    std::set<std::string> contents;
    files = 0;
    for (const auto& e : fs::directory_iterator(folder / "backups")) {
        ++files;
        contents.insert(test::slurp(e.path()));
    }
    return contents.size();
}

}  // namespace

TEST_CASE("while the disk is full, snapshots wait and the five backups stay five points in time") {
    test::TempFolder tmp("disk-full-backups");
    SmallDisk disk(tmp / "disk", "size=1m");
    if (!disk.mounted()) {
        MESSAGE("cannot mount a tmpfs here (" << disk.why() << "): test skipped");
        return;
    }
    ProfileStore store(tmp / "disk" / "saves");
    const auto info = store.create("Anna").value();
    auto p = store.open("Anna", OpenOptions{OpenMode::ReadWrite, 10}).value();
    // 150 cards: a snapshot is ~60 KiB, far more than the room the log needs per review.
    int i = 0;
    for (; i < 150; ++i)
        REQUIRE(p.append(review_of_new_card(i)).ok());
    std::size_t files = 0;
    REQUIRE(distinct_backups(info.folder, files) == 5);

    // Room for a few dozen log lines, none for a snapshot.
    disk.fill_leaving(24 * 1024);
    int saved_while_full = 0;
    for (int k = 0; k < 40; ++k, ++i) {
        const auto r = p.append(review_of_new_card(i));
        if (!r.ok()) {
            CHECK(r.error().kind == SaveErrorKind::DiskFull);
            break;
        }
        ++saved_while_full;
    }
    CHECK(saved_while_full >= 20);
    // One warning for the whole episode, not one per review.
    int warnings = 0;
    for (const auto& m : p.report().messages)
        warnings += m.file == "snapshot.json" && m.reason.find("not written") != std::string::npos;
    CHECK(warnings == 1);
    // The failed attempts did not push real points in time out of the backups.
    CHECK(distinct_backups(info.folder, files) == 5);
    CHECK(files == 5);

    // Room again: snapshots resume, the backups are still five different ones, check passes.
    disk.make_room();
    for (int k = 0; k < 25; ++k, ++i)
        REQUIRE(p.append(review_of_new_card(i)).ok());
    CHECK(distinct_backups(info.folder, files) == 5);
    CHECK(files == 5);
    const auto last = p.progress();
    { auto closing = std::move(p); }
    auto checked = check_profile(info.folder);
    REQUIRE(checked.ok());
    for (const auto& problem : checked.value().problems)
        FAIL_CHECK(problem.file << ": " << problem.reason);
    CHECK(checked.value().log_reviews == i);  // every review that was reported saved
    CHECK(store.open("Anna").value().progress() == last);
}
