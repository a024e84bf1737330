#include "classroom/one_screen_game.hpp"

#include <algorithm>
#include <stdexcept>

namespace chronik::classroom {
namespace {

ClassroomGame make_game(const std::vector<Team>& teams, const ClassPlan& plan,
                        ClassroomSettings settings) {
    validate_teams(teams);
    if (plan.questions.empty()) throw std::invalid_argument("class game: the plan has no question");
    for (const auto& r : plan.timeline_rounds) {
        if (r.before_question < 1 || r.before_question > plan.questions.size()) {
            throw std::invalid_argument("class game: a timeline round is placed before question " +
                                        std::to_string(r.before_question) + " of " +
                                        std::to_string(plan.questions.size()));
        }
    }
    // Between questions the teacher moves on: a timeline round must not be overtaken by a
    // leaderboard that closes by itself.
    settings.leaderboard_ms.reset();
    return ClassroomGame(plan.questions, settings);
}

}  // namespace

OneScreenGame::OneScreenGame(std::vector<Team> teams, ClassPlan plan, ClassroomSettings settings)
    : teams_(std::move(teams)), plan_(std::move(plan)), game_(make_game(teams_, plan_, settings)) {
    for (const auto& r : plan_.timeline_rounds) {
        // Throws for unusable events, naming them.
        round::GrowingTimeline check(r.events);
        (void)check;
    }
    for (const auto& t : teams_) {
        const auto joined = game_.join(t.name);
        if (!joined.accepted()) {
            throw std::invalid_argument("class game: team \"" + t.name + "\" cannot play");
        }
        players_.push_back(joined.id);
    }
}

void OneScreenGame::start(TimeMs now) {
    last_now_ = std::max(last_now_, now);
    game_.start(now);
}

std::int64_t OneScreenGame::turn_elapsed(TimeMs now) const {
    const TimeMs until = paused_at_ ? *paused_at_ : now;
    return std::max<std::int64_t>(0, until - turn_started_);
}

void OneScreenGame::tick(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (!timeline_) {
        game_.tick(now);
        return;
    }
    const auto limit = game_.settings().scoring.time_limit_ms;
    if (timeline_stage_ != Stage::Turn || paused_at_ || !limit || turn_elapsed(now) < *limit) {
        return;
    }
    // Time is up: the event still joins the line at its true place (the next turns build on a
    // true timeline), and the turn counts as not answered.
    TurnRecord record;
    record.round = round_index_;
    record.team = turn_team_;
    record.item_id = timeline_->current().item_id;
    record.text = timeline_->current().text;
    record.timed_out = true;
    std::vector<bank::EventDate> dates;
    for (const auto& card : timeline_->line())
        dates.push_back(card.date);
    const std::size_t right = round::correct_gap(dates, timeline_->current().date);
    record.result = timeline_->place(right == 0 ? 1 : 0);
    record.result.correct = false;
    record.result.rating = Rating::Again;
    record.award = game_.score_turn(players_[turn_team_], round::ClassroomAnswer::NoAnswer, *limit);
    finish_turn(std::move(record), now);
}

AnswerVerdict OneScreenGame::answer(std::size_t team, std::size_t choice, TimeMs now) {
    if (team >= players_.size()) return AnswerVerdict::UnknownPlayer;
    last_now_ = std::max(last_now_, now);
    if (timeline_) return AnswerVerdict::NotAnswering;
    return game_.answer(players_[team], game_.question_index(), choice, now);
}

std::optional<TurnRecord> OneScreenGame::place(std::size_t gap, TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (!timeline_ || timeline_stage_ != Stage::Turn || paused_at_) return std::nullopt;
    if (gap > timeline_->line().size()) {
        throw std::out_of_range("class game: gap " + std::to_string(gap) + " of a line of " +
                                std::to_string(timeline_->line().size()));
    }
    TurnRecord record;
    record.round = round_index_;
    record.team = turn_team_;
    record.item_id = timeline_->current().item_id;
    record.text = timeline_->current().text;
    record.result = timeline_->place(gap);
    record.award = game_.score_turn(
        players_[turn_team_],
        record.result.correct ? round::ClassroomAnswer::Correct : round::ClassroomAnswer::Wrong,
        turn_elapsed(now));
    finish_turn(record, now);
    return record;
}

void OneScreenGame::finish_turn(TurnRecord record, TimeMs now) {
    (void)now;
    turns_.push_back(std::move(record));
    timeline_stage_ = Stage::TurnResult;
    paused_at_.reset();
}

bool OneScreenGame::timeline_due() const {
    return next_round_ < plan_.timeline_rounds.size() &&
           plan_.timeline_rounds[next_round_].before_question == game_.question_index() + 1;
}

void OneScreenGame::start_timeline(TimeMs now) {
    round_index_ = next_round_++;
    timeline_.emplace(plan_.timeline_rounds[round_index_].events);
    timeline_before_ = game_.standings();
    turn_in_round_ = 0;
    turn_team_ = round_index_ % teams_.size();
    timeline_stage_ = Stage::Turn;
    turn_started_ = now;
    paused_at_.reset();
}

bool OneScreenGame::pause(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (!timeline_) return game_.pause(now);
    if (timeline_stage_ != Stage::Turn || paused_at_) return false;
    paused_at_ = now;
    return true;
}

bool OneScreenGame::resume(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (!timeline_) return game_.resume(now);
    if (!paused_at_) return false;
    turn_started_ += now - *paused_at_;
    paused_at_.reset();
    return true;
}

bool OneScreenGame::skip(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (timeline_) {
        if (timeline_stage_ == Stage::Leaderboard) return next(now);
        // The rest of the round is dropped unscored; its leaderboard follows.
        if (timeline_stage_ == Stage::Turn && !timeline_->finished()) {
            TurnRecord record;
            record.round = round_index_;
            record.team = turn_team_;
            record.item_id = timeline_->current().item_id;
            record.text = timeline_->current().text;
            record.skipped = true;
            turns_.push_back(std::move(record));
        }
        timeline_stage_ = Stage::Leaderboard;
        paused_at_.reset();
        return true;
    }
    const auto phase = game_.phase();
    if (phase == Phase::Reveal || phase == Phase::Leaderboard) return next(now);
    if ((phase == Phase::Reading || phase == Phase::Answering) && timeline_due()) {
        if (!game_.skip(now)) return false;
        // The next question opened at once: hold it until the timeline round is over.
        resume_question_after_ = game_.pause(now);
        start_timeline(now);
        return true;
    }
    return game_.skip(now);
}

bool OneScreenGame::reveal_now(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (timeline_) return false;
    return game_.reveal_now(now);
}

bool OneScreenGame::next(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    if (!timeline_) {
        if (game_.phase() == Phase::Leaderboard && timeline_due()) {
            start_timeline(now);
            return true;
        }
        return game_.next(now);
    }
    switch (timeline_stage_) {
        case Stage::Turn:
            return false;  // the team places, or the teacher skips
        case Stage::TurnResult:
            if (timeline_->finished()) {
                timeline_stage_ = Stage::Leaderboard;
            } else {
                ++turn_in_round_;
                turn_team_ = (round_index_ + turn_in_round_) % teams_.size();
                timeline_stage_ = Stage::Turn;
                turn_started_ = now;
            }
            return true;
        default:
            break;
    }
    // The round's leaderboard: back to the questions.
    timeline_.reset();
    if (resume_question_after_) {
        resume_question_after_ = false;
        game_.resume(now);
    } else {
        game_.next(now);
    }
    return true;
}

bool OneScreenGame::end(TimeMs now) {
    now = last_now_ = std::max(last_now_, now);
    const bool was_timeline = timeline_.has_value();
    timeline_.reset();
    resume_question_after_ = false;
    paused_at_.reset();
    return game_.end(now) || was_timeline;
}

Stage OneScreenGame::stage() const {
    if (timeline_) return timeline_stage_;
    switch (game_.phase()) {
        case Phase::Lobby:
        case Phase::Reading:
            return Stage::Reading;
        case Phase::Answering:
            return Stage::Answering;
        case Phase::Reveal:
            return Stage::Reveal;
        case Phase::Leaderboard:
            return Stage::Leaderboard;
        case Phase::Podium:
            return Stage::Podium;
    }
    return Stage::Podium;
}

bool OneScreenGame::paused() const {
    return timeline_ ? paused_at_.has_value() : game_.paused();
}

std::optional<std::size_t> OneScreenGame::team_of(const std::string& standing_id) const {
    for (std::size_t t = 0; t < players_.size(); ++t) {
        const auto* p = game_.player(players_[t]);
        if (p && p->name == standing_id) return t;
    }
    return std::nullopt;
}

std::size_t OneScreenGame::slot_number() const {
    if (stage() == Stage::Podium) return slot_count();
    if (timeline_) {
        const std::size_t questions_done =
            resume_question_after_ ? game_.question_index() : game_.question_index() + 1;
        return questions_done + next_round_;
    }
    return game_.question_index() + 1 + next_round_;
}

std::optional<std::int64_t> OneScreenGame::time_left_ms(TimeMs now) const {
    if (!timeline_) return game_.time_left_ms(now);
    const auto limit = game_.settings().scoring.time_limit_ms;
    if (timeline_stage_ != Stage::Turn || !limit) return std::nullopt;
    return std::max<std::int64_t>(0, *limit - turn_elapsed(std::max(now, last_now_)));
}

const std::vector<round::Standing>& OneScreenGame::standings_before() const {
    return timeline_ ? timeline_before_ : game_.previous_standings();
}

}  // namespace chronik::classroom
