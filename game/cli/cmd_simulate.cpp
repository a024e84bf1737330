// chronik-cli simulate: a simulated learner studies the real bank for N days through the real
// study queue, scheduler and rating rules; prints what it achieved.
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/desktop/data_location.hpp"
#include "io/save/profile_store.hpp"
#include "optimize/weights.hpp"
#include "srs/learner_simulation.hpp"
#include "study/profile_study.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage = R"(Usage: chronik-cli simulate [OPTIONS]

A simulated learner studies the question bank for N days, one session a day
(starting between 17:00 and 20:00, UTC+1), through the real study queue
(04:00 study day, daily limits), the real FSRS-6 scheduler (fuzz on) and the
real answer-rating rules: multiple-choice items by correctness and pace,
timeline events by their placement among 3 other events, flashcards by a
self-grade. The learner's memory is FSRS-6 with its own weights; whether it
recalls a card is drawn from its forgetting curve at the exact elapsed time.
Response times are drawn so that every rating path occurs (fast, in time,
slow, wrong, timed out; neighbour swaps on the timeline).

Options:
  --days N            days to simulate (default 365)
  --seed S            random seed (default 1); same seed, same result
  --retention R       desired retention, 0.70 to 0.97 (default 0.90)
  --new-limit N       new cards per day (default 20)
  --review-limit N    reviews + new cards per day (default 200)
  --learner-w LIST    the learner's 21 FSRS-6 weights, comma-separated
                      (default: the scheduler's own, the FSRS-6 defaults)
  --exam-day K        an exam K days after the start (day K at 08:00 local
                      time); until then the learner follows the exam plan
                      (core/plan), re-planned each morning from its cards'
                      real states; afterwards it studies as usual. --days
                      defaults to K; more days show the return to plain FSRS
  --daily-reviews N   with --exam-day: at most N answers a day until the exam
                      (every answer counts: new cards, reviews, steps)
  --daily-minutes M   with --exam-day: at most M minutes a day until the exam
                      (answer and feedback times as they happen; the plan
                      converts minutes to answers at the time an answer has
                      taken so far)
  --no-plan           with --exam-day: plain FSRS at --retention instead of
                      the plan, within the same daily reviews or minutes, so
                      the two can be compared on equal terms
  --guess             a learner that forgot guesses among all choices or
                      slots and is sometimes right by luck (default: it
                      answers wrongly, so the answers show what memory did)
  --questions DIR     the question bank folder (default: see below)
  --saves DIR         with --profile: write every simulated review to this
                      profile's save files as it happens (through the same
                      storage as the game: fsync'ed review log, snapshots)
  --profile NAME      the profile (display name or folder id); created when
                      missing. A profile that already has reviews is
                      continued: the simulation starts from its card states
                      on the UTC day after its latest review, and uses its
                      settings (retention, limits, steps, personal weights)
                      unless options above override them
  --json              print one JSON object instead of text
  --help              this text

The bank folder, when --questions is not given, is the shipped bank:
share/chronik/questions beside an installed chronik-cli (../share/chronik
from its bin/ folder), or the checkout's questions/ when it runs from a build
folder. Deck problems are reported on stderr; broken decks are skipped.

Output (--json): days, reviews, reviews_per_day, measured_retention (the
fraction of due reviews the learner recalled), desired_retention,
cards_known (cards in the Review phase at the end), and more detail: cards,
due_reviews, new_cards, lapses, mean_recall_end, max_reviews_per_day,
days_with_backlog, ratings and the count of each rating path.

With --exam-day the JSON adds exam_day, plan (true unless --no-plan),
exam_recall (the learner's mean probability, under its own weights, of
recalling each card of the bank at the exam moment; a card never seen counts
0), exam_reviews (answers before the exam), daily_reviews / daily_minutes,
and after_exam_max_reviews_per_day (the busiest of up to 14 days after it).

With the learner's weights equal to the scheduler's, measured retention is
typically 0.01-0.02 below the desired one: cards with a stability under a day
cannot be shown sooner than the next day, when their recall is nearer 0.8.

With --profile, the profile is written by this process alone: while another
Chronik (the game or another chronik-cli) has it open, simulate stops at once
with "... is open in another Chronik" and writes nothing. "saved N reviews"
on stderr counts exactly the reviews written to the log, also when saving
stops early (a full disk); they stay saved.

Exit status: 0 on success, 1 if the bank cannot be loaded or is empty, the
profile is open elsewhere or a review could not be saved, 2 for a bad command
line.
)";

