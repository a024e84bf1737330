// One writer per profile: the lock, stale lock files, other writers' logs, temporaries.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/save/durable_file.hpp"
#include "io/save/file_lock.hpp"
#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/profile_transfer.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

void study(ProfileStorage& p, int from, int count) {
    for (int i = from; i < from + count; ++i) {
        const auto before =
            p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(0));
        REQUIRE(p.append(test::simulated_review(i, before)).ok());
    }
}

// A child process that opens the profile for writing, says so through a pipe and waits to
// be killed.
pid_t holder_process(const fs::path& saves, const std::string& name) {
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(ready[0]);
        ProfileStore store(saves);
        auto p = store.open(name);
        const char ok = p.ok() ? '1' : '0';
        [[maybe_unused]] auto n = ::write(ready[1], &ok, 1);
        for (;;)
            ::pause();
    }
    ::close(ready[1]);
    char ok = 0;
    REQUIRE(::read(ready[0], &ok, 1) == 1);
    ::close(ready[0]);
    REQUIRE(ok == '1');
    return pid;
}

}  // namespace

TEST_CASE("a second writer on one profile is refused with a clear message and opens nothing") {
    test::TempFolder tmp("lock-second");
    ProfileStore store(tmp / "saves");
    const auto info = store.create("Anna").value();
    auto first = store.open("Anna").value();
    study(first, 0, 3);
    const std::string log = test::slurp(info.folder / "reviews.jsonl");
    const auto files = test::tree(info.folder);

    auto second = store.open("Anna");
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == SaveErrorKind::Locked);
    CHECK(second.error().message.find("is open in another Chronik") != std::string::npos);
    CHECK(second.error().message.find("process " + std::to_string(::getpid())) !=
          std::string::npos);
    // Nothing was written or moved by the refused one.
    CHECK(test::slurp(info.folder / "reviews.jsonl") == log);
    CHECK(test::tree(info.folder) == files);

    // Readers work meanwhile: inspection, check, export.
    auto inspected = store.open("Anna", OpenOptions{OpenMode::Inspect, 100});
    REQUIRE(inspected.ok());
    CHECK(inspected.value().progress().scores().reviews == 3);
    auto checked = check_profile(info.folder);
    REQUIRE(checked.ok());
    CHECK(checked.value().ok());
    CHECK(checked.value().notes.back().reason.find("open for writing in another Chronik") !=
          std::string::npos);
    CHECK(store.list().value().size() == 1);
    // Exports (the profile file and the review-log CSV) read what was saved so far.
    REQUIRE(export_profile(store, "Anna", tmp / "anna-export.json").ok());
    auto exported = import_profile(store, (tmp / "anna-export.json").string(), "Anna copy");
    REQUIRE(exported.ok());
    CHECK(exported.value().profile.display_name == "Anna copy");
    auto copy = store.open("Anna copy", OpenOptions{OpenMode::Inspect, 100});
    REQUIRE(copy.ok());
    CHECK(copy.value().progress().scores().reviews == 3);
    auto csv = export_revlog_csv(inspected.value(), tmp / "anna.csv");
    REQUIRE(csv.ok());
    CHECK(csv.value() == 3);
    // Renaming or deleting it is refused too; repairing it as well.
    CHECK(store.rename("Anna", "Berta").error().kind == SaveErrorKind::Locked);
    CHECK(store.remove("Anna").error().kind == SaveErrorKind::Locked);
    CHECK(repair_profile(info.folder).error().kind == SaveErrorKind::Locked);
    CHECK(store.find("Anna").ok());

    // Once the first has closed, the profile opens for writing again with everything in it.
    study(first, 3, 2);
    { auto closing = std::move(first); }
    auto third = store.open("Anna");
    REQUIRE(third.ok());
    CHECK(third.value().progress().scores().reviews == 5);
}

TEST_CASE("a writer killed with SIGKILL leaves no lock behind, nor does a stale lock file") {
    test::TempFolder tmp("lock-killed");
    ProfileStore store(tmp / "saves");
    const auto info = store.create("Anna").value();
    const pid_t holder = holder_process(tmp / "saves", "Anna");
    // While it lives, the profile is taken, and who has it is named.
    auto refused = store.open("Anna");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("process " + std::to_string(holder)) != std::string::npos);
    CHECK(ProfileStorage::writer_elsewhere(info.folder).has_value());
    REQUIRE(::kill(holder, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(holder, &status, 0) == holder);
    // The lock file is still there, naming the dead process: it does not matter.
    CHECK(fs::exists(ProfileStorage::writer_lock_file(info.folder)));
    CHECK_FALSE(ProfileStorage::writer_elsewhere(info.folder).has_value());
    auto opened = store.open("Anna");
    REQUIRE(opened.ok());
    // A lock file with any content at all does not block either.
    { auto closing = std::move(opened.value()); }
    test::spit(ProfileStorage::writer_lock_file(info.folder),
               "chronik-writer 1 elsewhere 0\n\x01garbage");
    CHECK(store.open("Anna").ok());
}

TEST_CASE("a lock file that is a symbolic link or a folder is refused, not followed") {
    test::TempFolder tmp("lock-link");
    ProfileStore store(tmp / "saves");
    const auto info = store.create("Anna").value();
    test::spit(tmp / "victim", "keep me");
    fs::create_symlink(tmp / "victim", ProfileStorage::writer_lock_file(info.folder));
    auto opened = store.open("Anna");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == SaveErrorKind::Unsafe);
    CHECK(test::slurp(tmp / "victim") == "keep me");
}

