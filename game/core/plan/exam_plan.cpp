#include "plan/exam_plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

#include "optimize/memory_model.hpp"
#include "progress/study_day.hpp"

namespace chronik::plan {

namespace {

constexpr int kMaxAnswersPerDay = 100000;
constexpr int kMaxPlanDays = 400;

double days_between(TimeMs from, TimeMs to) {
    return static_cast<double>(to - from) / static_cast<double>(kDayMs);
}

// What the plan knows of one card's memory: the FSRS-6 state after its last (real or planned)
// review. A planned review has two outcomes; the plan keeps one state whose recall at the exam
// equals the expected one (see Memory::expect).
struct CardMemory {
    double stability = 0.0;
    double difficulty = 0.0;
    TimeMs last = 0;
    std::int64_t last_utc_day = 0;
    std::int64_t last_study_day = 0;
    bool seen = false;
    double recall_at_exam = 0.0;  // with no further review
};

// The outcome of a planned review (or introduction) at one session.
struct ReviewForecast {
    double gain = 0.0;          // expected cards recalled at the exam, added by the review
    double recall_at_exam = 0;  // expected recall at the exam after it
    double stability = 0.0;     // the state the plan keeps for the card afterwards
    double difficulty = 0.0;
};

// The FSRS-6 memory model as the plan uses it: the formulas of game/core/optimize (no rounding;
// the rounded scheduler differs by 1e-8), and the forgetting curve inverted to merge the two
// outcomes of a review into one state.
class Memory {
public:
    Memory(const FsrsWeights& w, TimeMs exam_at, double first_recall)
        : model_(clipped(w)),
          exam_at_(exam_at),
          first_recall_(first_recall),
          first_good_(model_.initial_state(3)),
          first_again_(model_.initial_state(1)) {}

    double recall(double days, double stability) const {
        return model_.retrievability(std::max(days, 0.0), stability);
    }

    double recall_at_exam(const CardMemory& m) const {
        return m.seen ? recall(days_between(m.last, exam_at_), m.stability) : 0.0;
    }

    // A review of a seen card at `at` (or the card's introduction when it is unseen): recalled
    // with probability p (its forgetting curve; first_recall for a new card), which FSRS-6 turns
    // into the Good state, or forgotten, into the Again state. Hard and Easy are left out: Good
    // is what a recalled card mostly gets, and the plan is re-made from the real rating.
    ReviewForecast forecast(const CardMemory& m, TimeMs at) const {
        const double to_exam = days_between(at, exam_at_);
        optimize::MemoryState good, again;
        double p;
        if (!m.seen) {
            p = first_recall_;
            good = first_good_;
            again = first_again_;
        } else {
            p = recall(days_between(m.last, at), m.stability);
            // FSRS-6 counts whole UTC days here (README 4.1), the learner's curve real time.
            const std::int64_t days = utc_day_number(at) - m.last_utc_day;
            const optimize::MemoryState s{m.stability, m.difficulty};
            good = model_.next_state(s, 3, days);
            again = model_.next_state(s, 1, days);
        }
        ReviewForecast f;
        f.recall_at_exam =
            p * recall(to_exam, good.stability) + (1.0 - p) * recall(to_exam, again.stability);
        f.gain = f.recall_at_exam - m.recall_at_exam;
        f.stability = merged_stability(f.recall_at_exam, to_exam,
                                       p * good.stability + (1.0 - p) * again.stability);
        f.difficulty = p * good.difficulty + (1.0 - p) * again.difficulty;
        return f;
    }

private:
    static optimize::Weights clipped(const FsrsWeights& w) {
        SchedulerParams p;
        p.w = w;
        return clipped_weights(p);
    }

    // The stability whose forgetting curve gives `recall` after `days`: the one state that has
    // the expected recall of a review's two outcomes at the exam. Without time left (or at
    // recall 1) the curve says nothing, so the outcomes' mean stability is kept.
    double merged_stability(double recall, double days, double fallback) const {
        if (days <= 1e-9 || recall >= 1.0 || recall <= 0.0) return fallback;
        return std::clamp(model_.stability_for_recall(recall, days), optimize::kMinStability,
                          optimize::kMaxStability);
    }