// The learner's weights, read by the one weights reader (optimize/weights) that optimize and the
// game's pasted weights use too.
FsrsWeights learner_weights(const std::string& text) {
    auto w = optimize::parse_weights(text);
    if (!w) throw UsageError("--learner-w: " + w.error());
    return w.value();
}

std::string number(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

void print_json(std::ostream& out, const SimulationResult& r, const SimulationOptions& o,
                const fs::path& questions) {
    const auto& p = r.paths;
    std::string dir = questions.string(), escaped;
    for (char c : dir) {
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    out << "{\"days\":" << r.days << ",\"reviews\":" << r.reviews
        << ",\"reviews_per_day\":" << number(r.reviews_per_day)
        << ",\"measured_retention\":" << number(r.measured_retention)
        << ",\"desired_retention\":" << number(r.desired_retention)
        << ",\"cards_known\":" << r.cards_known << ",\"cards\":" << r.cards
        << ",\"due_reviews\":" << r.due_reviews << ",\"due_recalled\":" << r.due_recalled
        << ",\"new_cards\":" << r.new_cards << ",\"lapses\":" << r.lapses
        << ",\"mean_recall_end\":" << number(r.mean_recall_end)
        << ",\"max_reviews_per_day\":" << r.max_reviews_per_day
        << ",\"days_with_backlog\":" << r.days_with_backlog << ",\"seed\":" << o.seed
        << ",\"questions\":\"" << escaped << "\""
        << ",\"ratings\":{\"again\":" << r.ratings[0] << ",\"hard\":" << r.ratings[1]
        << ",\"good\":" << r.ratings[2] << ",\"easy\":" << r.ratings[3] << "}"
        << ",\"paths\":{\"mc_wrong\":" << p.mc_wrong << ",\"mc_timed_out\":" << p.mc_timed_out
        << ",\"mc_slow\":" << p.mc_slow << ",\"mc_in_time\":" << p.mc_in_time
        << ",\"mc_fast_unknown\":" << p.mc_fast_unknown << ",\"mc_fast_known\":" << p.mc_fast_known
        << ",\"timeline_in_run\":" << p.timeline_in_run << ",\"timeline_swap\":" << p.timeline_swap
        << ",\"timeline_out_of_place\":" << p.timeline_out_of_place
        << ",\"flashcard_again\":" << p.flashcard_grades[0]
        << ",\"flashcard_hard\":" << p.flashcard_grades[1]
        << ",\"flashcard_good\":" << p.flashcard_grades[2]
        << ",\"flashcard_easy\":" << p.flashcard_grades[3] << "}";
    if (r.exam && o.exam) {
        out << ",\"exam_day\":" << o.exam->day
            << ",\"plan\":" << (o.exam->strategy == ExamStrategy::FollowPlan ? "true" : "false")
            << ",\"exam_recall\":" << number(r.exam->recall)
            << ",\"exam_reviews\":" << r.exam->reviews
            << ",\"daily_reviews\":" << o.exam->daily_answers
            << ",\"daily_minutes\":" << o.exam->daily_minutes
            << ",\"after_exam_max_reviews_per_day\":" << r.exam->max_answers_per_day_after
            << ",\"after_exam_days\":" << r.exam->days_after;
    }
    out << "}\n";
}

void print_text(std::ostream& out, const SimulationResult& r, const SimulationOptions& o,
                const fs::path& questions) {
    char line[256];
    out << "Simulated learner, bank " << questions.string() << " (" << r.cards << " cards)\n";
    std::snprintf(line, sizeof line,
                  "  %d days, %ld reviews (%.1f a day, at most %ld), %ld new cards, %ld lapses\n",
                  r.days, r.reviews, r.reviews_per_day, r.max_reviews_per_day, r.new_cards,
                  r.lapses);
    out << line;
    std::snprintf(line, sizeof line,
                  "  retention of due reviews: %.4f measured (%ld of %ld), %.2f desired\n",
                  r.measured_retention, r.due_recalled, r.due_reviews, r.desired_retention);
    out << line;
    std::snprintf(line, sizeof line,
                  "  at the end: %zu cards known (in review), mean recall %.3f; %d days with a "
                  "backlog\n",
                  r.cards_known, r.mean_recall_end, r.days_with_backlog);
    out << line;
    std::snprintf(line, sizeof line, "  ratings: Again %ld, Hard %ld, Good %ld, Easy %ld\n",
                  r.ratings[0], r.ratings[1], r.ratings[2], r.ratings[3]);
    out << line;
    if (r.exam && o.exam) {
        std::snprintf(line, sizeof line,
                      "  exam on day %d (%s): recall %.4f, %ld answers before it; busiest day "
                      "after it: %ld answers\n",
                      o.exam->day,
                      o.exam->strategy == ExamStrategy::FollowPlan ? "study plan" : "plain FSRS",
                      r.exam->recall, r.exam->reviews, r.exam->max_answers_per_day_after);
        out << line;
    }
}

// The profile to write to, created when missing; what loading found is reported on stderr.
io::ProfileStorage open_profile(const std::string& saves, const std::string& name) {
    io::ProfileStore store(saves);
    if (!store.find(name).ok()) {
        auto created = store.create(name);
        // Another process may have created it meanwhile: then it is opened below.
        if (!created.ok() && created.error().kind != io::SaveErrorKind::AlreadyExists)
            throw std::runtime_error(created.error().describe());
        if (created.ok())
            std::cerr << "created profile '" << created.value().display_name << "' in "
                      << created.value().folder.string() << "\n";
    }
    auto opened = store.open(name);
    if (!opened.ok()) throw std::runtime_error(opened.error().describe());
    for (const auto& m : opened.value().report().messages)
        std::cerr << m.file << ": " << m.reason << "\n";
    if (const auto blocked = opened.value().write_blocked())
        throw std::runtime_error("cannot write to the profile: " + blocked->describe());
    return std::move(opened).value();
}

int run(const std::vector<std::string>& argv) {
    const Args args(
        argv,
        {"--days", "--seed", "--retention", "--new-limit", "--review-limit", "--learner-w",
         "--questions", "--saves", "--profile", "--exam-day", "--daily-reviews", "--daily-minutes"},
        {"--json", "--guess", "--no-plan"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional()[0] + "'");
    SimulationOptions o;
    if (auto d = args.get_int("--days")) {
        if (*d < 0 || *d > 100000) throw UsageError("--days must be 0 to 100000");
        o.days = static_cast<int>(*d);
    }
    if (auto s = args.get_int("--seed")) o.seed = static_cast<std::uint64_t>(*s);
    if (args.has("--saves") != args.has("--profile"))
        throw UsageError("--saves and --profile go together");
    std::optional<io::ProfileStorage> storage;
    if (args.has("--saves")) {
        storage = open_profile(*args.get("--saves"), *args.get("--profile"));
        o.settings = study_settings_of(storage->settings());
        o.scheduler_w = fsrs_weights_of(storage->settings());
        for (const auto& [id, card] : storage->progress().cards())
            o.initial_states.emplace(id, card);
        if (const auto latest = storage->latest_review_time())
            o.start = (utc_day_number(*latest) + 1) * kDayMs;
    }
    if (auto r = args.get_double("--retention")) o.settings.desired_retention = *r;
    if (auto n = args.get_int("--new-limit")) o.settings.daily_new_limit = static_cast<int>(*n);
    if (auto n = args.get_int("--review-limit"))
        o.settings.daily_review_limit = static_cast<int>(*n);
    if (const auto problems = study_settings_problems(o.settings); !problems.empty())
        throw UsageError(problems.front());
    o.learner.w = o.scheduler_w;
    if (auto w = args.get("--learner-w")) o.learner.w = learner_weights(*w);
    if (args.has("--guess")) o.learner.guessing = Guessing::AmongAll;
    if (auto k = args.get_int("--exam-day")) {
        if (*k < 1 || *k > 366) throw UsageError("--exam-day must be 1 to 366");
        ExamSimulation exam;
        exam.day = static_cast<int>(*k);
        if (args.has("--no-plan")) exam.strategy = ExamStrategy::PlainFsrs;
        if (auto n = args.get_int("--daily-reviews")) {
            if (*n < 1 || *n > 100000) throw UsageError("--daily-reviews must be 1 to 100000");
            exam.daily_answers = static_cast<int>(*n);
        }
        if (auto m = args.get_int("--daily-minutes")) {
            if (*m < 1 || *m > 1440) throw UsageError("--daily-minutes must be 1 to 1440");
            exam.daily_minutes = static_cast<int>(*m);
        }
        if (!args.has("--days")) o.days = exam.day;
        if (o.days < exam.day) throw UsageError("--days must be at least --exam-day");
        o.exam = exam;
    } else {
        for (const char* option : {"--daily-reviews", "--daily-minutes", "--no-plan"})
            if (args.has(option)) throw UsageError(std::string(option) + " needs --exam-day");
    }

    const auto given = args.get("--questions");
    const fs::path questions = io::question_bank_folder(
        given ? std::optional<fs::path>(*given) : std::nullopt, io::locate_data());
    const io::BankLoadResult loaded = io::load_bank(questions);
    for (const auto& p : loaded.problems)
        std::cerr << p << "\n";
    if (loaded.bank.empty())
        throw std::runtime_error(questions.string() + ": no usable question items");

    const std::vector<SimulatedCard> cards = simulation_cards(loaded.bank);
    ReviewCallback save_review;
    std::int64_t saved = 0;
    ProgressLine progress("simulate: reviews saved");
    struct SaveStopped : std::runtime_error {
        using std::runtime_error::runtime_error;
    };
    if (storage) {
        save_review = [&](const SimulatedReview& r) {
            const auto record =
                ReviewRecord::review(r.card->item_id, r.at, r.rating, RoundKind::Simulation,
                                     r.response_ms, o.utc_offset_minutes, r.before, r.after);
            const auto appended = storage->append(record);
            // Stop at the first review that cannot be saved; everything before it is kept.
            if (!appended.ok())
                throw SaveStopped("cannot save review " + std::to_string(saved + 1) + ": " +
                                  appended.error().describe());
            progress.update(++saved);
        };
    }
    std::optional<SimulationResult> result;
    std::string stopped;
    try {
        result = simulate_learner(cards, o, save_review);
    } catch (const SaveStopped& e) {
        stopped = e.what();
    }
    progress.done();
    if (storage) {
        if (const auto closed = storage->close(); !closed.ok())
            std::cerr << "warning: " << closed.error().describe() << "\n";
        // Exactly the reviews that are in the log: what a test (or a user) can rely on.
        std::cerr << "saved " << saved << " reviews to profile " << storage->profile_id() << " ("
                  << storage->folder().string() << ")\n";
    }
    if (!stopped.empty()) {
        std::cerr << "chronik-cli simulate: stopped: " << stopped << "\n";
        return 1;
    }
    if (args.has("--json"))
        print_json(std::cout, *result, o, questions);
    else
        print_text(std::cout, *result, o, questions);
    return 0;
}

const CommandRegistration kRegistration{
    {"simulate", "a simulated learner studies the bank for N days (retention check)", kUsage, run}};

}  // namespace
}  // namespace chronik::cli
