#include "cli/bench_exam_plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "cli/progress.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/desktop/data_location.hpp"
#include "plan/exam_plan.hpp"
#include "random/rng.hpp"
#include "srs/learner_simulation.hpp"

namespace chronik::cli {
namespace {

// CPU time of this thread (wall time on a shared machine mostly measures the others).
double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct Learner {
    const char* name;
    FsrsWeights w;
};

// The scheduler and the plan always use the FSRS-6 defaults: they do not know how this learner
// forgets, as with a profile that has no personal weights yet.
const std::vector<Learner>& learners() {
    static const std::vector<Learner> list{
        {"FSRS-6 defaults", kDefaultFsrsWeights},
        // About half the initial stabilities and a stability that grows more slowly after each
        // recall (w8 1.2 instead of 1.87): the learner of core_optimize's personal-weights test.
        {"fast forgetter",
         {0.1,    0.6,    1.2,    4.0,    6.4133, 0.8334, 3.0194, 0.001,  1.2,    0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542}},
        // Twice the initial stabilities and faster growth after each recall (w8 2.3).
        {"slow forgetter",
         {0.424,  2.5862, 4.613,  16.5912, 6.4133, 0.8334, 3.0194, 0.001,  2.3,    0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483,  0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542}},
    };
    return list;
}

constexpr int kSeeds = 8;
constexpr int kDaysAfterExam = 14;  // simulated after the exam: does the return pile up?

// The pooled result of one arm over the seeds.
struct Pooled {
    double recall = 0.0;         // mean exam recall
    double answers = 0.0;        // mean answers before the exam
    double busiest_after = 0.0;  // mean of the busiest day after the exam
};

struct Arm {
    std::vector<SimulationResult> runs;  // one per seed
    Pooled pooled() const {
        Pooled p;
        for (const auto& r : runs) {
            p.recall += r.exam->recall;
            p.answers += static_cast<double>(r.exam->reviews);
            p.busiest_after += static_cast<double>(r.exam->max_answers_per_day_after);
        }
        const auto n = static_cast<double>(runs.size());
        p.recall /= n;
        p.answers /= n;
        p.busiest_after /= n;
        return p;
    }
};

class Comparison {
public:
    Comparison(const std::vector<SimulatedCard>& cards, const Learner& learner, int exam_day)
        : cards_(cards), learner_(learner), exam_day_(exam_day) {}

    // Plain FSRS at `retention`, within `daily_answers` a day (0: the profile's limits only).
    Arm fsrs(double retention, int daily_answers = 0, int daily_minutes = 0,
             int new_limit = StudySettings{}.daily_new_limit) const {
        Arm arm;
        for (int seed = 1; seed <= kSeeds; ++seed) {
            SimulationOptions o = options(seed);
            o.settings.desired_retention = retention;
            o.settings.daily_new_limit = new_limit;
            o.exam->strategy = ExamStrategy::PlainFsrs;
            o.exam->daily_answers = daily_answers;
            o.exam->daily_minutes = daily_minutes;
            arm.runs.push_back(simulate_learner(cards_, o));
        }
        return arm;
    }

    // The plan with, for each seed, the same number of answers as `same_as` used on that seed
    // (its answers before the exam / days, rounded down: never more).
    Arm plan_matching(const Arm& same_as) const {
        Arm arm;
        for (int seed = 1; seed <= kSeeds; ++seed) {
            const long answers = same_as.runs[static_cast<std::size_t>(seed - 1)].exam->reviews;
            arm.runs.push_back(plan(seed, static_cast<int>(std::max(1L, answers / exam_day_)), 0));
        }
        return arm;
    }

    Arm plan(int daily_answers, int daily_minutes) const {
        Arm arm;
        for (int seed = 1; seed <= kSeeds; ++seed)
            arm.runs.push_back(plan(seed, daily_answers, daily_minutes));
        return arm;
    }

private:
    SimulationResult plan(int seed, int daily_answers, int daily_minutes) const {
        SimulationOptions o = options(seed);
        o.exam->strategy = ExamStrategy::FollowPlan;
        o.exam->daily_answers = daily_answers;
        o.exam->daily_minutes = daily_minutes;
        return simulate_learner(cards_, o);
    }

    SimulationOptions options(int seed) const {
        SimulationOptions o;
        o.seed = static_cast<std::uint64_t>(seed);
        o.days = exam_day_ + kDaysAfterExam;
        o.learner.w = learner_.w;
        o.exam.emplace();
        o.exam->day = exam_day_;
        return o;
    }

