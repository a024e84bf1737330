// chronik-cli's FSRS commands, run as a process: output, exit status, error messages.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path scratch_dir() {
    fs::path dir = fs::path(CHRONIK_BINARY_DIR) / "tests" / "cli_srs" / "scratch";
    fs::create_directories(dir);
    return dir;
}

// Runs chronik-cli with `args` (already shell-quoted); `tag` keeps parallel tests apart.
RunResult run_cli(const std::string& args, const std::string& tag) {
    const fs::path dir = scratch_dir();
    const fs::path out = dir / (tag + ".out"), err = dir / (tag + ".err");
    const std::string cmd = std::string("'") + CHRONIK_BINARY_DIR + "/chronik-cli' " + args +
                            " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
}

std::string quoted(const fs::path& p) {
    // Appending, not "'" + s + "'": GCC 12 gives a false -Wrestrict for that at -O2.
    std::string s = "'";
    s += p.string();
    s += '\'';
    return s;
}

const fs::path kReference = fs::path(CHRONIK_SOURCE_DIR) / "tests/data/fsrs/vectors.json";
const fs::path kHandmade =
    fs::path(CHRONIK_SOURCE_DIR) / "tests/cli_srs/data/handmade-vectors.json";

// Equal as JSON values (1 and 1.0 are equal); on a difference shows where.
void check_same_document(const Json& got, const Json& want) {
    if (got == want) return;
    const Json patch = Json::diff(want, got);
    FAIL("documents differ, first changes: " << patch.dump().substr(0, 600));
}

}  // namespace

TEST_CASE("fsrs-replay reproduces every field of the reference vectors") {
    const RunResult r = run_cli("fsrs-replay " + quoted(kReference), "replay_reference");
    REQUIRE_MESSAGE(r.status == 0, r.err);
    check_same_document(Json::parse(r.out), Json::parse(read_file(kReference)));
}

TEST_CASE("fsrs-replay reproduces a vector file with other configs and missing optional fields") {
    // Made by data/make_handmade_vectors.mjs from the README alone: custom weights, long-term
    // mode, empty and parseInt-quirk step lists, no "derived" or retrievability fields in some
    // configs, times given only as ISO strings in one history.
    const RunResult r = run_cli("fsrs-replay --compact " + quoted(kHandmade), "replay_handmade");
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(r.out.find('\n') == r.out.size() - 1);  // --compact: one line
    check_same_document(Json::parse(r.out), Json::parse(read_file(kHandmade)));
}

TEST_CASE("fsrs-replay computes outputs from the inputs, not from the file's outputs") {
    const Json original = Json::parse(read_file(kHandmade));
    Json damaged = original;
    int n = 0;
    for (auto& c : damaged["configs"]) {
        for (auto& h : c["histories"]) {
            for (auto& r : h["reviews"]) {
                if (n++ % 3 == 0) {
                    r.erase("output");
                    r.erase("preview_due_ms");
                } else {
                    r["output"]["stability"] = 1.0;
                    r["output"]["due_ms"] = 0;
                    r["preview_due_ms"] = Json::array({0, 0, 0, 0});
                }
                if (r.contains("retrievability_before")) r["retrievability_before"] = 0.5;
            }
        }
        if (c.contains("derived")) c["derived"]["factor"] = 0.0;
    }
    const fs::path file = scratch_dir() / "damaged.json";
    std::ofstream(file) << damaged.dump();
    const RunResult r = run_cli("fsrs-replay " + quoted(file), "replay_damaged");
    REQUIRE_MESSAGE(r.status == 0, r.err);
    // The file's key order is kept, so a removed "output" comes back at the end of its review:
    // compare as unordered objects.
    check_same_document(Json::parse(r.out), original);
}