TEST_CASE("the writer lock is per device: two computers write one synced folder at once") {
    test::TempFolder tmp("lock-per-device");
    ::setenv("CHRONIK_DEVICE_ID", "laptop-1111aaaa", 1);
    ProfileStore store(tmp / "saves");
    const auto info = store.create("Anna").value();
    auto laptop = store.open("Anna");
    REQUIRE(laptop.ok());
    CHECK(fs::exists(info.folder / "writer.laptop-1111aaaa.lock"));
    CHECK_FALSE(fs::exists(info.folder / kLegacyLockFileName));
    study(laptop.value(), 0, 3);
    // The school computer sees the same folder (a share, or Syncthing's copy of it): its own
    // lock, its own files; the laptop's lock does not stand in its way.
    ::setenv("CHRONIK_DEVICE_ID", "school-2222bbbb", 1);
    CHECK_FALSE(ProfileStorage::writer_elsewhere(info.folder).has_value());
    auto school = store.open("Anna");
    REQUIRE(school.ok());
    CHECK(school.value().merged());
    CHECK(fs::exists(info.folder / "writer.school-2222bbbb.lock"));
    // A second window on the school computer is refused by the school's lock.
    auto second = store.open("Anna");
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == SaveErrorKind::Locked);
    { auto closing = std::move(school.value()); }
    // A sync tool's conflict copy of a lock file blocks nothing and is read by nobody.
    test::spit(info.folder / "writer.school-2222bbbb.sync-conflict-20260105-081203-ABCDEFG.lock",
               "chronik-writer 1 elsewhere 0\n");
    CHECK(store.open("Anna").ok());
    ::setenv("CHRONIK_DEVICE_ID", "laptop-1111aaaa", 1);
    { auto closing = std::move(laptop.value()); }
    // An older Chronik (before device locks) holding writer.lock still keeps every writer out.
    {
        auto old = FileLock::try_acquire(info.folder / kLegacyLockFileName);
        REQUIRE(old.ok());
        auto refused = store.open("Anna");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == SaveErrorKind::Locked);
        CHECK(ProfileStorage::writer_elsewhere(info.folder).has_value());
    }
    CHECK(store.open("Anna").ok());
    ::unsetenv("CHRONIK_DEVICE_ID");
}

TEST_CASE("an append is refused, and nothing cut, when another writer changed the log") {
    // Two computers on a share whose locks do not work: both think they hold the profile.
    test::TempFolder tmp("lock-foreign-append");
    ProfileStore store(tmp / "saves");
    const auto info = store.create("Anna").value();
    auto p = store.open("Anna").value();
    study(p, 0, 2);
    const std::string other = encode_record(test::simulated_review(50, CardState::fresh(0))) + "\n";
    test::append_bytes(info.folder / "reviews.jsonl", other);
    const std::string both = test::slurp(info.folder / "reviews.jsonl");
    auto r = p.append(test::simulated_review(2, CardState::fresh(0)));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == SaveErrorKind::Locked);
    CHECK(r.error().message.find("changed by another program") != std::string::npos);
    CHECK(test::slurp(info.folder / "reviews.jsonl") == both);
    // And it stays refused: this process no longer writes the profile.
    CHECK_FALSE(p.append(test::simulated_review(3, CardState::fresh(0))).ok());
    CHECK(test::slurp(info.folder / "reviews.jsonl") == both);
}

TEST_CASE("temporaries have names of their own, and only dead writers' leftovers are removed") {
    test::TempFolder tmp("lock-temporaries");
    const fs::path file = tmp / "snapshot.json";
    long pid = 0;
    const auto a = temporary_name(file), b = temporary_name(file);
    CHECK(a != b);
    CHECK(
        a.filename().string().starts_with("snapshot.json.tmp-" + std::to_string(::getpid()) + "-"));
    CHECK(is_temporary_name(a.filename().string(), pid));
    CHECK(pid == ::getpid());
    CHECK_FALSE(is_temporary_name("snapshot.json", pid));
    CHECK_FALSE(is_temporary_name("notes.tmp-12-zz", pid));

    // A dead process's leftover (a pid that cannot exist), a live process's locked temporary,
    // a user's file that only looks a bit like one.
    const fs::path dead = tmp / "snapshot.json.tmp-999999999-0123456789abcdef";
    test::spit(dead, "half");
    const fs::path live = temporary_name(file);
    test::spit(live, "being written");
    const int fd = ::open(live.c_str(), O_RDWR);
    REQUIRE(fd >= 0);
    REQUIRE(lock_open_file(fd));
    const fs::path user = tmp / "snapshot.json.tmp";
    test::spit(user, "mine");
    CHECK(remove_stale_temporaries(tmp.path()) == 1);
    CHECK_FALSE(fs::exists(dead));
    CHECK(fs::exists(live));
    CHECK(fs::exists(user));
    ::close(fd);
    // Writing the file itself also clears its own leftovers first.
    test::spit(dead, "half");
    REQUIRE(write_file_atomically(file, "whole").ok());
    CHECK_FALSE(fs::exists(dead));
    CHECK(test::slurp(file) == "whole");
}

TEST_CASE("opening a profile for writing removes what killed writers left in it") {
    test::TempFolder tmp("lock-leftovers");
    ProfileStore store(tmp / "saves");
    const auto info = store.create("Anna").value();
    const fs::path leftover = info.folder / "snapshot.json.tmp-999999999-00000000000000aa";
    const fs::path in_backups = info.folder / "backups" / "x.json.tmp-999999999-00000000000000bb";
    fs::create_directories(info.folder / "backups");
    test::spit(leftover, "{");
    test::spit(in_backups, "{");
    auto p = store.open("Anna");
    REQUIRE(p.ok());
    CHECK_FALSE(fs::exists(leftover));
    CHECK_FALSE(fs::exists(in_backups));
}
