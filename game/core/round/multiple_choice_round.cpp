#include "round/multiple_choice_round.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string_view>

namespace chronik::round {

namespace {

std::invalid_argument item_error(const std::string& id, const std::string& problem) {
    return std::invalid_argument("multiple-choice round: item \"" + id + "\" " + problem);
}

PresentedQuestion present(const DrawnItem& drawn, std::size_t max_choices, Rng& rng) {
    const bank::Item& item = *drawn.item;
    const bank::MultipleChoice* mc = item.multiple_choice();
    if (mc == nullptr) throw item_error(item.id, "is not a multiple-choice question");
    if (mc->distractors.empty()) throw item_error(item.id, "has no distractors");
    std::set<std::string_view> seen{mc->answer};
    for (const auto& d : mc->distractors) {
        if (!seen.insert(d).second) {
            throw item_error(item.id, "lists the choice \"" + d + "\" twice");
        }
    }

    std::vector<std::string> distractors = mc->distractors;
    rng.shuffle(distractors.begin(), distractors.end());
    distractors.resize(std::min(distractors.size(), max_choices - 1));

    PresentedQuestion q;
    q.item_id = item.id;
    q.prompt = mc->prompt;
    q.explanation = mc->explanation;
    q.quote = item.quote;
    q.card_before = drawn.card;
    q.choices.push_back(mc->answer);
    for (auto& d : distractors)
        q.choices.push_back(std::move(d));
    // The answer starts at index 0; follow it through the shuffle.
    std::vector<std::size_t> order(q.choices.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    rng.shuffle(order.begin(), order.end());
    std::vector<std::string> shuffled;
    shuffled.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i] == 0) q.correct_choice = i;
        shuffled.push_back(std::move(q.choices[order[i]]));
    }
    q.choices = std::move(shuffled);

    std::vector<std::string_view> views(q.choices.begin(), q.choices.end());
    q.reading_chars = reading_length(q.prompt, views);
    return q;
}

}  // namespace

std::size_t question_reading_length(const bank::MultipleChoice& mc, std::size_t max_choices) {
    std::vector<std::string_view> choices{mc.answer};
    for (const auto& d : mc.distractors) {
        if (choices.size() >= max_choices) break;
        choices.push_back(d);
    }
    return reading_length(mc.prompt, choices);
}

PointsAward multiple_choice_points(AnswerOutcome outcome, AnswerPace pace, int streak_after,
                                   const MultipleChoicePointRules& rules) {
    PointsAward p;
    if (outcome != AnswerOutcome::Correct) return p;
    p.base = rules.base;
    switch (pace) {
        case AnswerPace::Fast:
            p.speed_bonus = rules.fast_bonus;
            break;
        case AnswerPace::InTime:
            p.speed_bonus = rules.in_time_bonus;
            break;
        case AnswerPace::Slow:
            break;
    }
    p.streak_bonus = std::min(rules.streak_step * std::max(streak_after - 1, 0), rules.streak_cap);
    return p;
}

MultipleChoiceRound::MultipleChoiceRound(std::span<const DrawnItem> drawn,
                                         const MultipleChoiceOptions& options, Rng rng)
    : options_(options) {
    if (options.question_count == 0) {
        throw std::invalid_argument("multiple-choice round: question_count must be at least 1");
    }
    if (options.max_choices < 2) {
        throw std::invalid_argument("multiple-choice round: max_choices must be at least 2, got " +
                                    std::to_string(options.max_choices));
    }
    if (options.timing == Timing::Timed && options.time_limit_ms <= 0) {
        throw std::invalid_argument("multiple-choice round: the time limit must be positive, got " +
                                    std::to_string(options.time_limit_ms) + " ms");
    }
    pace_limits(0, options.rating);  // throws now for rules that cannot work, not mid-round
    if (drawn.empty()) {
        throw std::invalid_argument("multiple-choice round: no questions were drawn");
    }
    const std::size_t n = std::min(options.question_count, drawn.size());
    questions_.reserve(n);
    answers_.reserve(n);
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < n; ++i) {
        if (drawn[i].item == nullptr) {
            throw std::invalid_argument("multiple-choice round: drawn item " + std::to_string(i) +
                                        " is missing (null)");
        }
        if (!ids.insert(drawn[i].item->id).second) {
            throw item_error(drawn[i].item->id, "was drawn twice");
        }
        questions_.push_back(present(drawn[i], options.max_choices, rng));
    }
}

