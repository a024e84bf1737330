// Reviewing a derived draft deck: accept, reject, edit or turn items into flashcards, and the
// normal deck the accepted items make.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"

namespace chronik::decks {

// The review's state lives in the deck itself: an item still marked draft is undecided, an
// accepted (or edited, or flashcard) item has lost its draft mark, a rejected item is gone.
// So a draft saved after each decision continues where the teacher left off.
enum class Decision { Accept, Reject, Flashcard };

struct DraftCounts {
    std::size_t reviewed = 0;   // items no longer marked draft
    std::size_t remaining = 0;  // items still marked draft
};

DraftCounts draft_counts(const bank::Deck& deck);

// Index of the first item still marked draft.
std::optional<std::size_t> next_draft(const bank::Deck& deck);

// Applies a decision to the item with this id. Accept: the draft mark goes; Reject: the item is
// removed; Flashcard: the item becomes a flashcard with the faces it shows in study (front: the
// prompt or event text; back: the answer or the date in `language`), tags and quote kept.
// Returns false (deck unchanged) when no item has this id.
bool decide(bank::Deck& deck, std::string_view item_id, Decision decision,
            bank::DateLanguage language);

// The editable texts of an item, in order: multiple choice: prompt, answer, each distractor;
// event: its text; flashcard: front, back.
enum class FieldKind { Prompt, Answer, Distractor, EventText, Front, Back };
struct EditField {
    FieldKind kind;
    std::string value;
};
std::vector<EditField> edit_fields(const bank::Item& item);

// What is wrong with edited values (given in edit_fields order); empty when they can be saved.
enum class EditProblemKind {
    Empty,          // the field is empty (spaces only)
    Repeated,       // a choice repeats the answer or another distractor (case and spaces folded)
    NotAnswerType,  // the choices fit no common answer type (detail: why, for this field)
    WrongCount      // the number of values does not match the item's fields
};
struct EditProblem {
    std::size_t field = 0;
    EditProblemKind kind = EditProblemKind::Empty;
    std::string detail;
};
std::vector<EditProblem> edit_problems(const bank::Item& item,
                                       const std::vector<std::string>& values);

// The item with the edited values (trimmed) and its draft mark removed. A multiple-choice item
// keeps its answer type when every choice still fits it, else takes the first of year, date,
// number and term that they all fit. Throws std::invalid_argument when edit_problems is not
// empty.
bank::Item apply_edit(const bank::Item& item, const std::vector<std::string>& values);

// The deck the review made: the items no longer marked draft, in their order. Undecided items are
// left out.
bank::Deck finished_deck(const bank::Deck& deck);

}  // namespace chronik::decks