    optimize::MemoryModel model_;
    TimeMs exam_at_;
    double first_recall_;
    optimize::MemoryState first_good_;
    optimize::MemoryState first_again_;
};

struct Candidate {
    ReviewForecast forecast;
    std::uint32_t index;
};

// Higher gain first; equal gains in the cards' order (so new cards come in deck order).
bool better(const Candidate& a, const Candidate& b) {
    if (a.forecast.gain != b.forecast.gain) return a.forecast.gain > b.forecast.gain;
    return a.index < b.index;
}

class Planner {
public:
    Planner(std::span<const PlanCard> cards, const ExamPlanSettings& settings, TimeMs now)
        : cards_(cards),
          s_(settings),
          now_(now),
          memory_model_(settings.weights, settings.exam_at, settings.first_recall),
          memory_(cards.size()) {
        if (const auto problems = exam_plan_problems(settings); !problems.empty())
            throw ExamPlanError(problems.front());
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const CardState& st = cards[i].state;
            CardMemory& m = memory_[i];
            m.seen = st.phase != CardPhase::New && st.last_review.has_value();
            if (!m.seen) continue;
            m.stability =
                std::clamp(st.stability, optimize::kMinStability, optimize::kMaxStability);
            m.difficulty = std::clamp(st.difficulty, 1.0, 10.0);
            m.last = *st.last_review;
            m.last_utc_day = utc_day_number(m.last);
            m.last_study_day = study_day(m.last, s_.utc_offset_minutes);
            m.recall_at_exam = memory_model_.recall_at_exam(m);
        }
        candidates_.reserve(cards.size());
    }

    // The study days to plan and when their sessions are assumed: today at `now`, later days at
    // the usual session time; none at or after the exam.
    std::vector<PlannedDay> days() const {
        std::vector<PlannedDay> out;
        if (now_ >= s_.exam_at) return out;
        const std::int64_t today = study_day(now_, s_.utc_offset_minutes);
        out.push_back({today, now_, 0, 0, 0.0});
        // Minutes after the study day's 04:00 start at which the usual session begins.
        const int into_day = (s_.session_minute - 4 * 60 + 24 * 60) % (24 * 60);
        for (std::int64_t d = today + 1;; ++d) {
            const TimeMs at = study_day_start(d, s_.utc_offset_minutes) + into_day * kMinuteMs;
            if (at >= s_.exam_at) break;
            out.push_back({d, at, 0, 0, 0.0});
        }
        return out;
    }

    double mean_recall_at_exam() const {
        if (memory_.empty()) return 0.0;
        double sum = 0.0;
        for (const CardMemory& m : memory_)
            sum += m.recall_at_exam;
        return sum / static_cast<double>(memory_.size());
    }

    int unseen() const {
        return static_cast<int>(std::count_if(memory_.begin(), memory_.end(),
                                              [](const CardMemory& m) { return !m.seen; }));
    }

    // Plans one day: the `budget` cards whose review adds the most to the expected recall at the
    // exam (each at least min_gain; none reviewed earlier that day), applied in expectation.
    // Fills the day's counts; appends the chosen ids to `chosen` when given.
    void plan_day(PlannedDay& day, int budget, std::vector<std::uint64_t>* chosen) {
        candidates_.clear();
        if (budget > 0) {
            // Every unseen card has the same forecast; compute it once.
            const ReviewForecast introduce = memory_model_.forecast(CardMemory{}, day.session_at);
            for (std::size_t i = 0; i < memory_.size(); ++i) {
                const CardMemory& m = memory_[i];
                if (m.seen && m.last_study_day >= day.study_day) continue;
                const ReviewForecast f =
                    m.seen ? memory_model_.forecast(m, day.session_at) : introduce;
                if (f.gain >= s_.min_gain)
                    candidates_.push_back({f, static_cast<std::uint32_t>(i)});
            }
        }
        const auto take = std::min(candidates_.size(), static_cast<std::size_t>(budget));
        const auto end = candidates_.begin() + static_cast<std::ptrdiff_t>(take);
        std::nth_element(candidates_.begin(), end, candidates_.end(), better);
        std::sort(candidates_.begin(), end, better);
        for (auto it = candidates_.begin(); it != end; ++it) {
            CardMemory& m = memory_[it->index];
            const ReviewForecast& f = it->forecast;
            ++(m.seen ? day.reviews : day.new_cards);
            if (!m.seen) ++introduced_;
            m.seen = true;
            m.stability = f.stability;
            m.difficulty = f.difficulty;
            m.last = day.session_at;
            m.last_utc_day = utc_day_number(day.session_at);
            m.last_study_day = day.study_day;
            m.recall_at_exam = f.recall_at_exam;
            if (chosen) chosen->push_back(cards_[it->index].id);
        }
    }

    // The predicted mean recall of all cards (unseen: 0) at `at`, after what was planned so far.
    double mean_recall_at(TimeMs at) const {
        if (memory_.empty()) return 0.0;
        double sum = 0.0;
        for (const CardMemory& m : memory_)
            if (m.seen) sum += memory_model_.recall(days_between(m.last, at), m.stability);
        return sum / static_cast<double>(memory_.size());
    }