const PresentedQuestion& MultipleChoiceRound::current() const {
    if (finished()) throw std::logic_error("multiple-choice round: the round is finished");
    return questions_[current_];
}

void MultipleChoiceRound::require_phase(RoundPhase wanted, const char* command) const {
    if (phase_ == wanted) return;
    static constexpr const char* kNames[] = {"asking", "showing feedback", "finished"};
    throw std::logic_error(std::string("multiple-choice round: ") + command +
                           " is not possible while " + kNames[static_cast<int>(phase_)]);
}

ChoiceFeedback MultipleChoiceRound::choose(std::size_t choice, std::int64_t response_ms) {
    require_phase(RoundPhase::Asking, "choose");
    const PresentedQuestion& q = questions_[current_];
    if (choice >= q.choices.size()) {
        throw std::out_of_range("multiple-choice round: choice " + std::to_string(choice) +
                                " does not exist (question \"" + q.item_id + "\" has " +
                                std::to_string(q.choices.size()) + ")");
    }
    if (response_ms < 0) {
        throw std::invalid_argument("multiple-choice round: negative response time " +
                                    std::to_string(response_ms) + " ms");
    }
    if (options_.timing == Timing::Timed && response_ms > options_.time_limit_ms) {
        return record(AnswerOutcome::TimedOut, std::nullopt, options_.time_limit_ms);
    }
    const auto outcome = choice == q.correct_choice ? AnswerOutcome::Correct : AnswerOutcome::Wrong;
    return record(outcome, choice, response_ms);
}

ChoiceFeedback MultipleChoiceRound::time_out() {
    require_phase(RoundPhase::Asking, "time_out");
    if (options_.timing != Timing::Timed) {
        throw std::logic_error("multiple-choice round: time_out in an untimed round");
    }
    return record(AnswerOutcome::TimedOut, std::nullopt, options_.time_limit_ms);
}

ChoiceFeedback MultipleChoiceRound::record(AnswerOutcome outcome, std::optional<std::size_t> chosen,
                                           std::int64_t response_ms) {
    const PresentedQuestion& q = questions_[current_];
    ChoiceFeedback f;
    f.item_id = q.item_id;
    f.question_index = current_;
    f.outcome = outcome;
    f.chosen = chosen;
    f.correct_choice = q.correct_choice;
    f.response_ms = response_ms;
    f.pace = classify_pace(response_ms, q.reading_chars, options_.rating);
    f.rating = rate_multiple_choice({outcome, response_ms, q.reading_chars}, q.card_before,
                                    options_.rating);
    if (outcome == AnswerOutcome::Correct) {
        ++streak_;
        ++correct_;
        best_streak_ = std::max(best_streak_, streak_);
    } else {
        streak_ = 0;
    }
    f.streak = streak_;
    f.points = multiple_choice_points(outcome, f.pace, streak_, options_.points);
    score_ += f.points.total();
    total_time_ms_ += response_ms;
    answers_.push_back(f);
    phase_ = RoundPhase::Feedback;
    return f;
}

void MultipleChoiceRound::next() {
    require_phase(RoundPhase::Feedback, "next");
    if (current_ + 1 < questions_.size()) {
        ++current_;
        phase_ = RoundPhase::Asking;
    } else {
        phase_ = RoundPhase::Finished;
    }
}

std::optional<double> MultipleChoiceRound::time_left_fraction(std::int64_t elapsed_ms) const {
    if (options_.timing != Timing::Timed) return std::nullopt;
    const double left =
        1.0 - static_cast<double>(elapsed_ms) / static_cast<double>(options_.time_limit_ms);
    return std::clamp(left, 0.0, 1.0);
}

double MultipleChoiceRound::accuracy() const {
    if (answers_.empty()) return 0.0;
    return static_cast<double>(correct_) / static_cast<double>(answers_.size());
}

RoundSummary MultipleChoiceRound::summary() const {
    RoundSummary s;
    s.kind = RoundKind::MultipleChoice;
    s.score = score_;
    s.item_count = questions_.size();
    s.answered = answers_.size();
    s.correct = correct_;
    s.accuracy = accuracy();
    s.total_time_ms = total_time_ms_;
    s.best_streak = best_streak_;
    for (const auto& a : answers_) {
        if (!a.correct()) s.missed_item_ids.push_back(a.item_id);
    }
    return s;
}

}  // namespace chronik::round
