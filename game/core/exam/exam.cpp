#include "exam/exam.hpp"

#include <algorithm>

namespace chronik::exam {

Exam::Exam(std::vector<round::PresentedQuestion> choices, std::vector<ExamEvent> events,
           ExamRules rules, TimeMs started)
    : choices_(std::move(choices)), events_(std::move(events)), rules_(rules), started_(started) {
    if (choices_.empty() && events_.empty())
        throw std::invalid_argument("an exam needs at least one question");
    if (rules_.time_limit_ms <= 0 || rules_.points_per_choice <= 0 || rules_.timeline_points < 0)
        throw std::invalid_argument(
            "exam rules need a positive time limit and positive points per question");
    for (std::size_t i = 0; i < choices_.size(); ++i)
        if (choices_[i].correct_choice >= choices_[i].choices.size())
            throw std::invalid_argument("exam question " + std::to_string(i + 1) + " (" +
                                        choices_[i].item_id + ") has no correct choice");
    if (events_.size() == 1)
        throw std::invalid_argument("a timeline question needs at least two events");
    std::vector<bool> seen(events_.size(), false);
    for (const auto& e : events_) {
        if (e.rank >= events_.size() || seen[e.rank])
            throw std::invalid_argument("timeline event " + e.item_id +
                                        " has a rank that is out of range or repeated");
        seen[e.rank] = true;
    }
    chosen_.assign(choices_.size(), std::nullopt);
    for (std::size_t i = 0; i < events_.size(); ++i)
        order_.push_back(i);
}

void Exam::check_open() const {
    if (result_) throw ExamError("the exam has been handed in");
}

const round::PresentedQuestion& Exam::choice_question(std::size_t q) const {
    if (q >= choices_.size())
        throw ExamError("question " + std::to_string(q) + " is not a multiple-choice question");
    return choices_[q];
}

void Exam::choose(std::size_t q, std::size_t choice) {
    check_open();
    if (choice >= choice_question(q).choices.size())
        throw ExamError("choice " + std::to_string(choice) + " does not exist");
    chosen_[q] = choice;
}

std::optional<std::size_t> Exam::chosen(std::size_t q) const {
    return q < chosen_.size() ? chosen_[q] : std::nullopt;
}

void Exam::place_timeline(std::vector<std::size_t> order) {
    check_open();
    if (events_.empty()) throw ExamError("this exam has no timeline question");
    auto sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        if (sorted[i] != i || sorted.size() != events_.size())
            throw ExamError("a timeline order must place every event exactly once");
    order_ = std::move(order);
    timeline_touched_ = true;
}

std::size_t Exam::answered_count() const {
    const auto n = static_cast<std::size_t>(
        std::count_if(chosen_.begin(), chosen_.end(), [](const auto& c) { return c.has_value(); }));
    return n + (timeline_touched_ ? 1 : 0);
}

std::int64_t Exam::remaining_ms(TimeMs now) const {
    return std::clamp<std::int64_t>(started_ + rules_.time_limit_ms - now, 0, rules_.time_limit_ms);
}

const ExamResult& Exam::submit(TimeMs now) {
    if (result_) return *result_;
    ExamResult r;
    for (std::size_t q = 0; q < choices_.size(); ++q) {
        QuestionResult qr;
        qr.max_points = rules_.points_per_choice;
        qr.answered = chosen_[q].has_value();
        qr.correct = qr.answered && *chosen_[q] == choices_[q].correct_choice;
        qr.points = qr.correct ? qr.max_points : 0;
        r.questions.push_back(qr);
    }
    if (!events_.empty()) {
        QuestionResult qr;
        qr.max_points = rules_.timeline_points;
        qr.answered = timeline_touched_;
        if (timeline_touched_) {
            std::vector<std::size_t> ranks;
            for (const auto i : order_)
                ranks.push_back(events_[i].rank);
            r.timeline_pairs = round::score_pairs(ranks);
            const auto total = static_cast<std::int64_t>(r.timeline_pairs.total);
            qr.points =
                total == 0
                    ? qr.max_points
                    : static_cast<int>(qr.max_points *
                                       static_cast<std::int64_t>(r.timeline_pairs.ordered) / total);
            qr.correct = r.timeline_pairs.ordered == r.timeline_pairs.total;
        }
        r.questions.push_back(qr);
    }
    for (const auto& q : r.questions) {
        r.points += q.points;
        r.max_points += q.max_points;
    }
    r.grade = round::exam_grade(r.points, r.max_points);
    r.timed_out = now - started_ >= rules_.time_limit_ms;
    r.time_used_ms = std::clamp<std::int64_t>(now - started_, 0, rules_.time_limit_ms);
    result_ = std::move(r);
    return *result_;
}

const ExamResult& Exam::result() const {
    if (!result_) throw ExamError("the exam has not been handed in yet");
    return *result_;
}

std::string scoring_rule_text(const ExamRules& rules, round::GradeKeyLanguage language) {
    const auto n = [](int v) { return std::to_string(v); };
    std::string s;
    if (language == round::GradeKeyLanguage::German) {
        s.append("Je Auswahlfrage ").append(n(rules.points_per_choice)).append(" Punkte");
        if (rules.timeline_points > 0)
            s.append(", die Zeitleiste ")
                .append(n(rules.timeline_points))
                .append(" Punkte anteilig nach richtig geordneten Paaren (abgerundet)");
        s.append(". ");
    } else {
        s.append(n(rules.points_per_choice)).append(" points per multiple-choice question");
        if (rules.timeline_points > 0)
            s.append(", the timeline ")
                .append(n(rules.timeline_points))
                .append(" points by the share of pairs in the right order (rounded down)");
        s.append(". ");
    }
    s.append(round::grade_key_text(language));
    return s;
}

}  // namespace chronik::exam
