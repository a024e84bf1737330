// A multiple-choice round: questions with shuffled choices, answers, feedback, points and streaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bank/item.hpp"
#include "random/rng.hpp"
#include "round/answer_rating.hpp"
#include "round/drawn_item.hpp"
#include "round/round_summary.hpp"
#include "srs/card_state.hpp"
#include "srs/rating.hpp"

namespace chronik::round {

// Points in a solo round (classroom games use classroom_points.hpp):
//   wrong or timed out: 0, the streak ends.
//   correct: base + speed bonus + streak bonus, where
//     speed bonus = fast_bonus when the answer was Fast, in_time_bonus when it
//                   was InTime, 0 when Slow (the same reading-length pace as the
//                   ratings, so a long question is not punished);
//     streak bonus = min(streak_step × (streak − 1), streak_cap), with the
//                   streak counting this answer.
// With the defaults a perfect round of 10 fast answers scores
// 10 × 150 + (0+10+20+30+40+50×5) = 1850.
struct MultipleChoicePointRules {
    int base = 100;
    int fast_bonus = 50;
    int in_time_bonus = 20;
    int streak_step = 10;
    int streak_cap = 50;
};

enum class Timing { Untimed, Timed };

struct MultipleChoiceOptions {
    std::size_t question_count = 10;
    // Keys 1–4 / A–D: at most this many choices; extra distractors are left
    // out at random.
    std::size_t max_choices = 4;
    Timing timing = Timing::Untimed;
    std::int64_t time_limit_ms = 30'000;  // used when timing == Timed
    MultipleChoicePointRules points;
    AnswerRatingRules rating;
};

// What the UI shows for one question.
struct PresentedQuestion {
    std::string item_id;
    std::string prompt;
    std::vector<std::string> choices;  // shuffled
    std::size_t correct_choice = 0;    // index into choices; show only in feedback
    std::string explanation;
    std::string quote;  // the source sentence the item cites
    std::size_t reading_chars = 0;
    CardState card_before;
};

struct PointsAward {
    int base = 0;
    int speed_bonus = 0;
    int streak_bonus = 0;
    int total() const { return base + speed_bonus + streak_bonus; }
};

// The result of one answer, for the feedback panel and for the scheduler.
struct ChoiceFeedback {
    std::string item_id;
    std::size_t question_index = 0;
    AnswerOutcome outcome = AnswerOutcome::Wrong;
    std::optional<std::size_t> chosen;  // nullopt when timed out
    std::size_t correct_choice = 0;
    std::int64_t response_ms = 0;
    AnswerPace pace = AnswerPace::InTime;
    Rating rating = Rating::Again;  // apply to the card with the scheduler
    PointsAward points;
    int streak = 0;  // after this answer
    bool correct() const { return outcome == AnswerOutcome::Correct; }
};

enum class RoundPhase { Asking, Feedback, Finished };

struct RoundProgress {
    std::size_t answered = 0;
    std::size_t total = 0;
    double fraction() const {
        return total == 0 ? 0.0 : static_cast<double>(answered) / static_cast<double>(total);
    }
};

// Asking --choose/time_out--> Feedback --next--> Asking (next question) or Finished.
// Commands in the wrong phase throw std::logic_error; the round is a value
// (copyable), so a scene can keep it and a test can replay it.
class MultipleChoiceRound {
public:
    // Takes the first options.question_count of `drawn` in the given order
    // (the scheduler's: due first, then new). Choices are shuffled with `rng`,
    // so a seed gives the same round. Throws std::invalid_argument (naming the
    // item id) for a missing or non-multiple-choice item, an item listed
    // twice, an item without distractors or with a distractor equal to the
    // answer, an empty list, or options that cannot work.
    MultipleChoiceRound(std::span<const DrawnItem> drawn, const MultipleChoiceOptions& options,
                        Rng rng);

    RoundPhase phase() const { return phase_; }
    bool finished() const { return phase_ == RoundPhase::Finished; }
    const MultipleChoiceOptions& options() const { return options_; }

    std::size_t question_count() const { return questions_.size(); }
    std::size_t current_index() const { return current_; }
    // The question being asked or just answered. Throws std::logic_error when finished.
    const PresentedQuestion& current() const;
    const std::vector<PresentedQuestion>& questions() const { return questions_; }

    // Answers the current question with the choice at `choice` after
    // `response_ms`. In a timed round an answer after the limit counts as a
    // time-out. Throws std::out_of_range for a choice that does not exist and
    // std::invalid_argument for a negative time.
    ChoiceFeedback choose(std::size_t choice, std::int64_t response_ms);
    // The timer ran out (timed rounds only): wrong, with the limit as the time.
    ChoiceFeedback time_out();
    // Leaves the feedback for the next question, or finishes after the last.
    void next();

    // Fraction of the time limit left after `elapsed_ms`, 0..1; nullopt when untimed.
    std::optional<double> time_left_fraction(std::int64_t elapsed_ms) const;

    RoundProgress progress() const { return {answers_.size(), questions_.size()}; }
    const std::vector<ChoiceFeedback>& answers() const { return answers_; }
    std::int64_t score() const { return score_; }
    int streak() const { return streak_; }
    int best_streak() const { return best_streak_; }
    std::size_t correct_count() const { return correct_; }
    // correct / answered; 0 before the first answer.
    double accuracy() const;
    std::int64_t total_time_ms() const { return total_time_ms_; }

    // Valid at any time (a quit round summarises what was answered).
    RoundSummary summary() const;

private:
    ChoiceFeedback record(AnswerOutcome outcome, std::optional<std::size_t> chosen,
                          std::int64_t response_ms);
    void require_phase(RoundPhase wanted, const char* command) const;

    MultipleChoiceOptions options_;
    std::vector<PresentedQuestion> questions_;
    std::vector<ChoiceFeedback> answers_;
    std::size_t current_ = 0;
    RoundPhase phase_ = RoundPhase::Asking;
    std::int64_t score_ = 0;
    int streak_ = 0;
    int best_streak_ = 0;
    std::size_t correct_ = 0;
    std::int64_t total_time_ms_ = 0;
};

// Characters a student reads for `mc` shown with at most `max_choices`
// choices (the prompt, the answer and the first max_choices − 1 distractors),
// e.g. for a simulated learner's response times. A round counts the choices it
// actually shows (PresentedQuestion::reading_chars).
std::size_t question_reading_length(const bank::MultipleChoice& mc, std::size_t max_choices = 4);

// The points for one answer under `rules` (exposed for the results screen's help text).
PointsAward multiple_choice_points(AnswerOutcome outcome, AnswerPace pace, int streak_after,
                                   const MultipleChoicePointRules& rules);

}  // namespace chronik::round
