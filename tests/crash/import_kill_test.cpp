// `chronik-cli profile import` killed with SIGKILL at random moments: each time there is either
// no profile or the complete one, and nothing left over that would rename a later import.
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
#include "io/save/profile_transfer.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"
#include "random/rng.hpp"

extern char** environ;

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

pid_t spawn(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
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

// Everything in profiles/ except the store's lock file.
std::vector<std::string> entries(const fs::path& profiles) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(profiles, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename() != kStoreLockFileName)
            out.push_back(it->path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("profile import killed at 30 random moments leaves no profile or the whole one") {
    test::TempFolder tmp("import-kill");
    // The profile to import: a few thousand reviews, so an import takes a while.
    constexpr int kReviews = 4000;
    const fs::path export_file = tmp / "imp.json";
    {
        ProfileStore source(tmp / "source");
        source.create("Imp").value();
        auto p = source.open("Imp", OpenOptions{OpenMode::ReadWrite, 100000}).value();
        std::vector<ReviewRecord> records;
        ProfileProgress progress;
        for (int i = 0; i < kReviews; ++i) {
            const std::string card = test::card_name(i % 400);
            records.push_back(
                test::simulated_review(i, progress.card(card).value_or(CardState::fresh(0))));
            records.back().card_id = card;
            REQUIRE(progress.apply(records.back()).outcome == ApplyOutcome::Applied);
        }
        REQUIRE(p.append_all(records).ok());
        REQUIRE(p.close().ok());
        REQUIRE(export_profile(source, "Imp", export_file).ok());
    }
    const fs::path saves = tmp / "saves";
    const std::vector<std::string> import{CHRONIK_CLI,          "profile", "import",
                                          export_file.string(), "--saves", saves.string()};
    // How long a whole import takes here: the kills are spread over that time and a bit more.
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(wait_exit(spawn(import)) == 0);
    const auto whole = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();
    ProfileStore store(saves);
    REQUIRE(store.remove("Imp").ok());

    Rng rng(20260116);
    int none = 0, complete = 0;
    for (int kill_no = 0; kill_no < 30; ++kill_no) {
        CAPTURE(kill_no);
        const pid_t pid = spawn(import);
        std::this_thread::sleep_for(
            std::chrono::microseconds(rng.below(static_cast<std::uint32_t>(whole * 6 / 5 + 1))));
        ::kill(pid, SIGKILL);
        const int status = wait_exit(pid);
        // What a user sees after the crash: the list (which also clears what the killed
        // import left behind), and the profile if there is one.
        auto listed = store.list();
        REQUIRE(listed.ok());
        CHECK(entries(saves / kProfilesFolder).size() == listed.value().size());
        REQUIRE(listed.value().size() <= 1);
        if (listed.value().empty()) {
            ++none;
            continue;
        }
        ++complete;
        const ProfileInfo& p = listed.value().front();
        // Never "Imp (2)": the killed attempt left nothing that takes the name.
        CHECK(p.display_name == "Imp");
        CHECK_FALSE(p.problem);
        auto checked = check_profile(p.folder);
        REQUIRE(checked.ok());
        for (const auto& problem : checked.value().problems)
            FAIL_CHECK(problem.file << ": " << problem.reason);
        CHECK(checked.value().log_reviews == kReviews);
        CHECK((status == 0 || status == 128 + SIGKILL));
        REQUIRE(store.remove("Imp").ok());
    }
    MESSAGE("a whole import takes " << whole / 1000 << " ms; 30 kills left " << none
                                    << " times no profile and " << complete
                                    << " times the complete one");
    // And an import after all that is "Imp" again.
    REQUIRE(wait_exit(spawn(import)) == 0);
    REQUIRE(store.list().value().size() == 1);
    CHECK(store.list().value().front().display_name == "Imp");
}