TEST_CASE("fsrs-replay names the file when it cannot be read") {
    const RunResult r = run_cli("fsrs-replay /nonexistent/vectors.json", "replay_missing");
    CHECK(r.status == 1);
    CHECK(r.err.find("/nonexistent/vectors.json") != std::string::npos);
    CHECK(r.err.find("cannot open") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("fsrs-replay refuses malformed files with the file and the JSON path") {
    struct Case {
        const char* name;
        const char* text;
        const char* expect;
    };
    const Case cases[] = {
        {"not_json", "{\"configs\": [", "not valid JSON"},
        {"no_configs", "{\"format\": \"fsrs-vectors/1\"}", "missing \"configs\""},
        {"bad_rating",
         R"({"configs":[{"id":"x","histories":[{"id":"x/0","created_at_ms":0,
            "reviews":[{"input":{"review_at_ms":1000,"rating":7}}]}]}]})",
         "configs[0].histories[0] (x/0).reviews[0].input.rating"},
        {"bad_step", R"({"configs":[{"params":{"learning_steps":["10"]},"histories":[]}]})",
         "configs[0].params.learning_steps[0]"},
        {"short_w", R"({"configs":[{"params":{"w":[1,2,3]},"histories":[]}]})",
         "expected 21 FSRS-6 weights"},
        {"fuzz_on", R"({"configs":[{"params":{"enable_fuzz":true},"histories":[]}]})",
         "enable_fuzz"},
        {"bad_time",
         R"({"configs":[{"histories":[{"id":"t","reviews":[{"input":{"review_at":"yesterday","rating":3}}]}]}]})",
         "not an ISO-8601 UTC time"},
        {"backwards",
         R"({"configs":[{"histories":[{"id":"back","created_at_ms":0,"reviews":[
            {"input":{"review_at_ms":172800000,"rating":3}},
            {"input":{"review_at_ms":1000,"rating":3}}]}]}]})",
         "(back): reviews[1]: review at 1000 ms is on an earlier UTC day"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const fs::path file = scratch_dir() / (std::string("bad_") + c.name + ".json");
        std::ofstream(file) << c.text;
        const RunResult r = run_cli("fsrs-replay " + quoted(file), std::string("bad_") + c.name);
        CHECK(r.status == 1);
        CHECK_MESSAGE(r.err.find(file.string()) != std::string::npos, r.err);
        CHECK_MESSAGE(r.err.find(c.expect) != std::string::npos, r.err);
    }
}

TEST_CASE("fsrs-replay without a file is a usage error") {
    const RunResult r = run_cli("fsrs-replay", "replay_noargs");
    CHECK(r.status == 2);
    CHECK(r.err.find("FILE") != std::string::npos);
    const RunResult help = run_cli("fsrs-replay --help", "replay_help");
    CHECK(help.status == 0);
    CHECK(help.out.find("preview_due_ms") != std::string::npos);
}

TEST_CASE("simulate: a year at desired retention 0.90 on the real bank lands within 0.03") {
    const fs::path questions = fs::path(CHRONIK_SOURCE_DIR) / "questions";
    const RunResult r = run_cli(
        "simulate --json --days 365 --seed 1 --retention 0.90 --questions " + quoted(questions),
        "simulate_year");
    REQUIRE_MESSAGE(r.status == 0, r.err);
    const Json j = Json::parse(r.out);
    CHECK(j.at("days") == 365);
    CHECK(j.at("desired_retention") == 0.9);
    CHECK(j.at("reviews").get<long>() > 1000);
    CHECK(j.at("reviews_per_day").get<double>() ==
          doctest::Approx(j.at("reviews").get<double>() / 365));
    const double measured = j.at("measured_retention").get<double>();
    CHECK(measured >= 0.87);
    CHECK(measured <= 0.93);
    CHECK(j.at("cards_known").get<long>() > 0);
    CHECK(j.at("cards_known").get<long>() <= j.at("cards").get<long>());
    // The real rules were used: each multiple-choice and timeline path occurred.
    for (const char* path : {"mc_wrong", "mc_timed_out", "mc_slow", "mc_in_time", "mc_fast_known",
                             "timeline_in_run", "timeline_swap", "timeline_out_of_place"}) {
        INFO(path);
        CHECK(j.at("paths").at(path).get<long>() > 0);
    }
}

TEST_CASE("simulate finds the repository's questions folder from the build folder") {
    const RunResult r = run_cli("simulate --days 5", "simulate_default_bank");
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(r.out.find("questions") != std::string::npos);
    CHECK(r.out.find("retention of due reviews") != std::string::npos);
}

TEST_CASE("simulate refuses bad options and a missing bank with a clear message") {
    const RunResult retention = run_cli("simulate --retention 0.99", "simulate_bad_retention");
    CHECK(retention.status == 2);
    CHECK(retention.err.find("desired retention is 0.99") != std::string::npos);
    const RunResult weights = run_cli("simulate --learner-w 1,2,3", "simulate_bad_w");
    CHECK(weights.status == 2);
    CHECK(weights.err.find("expected 21 weights") != std::string::npos);
    const RunResult days = run_cli("simulate --days many", "simulate_bad_days");
    CHECK(days.status == 2);
    const RunResult missing =
        run_cli("simulate --questions /nonexistent/questions", "simulate_missing_bank");
    CHECK(missing.status == 1);
    CHECK(missing.err.find("/nonexistent/questions") != std::string::npos);
}

