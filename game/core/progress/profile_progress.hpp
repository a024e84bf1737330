// A profile's progress: card states, scores, per-day tallies and the kind streak, changed by review
// records.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "progress/review_record.hpp"
#include "srs/card_state.hpp"

namespace chronik {

// Counts over the reviews still in effect (undone ones are taken out).
struct Scores {
    std::int64_t reviews = 0;
    std::int64_t passed = 0;  // Hard, Good or Easy
    std::map<RoundKind, std::int64_t> by_round;
    friend bool operator==(const Scores&, const Scores&) = default;
};

// What happened on one study day (04:00 to 04:00 local time).
struct DayTally {
    std::int64_t reviews = 0;
    std::int64_t first_reviews = 0;  // first review of a card that day: the basis of true retention
    std::int64_t first_passed = 0;   // ... of which were not Again
    std::int64_t new_cards = 0;      // reviews of cards that were new
    // ... of which in Lernen (flashcards): only these use up the daily new-card limit, so quiz,
    // timeline, exam and class rounds never take a new deck's cards away from Lernen.
    std::int64_t study_new_cards = 0;
    std::int64_t study_ms = 0;  // sum of response times
    friend bool operator==(const DayTally&, const DayTally&) = default;
};

// The kind streak counts study days. A day without study breaks nothing if no
// card was due that day; a missed day with cards due uses up a rest day. A
// profile starts with kStartRestDays, earns one for every 7 days of streak and
// banks at most kMaxRestDays. Only a gap with more missed due days than rest
// days left starts the streak again at 1.
struct KindStreak {
    static constexpr int kStartRestDays = 2;
    static constexpr int kMaxRestDays = 3;
    static constexpr int kDaysPerEarnedRest = 7;

    std::int64_t current_days = 0;
    std::int64_t best_days = 0;
    int rest_days = kStartRestDays;
    std::optional<std::int64_t> last_study_day;
    friend bool operator==(const KindStreak&, const KindStreak&) = default;
};

// What the last review changed, so that one undo can restore it exactly.
struct UndoSlot {
    ReviewRecord record;
    std::optional<CardState> prior_card;  // none: the card was not known before
    Scores prior_scores;
    KindStreak prior_streak;
    std::optional<DayTally> prior_day;
    friend bool operator==(const UndoSlot&, const UndoSlot&) = default;
};

// Everything a snapshot stores about progress.
struct ProgressState {
    std::map<std::string, CardState, std::less<>> cards;
    Scores scores;
    KindStreak streak;
    std::map<std::int64_t, DayTally> days;  // study day -> tally
    // The undo stack: `undo` takes back the last review still in effect, `undo_history` the
    // ones before it (oldest first), so that several undos in a row walk back review by review.
    // At most kUndoDepth slots in all; the oldest are forgotten first.
    std::optional<UndoSlot> undo;
    std::vector<UndoSlot> undo_history;
    static constexpr std::size_t kUndoDepth = 100;
    friend bool operator==(const ProgressState&, const ProgressState&) = default;
};

enum class ApplyOutcome {
    Applied,        // a review changed a card
    Undone,         // an undo restored the state before the last review
    NothingToUndo,  // an undo with no review to take back (ignored)
    Rejected,       // a malformed record (ignored)
};

struct ApplyResult {
    ApplyOutcome outcome;
    std::string reason;  // for NothingToUndo and Rejected
};

class ProfileProgress {
public:
    ProfileProgress() = default;
    explicit ProfileProgress(ProgressState state);

    // A review sets the card to `record.after` (the log is the authority on
    // states) and updates scores, the day tally and the streak. An undo takes
    // back the last review still in effect; undos in a row take back the
    // reviews before it, up to ProgressState::kUndoDepth, then NothingToUndo.
    ApplyResult apply(const ReviewRecord& record);

    const ProgressState& state() const { return state_; }
    const std::map<std::string, CardState, std::less<>>& cards() const { return state_.cards; }
    std::optional<CardState> card(std::string_view card_id) const;
    const Scores& scores() const { return state_.scores; }
    const KindStreak& streak() const { return state_.streak; }
    const std::map<std::int64_t, DayTally>& days() const { return state_.days; }
    // The review an undo would take back, if any.
    const ReviewRecord* undoable() const { return state_.undo ? &state_.undo->record : nullptr; }
    // Due times of all cards that are not New, ascending (for forecasts).
    const std::multiset<TimeMs>& due_times() const { return dues_; }

    friend bool operator==(const ProfileProgress& a, const ProfileProgress& b) {
        return a.state_ == b.state_;
    }

private:
    void set_card(const std::string& card_id, const std::optional<CardState>& state);
    void advance_streak(std::int64_t day, int utc_offset_minutes);

    ProgressState state_;
    std::multiset<TimeMs> dues_;
};

}  // namespace chronik
