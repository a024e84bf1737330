#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/review_log.hpp"
#include "io_save/temp_folder.hpp"
#include "random/rng.hpp"

extern char** environ;

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

pid_t spawn(const std::vector<std::string>& argv, bool quiet) {
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet) posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    return pid;
}

int wait_exit(pid_t pid) {
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::int64_t records_in_log(const fs::path& folder) {
    auto scan = scan_log(folder / kLogFileName, {}, {});
    REQUIRE(scan.ok());
    return scan.value().records;
}

}  // namespace

TEST_CASE("a study session killed with SIGKILL at random moments never loses a saved review") {
    test::TempFolder tmp("crash");
    const fs::path saves = tmp / "saves";
    ProfileStore store(saves);
    const auto info = store.create("Crash Test").value();
    Rng rng(77);
    std::int64_t last_count = 0;
    int torn_lines = 0;
    int rounds_with_progress = 0;
    int mid_session_rounds = 0;
    constexpr int kKills = 120;
    for (int kill_no = 0; kill_no < kKills; ++kill_no) {
        CAPTURE(kill_no);
        const pid_t writer = spawn(
            {CHRONIK_CRASH_WRITER, saves.string(), info.id, std::to_string(rng.below(1u << 30))},
            false);
        // Mostly mid-session, sometimes while the writer is still loading. A mid-session kill
        // waits until the writer has saved a review in this round (however slow the machine),
        // then lets it run a random little while longer, so it lands anywhere in a write.
        const bool early = rng.below(8) == 0;
        if (early) {
            std::this_thread::sleep_for(std::chrono::microseconds(rng.below(3000)));
        } else {
            ++mid_session_rounds;
            const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
            while (records_in_log(info.folder) <= last_count &&
                   std::chrono::steady_clock::now() < give_up)
                std::this_thread::sleep_for(std::chrono::microseconds(500));
            std::this_thread::sleep_for(std::chrono::microseconds(rng.below(20000)));
        }
        REQUIRE(::kill(writer, SIGKILL) == 0);
        const int status = wait_exit(writer);
        REQUIRE_MESSAGE(status == 128 + SIGKILL,
                        "the writer stopped by itself (status " << status << ")");

        // The number of reviews in the log never goes down.
        const std::int64_t count = records_in_log(info.folder);
        CHECK(count >= last_count);
        rounds_with_progress += count > last_count;
        last_count = count;

        // The profile loads as the game would load it; a torn last line is the only thing it may
        // meet.
        {
            auto loaded = store.open(info.id);
            REQUIRE_MESSAGE(loaded.ok(), loaded.error().describe());
            for (const auto& m : loaded.value().report().messages) {
                CAPTURE(m.file);
                CAPTURE(m.reason);
                CHECK(m.reason.find("incomplete") != std::string::npos);
                ++torn_lines;
            }
        }
        // Then check passes, in-process and through the command line.
        auto checked = check_profile(info.folder);
        REQUIRE(checked.ok());
        for (const auto& p : checked.value().problems)
            FAIL_CHECK(p.file << ": " << p.reason);
        CHECK(checked.value().log_reviews + checked.value().log_undos ==
              records_in_log(info.folder));
        if (kill_no % 20 == 0) {
            const pid_t cli = spawn(
                {CHRONIK_CLI, "check", "--saves", saves.string(), "--profile", info.id}, true);
            CHECK(wait_exit(cli) == 0);
        }
    }
    MESSAGE(kKills << " kills, " << last_count << " records in the log, " << torn_lines
                   << " torn last lines repaired, " << rounds_with_progress
                   << " rounds added reviews");
    // Every mid-session round saved something before its kill.
    CHECK(rounds_with_progress >= mid_session_rounds);
}
