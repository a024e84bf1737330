// Anki notes (from a text export or an .apkg) as Chronik flashcards: Basic, reversed and cloze.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"
#include "text/row_problem.hpp"

namespace chronik::interop {

// How a note makes cards, as Anki's stock note types do.
enum class NoteShape {
    Basic,                  // Front -> Back
    BasicAndReversed,       // Front -> Back and Back -> Front
    BasicOptionalReversed,  // the reverse card only when the third field is not empty
    Cloze,                  // one card per cloze number of the first field; the second is extra
};

struct AnkiNote {
    int line = 0;          // where the note starts in a text file; 0 in a package
    std::string guid;      // Anki's note id ("#guid column"); may be empty
    std::string notetype;  // the note type's name as the file gives it; may be empty
    NoteShape shape = NoteShape::Basic;
    std::vector<std::string> fields;  // plain text (HTML already converted), in field order
    std::vector<std::string> tags;
    std::string deck;                // Anki deck name ("Geschichte::Korea"); may be empty
    std::vector<std::string> media;  // images and sounds the fields refer to (left out)
};

// The shape a note type name suggests for files that name it but do not
// define it (text exports): a name with "cloze"/"Lückentext" is a cloze
// type, "optional reversed"/"optional umgekehrt" the optional reversed type,
// "reverse"/"umgekehrt" the reversed type, anything else Basic. A note whose
// first field holds cloze markup is a cloze note whatever its type says.
NoteShape shape_from_name(std::string_view notetype);

struct NotesDeck {
    bank::Deck deck;                         // one flashcard per card the notes make
    std::vector<text::RowProblem> problems;  // item: the note; row_kept: a warning only
    int notes = 0;                           // notes that made at least one item
    int skipped = 0;                         // notes that made none
};

struct NoteOptions {
    std::string deck_id;
    std::string title;
    bool draft = false;  // mark every item as a draft for review in Stapel
};

// Flashcards from notes: Basic fronts and backs (further non-empty fields are
// added to the back, and reported), reversed cards, one card per cloze
// number ("[hint]" or "[…]" in the front, the answers on the back, the
// second field added below them). Tags are the note's tags ("Import" when it
// has none). Skipped and reported: notes with an empty front or back (e.g.
// only an image), cloze notes without a cloze, and cards whose front another
// card already has. Media references are reported, never imported. Item ids
// are DECK-fc-001, -002, ... in note order. `on_note`, when set, is told the notes done and in
// all as they go (for a progress line).
using NoteProgress = std::function<void(std::int64_t done, std::int64_t total)>;
NotesDeck notes_to_deck(const std::vector<AnkiNote>& notes, const NoteOptions& options,
                        const NoteProgress& on_note = {});

}  // namespace chronik::interop
