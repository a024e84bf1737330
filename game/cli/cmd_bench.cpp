// chronik-cli bench NAME...: named benchmarks that print figures (never pass/fail).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/bench_exam_plan.hpp"
#include "cli/command.hpp"
#include "random/rng.hpp"
#include "srs/scheduler.hpp"
#include "srs/study_queue.hpp"
#include "srs/study_settings.hpp"

namespace chronik::cli {
namespace {

// Timings are CPU time of this thread: on a shared machine wall time mostly measures the
// other processes. Both are printed.
struct Stopwatch {
    Stopwatch() : wall_start(std::chrono::steady_clock::now()), cpu_start(cpu_now()) {}
    double cpu_seconds() const { return cpu_now() - cpu_start; }
    double wall_seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    }
    static double cpu_now() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
    }
    std::chrono::steady_clock::time_point wall_start;
    double cpu_start;
};

// Ratings of a plausible learner: mostly Good, some Again, Hard and Easy.
Rating draw_rating(Rng& rng) {
    const std::uint64_t u = rng.below(100);
    if (u < 10) return Rating::Again;
    if (u < 20) return Rating::Hard;
    if (u < 90) return Rating::Good;
    return Rating::Easy;
}

// --- bench scheduler -------------------------------------------------------------------------

// 10,000 cards x 100 reviews, each review at the card's due time. Returns reviews per second
// and prints a checksum so that the work cannot be optimised away.
double bench_reviews(const Scheduler& scheduler, bool use_preview, int cards, int reviews) {
    Rng rng(20261129);
    double checksum = 0.0;
    const Stopwatch watch;
    for (int c = 0; c < cards; ++c) {
        CardState card = CardState::fresh(1767258000000);  // 2026-01-01T09:00Z
        const auto key = static_cast<std::uint64_t>(c);
        for (int r = 0; r < reviews; ++r) {
            const Rating g = draw_rating(rng);
            if (use_preview)
                card = scheduler.preview(card, card.due, key)[g].card;
            else
                card = scheduler.next(card, g, card.due, key);
        }
        checksum += card.stability + static_cast<double>(card.due % 1000003);
    }
    const double secs = watch.cpu_seconds();
    const double wall = watch.wall_seconds();
    const double total = static_cast<double>(cards) * reviews;
    std::printf(
        "  %-30s %.0f reviews: CPU %.3f s (wall %.3f s) = %5.2f M reviews/s  [checksum %.6g]\n",
        use_preview ? "preview (4 outcomes) + apply" : "next (one rating)", total, secs, wall,
        total / secs / 1e6, checksum);
    return total / secs;
}

// A population like a long-used profile: 10 % new, 5 % in (re)learning, the rest in Review
// with due dates spread around today.
std::vector<StudyCard> make_population(std::size_t n, TimeMs now) {
    Rng rng(n);
    std::vector<StudyCard> cards(n);
    for (std::size_t i = 0; i < n; ++i) {
        StudyCard& c = cards[i];
        c.id = i * 2654435761u + 17;
        const std::uint64_t kind = rng.below(100);
        if (kind < 10) {
            c.state = CardState::fresh(now - kDayMs);
            continue;
        }
        CardState& s = c.state;
        s.stability = 0.5 + rng.uniform() * 200.0;
        s.difficulty = 1.0 + rng.uniform() * 9.0;
        s.reps = 1 + static_cast<int>(rng.below(30));
        if (kind < 15) {
            s.phase = CardPhase::Learning;
            s.last_review = now - static_cast<TimeMs>(rng.below(kHourMs));
            s.due = *s.last_review + 10 * kMinuteMs;
        } else {
            s.phase = CardPhase::Review;
            s.scheduled_days = 1 + static_cast<int>(rng.below(120));
            s.last_review = now - static_cast<TimeMs>(rng.below(150 * kDayMs));
            s.due = *s.last_review + s.scheduled_days * kDayMs;
        }
    }
    return cards;
}

void bench_queue(std::size_t n, const StudySettings& settings) {
    const TimeMs now = 1772452800000;  // 2026-03-02T12:00Z
    const auto cards = make_population(n, now);
    // Best of 3 runs, so that one page-fault storm does not decide the figure.
    double best = 1e30;
    std::size_t due = 0;
    const int runs = n >= 1000000 ? 2 : 3;
    for (int run = 0; run < runs; ++run) {
        const Stopwatch watch;
        const StudyQueue queue(cards, settings, now, 60, {}, 7);
        best = std::min(best, watch.cpu_seconds());
        due = queue.review_count() + queue.backlog_count();
    }
    const double nlogn = static_cast<double>(n) * std::log2(static_cast<double>(n));
    std::printf(
        "  %9zu cards (%7zu due reviews): %8.2f ms  %6.1f ns/card  %5.2f ns per n*log2(n)\n", n,
        due, best * 1e3, best * 1e9 / static_cast<double>(n), best * 1e9 / nlogn);
}

