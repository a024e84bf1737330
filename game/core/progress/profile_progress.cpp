#include "progress/profile_progress.hpp"

#include <algorithm>

#include "progress/study_day.hpp"

namespace chronik {

ProfileProgress::ProfileProgress(ProgressState state) : state_(std::move(state)) {
    for (const auto& [id, s] : state_.cards)
        if (s.phase != CardPhase::New) dues_.insert(s.due);
}

std::optional<CardState> ProfileProgress::card(std::string_view card_id) const {
    auto it = state_.cards.find(card_id);
    if (it == state_.cards.end()) return std::nullopt;
    return it->second;
}

void ProfileProgress::set_card(const std::string& card_id, const std::optional<CardState>& state) {
    auto it = state_.cards.find(card_id);
    if (it != state_.cards.end() && it->second.phase != CardPhase::New)
        dues_.erase(dues_.find(it->second.due));
    if (!state) {
        if (it != state_.cards.end()) state_.cards.erase(it);
        return;
    }
    if (state->phase != CardPhase::New) dues_.insert(state->due);
    if (it != state_.cards.end())
        it->second = *state;
    else
        state_.cards.emplace(card_id, *state);
}

void ProfileProgress::advance_streak(std::int64_t day, int utc_offset_minutes) {
    KindStreak& s = state_.streak;
    if (s.last_study_day && *s.last_study_day >= day)
        return;  // same day (or a clock that went back)
    if (!s.last_study_day) {
        s.current_days = 1;
        s.rest_days = KindStreak::kStartRestDays;
    } else {
        // Nothing was reviewed during the gap, so the cards are as they were at
        // its start: the earliest due time says from which day work was waiting.
        std::int64_t first_gap = *s.last_study_day + 1;
        const std::int64_t last_gap = day - 1;
        if (!dues_.empty())
            first_gap = std::max(first_gap, study_day(*dues_.begin(), utc_offset_minutes));
        const std::int64_t missed =
            dues_.empty() ? 0 : std::max<std::int64_t>(0, last_gap - first_gap + 1);
        if (missed <= s.rest_days) {
            s.rest_days -= static_cast<int>(missed);
            s.current_days += 1;
        } else {
            s.current_days = 1;
            s.rest_days = KindStreak::kStartRestDays;
        }
    }
    if (s.current_days % KindStreak::kDaysPerEarnedRest == 0)
        s.rest_days = std::min(KindStreak::kMaxRestDays, s.rest_days + 1);
    s.best_days = std::max(s.best_days, s.current_days);
    s.last_study_day = day;
}

ApplyResult ProfileProgress::apply(const ReviewRecord& record) {
    if (auto problem = record_problem(record)) return {ApplyOutcome::Rejected, *problem};

    if (record.kind == RecordKind::Undo) {
        if (!state_.undo) return {ApplyOutcome::NothingToUndo, "there is no answer to undo"};
        if (state_.undo->record.card_id != record.card_id)
            return {ApplyOutcome::Rejected, "the undo names card \"" + record.card_id +
                                                "\" but the last answer was for \"" +
                                                state_.undo->record.card_id + "\""};
        UndoSlot slot = std::move(*state_.undo);
        state_.undo.reset();
        if (!state_.undo_history.empty()) {
            state_.undo = std::move(state_.undo_history.back());
            state_.undo_history.pop_back();
        }
        set_card(slot.record.card_id, slot.prior_card);
        state_.scores = std::move(slot.prior_scores);
        state_.streak = slot.prior_streak;
        const std::int64_t day = study_day(slot.record.time_ms, slot.record.utc_offset_minutes);
        if (slot.prior_day)
            state_.days[day] = *slot.prior_day;
        else
            state_.days.erase(day);
        return {ApplyOutcome::Undone, {}};
    }

    const std::int64_t day = study_day(record.time_ms, record.utc_offset_minutes);
    const std::optional<CardState> prior = card(record.card_id);
    UndoSlot slot{record, prior, state_.scores, state_.streak, std::nullopt};
    if (auto it = state_.days.find(day); it != state_.days.end()) slot.prior_day = it->second;

    advance_streak(day, record.utc_offset_minutes);

    const bool passed = record.rating != Rating::Again;
    DayTally& tally = state_.days[day];
    tally.reviews += 1;
    tally.study_ms += record.response_ms;
    const bool is_new = !prior || prior->phase == CardPhase::New;
    if (is_new) tally.new_cards += 1;
    if (is_new && record.round == RoundKind::Flashcard) tally.study_new_cards += 1;
    const bool first_today = !prior || !prior->last_review ||
                             study_day(*prior->last_review, record.utc_offset_minutes) != day;
    if (first_today) {
        tally.first_reviews += 1;
        if (passed) tally.first_passed += 1;
    }

    state_.scores.reviews += 1;
    if (passed) state_.scores.passed += 1;
    state_.scores.by_round[record.round] += 1;

    set_card(record.card_id, record.after);
    if (state_.undo) {
        state_.undo_history.push_back(std::move(*state_.undo));
        if (state_.undo_history.size() >= ProgressState::kUndoDepth)
            state_.undo_history.erase(state_.undo_history.begin());
    }
    state_.undo = std::move(slot);
    return {ApplyOutcome::Applied, {}};
}

}  // namespace chronik