TEST_CASE("bench lists its benchmarks and refuses unknown ones") {
    const RunResult help = run_cli("bench --help", "bench_help");
    CHECK(help.status == 0);
    CHECK(help.out.find("scheduler") != std::string::npos);
    CHECK(help.out.find("exam-plan") != std::string::npos);
    const RunResult unknown = run_cli("bench nosuch", "bench_unknown");
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("nosuch") != std::string::npos);
}

TEST_CASE("simulate --saves writes every review to the profile and a second run continues it") {
    const fs::path saves = scratch_dir() / "simulate_saves";
    fs::remove_all(saves);
    const std::string base = "simulate --json --saves " + quoted(saves) + " --profile 'Sim Ädä'";
    const RunResult first = run_cli(base + " --days 12", "simulate_saves_1");
    REQUIRE_MESSAGE(first.status == 0, first.err);
    const RunResult second = run_cli(base + " --days 8", "simulate_saves_2");
    REQUIRE_MESSAGE(second.status == 0, second.err);
    const Json a = Json::parse(first.out), b = Json::parse(second.out);
    CHECK(a["reviews"].get<long>() > 0);
    CHECK(b["reviews"].get<long>() > 0);
    // The second run continues the profile: its cards are no longer new.
    CHECK(b["new_cards"].get<long>() < a["new_cards"].get<long>());

    fs::path folder;
    for (const auto& e : fs::directory_iterator(saves / "profiles"))
        if (e.is_directory() && e.path().filename().string()[0] != '.') folder = e.path();
    REQUIRE(!folder.empty());
    std::ifstream log(folder / "reviews.jsonl");
    long lines = 0;
    for (std::string line; std::getline(log, line);)
        lines += line.find("\"card\":") != std::string::npos;  // the header line has none
    CHECK(lines == a["reviews"].get<long>() + b["reviews"].get<long>());

    const RunResult check =
        run_cli("check --saves " + quoted(saves) + " --profile 'Sim Ädä'", "simulate_saves_check");
    CHECK_MESSAGE(check.status == 0, check.out << check.err);
}

TEST_CASE("simulate --saves without --profile is a usage error") {
    const RunResult r = run_cli("simulate --saves /tmp/nowhere", "simulate_saves_alone");
    CHECK(r.status == 2);
    CHECK(r.err.find("--profile") != std::string::npos);
}

TEST_CASE("simulate --exam-day: the plan forgets a third less than FSRS 0.90 at no more answers") {
    // Issue 18's first target on one learner (FSRS-6 defaults), 14 days, every card of the
    // shipped bank new, pooled over four fixed seeds. Each seed: plain FSRS at 0.90 first, then
    // the plan with its answers before the exam divided by the days (rounded down) as the daily
    // limit.
    const fs::path questions = fs::path(CHRONIK_SOURCE_DIR) / "questions";
    std::size_t bank_items = 0;  // the audited bank's size changes with the audit (#20)
    for (const auto& entry : fs::directory_iterator(questions)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        bank_items += Json::parse(in).at("items").size();
    }
    REQUIRE(bank_items >= 200);
    const std::string base = "simulate --json --exam-day 14 --questions " + quoted(questions);
    double fsrs_recall = 0.0, plan_recall = 0.0;
    long fsrs_answers = 0, plan_answers = 0;
    for (int seed = 1; seed <= 4; ++seed) {
        const std::string s = std::to_string(seed);
        const RunResult fsrs = run_cli(base + " --no-plan --seed " + s, "exam_fsrs_" + s);
        REQUIRE_MESSAGE(fsrs.status == 0, fsrs.err);
        const Json f = Json::parse(fsrs.out);
        CHECK(f.at("plan") == false);
        CHECK(f.at("exam_day") == 14);
        CHECK(f.at("days") == 14);
        const long answers = f.at("exam_reviews").get<long>();
        CHECK(answers == f.at("reviews").get<long>());  // nothing after the exam was simulated
        const RunResult plan =
            run_cli(base + " --daily-reviews " + std::to_string(answers / 14) + " --seed " + s,
                    "exam_plan_" + s);
        REQUIRE_MESSAGE(plan.status == 0, plan.err);
        const Json p = Json::parse(plan.out);
        CHECK(p.at("plan") == true);
        CHECK(p.at("exam_reviews").get<long>() <= answers);
        CHECK(p.at("max_reviews_per_day").get<long>() <= answers / 14);
        CHECK(p.at("new_cards") == bank_items);  // every card introduced
        fsrs_recall += f.at("exam_recall").get<double>();
        plan_recall += p.at("exam_recall").get<double>();
        fsrs_answers += answers;
        plan_answers += p.at("exam_reviews").get<long>();
    }
    fsrs_recall /= 4;
    plan_recall /= 4;
    INFO("plan " << plan_recall << " (" << plan_answers << " answers), FSRS 0.90 " << fsrs_recall
                 << " (" << fsrs_answers << ")");
    CHECK(plan_answers <= fsrs_answers);
    CHECK(plan_recall > fsrs_recall);
    CHECK((1.0 - plan_recall) <= (1.0 - fsrs_recall) * 2.0 / 3.0);
}

