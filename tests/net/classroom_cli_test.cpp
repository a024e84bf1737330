// chronik-cli host with 30 chronik-cli join bots on 127.0.0.1 through a whole game: every answer
// counted, standings follow the scoring rules. Every wait is bounded.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "round/classroom_points.hpp"

extern char** environ;

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const fs::path kCli = fs::path(CHRONIK_BINARY_DIR) / "chronik-cli";
const fs::path kDeck = fs::path(CHRONIK_SOURCE_DIR) / "questions" / "nordkorea-russland.json";

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Starts chronik-cli with `args` (or a program given by its absolute path as the first
// argument), stdout and stderr into files; returns the pid.
pid_t spawn(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
    std::vector<std::string> all;
    if (args.empty() || args.front().front() != '/') all.push_back(kCli.string());
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    return pid;
}

using Clock = std::chrono::steady_clock;

// Exit status, or -1 after killing it at the deadline.
int wait_for(pid_t pid, Clock::time_point deadline) {
    int status = 0;
    while (Clock::now() < deadline) {
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

}  // namespace

TEST_CASE("a host with 30 bot students on loopback counts every answer and scores by the rules") {
    const fs::path dir = fs::path(CHRONIK_BINARY_DIR) / "tests" / "net" / "scratch-30";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto start = Clock::now();
    // Thirty processes that each load the bank start slowly on a busy machine (sanitizers, other
    // builds): the bounds are generous; a healthy run takes about 10 s.
    const auto deadline = start + std::chrono::seconds(120);
    constexpr int kPlayers = 30;
    constexpr int kQuestions = 5;

    const pid_t host = spawn({"host",
                              "--port",
                              "0",
                              "--bind",
                              "127.0.0.1",
                              "--code",
                              "R8T3QW",
                              "--players",
                              std::to_string(kPlayers),
                              "--questions",
                              std::to_string(kQuestions),
                              "--deck",
                              kDeck.string(),
                              "--timer",
                              "3",
                              "--reading",
                              "0.2",
                              "--reveal",
                              "0.2",
                              "--seed",
                              "11",
                              "--port-file",
                              (dir / "port").string(),
                              "--saves",
                              (dir / "saves").string(),
                              "--join-timeout",
                              "90",
                              "--json"},
                             dir / "host.out", dir / "host.err");
    std::string port;
    while (port.empty() && Clock::now() < start + std::chrono::seconds(10)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (fs::exists(dir / "port")) port = read_file(dir / "port");
    }
    REQUIRE_MESSAGE(!port.empty(), read_file(dir / "host.err"));
    port = port.substr(0, port.find('\n'));  // line 2 is the web port

    // 12 that know everything, 12 that guess, 6 that know but are slow.
    std::vector<std::pair<pid_t, std::string>> bots;
    std::map<std::string, std::string> kind_of;
    for (int i = 0; i < kPlayers; ++i) {
        const std::string kind = i < 12 ? "correct" : i < 24 ? "random" : "slow";
        const std::string name = kind + "-" + std::to_string(i);
        kind_of[name] = kind;
        bots.emplace_back(spawn({"join", "127.0.0.1:" + port, "--code", "R8T3QW", "--name", name,
                                 "--bot", kind, "--deck", kDeck.string(), "--seed",
                                 std::to_string(i), "--timeout", "110", "--json"},
                                dir / (name + ".out"), dir / (name + ".err")),
                          name);
    }
    const int host_status = wait_for(host, deadline);
    std::map<std::string, Json> reports;
    for (const auto& [pid, name] : bots) {
        CHECK_MESSAGE(wait_for(pid, deadline) == 0, name, ": ", read_file(dir / (name + ".err")));
        reports[name] = Json::parse(read_file(dir / (name + ".out")), nullptr, false);
    }
    REQUIRE_MESSAGE(host_status == 0, read_file(dir / "host.err"));
    CHECK(Clock::now() - start < std::chrono::seconds(120));

    const Json standings = Json::parse(read_file(dir / "host.out"));
    REQUIRE(standings["players"].size() == kPlayers);
    REQUIRE(standings["questions"].size() == kQuestions);
    chronik::round::ClassroomScoring scoring;
    scoring.time_limit_ms = 3'000;
    std::int64_t previous_score = std::numeric_limits<std::int64_t>::max();
    for (const auto& p : standings["players"]) {
        const std::string name = p["name"];
        REQUIRE(kind_of.count(name) == 1);
        const std::string kind = kind_of[name];
        // Every answer was counted: one per question, none refused.
        CHECK_MESSAGE(p["answers_given"] == kQuestions, name);
        const auto& report = reports[name];
        REQUIRE_MESSAGE(report.is_object(), name);
        CHECK(report["finished"] == true);
        CHECK(report["answers_sent"] == kQuestions);
        CHECK(report["answers_locked"] == kQuestions);
        CHECK(report["answers_rejected"] == 0);
        // The score follows the rules from the host's own answer times.
        chronik::round::ClassroomScore s;
        for (const auto& a : p["answers"]) {
            REQUIRE_FALSE(a["choice"].is_null());
            const bool correct = a["correct"];
            const auto award = chronik::round::award_classroom_answer(
                s,
                correct ? chronik::round::ClassroomAnswer::Correct
                        : chronik::round::ClassroomAnswer::Wrong,
                a["response_ms"].get<std::int64_t>(), scoring);
            CHECK(a["points"] == award.answer_points);
            CHECK(a["streak_bonus"] == award.streak_bonus);
            s = award.after;
            if (kind == "slow") CHECK(a["response_ms"].get<std::int64_t>() >= 1'800);  // 60% of 3 s
        }
        CHECK(p["score"] == s.points);
        CHECK(p["correct"] == s.correct_answers);
        CHECK(report["score"] == s.points);
        CHECK(report["correct"] == s.correct_answers);
        if (kind != "random") {
            CHECK_MESSAGE(p["correct"] == kQuestions, name);
            // Five in a row: bonuses 0+100+200+300+400, and at least 500 per answer.
            CHECK(s.points >= kQuestions * 500 + 1'000);
        }
        CHECK(p["score"].get<std::int64_t>() <= previous_score);  // best first
        previous_score = p["score"];
    }
    for (const auto& q : standings["questions"]) {
        std::size_t total = q["no_answer"];
        for (const auto& c : q["counts"])
            total += c.get<std::size_t>();
        CHECK(total == kPlayers);
        CHECK(q["no_answer"] == 0);
        CHECK(q["counts"][q["correct_choice"].get<std::size_t>()] == q["correct_count"]);
        CHECK(q["correct_count"] >= 18);  // every correct and slow bot
    }
    // The standings were saved for the teacher too.
    int csv = 0, json = 0;
    for (const auto& e : fs::directory_iterator(dir / "saves")) {
        csv += e.path().extension() == ".csv";
        json += e.path().extension() == ".json";
    }
    CHECK(csv == 1);
    CHECK(json == 1);
}

TEST_CASE("a class that does not fit the open-file limit is refused at the start, with figures") {
    const fs::path dir = fs::path(CHRONIK_BINARY_DIR) / "tests" / "net" / "scratch-capacity";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    const std::string host = kCli.string() +
                             " host --port 0 --bind 127.0.0.1 --code R8T3QW --deck " +
                             kDeck.string() + " --players 300 --join-timeout 0.3";
    // Under a hard limit of 256 open files 300 students cannot fit: the host says so and stops.
    CHECK(wait_for(spawn({"/bin/sh", "-c", "ulimit -n 256 && exec " + host}, dir / "small.out",
                         dir / "small.err"),
                   deadline) == 1);
    const auto small = read_file(dir / "small.err");
    CHECK_MESSAGE(small.find("300 players need") != std::string::npos, small);
    CHECK_MESSAGE(small.find("only 256") != std::string::npos, small);
    // With the usual limit they fit; nobody comes, so it gives up waiting.
    CHECK(wait_for(spawn({"/bin/sh", "-c", "exec " + host}, dir / "fits.out", dir / "fits.err"),
                   deadline) == 1);
    const auto fits = read_file(dir / "fits.err");
    CHECK_MESSAGE(fits.find("waiting for 300 players (room for 300)") != std::string::npos, fits);
    CHECK_MESSAGE(fits.find("only 0 of 300 players joined in time") != std::string::npos, fits);
}

TEST_CASE("host and join refuse bad command lines with exit status 2") {
    const fs::path dir = fs::path(CHRONIK_BINARY_DIR) / "tests" / "net" / "scratch-usage";
    fs::create_directories(dir);
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    CHECK(wait_for(spawn({"host", "--port", "0", "--code", "X"}, dir / "1.out", dir / "1.err"),
                   deadline) == 2);
    CHECK(wait_for(spawn({"host", "--port", "0", "--code", "ABC DEF", "--players", "2", "--podium",
                          "11"},
                         dir / "2.out", dir / "2.err"),
                   deadline) == 2);
    // A code short enough to be guessed in a lesson is refused with the reason.
    CHECK(wait_for(spawn({"host", "--port", "0", "--code", "AB3", "--players", "2"}, dir / "5.out",
                         dir / "5.err"),
                   deadline) == 2);
    CHECK(read_file(dir / "5.err").find("6-12 letters or digits") != std::string::npos);
    CHECK(wait_for(spawn({"join", "nohost", "--code", "X", "--name", "n", "--bot", "correct"},
                         dir / "3.out", dir / "3.err"),
                   deadline) == 2);
    CHECK(wait_for(spawn({"join", "127.0.0.1:1", "--code", "X", "--name", "n", "--bot", "clever"},
                         dir / "4.out", dir / "4.err"),
                   deadline) == 2);
    CHECK(read_file(dir / "4.err").find("correct, random or slow") != std::string::npos);
}
