// Questions for a classroom game: drawn from the bank by kind and topic, with shuffled choices.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bank/event_date.hpp"
#include "bank/item.hpp"
#include "random/rng.hpp"

namespace chronik::classroom {

// One question as the host holds it. Clients get everything but
// correct_choice and explanation until the reveal.
struct ClassroomQuestion {
    std::string item_id;
    std::string prompt;
    std::vector<std::string> choices;  // shuffled
    std::size_t correct_choice = 0;
    std::string explanation;
    // The item's own time to answer (a Kahoot sheet's time limit); replaces the game's timer
    // when the game has one. nullopt: the game's timer.
    std::optional<std::int64_t> time_limit_ms{};
    // A timeline question ("put these events in order") when not empty: `choices` are then the
    // events in the order shown (never chronological), timeline_ranks[i] the correct rank of
    // choices[i] (0 = earliest), timeline_dates[i] its date as the reveal shows it; the answer
    // is an order of the events, not a choice, and correct_choice means nothing.
    std::vector<std::size_t> timeline_ranks{};
    std::vector<std::string> timeline_dates{};
    bool is_timeline() const { return !timeline_ranks.empty(); }
};

// Which items a game draws from. Multiple-choice items ask their own prompt;
// timeline events become "when did this happen?" with the dates of other
// events as wrong choices.
struct QuestionMix {
    std::vector<bank::ItemKind> kinds{bank::ItemKind::MultipleChoice};
    std::vector<std::string> topics;  // any of these tags; empty: every item
    std::size_t max_choices = 4;      // 2..4 (one key per choice)
    bank::DateLanguage language = bank::DateLanguage::German;
    bool include_drafts = false;
};

// The prompt and the correct choice text an item gets in a classroom game,
// e.g. for a bot that knows the bank. Throws std::invalid_argument for a
// flashcard.
std::string classroom_prompt(const bank::Item& item, bank::DateLanguage language);
std::string classroom_answer(const bank::Item& item, bank::DateLanguage language);

// Up to `count` questions from `items` that fit `mix`, in random order with
// shuffled choices (the same seed gives the same game). Throws
// std::invalid_argument when no item fits, count is 0, or max_choices is
// outside 2..4.
std::vector<ClassroomQuestion> pick_classroom_questions(std::span<const bank::Item* const> items,
                                                        const QuestionMix& mix, std::size_t count,
                                                        Rng& rng);

// `count` timeline questions of `events_per_question` events each (round::deal_timeline: dates
// clearly distinct, shown never in order), from the timeline events of `items` that fit `mix`'s
// topics and drafts rule (its kinds are not asked). Events are not dealt twice while the pool has
// enough others. Throws std::invalid_argument when fewer than events_per_question events with
// distinct dates fit, or events_per_question is outside 5..8.
std::vector<ClassroomQuestion> pick_timeline_questions(std::span<const bank::Item* const> items,
                                                       const QuestionMix& mix, std::size_t count,
                                                       std::size_t events_per_question, Rng& rng);

// `timeline` spread evenly among `questions` (the first never opens the game unless it is all
// there is): 7 questions and 3 timelines give Q Q T Q Q T Q T Q Q.
std::vector<ClassroomQuestion> interleave_questions(std::vector<ClassroomQuestion> questions,
                                                    std::vector<ClassroomQuestion> timeline);

}  // namespace chronik::classroom
