// After a class game (hosted or on one screen): how the class did on each question, and which
// ones it got wrong most. The one place that decides what "the class got it wrong" means.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "classroom/classroom_game.hpp"

namespace chronik::classroom {

struct QuestionReview {
    std::size_t question = 0;  // index in the game
    std::string prompt;
    std::string correct_answer;
    bool skipped = false;
    std::vector<std::size_t> counts;  // players per choice
    std::size_t no_answer = 0;
    std::size_t players = 0;  // players in the game at the reveal
    std::size_t correct = 0;
    // correct / players; 0 for a skipped question or an empty class.
    double correct_share() const;
    // The class got it wrong: fewer than half of the players were right (an empty class counts
    // as none right). A skipped question was not missed. The screens after a class game mark
    // these by colour and words, so the teacher takes them up again.
    bool missed_by_class() const;
};

// One review per question revealed or skipped so far, in game order.
std::vector<QuestionReview> review_questions(const ClassroomGame& game);

// Positions in `reviews` of the questions answered, the lowest share of
// correct answers first (ties in game order); skipped questions are left out.
std::vector<std::size_t> hardest_first(const std::vector<QuestionReview>& reviews);

}  // namespace chronik::classroom