    int introduced() const { return introduced_; }

private:
    std::span<const PlanCard> cards_;
    const ExamPlanSettings& s_;
    TimeMs now_;
    Memory memory_model_;
    std::vector<CardMemory> memory_;
    std::vector<Candidate> candidates_;
    int introduced_ = 0;
};

// The planner looks at most kMaxPlanDays ahead; an exam further away is refused.
void check_horizon(const ExamPlanSettings& s, TimeMs now) {
    if (s.exam_at - now > static_cast<TimeMs>(kMaxPlanDays) * kDayMs)
        throw ExamPlanError("the exam is more than " + std::to_string(kMaxPlanDays) +
                            " days away; plan closer to it");
}

int budget_today(const ExamPlanSettings& s) {
    return std::max(0, s.answers_per_day - s.answers_done_today);
}

}  // namespace

std::vector<std::string> exam_plan_problems(const ExamPlanSettings& s) {
    std::vector<std::string> out;
    if (s.answers_per_day < 0 || s.answers_per_day > kMaxAnswersPerDay)
        out.push_back("answers per day must be 0 to 100000, not " +
                      std::to_string(s.answers_per_day));
    if (s.answers_done_today < 0)
        out.push_back("answers done today cannot be negative (" +
                      std::to_string(s.answers_done_today) + ")");
    if (s.utc_offset_minutes < -840 || s.utc_offset_minutes > 840)
        out.push_back("UTC offset must be -840 to +840 minutes, not " +
                      std::to_string(s.utc_offset_minutes));
    if (s.session_minute < 0 || s.session_minute >= 24 * 60)
        out.push_back("session time must be 0 to 1439 minutes after midnight, not " +
                      std::to_string(s.session_minute));
    if (!(s.first_recall >= 0.0 && s.first_recall <= 1.0))
        out.push_back("first recall must be 0 to 1, not " + std::to_string(s.first_recall));
    if (!(s.min_gain >= 0.0 && s.min_gain < 1.0))
        out.push_back("minimum gain must be at least 0 and below 1, not " +
                      std::to_string(s.min_gain));
    for (const double w : s.weights)
        if (!std::isfinite(w)) {
            out.push_back("the FSRS weights must be finite numbers");
            break;
        }
    return out;
}

int ExamPlan::total_answers() const {
    return std::accumulate(days.begin(), days.end(), 0, [](int sum, const PlannedDay& d) {
        return sum + d.reviews + d.new_cards;
    });
}

ExamPlan plan_exam(std::span<const PlanCard> cards, const ExamPlanSettings& settings, TimeMs now) {
    Planner planner(cards, settings, now);
    check_horizon(settings, now);
    ExamPlan plan;
    plan.answers_per_day = settings.answers_per_day;
    plan.recall_if_idle = planner.mean_recall_at_exam();
    plan.new_cards = planner.unseen();
    plan.days = planner.days();
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        PlannedDay& day = plan.days[d];
        planner.plan_day(day, d == 0 ? budget_today(settings) : settings.answers_per_day,
                         d == 0 ? &plan.today : nullptr);
        // The exam's time of day on the morning after this session (after the last planned day:
        // the exam itself).
        const TimeMs morning =
            settings.exam_at - ((settings.exam_at - day.session_at - 1) / kDayMs) * kDayMs;
        day.recall_next_morning = planner.mean_recall_at(morning);
    }
    plan.exam_recall = plan.days.empty() ? plan.recall_if_idle : planner.mean_recall_at_exam();
    plan.new_cards_introduced = planner.introduced();
    return plan;
}

std::vector<std::uint64_t> plan_today(std::span<const PlanCard> cards,
                                      const ExamPlanSettings& settings, TimeMs now) {
    Planner planner(cards, settings, now);
    check_horizon(settings, now);
    std::vector<std::uint64_t> today;
    if (now >= settings.exam_at) return today;
    PlannedDay day{study_day(now, settings.utc_offset_minutes), now, 0, 0, 0.0};
    planner.plan_day(day, budget_today(settings), &today);
    return today;
}

int answers_for_minutes(int minutes, double seconds_per_answer) {
    if (minutes <= 0) return 0;
    const double per = std::max(seconds_per_answer, 1.0);
    return std::clamp(static_cast<int>(std::floor(minutes * 60.0 / per)), 1, kMaxAnswersPerDay);
}

}  // namespace chronik::plan
