// One question-bank item (multiple choice, timeline event or flashcard) as a plain value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "bank/event_date.hpp"

namespace chronik::bank {

enum class ItemKind { MultipleChoice, Event, Flashcard };

// What kind of thing a multiple-choice answer is; every distractor must be of
// the same type (see bank/answer_shape.hpp for the checks).
enum class AnswerType { Year, Date, Number, Person, Place, Country, Organisation, Event, Term };

struct MultipleChoice {
    std::string prompt;
    std::string answer;
    AnswerType answer_type = AnswerType::Term;
    std::vector<std::string> distractors;
    std::string explanation;
    // Seconds to answer in a class game (Kahoot's per-question time limit); nullopt: the game's
    // own timer setting. 1..3600.
    std::optional<int> time_limit_s{};
};

struct TimelineEvent {
    std::string text;  // no date in it: the date is what the student places
    EventDate date;
};

struct Flashcard {
    std::string front;
    std::string back;
};

using ItemBody = std::variant<MultipleChoice, TimelineEvent, Flashcard>;

struct Item {
    std::string id;  // unique in the bank and stable forever: progress is stored per id
    std::vector<std::string> tags;
    int difficulty = 1;  // 1 (easy) to 3 (hard)
    std::string quote;   // verbatim passage of the deck's source text; may be empty for flashcards
    bool draft = false;  // generated, not yet reviewed by a teacher
    // Items of one group give each other away (derive links the drafts of one sentence): a
    // round deals at most one of them (bank/item_group.hpp). Empty: no group.
    std::string group;
    ItemBody body;

    // The kind follows from the body, so the two can never disagree.
    ItemKind kind() const { return static_cast<ItemKind>(body.index()); }

    const MultipleChoice* multiple_choice() const { return std::get_if<MultipleChoice>(&body); }
    const TimelineEvent* event() const { return std::get_if<TimelineEvent>(&body); }
    const Flashcard* flashcard() const { return std::get_if<Flashcard>(&body); }
};

// Names used in the bank format: "multiple_choice", "event", "flashcard";
// "year", "date", "number", "person", "place", "country", "organisation",
// "event", "term".
std::string_view item_kind_name(ItemKind kind);
std::optional<ItemKind> parse_item_kind(std::string_view name);
std::string_view answer_type_name(AnswerType type);
std::optional<AnswerType> parse_answer_type(std::string_view name);

}  // namespace chronik::bank