TEST_CASE("simulate --exam-day prints the exam in text, counts minutes, and goes on after it") {
    const RunResult text = run_cli("simulate --exam-day 3 --daily-minutes 4", "exam_text");
    REQUIRE_MESSAGE(text.status == 0, text.err);
    CHECK(text.out.find("exam on day 3 (study plan): recall") != std::string::npos);
    const RunResult after =
        run_cli("simulate --json --exam-day 5 --days 12 --daily-reviews 30", "exam_after");
    REQUIRE_MESSAGE(after.status == 0, after.err);
    const Json j = Json::parse(after.out);
    CHECK(j.at("days") == 12);
    CHECK(j.at("exam_reviews").get<long>() <= 5 * 30);
    CHECK(j.at("reviews").get<long>() > j.at("exam_reviews").get<long>());
    CHECK(j.at("after_exam_days") == 7);
    CHECK(j.at("daily_reviews") == 30);
}

TEST_CASE("simulate refuses exam options that do not fit together") {
    const RunResult alone = run_cli("simulate --daily-reviews 20", "exam_alone");
    CHECK(alone.status == 2);
    CHECK(alone.err.find("--daily-reviews needs --exam-day") != std::string::npos);
    const RunResult short_run = run_cli("simulate --exam-day 10 --days 5", "exam_short");
    CHECK(short_run.status == 2);
    CHECK(short_run.err.find("--days must be at least --exam-day") != std::string::npos);
    const RunResult zero = run_cli("simulate --exam-day 0", "exam_zero");
    CHECK(zero.status == 2);
    const RunResult no_plan = run_cli("simulate --no-plan", "exam_no_plan");
    CHECK(no_plan.status == 2);
}

