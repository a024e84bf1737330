// What a profile studies next, decided from its progress and settings at a given time: the home
// screen's figures, a quiz's draw, a timeline's deal, today's flashcard queue, practice order and
// the statistics. The caller owns the progress (storage) and passes the time and UTC offset.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/question_bank.hpp"
#include "progress/profile_progress.hpp"
#include "progress/profile_settings.hpp"
#include "progress/statistics.hpp"
#include "random/rng.hpp"
#include "round/drawn_item.hpp"
#include "srs/rating.hpp"
#include "srs/scheduler.hpp"
#include "srs/study_settings.hpp"
#include "study/exam_preparation.hpp"

namespace chronik::study {

// Why Lernen shows no new cards today although the studied decks still hold unseen ones.
enum class NewCardsHeld {
    No,            // new cards are available (or every card has been seen)
    LimitZero,     // the daily new-card limit is set to 0
    LimitReached,  // today's limit is used up by new cards studied in Lernen
    ReviewLimit,   // due reviews fill today's review limit, which new cards share
};

// Figures on the home screen for the open profile.
struct StudyOverview {
    long long due_today = 0;  // studied cards seen before and due by now
    // New cards Lernen shows today: exactly the count of today's queue (StudyTurn::new_left).
    long long new_available = 0;
    long long unseen = 0;             // cards of the studied decks never answered
    long long new_studied_today = 0;  // new cards studied in Lernen today (the limit counts these)
    NewCardsHeld held = NewCardsHeld::No;  // why new_available is 0 while unseen is not
    long long streak_days = 0;
};

// One flashcard of today's study queue, with the wait each grade would give.
struct StudyTurn {
    const bank::Item* item = nullptr;
    std::array<std::int64_t, 4> intervals_ms{};  // Again, Hard, Good, Easy
    long long remaining = 0;                     // cards left in today's queue, this one included
    // `remaining` by kind, as Anki counts them: unseen cards today's limit still lets in, cards
    // in their learning steps (a new card answered Good moves here, so `remaining` alone would
    // not change), and reviews due today.
    long long new_left = 0;
    long long learning_left = 0;
    long long review_left = 0;
    std::string preview_problem;  // why the intervals are unknown (all 0), for the log
};

// What the next study day holds, shown when today's queue is empty.
struct StudyOutlook {
    long long due_tomorrow = 0;    // reviews and learning cards due by the end of tomorrow
    long long new_tomorrow = 0;    // new cards tomorrow's limit introduces
    long long learning_later = 0;  // learning cards due later today (after a short wait)
};

// The figures of the statistics screen.
struct ProfileStatistics {
    std::vector<std::int64_t> reviews_per_day;  // the last 30 study days, oldest first
    std::vector<double> weekly_retention;       // true retention of the last 12 weeks with reviews
    std::vector<std::int64_t> forecast;         // due on each of the next 30 days (0 = today)
    CardCounts counts;
    std::vector<std::pair<std::string, TagMastery>> mastery;  // the 6 largest tags, by name
    std::vector<CalendarDay> calendar;                        // the last 12 weeks, oldest first
    double desired_retention = 0.9;
};

// Practice outside the schedule: answers are not recorded.
enum class PracticeKind {
    Ahead,  // the cards due soonest
    Weak,   // the cards least likely to be recalled now
};

// A card's state before and after one rating.
struct ReviewStep {
    CardState before;
    CardState after;
};

// The study rules of one open profile over the bank. Holds the profile's settings, its scheduler
// and the seeded generator that shuffles its rounds; the progress is passed to each call, so the
// caller can keep it in storage and append every review there.
class StudySession {
public:
    // `profile_id` keys the scheduler's fuzz and the order of today's queue; `seed` shuffles
    // rounds. Throws std::invalid_argument (or the scheduler's errors) for settings that
    // settings_problems() would refuse.
    StudySession(const bank::QuestionBank& bank, const ProfileSettings& settings,
                 std::string profile_id, std::uint64_t seed);

    const ProfileSettings& settings() const { return settings_; }
    // Why `settings` cannot be used (the validation's sentences, or the scheduler's refusal of
    // the weights); empty when it can.
    static std::vector<std::string> settings_problems(const ProfileSettings& settings);
    // Uses new settings from now on (deck choice, limits, retention, weights). Check them with
    // settings_problems first: throws like the constructor.
    void use_settings(const ProfileSettings& settings);

    // The items of the decks this profile studies (no drafts): what every round draws from.
    std::vector<const bank::Item*> studied() const;

    StudyOverview overview(const ProfileProgress& progress, TimeMs now, int utc_offset) const;

