// What a student's own machine learns from a network class game: which local item a question was,
// and how the student's answer rates for the student's own scheduler.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bank/item.hpp"
#include "round/answer_rating.hpp"
#include "srs/card_state.hpp"
#include "srs/rating.hpp"

namespace chronik::classroom {

// Finds the local bank item a host's question was made from. The protocol carries no item id
// (the host may play another deck than the student has), so a question is recognised by its
// prompt together with its correct answer text, in German or English (see classroom_prompt and
// classroom_answer), which the reveal makes known. Built once per game: O(log n) per lookup.
class ClassroomItemIndex {
public:
    explicit ClassroomItemIndex(std::span<const bank::Item* const> items);
    // Null when no local item asks this prompt with this answer (another deck, an edited item).
    const bank::Item* find(std::string_view prompt, std::string_view correct_answer) const;
    std::size_t size() const { return by_prompt_.size(); }

private:
    struct Entry {
        std::string answer;
        const bank::Item* item = nullptr;
    };
    std::map<std::string, std::vector<Entry>, std::less<>> by_prompt_;
};

// A student's part in one revealed question, as the student's machine saw it.
struct ClassroomAnswerFacts {
    std::optional<std::size_t> chosen;  // the locked answer; none when the student did not answer
    std::size_t correct_choice = 0;
    std::int64_t response_ms = 0;   // from the question appearing to the answer (own clock)
    std::size_t reading_chars = 0;  // prompt and every choice (round::reading_length)
    bool had_whole_time = false;    // answers stayed open for the whole time limit
};

// The rating for the student's own scheduler, reusing the quiz's rule
// (round::rate_multiple_choice):
//   correct               -> Good; Easy when fast on a known card; Hard when slow
//   wrong                 -> Again
//   no answer, time ran out while the student watched -> Again (as a timed-out quiz question:
//                            not recalling it in time is forgetting it)
//   no answer otherwise   -> nothing: the teacher revealed early, no timer ran, or the student
//                            came in late; that is no evidence about the student's memory, and a
//                            made-up Again would shorten the card's interval for nothing.
// Throws std::invalid_argument for a negative response time (as rate_multiple_choice).
std::optional<Rating> rate_classroom_answer(const ClassroomAnswerFacts& facts,
                                            const CardState& card_before,
                                            const round::AnswerRatingRules& rules = {});

}  // namespace chronik::classroom
