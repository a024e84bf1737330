#include "classroom/class_review.hpp"

#include <algorithm>
#include <numeric>

namespace chronik::classroom {

double QuestionReview::correct_share() const {
    if (skipped || players == 0) return 0.0;
    return static_cast<double>(correct) / static_cast<double>(players);
}

bool QuestionReview::missed_by_class() const {
    return !skipped && correct * 2 < std::max<std::size_t>(players, 1);
}

std::vector<QuestionReview> review_questions(const ClassroomGame& game) {
    std::vector<QuestionReview> out;
    out.reserve(game.results().size());
    for (const auto& r : game.results()) {
        QuestionReview q;
        q.question = r.question;
        const auto& asked = game.questions().at(r.question);
        q.prompt = asked.prompt;
        q.correct_answer = asked.choices.at(asked.correct_choice);
        q.skipped = r.skipped;
        q.counts = r.choice_counts;
        q.counts.resize(asked.choices.size(), 0);
        q.no_answer = r.no_answer;
        // The players in the room: one who left before the reveal without answering is not
        // counted (the summary's "1 of 5 right" must not count a student who went home).
        q.players = r.answers.size() - r.absent;
        q.correct = r.correct_count();
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<std::size_t> hardest_first(const std::vector<QuestionReview>& reviews) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < reviews.size(); ++i)
        if (!reviews[i].skipped) order.push_back(i);
    // Compared as cross products so equal shares tie exactly (no rounding).
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = reviews[a];
        const auto& y = reviews[b];
        const auto px = std::max<std::size_t>(x.players, 1),
                   py = std::max<std::size_t>(y.players, 1);
        return x.correct * py < y.correct * px;
    });
    return order;
}

}  // namespace chronik::classroom