    const std::vector<SimulatedCard>& cards_;
    const Learner& learner_;
    int exam_day_;
};

struct Row {
    std::string learner;
    int days = 0;
    Pooled plan, fsrs90;
    Pooled fsrs90_all_new;        // FSRS 0.90 allowed to introduce every card on day 0
    int seeds_won = 0;            // seeds on which the plan recalled more than FSRS 0.90
    double best_retention = 0.0;  // of those using no more answers than the plan
    Pooled best;
    double min_margin = 1.0;  // plan - FSRS at equal answers, over every retention
    double min_margin_retention = 0.0;
    int retentions_beaten = 0, retentions = 0;
    int small_answers = 0;
    Pooled small_plan, small_fsrs;
    int small_minutes = 0;
    Pooled minutes_plan, minutes_fsrs;
};

Row compare(const std::vector<SimulatedCard>& cards, const Learner& learner, int days) {
    const Comparison c(cards, learner, days);
    Row row;
    row.learner = learner.name;
    row.days = days;
    const Arm fsrs90 = c.fsrs(0.90);
    row.fsrs90 = fsrs90.pooled();
    const Arm plan = c.plan_matching(fsrs90);
    row.plan = plan.pooled();
    for (std::size_t i = 0; i < plan.runs.size(); ++i)
        row.seeds_won += plan.runs[i].exam->recall > fsrs90.runs[i].exam->recall ? 1 : 0;
    row.fsrs90_all_new = c.fsrs(0.90, 0, 0, 9999).pooled();
    double best_recall = -1.0;
    for (int percent = 70; percent <= 97; ++percent) {
        const double r = percent / 100.0;
        const Arm fsrs = percent == 90 ? fsrs90 : c.fsrs(r);
        const Pooled f = fsrs.pooled();
        const Pooled p = percent == 90 ? row.plan : c.plan_matching(fsrs).pooled();
        if (f.answers <= row.plan.answers && f.recall > best_recall) {
            best_recall = f.recall;
            row.best_retention = r;
            row.best = f;
        }
        const double margin = p.recall - f.recall;
        if (margin < row.min_margin) {
            row.min_margin = margin;
            row.min_margin_retention = r;
        }
        ++row.retentions;
        if (margin > 0.0) ++row.retentions_beaten;
    }
    // Too little time for everything: fewer answers a day than there are cards to learn over
    // the whole period (two thirds of one answer per card), and five minutes a day.
    row.small_answers = std::max(1, static_cast<int>(cards.size()) * 2 / 3 / days);
    row.small_plan = c.plan(row.small_answers, 0).pooled();
    row.small_fsrs = c.fsrs(0.90, row.small_answers).pooled();
    row.small_minutes = 5;
    row.minutes_plan = c.plan(0, row.small_minutes).pooled();
    row.minutes_fsrs = c.fsrs(0.90, 0, row.small_minutes).pooled();
    return row;
}

double forgetting_cut(const Pooled& plan, const Pooled& base) {
    return 1.0 - (1.0 - plan.recall) / (1.0 - base.recall);
}

void print_tables(const std::vector<Row>& rows) {
    std::printf(
        "\n1. Same learner, same seeds, at most the answers of plain FSRS at 0.90 (every answer "
        "counts:\n   new cards, reviews, learning steps). exam recall = the learner's own mean "
        "recall at the\n   exam (unseen cards 0); answers = answers before the exam; pooled "
        "over %d seeds. Plain\n   FSRS has the profile defaults (20 new cards, 200 answers a "
        "day); the last two columns\n   lift its new-card limit, for comparison.\n\n",
        kSeeds);
    std::printf(
        "| learner | days | plan: recall | answers | FSRS 0.90: recall | answers | forgetting "
        "cut | seeds won | best fixed retention at <= plan's answers: r | recall | answers | FSRS "
        "0.90, "
        "all new on day 0: recall | answers |\n");
    std::printf(
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf(
            "| %s | %d | %.4f | %.0f | %.4f | %.0f | %.0f %% | %d of %d | %.2f | %.4f | %.0f | "
            "%.4f | %.0f "
            "|\n",
            r.learner.c_str(), r.days, r.plan.recall, r.plan.answers, r.fsrs90.recall,
            r.fsrs90.answers, 100.0 * forgetting_cut(r.plan, r.fsrs90), r.seeds_won, kSeeds,
            r.best_retention, r.best.recall, r.best.answers, r.fsrs90_all_new.recall,
            r.fsrs90_all_new.answers);

    std::printf(
        "\n2. At equal answers: for each fixed desired retention 0.70, 0.71 ... 0.97 the plan gets "
        "the\n   answers plain FSRS used at it (per seed). Smallest margin plan - FSRS:\n\n");
    std::printf("| learner | days | retentions beaten | smallest margin | at r |\n");
    std::printf("| --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf("| %s | %d | %d of %d | %+.4f | %.2f |\n", r.learner.c_str(), r.days,
                    r.retentions_beaten, r.retentions, r.min_margin, r.min_margin_retention);

    std::printf(
        "\n3. Too little time: the same daily limit for both (answers a day, or minutes a day "
        "of\n   answering and feedback as they happen); plain FSRS at 0.90 within it.\n\n");
    std::printf(
        "| learner | days | limit | plan: recall | answers | FSRS: recall | answers | limit | "
        "plan: recall | answers | FSRS: recall | answers |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf(
            "| %s | %d | %d a day | %.4f | %.0f | %.4f | %.0f | %d min a day | %.4f | %.0f | "
            "%.4f | %.0f |\n",
            r.learner.c_str(), r.days, r.small_answers, r.small_plan.recall, r.small_plan.answers,
            r.small_fsrs.recall, r.small_fsrs.answers, r.small_minutes, r.minutes_plan.recall,
            r.minutes_plan.answers, r.minutes_fsrs.recall, r.minutes_fsrs.answers);

    std::printf(
        "\n4. Back to plain FSRS after the exam (profile limits 200 a day, 20 new): the busiest "
        "of the\n   %d days after it, mean over seeds (arms of table 1).\n\n",
        kDaysAfterExam);
    std::printf("| learner | days | plan | FSRS 0.90 |\n| --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf("| %s | %d | %.1f | %.1f |\n", r.learner.c_str(), r.days, r.plan.busiest_after,
                    r.fsrs90.busiest_after);
}

// A profile of `n` cards: a third new, the rest reviewed at some time in the last 60 days.
std::vector<plan::PlanCard> large_profile(std::size_t n, TimeMs now) {
    Rng rng(n);
    std::vector<plan::PlanCard> cards(n);
    for (std::size_t i = 0; i < n; ++i) {
        cards[i].id = i + 1;
        CardState& s = cards[i].state;
        s = CardState::fresh(now - 90 * kDayMs);
        if (rng.below(3) == 0) continue;
        s.phase = CardPhase::Review;
        s.stability = 0.5 + rng.uniform() * 120.0;
        s.difficulty = 1.0 + rng.uniform() * 9.0;
        s.last_review = now - static_cast<TimeMs>(rng.below(60 * kDayMs));
        s.reps = 1 + static_cast<int>(rng.below(10));
        s.due = *s.last_review + static_cast<TimeMs>(s.stability * kDayMs);
    }
    return cards;
}

void time_planner() {
    const TimeMs now = 1772452800000;  // 2026-03-02T12:00Z
    std::printf("\n5. Planner speed: CPU time of one thread, best of 5.\n\n");
    std::printf("| cards | days to the exam | answers a day | whole plan | today only |\n");
    std::printf("| --- | --- | --- | --- | --- |\n");
    for (const auto& [n, days, budget] : std::vector<std::tuple<std::size_t, int, int>>{
             {2000, 60, 100}, {2000, 60, 400}, {10000, 60, 200}, {2000, 365, 100}}) {
        const auto cards = large_profile(n, now);
        plan::ExamPlanSettings s;
        s.exam_at = now + days * kDayMs;
        s.answers_per_day = budget;
        double whole = 1e30, today = 1e30;
        double checksum = 0.0;
        for (int run = 0; run < 5; ++run) {
            double t0 = cpu_seconds();
            const plan::ExamPlan p = plan::plan_exam(cards, s, now);
            whole = std::min(whole, cpu_seconds() - t0);
            checksum += p.exam_recall;
            t0 = cpu_seconds();
            const auto ids = plan::plan_today(cards, s, now);
            today = std::min(today, cpu_seconds() - t0);
            checksum += static_cast<double>(ids.size());
        }
        std::printf("| %zu | %d | %d | %.1f ms | %.2f ms |\n", n, days, budget, whole * 1e3,
                    today * 1e3);
        if (checksum < 0) std::printf("(unreachable)\n");
    }
    std::printf("\nTarget: 2,000 cards x 60 days under 50 ms.\n");
}

}  // namespace

int bench_exam_plan() {
    const auto folder = io::question_bank_folder(std::nullopt, io::locate_data());
    const io::BankLoadResult loaded = io::load_bank(folder);
    for (const auto& p : loaded.problems)
        std::cerr << p << "\n";
    if (loaded.bank.empty()) throw std::runtime_error(folder.string() + ": no usable items");
    const std::vector<SimulatedCard> cards = simulation_cards(loaded.bank);
    std::printf(
        "Study plan to an exam vs plain FSRS: bank %s (%zu cards, all new on day 0), exam at "
        "08:00 on\nday 14 or 60, one session a day at 17:00-20:00 (UTC+1); the learner's memory "
        "is FSRS-6 with\nits own weights, the scheduler and the plan use the defaults.\n",
        folder.string().c_str(), cards.size());
    const double t0 = cpu_seconds();
    std::vector<Row> rows;
    ProgressLine progress("bench exam-plan: learners x horizons");
    for (const Learner& learner : learners())
        for (const int days : {14, 60}) {
            rows.push_back(compare(cards, learner, days));
            progress.update(static_cast<std::int64_t>(rows.size()),
                            static_cast<std::int64_t>(learners().size() * 2));
        }
    progress.done();
    print_tables(rows);
    std::printf("\n(%.1f s of CPU for the simulations)\n", cpu_seconds() - t0);
    time_planner();
    return 0;
}

}  // namespace chronik::cli
