#include "classroom/student_answer.hpp"

#include "classroom/classroom_question.hpp"

namespace chronik::classroom {

ClassroomItemIndex::ClassroomItemIndex(std::span<const bank::Item* const> items) {
    for (const auto* item : items) {
        if (!item || item->kind() == bank::ItemKind::Flashcard) continue;
        for (const auto language : {bank::DateLanguage::German, bank::DateLanguage::English}) {
            auto& entries = by_prompt_[classroom_prompt(*item, language)];
            Entry e{classroom_answer(*item, language), item};
            bool known = false;
            for (const auto& old : entries)
                known = known || (old.item == e.item && old.answer == e.answer);
            if (!known) entries.push_back(std::move(e));
        }
    }
}

const bank::Item* ClassroomItemIndex::find(std::string_view prompt,
                                           std::string_view correct_answer) const {
    const auto it = by_prompt_.find(prompt);
    if (it == by_prompt_.end()) return nullptr;
    for (const auto& e : it->second)
        if (e.answer == correct_answer) return e.item;
    return nullptr;
}

std::optional<Rating> rate_classroom_answer(const ClassroomAnswerFacts& facts,
                                            const CardState& card_before,
                                            const round::AnswerRatingRules& rules) {
    if (!facts.chosen) {
        if (!facts.had_whole_time) return std::nullopt;
        return round::rate_multiple_choice(
            {round::AnswerOutcome::TimedOut, facts.response_ms, facts.reading_chars}, card_before,
            rules);
    }
    const auto outcome = *facts.chosen == facts.correct_choice ? round::AnswerOutcome::Correct
                                                               : round::AnswerOutcome::Wrong;
    return round::rate_multiple_choice({outcome, facts.response_ms, facts.reading_chars},
                                       card_before, rules);
}

}  // namespace chronik::classroom