namespace {

// The UTC date `days` from today as YYYY-MM-DD (the exam tests pass --utc-offset 0).
std::string utc_date_in(int days) {
    using namespace std::chrono;
    const year_month_day d{floor<std::chrono::days>(system_clock::now()) + std::chrono::days(days)};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

// A fresh saves folder with one new profile "Prüfling"; returns the options naming it.
std::string exam_profile(const std::string& tag) {
    const fs::path saves = scratch_dir() / tag;
    fs::remove_all(saves);
    const RunResult created =
        run_cli("profile create --saves " + quoted(saves) + " 'Prüfling'", tag + "_create");
    REQUIRE_MESSAGE(created.status == 0, created.err);
    return "--saves " + quoted(saves) + " --profile 'Prüfling' --utc-offset 0";
}

}  // namespace

TEST_CASE(
    "exam set and plan: today's new cards fit the minutes and nothing is planned after the exam") {
    const std::string p = exam_profile("exam_cli_plan");
    const std::string date = utc_date_in(10);
    const RunResult set =
        run_cli("exam set " + p + " --date " + date + " --minutes 10", "exam_cli_set");
    REQUIRE_MESSAGE(set.status == 0, set.err);
    CHECK(set.out.find(date) != std::string::npos);
    const RunResult plan = run_cli("exam plan --json " + p, "exam_cli_plan_json");
    REQUIRE_MESSAGE(plan.status == 0, plan.err);
    const Json j = Json::parse(plan.out);
    CHECK(j.at("active") == true);
    CHECK(j.at("days_left") == 10);
    CHECK(j.at("exam_date") == date);
    // A new profile answers at the default 20 s: 10 minutes are 30 answers, all new cards today.
    CHECK(j.at("answers_per_day") == 30);
    CHECK(j.at("today").size() == 30);
    const long cards = j.at("cards").get<long>();
    CHECK(cards > 30);
    CHECK(j.at("new_cards") == cards);
    long introduced = 0;
    for (const auto& d : j.at("days")) {
        CHECK(d.at("date").get<std::string>() <= date);  // ISO dates sort as dates
        CHECK(d.at("reviews").get<int>() + d.at("new_cards").get<int>() <= 30);
        introduced += d.at("new_cards").get<long>();
    }
    CHECK(j.at("days").front().at("new_cards") == 30);
    // 10 days of 30 answers have room for every card, so the plan introduces all of them.
    CHECK(introduced == cards);
    CHECK(j.at("new_cards_introduced") == cards);
    CHECK(j.at("exam_recall").get<double>() > 0.5);
    CHECK(j.at("recall_if_idle") == 0.0);

    const RunResult text = run_cli("exam plan " + p, "exam_cli_plan_text");
    REQUIRE_MESSAGE(text.status == 0, text.err);
    CHECK(text.out.find("10 days to the exam; 30 answers a day") != std::string::npos);
    CHECK(text.out.find("predicted recall at the exam: ") != std::string::npos);
}

TEST_CASE(
    "exam plan with too little time says how many cards stay unseen and what more minutes reach") {
    const std::string p = exam_profile("exam_cli_short");
    REQUIRE(run_cli("exam set " + p + " --date " + utc_date_in(3) + " --minutes 1",
                    "exam_cli_short_set")
                .status == 0);
    const RunResult plan = run_cli("exam plan --json " + p, "exam_cli_short_json");
    REQUIRE_MESSAGE(plan.status == 0, plan.err);
    const Json j = Json::parse(plan.out);
    CHECK(j.at("answers_per_day") == 3);  // 1 minute at 20 s
    CHECK(j.at("new_cards_introduced").get<long>() < j.at("new_cards").get<long>());
    CHECK(j.at("enough") == false);
    REQUIRE(j.contains("more_minutes"));
    CHECK(j.at("more_minutes").get<int>() > 1);
    CHECK(j.at("more_recall").get<double>() > j.at("exam_recall").get<double>());
    const RunResult text = run_cli("exam plan " + p, "exam_cli_short_text");
    CHECK(text.out.find("new cards unseen") != std::string::npos);
    CHECK(text.out.find("minutes a day: about") != std::string::npos);
}

TEST_CASE("exam set refuses past, far, malformed and unknown exams and keeps the exam it had") {
    const std::string p = exam_profile("exam_cli_refuse");
    const std::string kept = utc_date_in(20);
    REQUIRE(run_cli("exam set " + p + " --date " + kept, "exam_cli_refuse_keep").status == 0);
    struct Case {
        std::string options;
        int status;
        std::string message;
    };
    const Case cases[] = {
        {"--date " + utc_date_in(-1), 1, "is in the past"},
        {"--date " + utc_date_in(400), 1, "more than 365 days ahead"},
        {"--date 2027-02-30", 2, "--date 2027-02-30 is not a date"},
        {"--date " + utc_date_in(5) + " --minutes 0", 2, "--minutes must be 1 to 600"},
        {"--date " + utc_date_in(5) + " --time 8:00", 2, "--time 8:00 is not a time"},
        {"--date " + utc_date_in(5) + " --decks no-such-deck", 1, "no deck no-such-deck"},
        {"--date " + utc_date_in(5) + " --topics 'Keine Ahnung'", 1, "the topic Keine Ahnung"},
        {"", 2, "--date"},
    };
    int n = 0;
    for (const auto& c : cases) {
        CAPTURE(c.options);
        const RunResult r =
            run_cli("exam set " + p + " " + c.options, "exam_cli_refuse_" + std::to_string(n++));
        CHECK(r.status == c.status);
        CHECK(r.err.find(c.message) != std::string::npos);
    }
    const RunResult plan = run_cli("exam plan --json " + p, "exam_cli_refuse_plan");
    REQUIRE_MESSAGE(plan.status == 0, plan.err);
    CHECK(Json::parse(plan.out).at("exam_date") == kept);
    CHECK(Json::parse(plan.out).at("minutes_per_day") == 20);
}

TEST_CASE("exam remove goes back to plain FSRS and plan then says there is no exam") {
    const std::string p = exam_profile("exam_cli_remove");
    REQUIRE(run_cli("exam set " + p + " --date " + utc_date_in(7), "exam_cli_remove_set").status ==
            0);
    const RunResult removed = run_cli("exam remove " + p, "exam_cli_remove");
    CHECK(removed.status == 0);
    CHECK(removed.out.find("exam removed") != std::string::npos);
    const RunResult plan = run_cli("exam plan " + p, "exam_cli_remove_plan");
    CHECK(plan.status == 1);
    CHECK(plan.err.find("has no exam") != std::string::npos);
    const RunResult missing =
        run_cli("exam plan --saves /nonexistent/saves --profile Niemand", "exam_cli_missing");
    CHECK(missing.status == 1);
}