int bench_scheduler() {
    constexpr int kCards = 10000;
    constexpr int kReviewsPerCard = 100;
    std::printf(
        "FSRS-6 scheduler: %d cards x %d reviews, seeded ratings "
        "(Again/Hard/Good/Easy 10/10/70/10 %%), each at its due time,\n"
        "one core, rates from this thread's CPU time\n",
        kCards, kReviewsPerCard);
    StudySettings settings;
    std::printf(" game settings (short-term steps 1m/10m, relearning 10m, fuzz on):\n");
    const Scheduler game(scheduler_params(settings, 12345));
    const double rate = bench_reviews(game, false, kCards, kReviewsPerCard);
    bench_reviews(game, true, kCards, kReviewsPerCard);
    std::printf(" reference settings (fuzz off):\n");
    const Scheduler plain;
    bench_reviews(plain, false, kCards, kReviewsPerCard);
    SchedulerParams long_term;
    long_term.enable_short_term = false;
    std::printf(" long-term scheduler (fuzz off):\n");
    bench_reviews(Scheduler(long_term), false, kCards, kReviewsPerCard);
    std::printf(" target: >= 2 M reviews/s -> %s\n", rate >= 2e6 ? "met" : "NOT met");

    std::printf(
        "\nStudy queue build (10 %% new, 5 %% learning, 85 %% review), CPU time, best of 3:\n");
    std::printf(" default limits (200 reviews, 20 new a day): only what fits today is sorted\n");
    for (std::size_t n : {10000u, 100000u, 1000000u})
        bench_queue(n, settings);
    StudySettings generous = settings;
    generous.daily_review_limit = 99999;
    generous.daily_new_limit = 9999;
    std::printf(" highest limits (99,999 reviews, 9,999 new a day): up to 99,999 sorted\n");
    for (std::size_t n : {10000u, 100000u, 1000000u})
        bench_queue(n, generous);
    std::printf(" O(n log n): the last column stays roughly flat as n grows 100-fold.\n");
    return 0;
}

// --- the table of benchmarks -------------------------------------------------------------------

struct Benchmark {
    const char* name;
    const char* summary;
    std::function<int()> run;
};

// Add a benchmark by adding a row (and its function above).
const std::vector<Benchmark>& benchmarks() {
    static const std::vector<Benchmark> table{
        {"scheduler",
         "FSRS-6 reviews per second (1,000,000 reviews) and study-queue build time for "
         "10k/100k/1M cards",
         bench_scheduler},
        {"exam-plan",
         "study plan to an exam vs plain FSRS: 3 learners x 14/60 days x 8 seeds (about a "
         "minute), and the planner's speed for 2,000 cards x 60 days",
         bench_exam_plan},
    };
    return table;
}

std::string usage() {
    std::string text =
        "Usage: chronik-cli bench NAME... | all\n\n"
        "Runs the named benchmarks and prints their figures (timings vary between runs and\n"
        "machines; benchmarks never fail). Build with -DCMAKE_BUILD_TYPE=Release.\n\n"
        "Benchmarks:\n";
    for (const auto& b : benchmarks()) {
        std::string name = b.name;
        name.resize(std::max<std::size_t>(name.size() + 2, 12), ' ');
        text += "  " + name + b.summary + "\n";
    }
    text += "  all         every benchmark above, in this order\n";
    return text;
}

int run(const std::vector<std::string>& argv) {
    const Args args(argv, {}, {});
    if (args.positional().empty()) throw UsageError("which benchmark? (bench --help lists them)");
    std::vector<const Benchmark*> chosen;
    for (const auto& name : args.positional()) {
        if (name == "all") {
            for (const auto& b : benchmarks())
                chosen.push_back(&b);
            continue;
        }
        const auto it = std::find_if(benchmarks().begin(), benchmarks().end(),
                                     [&](const Benchmark& b) { return name == b.name; });
        if (it == benchmarks().end())
            throw UsageError("unknown benchmark '" + name + "' (bench --help lists them)");
        chosen.push_back(&*it);
    }
    int status = 0;
    for (const Benchmark* b : chosen) {
        std::cout << "== bench " << b->name << " ==" << std::endl;
        status = std::max(status, b->run());
    }
    return status;
}

const CommandRegistration kRegistration{
    {"bench", "print performance figures (bench --help lists the benchmarks)", usage(), run}};

}  // namespace
}  // namespace chronik::cli
