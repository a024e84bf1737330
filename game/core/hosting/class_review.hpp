// After a class game: how the class did on each question, and which ones it got wrong most.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "classroom/classroom_game.hpp"

namespace chronik::hosting {

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
};

// One review per question revealed or skipped so far, in game order.
std::vector<QuestionReview> review_questions(const classroom::ClassroomGame& game);

// Positions in `reviews` of the questions answered, the lowest share of
// correct answers first (ties in game order); skipped questions are left out.
std::vector<std::size_t> hardest_first(const std::vector<QuestionReview>& reviews);

}  // namespace chronik::hosting
