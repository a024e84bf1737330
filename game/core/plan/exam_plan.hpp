// A study plan to an exam date: which cards to introduce and review on each day until the exam so
// that the expected number of cards recalled at the exam moment is as high as the time allows.
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "srs/card_state.hpp"
#include "srs/scheduler_params.hpp"
#include "time/time_point.hpp"

namespace chronik::plan {

// One card the exam covers, with what the scheduler knows of it (phase New: never seen).
struct PlanCard {
    std::uint64_t id = 0;
    CardState state;
};

// The student's situation and the model the plan uses. Every answer costs one unit of the daily
// budget, new cards and repeats alike: minutes are minutes (see answers_for_minutes).
struct ExamPlanSettings {
    TimeMs exam_at = 0;          // the exam moment (UTC ms)
    int answers_per_day = 0;     // the daily budget, 0 to 100,000
    int answers_done_today = 0;  // already answered in the current study day
    int utc_offset_minutes = 0;  // local time = UTC + this, -840 to +840
    // When the student usually studies (local minutes after midnight): later days' sessions are
    // planned at this time, and a day whose session would fall after the exam is not planned.
    int session_minute = 18 * 60;
    FsrsWeights weights = kDefaultFsrsWeights;  // the profile's (personal when fitted)
    // The share of new cards answered right at first sight (measured from the profile's first
    // answers; half when unknown), in [0, 1].
    double first_recall = 0.5;
    // A review must add at least this much to the expected number of cards recalled at the exam
    // (here 0.2 % of one card) to be planned, so a plan does not fill the day with reviews that
    // change nothing. In [0, 1).
    double min_gain = 0.002;
};

// Invalid settings (a budget below zero, a first-recall share outside [0, 1] ...); the message
// names the setting and its value.
struct ExamPlanError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Each problem as a sentence naming the setting; empty when the settings are valid.
std::vector<std::string> exam_plan_problems(const ExamPlanSettings& settings);

// One study day of the plan.
struct PlannedDay {
    std::int64_t study_day = 0;  // 04:00-to-04:00 local days (progress/study_day.hpp)
    TimeMs session_at = 0;       // when the plan assumes the day's session (today: now)
    int reviews = 0;             // cards seen before, planned this day
    int new_cards = 0;           // cards introduced this day
    // The predicted mean recall of all the plan's cards (unseen: 0) at the exam's time of day
    // on the following day, after this day's session: the curve that ends in exam_recall.
    double recall_next_morning = 0.0;
};

struct ExamPlan {
    // Today first, then each later study day whose session falls before the exam; empty when
    // the exam is over (the profile is back on plain FSRS).
    std::vector<PlannedDay> days;
    // Today's cards (at most the remaining budget), the most valuable first: a session that is
    // cut short has done what mattered most.
    std::vector<std::uint64_t> today;
    double exam_recall = 0.0;      // predicted mean recall at the exam moment if the plan is kept
    double recall_if_idle = 0.0;   // the same with no more study at all
    int new_cards = 0;             // cards not yet seen
    int new_cards_introduced = 0;  // of those, how many the plan introduces before the exam
    int answers_per_day = 0;       // the budget the plan was made for
    bool active() const { return !days.empty(); }
    int total_answers() const;
};

// The whole plan from `now` to the exam. Re-plan each day (or each session) from the cards' real
// states: the plan assumes expected outcomes, the student produces real ones. Cost: O(n) per
// planned day plus O(k log n) for the k answers it plans (2,000 cards x 60 days: see
// `chronik-cli bench exam-plan`). Throws ExamPlanError for invalid settings.
ExamPlan plan_exam(std::span<const PlanCard> cards, const ExamPlanSettings& settings, TimeMs now);

// Only today's cards (ExamPlan::today), without planning the later days: what a study session
// or a simulation needs. O(n + k log n).
std::vector<std::uint64_t> plan_today(std::span<const PlanCard> cards,
                                      const ExamPlanSettings& settings, TimeMs now);

// The daily budget in answers for `minutes` a day at `seconds_per_answer` (the profile's
// measured time per answer, feedback included); at least one answer when minutes > 0.
int answers_for_minutes(int minutes, double seconds_per_answer);

}  // namespace chronik::plan
