// A profile preparing for its exam: which cards the exam covers, the study plan to it from the
// profile's progress (core/plan), the figures the home and plan screens show, and how much more
// time would help when the time is short.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bank/question_bank.hpp"
#include "plan/exam_plan.hpp"
#include "progress/exam_goal.hpp"
#include "progress/profile_progress.hpp"
#include "progress/profile_settings.hpp"

namespace chronik::study {

// The items an exam covers: those of its decks (the profile's decks when it names none) that
// carry one of its topics (every item when it names none); never drafts; in bank order.
std::vector<const bank::Item*> exam_items(const bank::QuestionBank& bank,
                                          const ProfileSettings& settings, const ExamGoal& goal);

// A topic an exam can cover: an item tag, and how many cards of the decks carry it.
struct Topic {
    std::string name;
    int cards = 0;
    friend bool operator==(const Topic&, const Topic&) = default;
};

// Every tag of the given decks' items (no drafts; every deck when none is named), sorted by name.
std::vector<Topic> topics_of(const bank::QuestionBank& bank,
                             const std::vector<std::string>& deck_ids);

// The profile's time per answer in seconds: its mean response time over the last 30 study days
// up to `today`, plus 4 s for the feedback and the step to the next card; 20 s until it has
// answered 20 times. Between 3 and 120 s.
double seconds_per_answer(const ProfileProgress& progress, std::int64_t today);

inline constexpr double kDefaultSecondsPerAnswer = 20.0;
inline constexpr double kFeedbackSeconds = 4.0;

// The plan to the exam at one moment, and what it means for today.
struct ExamPreparation {
    ExamGoal goal;
    TimeMs exam_at = 0;
    // Calendar days from today to the exam day (0: the exam is today; below 0: it is over).
    std::int64_t days_left = 0;
    std::vector<const bank::Item*> items;  // what the exam covers
    double seconds_per_answer = kDefaultSecondsPerAnswer;
    int answers_today = 0;  // answers already given in the current study day
    // The plan from now (ExamPlan::today and every day's counts); its card ids are indexes into
    // `items`. Inactive once the exam has begun.
    plan::ExamPlan plan;
    // Today's cards still to do, in the plan's order.
    std::vector<const bank::Item*> today;

    bool active() const { return plan.active(); }
    int answers_per_day() const { return plan.answers_per_day; }
};

// "Mit 10 Minuten am Tag erreichst du etwa 78 %; mit 20 Minuten etwa 91 %": the predicted exam
// recall at the chosen minutes, and, when that is short of the goal, at more minutes.
struct BudgetAdvice {
    int minutes = 0;
    double recall = 0.0;
    bool enough = false;  // recall at least kEnoughRecall and every card introduced
    // Only when not enough: the fewest minutes of 5 more, 1.5, 2, 3 and 4 times as many (at most
    // 600) that reach it, or the most of them when none does.
    std::optional<int> more_minutes;
    double more_recall = 0.0;
};

inline constexpr double kEnoughRecall = 0.9;

// The exam in `settings` prepared at `now`: none when the settings hold no exam. `weights` are
// the profile's FSRS-6 weights (personal when fitted). Throws plan::ExamPlanError when the exam
// is more than 400 days away. Equal to plan_preparation(exam_plan_inputs(...)).
std::optional<ExamPreparation> prepare_exam(const bank::QuestionBank& bank,
                                            const ProfileSettings& settings,
                                            const ProfileProgress& progress,
                                            const FsrsWeights& weights, TimeMs now,
                                            int utc_offset_minutes);

// Everything a full plan (and its advice) is made from, copied out of the bank and the progress:
// values only, so that it can be planned on another thread while the profile changes. The item
// pointers are carried along, never read.
struct ExamPlanInputs {
    ExamPreparation preparation;        // everything but `plan` and `today`
    std::vector<plan::PlanCard> cards;  // one per item, its id the item's index
    FsrsWeights weights = kDefaultFsrsWeights;
    TimeMs now = 0;
    int utc_offset_minutes = 0;
};

// The cheap half of prepare_exam (O(n log n): the items and their states); none without an exam.
std::optional<ExamPlanInputs> exam_plan_inputs(const bank::QuestionBank& bank,
                                               const ProfileSettings& settings,
                                               const ProfileProgress& progress,
                                               const FsrsWeights& weights, TimeMs now,
                                               int utc_offset_minutes);
// The costly half: the full plan (about 22 ms for the shipped deck, 50 ms for 2,000 cards).
// Throws plan::ExamPlanError when the exam is more than 400 days away.
ExamPreparation plan_preparation(const ExamPlanInputs& inputs);
// budget_advice over the copied inputs (a few more full plans).
BudgetAdvice budget_advice(const ExamPreparation& preparation, const ExamPlanInputs& inputs);

// What a study session needs of an active plan: the exam's items and today's cards still to do,
// in the plan's order (plan::plan_today: O(n log n), 0.3 ms for 2,000 cards, so a session can ask
// again after every answer). None without an exam or once it has begun.
struct ExamToday {
    std::vector<const bank::Item*> items;
    std::vector<const bank::Item*> today;
};
std::optional<ExamToday> exam_today(const bank::QuestionBank& bank, const ProfileSettings& settings,
                                    const ProfileProgress& progress, const FsrsWeights& weights,
                                    TimeMs now, int utc_offset_minutes);

// The advice for a prepared exam; re-plans with more minutes (a few full plans).
BudgetAdvice budget_advice(const ExamPreparation& preparation, const ProfileProgress& progress,
                           const FsrsWeights& weights, TimeMs now, int utc_offset_minutes);

}  // namespace chronik::study
