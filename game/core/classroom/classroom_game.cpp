#include "classroom/classroom_game.hpp"

#include <algorithm>
#include <stdexcept>

#include "classroom/player_name.hpp"

namespace chronik::classroom {

std::string_view verdict_name(AnswerVerdict verdict) {
    switch (verdict) {
        case AnswerVerdict::Accepted:
            return "accepted";
        case AnswerVerdict::NotAnswering:
            return "not-answering";
        case AnswerVerdict::WrongQuestion:
            return "wrong-question";
        case AnswerVerdict::AlreadyAnswered:
            return "already-answered";
        case AnswerVerdict::TooLate:
            return "too-late";
        case AnswerVerdict::Paused:
            return "paused";
        case AnswerVerdict::UnknownPlayer:
            return "unknown-player";
        case AnswerVerdict::NoSuchChoice:
            return "no-such-choice";
        case AnswerVerdict::BadOrder:
            return "bad-order";
    }
    return "?";
}

void validate(const ClassroomSettings& s) {
    if (s.scoring.time_limit_ms && *s.scoring.time_limit_ms <= 0) {
        throw std::invalid_argument("classroom settings: the timer must be positive");
    }
    if (s.reading_ms < 0) throw std::invalid_argument("classroom settings: negative reading pause");
    if ((s.reveal_ms && *s.reveal_ms < 0) || (s.leaderboard_ms && *s.leaderboard_ms < 0)) {
        throw std::invalid_argument("classroom settings: negative reveal or leaderboard time");
    }
    if (s.podium_size < round::kMinPodiumSize || s.podium_size > round::kMaxPodiumSize) {
        throw std::invalid_argument(
            "classroom settings: the podium must have 3 to 10 places, got " +
            std::to_string(s.podium_size));
    }
    if (s.max_players == 0) throw std::invalid_argument("classroom settings: max_players is 0");
}

std::size_t QuestionResult::correct_count() const {
    return static_cast<std::size_t>(std::count_if(answers.begin(), answers.end(),
                                                  [](const ScoredAnswer& a) { return a.correct; }));
}

ClassroomGame::ClassroomGame(std::vector<ClassroomQuestion> questions, ClassroomSettings settings)
    : questions_(std::move(questions)), settings_(settings) {
    validate(settings_);
    if (questions_.empty()) throw std::invalid_argument("classroom game: no questions");
    for (const auto& q : questions_) {
        if (q.is_timeline()) {
            std::vector<std::size_t> ranks = q.timeline_ranks;
            std::sort(ranks.begin(), ranks.end());
            bool permutation = ranks.size() == q.choices.size() && ranks.size() >= 2;
            for (std::size_t i = 0; permutation && i < ranks.size(); ++i)
                permutation = ranks[i] == i;
            if (!permutation || q.timeline_dates.size() != q.choices.size()) {
                throw std::invalid_argument("classroom game: timeline question " + q.item_id +
                                            " has no valid order");
            }
            continue;
        }
        if (q.correct_choice >= q.choices.size() || q.choices.size() < 2) {
            throw std::invalid_argument("classroom game: question " + q.item_id +
                                        " has no valid correct choice");
        }
    }
}

// ---------------------------------------------------------------- players

Player* ClassroomGame::find(PlayerId id) {
    const auto it =
        std::find_if(players_.begin(), players_.end(), [&](const Player& p) { return p.id == id; });
    return it == players_.end() ? nullptr : &*it;
}

const Player* ClassroomGame::player(PlayerId id) const {
    const auto it =
        std::find_if(players_.begin(), players_.end(), [&](const Player& p) { return p.id == id; });
    return it == players_.end() ? nullptr : &*it;
}

std::size_t ClassroomGame::connected_count() const {
    return static_cast<std::size_t>(std::count_if(players_.begin(), players_.end(),
                                                  [](const Player& p) { return p.connected; }));
}

JoinOutcome ClassroomGame::join(std::string_view raw_name) {
    JoinOutcome out;
    const std::string name = sanitize_name(raw_name);
    if (name.empty()) {
        out.verdict = JoinVerdict::EmptyName;
        return out;
    }
    if (phase_ == Phase::Podium) {
        out.verdict = JoinVerdict::GameOver;
        return out;
    }
    if (full()) {
        out.verdict = JoinVerdict::GameFull;
        return out;
    }
    std::vector<std::string> taken;
    taken.reserve(players_.size());
    for (const auto& p : players_)
        taken.push_back(p.name);
    Player p;
    p.id = next_id_++;
    p.name = unique_name(name, taken);
    players_.push_back(p);
    out.id = p.id;
    out.name = p.name;
    return out;
}

const Player* ClassroomGame::player_named(std::string_view name) const {
    const std::string cleaned = sanitize_name(name);
    if (cleaned.empty()) return nullptr;
    const auto it = std::find_if(players_.begin(), players_.end(), [&](const Player& p) {
        return same_player_name(p.name, cleaned);
    });
    return it == players_.end() ? nullptr : &*it;
}

void ClassroomGame::disconnect(PlayerId id) {
    if (auto* p = find(id)) p->connected = false;
}

bool ClassroomGame::reconnect(PlayerId id) {
    auto* p = find(id);
    if (!p) return false;
    p->connected = true;
    return true;
}

bool ClassroomGame::remove_player(PlayerId id) {
    const auto it =
        std::find_if(players_.begin(), players_.end(), [&](const Player& p) { return p.id == id; });
    if (it == players_.end()) return false;
    players_.erase(it);
    std::erase_if(pending_, [&](const Pending& a) { return a.player == id; });
    return true;
}

// ---------------------------------------------------------------- flow

TimeMs ClassroomGame::clamp(TimeMs now) {
    last_now_ = std::max(last_now_, now);
    return last_now_;
}

void ClassroomGame::enter(Phase phase, TimeMs now) {
    phase_ = phase;
    phase_started_ = now;
    paused_at_.reset();
    ++revision_;
}

void ClassroomGame::open_question(std::size_t index, TimeMs now) {
    current_ = index;
    pending_.clear();
    enter(Phase::Reading, now);
    if (settings_.reading_ms == 0) enter(Phase::Answering, now);
}

void ClassroomGame::start(TimeMs now) {
    if (phase_ != Phase::Lobby) throw std::logic_error("classroom game: start() outside the lobby");
    now = clamp(now);
    open_question(0, now);
}

std::int64_t ClassroomGame::elapsed(TimeMs now) const {
    const TimeMs until = paused_at_ ? *paused_at_ : now;
    return std::max<std::int64_t>(0, until - phase_started_);
}

bool ClassroomGame::everyone_answered() const {
    std::size_t waiting = 0;
    for (const auto& p : players_) {
        if (p.connected) ++waiting;
    }
    return waiting > 0 && std::all_of(players_.begin(), players_.end(), [&](const Player& p) {
               return !p.connected || has_answered(p.id);
           });
}

void ClassroomGame::tick(TimeMs now) {
    now = clamp(now);
    if (paused_at_) return;
    // A loop, not recursion: a long gap between ticks can pass several phases.
    for (int guard = 0; guard < 8; ++guard) {
        const auto e = elapsed(now);
        switch (phase_) {
            case Phase::Reading:
                if (e < settings_.reading_ms) return;
                enter(Phase::Answering, phase_started_ + settings_.reading_ms);
                break;
            case Phase::Answering: {
                const auto limit = current_scoring().time_limit_ms;
                if (everyone_answered() || (limit && e >= *limit)) {
                    reveal(limit && e >= *limit ? phase_started_ + *limit : now);
                    break;
                }
                return;
            }
            case Phase::Reveal:
                if (!settings_.reveal_ms || e < *settings_.reveal_ms) return;
                enter(Phase::Leaderboard, phase_started_ + *settings_.reveal_ms);
                break;
            case Phase::Leaderboard:
                if (!settings_.leaderboard_ms || e < *settings_.leaderboard_ms) return;
                after_question(phase_started_ + *settings_.leaderboard_ms);
                break;
            case Phase::Lobby:
            case Phase::Podium:
                return;
        }
    }
}

bool ClassroomGame::has_answered(PlayerId id) const {
    return std::any_of(pending_.begin(), pending_.end(),
                       [&](const Pending& a) { return a.player == id; });
}

AnswerVerdict ClassroomGame::admit(PlayerId id, std::size_t question, TimeMs now) {
    // Time is the host's: whatever ran out before this moment ran out.
    const std::size_t before = current_;
    const Phase phase_before = phase_;
    tick(now);
    if (!find(id)) return AnswerVerdict::UnknownPlayer;
    if (question != current_) return AnswerVerdict::WrongQuestion;
    if (phase_ != Phase::Answering) {
        const bool timed_out = phase_before == Phase::Answering && before == current_;
        return timed_out ? AnswerVerdict::TooLate : AnswerVerdict::NotAnswering;
    }
    if (paused_at_) return AnswerVerdict::Paused;
    if (has_answered(id)) return AnswerVerdict::AlreadyAnswered;
    return AnswerVerdict::Accepted;
}

void ClassroomGame::accept(Pending pending, TimeMs now) {
    pending.response_ms = elapsed(now);
    if (auto* p = find(pending.player)) ++p->answers_given;
    pending_.push_back(std::move(pending));
    tick(now);  // the last answer reveals at once
}

AnswerVerdict ClassroomGame::answer(PlayerId id, std::size_t question, std::size_t choice,
                                    TimeMs now) {
    now = clamp(now);
    const auto verdict = admit(id, question, now);
    if (verdict != AnswerVerdict::Accepted) return verdict;
    const auto& q = questions_[current_];
    if (q.is_timeline()) return AnswerVerdict::BadOrder;
    if (choice >= q.choices.size()) return AnswerVerdict::NoSuchChoice;
    accept({id, choice, {}, 0}, now);
    return AnswerVerdict::Accepted;
}

AnswerVerdict ClassroomGame::answer_order(PlayerId id, std::size_t question,
                                          std::span<const std::size_t> order, TimeMs now) {
    now = clamp(now);
    const auto verdict = admit(id, question, now);
    if (verdict != AnswerVerdict::Accepted) return verdict;
    const auto& q = questions_[current_];
    if (!q.is_timeline()) return AnswerVerdict::NoSuchChoice;
    std::vector<bool> seen(q.choices.size(), false);
    if (order.size() != q.choices.size()) return AnswerVerdict::BadOrder;
    for (const std::size_t event : order) {
        if (event >= seen.size() || seen[event]) return AnswerVerdict::BadOrder;
        seen[event] = true;
    }
    accept({id, 0, std::vector<std::size_t>(order.begin(), order.end()), 0}, now);
    return AnswerVerdict::Accepted;
}

void ClassroomGame::reveal(TimeMs now) {
    previous_ = standings();
    const auto& q = questions_[current_];
    QuestionResult result;
    result.question = current_;
    result.choice_counts.assign(q.choices.size(), 0);
    for (auto& p : players_) {
        ScoredAnswer scored;
        scored.player = p.id;
        const auto it = std::find_if(pending_.begin(), pending_.end(),
                                     [&](const Pending& a) { return a.player == p.id; });
        round::ClassroomAnswer kind = round::ClassroomAnswer::NoAnswer;
        if (it != pending_.end() && q.is_timeline()) {
            // The desktop's rule: ranks in the slots given, ordered pairs out of all pairs.
            std::vector<std::size_t> placed;
            for (std::size_t slot = 0; slot < it->order.size(); ++slot) {
                const std::size_t rank = q.timeline_ranks[it->order[slot]];
                placed.push_back(rank);
                if (rank == slot) ++result.choice_counts[it->order[slot]];
            }
            scored.order = it->order;
            scored.response_ms = it->response_ms;
            scored.pairs = round::score_pairs(placed);
            scored.correct = scored.pairs->ordered == scored.pairs->total;
            scored.award = round::award_timeline_answer(p.score, *scored.pairs, scored.response_ms,
                                                        current_scoring());
            p.score = scored.award.after;
            result.answers.push_back(std::move(scored));
            continue;
        }
        if (it != pending_.end()) {
            scored.choice = it->choice;
            scored.response_ms = it->response_ms;
            scored.correct = it->choice == q.correct_choice;
            ++result.choice_counts[it->choice];
            kind = scored.correct ? round::ClassroomAnswer::Correct : round::ClassroomAnswer::Wrong;
        } else if (!p.connected) {
            ++result.absent;  // a student who left is not counted as one who did not answer
        } else {
            ++result.no_answer;
        }
        scored.award =
            round::award_classroom_answer(p.score, kind, scored.response_ms, current_scoring());
        p.score = scored.award.after;
        result.answers.push_back(std::move(scored));
    }
    results_.push_back(std::move(result));
    enter(Phase::Reveal, now);
}

void ClassroomGame::after_question(TimeMs now) {
    if (current_ + 1 < questions_.size()) {
        open_question(current_ + 1, now);
    } else {
        enter(Phase::Podium, now);
    }
}

bool ClassroomGame::pause(TimeMs now) {
    now = clamp(now);
    tick(now);
    if (paused_at_ || (phase_ != Phase::Reading && phase_ != Phase::Answering)) return false;
    paused_at_ = now;
    return true;
}

bool ClassroomGame::resume(TimeMs now) {
    now = clamp(now);
    if (!paused_at_) return false;
    phase_started_ += now - *paused_at_;
    paused_at_.reset();
    ++revision_;
    return true;
}

bool ClassroomGame::skip(TimeMs now) {
    now = clamp(now);
    if (phase_ == Phase::Reading || phase_ == Phase::Answering) {
        QuestionResult result;
        result.question = current_;
        result.skipped = true;
        result.choice_counts.assign(questions_[current_].choices.size(), 0);
        results_.push_back(std::move(result));
        pending_.clear();
        after_question(now);
        return true;
    }
    return next(now);
}

bool ClassroomGame::reveal_now(TimeMs now) {
    now = clamp(now);
    tick(now);
    if (phase_ == Phase::Reading) enter(Phase::Answering, now);
    if (phase_ != Phase::Answering) return false;
    paused_at_.reset();
    reveal(now);
    return true;
}

bool ClassroomGame::next(TimeMs now) {
    now = clamp(now);
    tick(now);
    switch (phase_) {
        case Phase::Reading:
            if (paused_at_) return false;
            enter(Phase::Answering, now);
            return true;
        case Phase::Reveal:
            enter(Phase::Leaderboard, now);
            return true;
        case Phase::Leaderboard:
            after_question(now);
            return true;
        case Phase::Lobby:
        case Phase::Answering:
        case Phase::Podium:
            return false;
    }
    return false;
}

bool ClassroomGame::end(TimeMs now) {
    now = clamp(now);
    if (phase_ == Phase::Podium) return false;
    pending_.clear();
    enter(Phase::Podium, now);
    return true;
}

round::ClassroomAward ClassroomGame::score_turn(PlayerId id, round::ClassroomAnswer answer,
                                                std::int64_t response_ms) {
    auto* p = find(id);
    if (!p) {
        throw std::invalid_argument("classroom game: no player " + std::to_string(id) +
                                    " to score a turn for");
    }
    const auto award = round::award_classroom_answer(
        p->score, answer, std::max<std::int64_t>(0, response_ms), current_scoring());
    p->score = award.after;
    if (answer != round::ClassroomAnswer::NoAnswer) ++p->answers_given;
    return award;
}

round::ClassroomScoring ClassroomGame::current_scoring() const {
    round::ClassroomScoring s = settings_.scoring;
    if (s.time_limit_ms && current_ < questions_.size() && questions_[current_].time_limit_ms)
        s.time_limit_ms = questions_[current_].time_limit_ms;
    return s;
}

const ClassroomQuestion& ClassroomGame::current_question() const {
    return questions_[current_];
}

std::optional<std::int64_t> ClassroomGame::time_left_ms(TimeMs now) const {
    const auto e = elapsed(std::max(now, last_now_));
    if (phase_ == Phase::Reading) return std::max<std::int64_t>(0, settings_.reading_ms - e);
    if (const auto limit = current_scoring().time_limit_ms; phase_ == Phase::Answering && limit) {
        return std::max<std::int64_t>(0, *limit - e);
    }
    return std::nullopt;
}

std::vector<round::Standing> ClassroomGame::standings() const {
    // Entries in the previous leaderboard's order, so tied rows stay put.
    std::vector<round::LeaderboardEntry> entries;
    entries.reserve(players_.size());
    for (const auto& s : previous_) {
        const auto it = std::find_if(players_.begin(), players_.end(),
                                     [&](const Player& p) { return p.name == s.id; });
        if (it != players_.end()) entries.push_back({it->name, it->score.points});
    }
    for (const auto& p : players_) {
        const bool listed =
            std::any_of(entries.begin(), entries.end(),
                        [&](const round::LeaderboardEntry& e) { return e.id == p.name; });
        if (!listed) entries.push_back({p.name, p.score.points});
    }
    return round::rank_standings(entries);
}

std::vector<round::Standing> ClassroomGame::podium() const {
    const auto all = standings();
    return round::podium(all, settings_.podium_size);
}

}  // namespace chronik::classroom