    // Up to `count` multiple-choice items for a quiz: the scheduler's due cards first, then new
    // ones within today's limits, then (so a quiz is always playable) the others in a seeded
    // random order.
    std::vector<round::DrawnItem> draw_quiz(const ProfileProgress& progress, std::size_t count,
                                            TimeMs now, int utc_offset);
    // These items with their cards; ids the bank does not hold are skipped.
    std::vector<round::DrawnItem> draw_items(const ProfileProgress& progress,
                                             const std::vector<std::string>& item_ids,
                                             TimeMs now) const;
    // 5–8 events with clearly distinct dates for a timeline: due event cards first (most
    // overdue first), then the others at random. Throws std::invalid_argument with a message
    // when the studied decks cannot fill a timeline.
    std::vector<const bank::Item*> deal_timeline(const ProfileProgress& progress, TimeMs now);
    // A seed for shuffling the next round.
    std::uint64_t next_round_seed() { return rng_(); }

    // "Diesen Stapel lernen": next_card and outlook study only this deck's cards (no exam plan),
    // with a new-card allowance of its own (the daily new limit, counted over the new cards of
    // this deck studied since the focus began), so a deck imported today can be studied at once
    // even when the day's limit is used up. nullopt: back to the usual queue over the studied
    // decks.
    void focus_deck(std::optional<std::string> deck_id);
    const std::optional<std::string>& focused_deck() const { return focus_; }

    // The card of today's flashcard queue to show now (right after an undo, the card whose
    // answer was taken back); none when today's queue is done.
    std::optional<StudyTurn> next_card(const ProfileProgress& progress, TimeMs now, int utc_offset);
    StudyOutlook outlook(const ProfileProgress& progress, TimeMs now, int utc_offset) const;
    // Up to `count` cards to practise without touching the schedule, in the kind's order; with
    // too few cards seen, unseen ones fill the rest.
    std::vector<const bank::Item*> practice_cards(const ProfileProgress& progress,
                                                  PracticeKind kind, std::size_t count,
                                                  TimeMs now) const;

    // The card of `item_id` after `rating` at `now` (a card never seen starts fresh). Throws
    // SchedulingError when the card cannot be scheduled.
    ReviewStep review(const ProfileProgress& progress, const std::string& item_id, Rating rating,
                      TimeMs now);
    // The answer to `item_id` was taken back: its card is shown next.
    void answer_undone(const std::string& item_id) {
        undone_id_ = item_id;
        // A new card of the focus deck taken back gives its place in the allowance back.
        if (!focus_new_.empty() && focus_new_.back() == item_id) focus_new_.pop_back();
    }

    ProfileStatistics statistics(const ProfileProgress& progress, TimeMs now, int utc_offset) const;

    // The profile's exam and the plan to it at `now` (none without an exam). While the plan is
    // active, next_card and draw_quiz follow it: today's planned cards first, in its order; then
    // the usual queue over the cards the exam does not cover. Throws plan::ExamPlanError for an
    // exam more than 400 days away.
    std::optional<ExamPreparation> exam(const ProfileProgress& progress, TimeMs now,
                                        int utc_offset) const;
    // How the predicted exam recall changes with more minutes a day (a few more plans).
    BudgetAdvice exam_advice(const ExamPreparation& preparation, const ProfileProgress& progress,
                             TimeMs now, int utc_offset) const;
    // What exam() plans from, copied (study::plan_preparation turns it into the same plan, on
    // any thread); none without an exam.
    std::optional<ExamPlanInputs> exam_inputs(const ProfileProgress& progress, TimeMs now,
                                              int utc_offset) const;

private:
    struct Queue;
    // Today's queue over `items` (every studied item when none are given).
    Queue build_queue(const ProfileProgress& progress, TimeMs now, int utc_offset,
                      const std::vector<const bank::Item*>& items) const;
    // What the queue studies: every studied item, or while an exam plan is active those the
    // exam does not cover (the plan takes care of the others).
    std::vector<const bank::Item*> queue_items(const std::optional<ExamToday>& exam) const;
    std::optional<ExamToday> active_exam(const ProfileProgress& progress, TimeMs now,
                                         int utc_offset) const;

    // The focus deck's queue (focus_deck).
    Queue build_focus_queue(const ProfileProgress& progress, TimeMs now, int utc_offset) const;

    const bank::QuestionBank& bank_;
    std::string profile_id_;
    std::optional<std::string> focus_;
    std::vector<std::string> focus_new_;  // new cards of the focus deck answered since it began
    ProfileSettings settings_;
    StudySettings study_;
    Scheduler scheduler_;
    Rng rng_;
    std::string undone_id_;  // the card of the last undo, shown next
};

}  // namespace chronik::study
