// An exam (Prüfung): multiple-choice questions and one timeline question, answered in any order
// and changeable until the paper is handed in or the time is up, with no feedback before; then
// points per question and a German grade 1–6 by the IHK key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "bank/event_date.hpp"
#include "round/exam_grade.hpp"
#include "round/multiple_choice_round.hpp"
#include "round/timeline_score.hpp"
#include "time/time_point.hpp"

namespace chronik::exam {

// Scoring: each multiple-choice question is worth points_per_choice (all or nothing); the
// timeline is worth timeline_points, of which it earns the share of event pairs in the right
// order, rounded down (so 9 of 10 pairs with 4 points earn 3). An untouched timeline earns
// nothing, like an unanswered question: the dealt order is not an answer.
struct ExamRules {
    std::int64_t time_limit_ms = 10 * kMinuteMs;
    int points_per_choice = 2;
    int timeline_points = 4;
};

// An event of the timeline question, in the order it was dealt.
struct ExamEvent {
    std::string item_id;
    std::string text;
    bank::EventDate date;
    std::string quote;
    std::size_t rank = 0;  // 0-based position in the true order
};

struct QuestionResult {
    bool answered = false;
    bool correct = false;  // all points earned
    int points = 0;
    int max_points = 0;
    // Some points but not all (a timeline partly in order): shown as partial credit, not as
    // wrong.
    bool partial() const { return points > 0 && points < max_points; }
};

struct ExamResult {
    std::vector<QuestionResult> questions;  // the choices first, then the timeline
    int points = 0;
    int max_points = 0;
    round::GradeBand grade;
    round::PairScore timeline_pairs;  // zero pairs without a timeline or when untouched
    std::int64_t time_used_ms = 0;
    bool timed_out = false;
};

// A wrong use of the paper (an index out of range, answering after the end).
struct ExamError : std::logic_error {
    using std::logic_error::logic_error;
};

class Exam {
public:
    // `events` may be empty (no timeline question); otherwise 2 or more with distinct ranks
    // 0..n-1. Throws std::invalid_argument for an empty paper, invalid ranks or rules.
    Exam(std::vector<round::PresentedQuestion> choices, std::vector<ExamEvent> events,
         ExamRules rules, TimeMs started);

    std::size_t question_count() const { return choices_.size() + (events_.empty() ? 0 : 1); }
    bool is_timeline(std::size_t question) const {
        return !events_.empty() && question == choices_.size();
    }
    const round::PresentedQuestion& choice_question(std::size_t question) const;
    const std::vector<ExamEvent>& events() const { return events_; }
    const ExamRules& rules() const { return rules_; }

    // Picks (or changes) the answer to a multiple-choice question.
    void choose(std::size_t question, std::size_t choice);
    std::optional<std::size_t> chosen(std::size_t question) const;
    // The student's order: order[slot] = index into events(). Must be a permutation.
    void place_timeline(std::vector<std::size_t> order);
    const std::vector<std::size_t>& timeline_order() const { return order_; }
    bool timeline_answered() const { return timeline_touched_; }
    std::size_t answered_count() const;

    std::int64_t remaining_ms(TimeMs now) const;
    bool time_up(TimeMs now) const { return remaining_ms(now) == 0; }
    bool finished() const { return result_.has_value(); }

    // Hands the paper in (at the time limit at the latest) and grades it; the second call
    // returns the same result.
    const ExamResult& submit(TimeMs now);
    const ExamResult& result() const;

private:
    void check_open() const;

    std::vector<round::PresentedQuestion> choices_;
    std::vector<ExamEvent> events_;
    ExamRules rules_;
    TimeMs started_;
    std::vector<std::optional<std::size_t>> chosen_;
    std::vector<std::size_t> order_;
    bool timeline_touched_ = false;
    std::optional<ExamResult> result_;
};

// The rule as one sentence for the results screen, e.g. "Je Auswahlfrage 2 Punkte, der
// Zeitleiste 4 Punkte anteilig nach richtig geordneten Paaren."
std::string scoring_rule_text(const ExamRules& rules, round::GradeKeyLanguage language);

}  // namespace chronik::exam
