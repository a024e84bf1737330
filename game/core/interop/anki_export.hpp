// A Chronik deck as Anki notes: multiple choice with its choices, events as "when did this
// happen?", flashcards as they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"
#include "bank/event_date.hpp"

namespace chronik::interop {

struct ExportNote {
    std::string item_id;
    std::string guid;   // stable per item id, so a second export updates the notes in Anki
    std::string front;  // plain text; may hold line breaks
    std::string back;
    std::vector<std::string> tags;  // Anki tags: no spaces (a space becomes '_')
};

// One Basic note per item (drafts left out): multiple choice: the prompt and
// the choices in alphabetical order ("A) ...") on the front, the answer and
// the explanation on the back; events: "Wann geschah das?" (English: "When
// did this happen?") and the text on the front, the date on the back;
// flashcards: front and back. Tags are the item's tags plus the deck id.
std::vector<ExportNote> export_notes(const bank::Deck& deck, bank::DateLanguage language);

// Anki's guid form (base91 of 64 bits) of a hash of `key`, stable across runs and machines.
std::string anki_guid(std::string_view key);

}  // namespace chronik::interop
