// What a file brought for import is, decided from its name and its text before any reader runs:
// a Chronik deck, a text to derive a draft from, an Anki notes export, or a table of rows, and
// for a table, what its rows hold.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::decks {

enum class ImportFormat {
    Deck,         // a Chronik deck (.json), copied as it is
    SourceText,   // prose (.txt, .md, no extension) to derive a draft deck from
    AnkiNotes,    // a text export of Anki notes (header lines, HTML or cloze): flashcards
    Table,        // rows of cells (CSV, TSV, semicolons): see TableShape for their kind
    AnkiPackage,  // an Anki package (.apkg, .colpkg): a draft deck of flashcards
    QuizSheet,    // a spreadsheet (.xlsx) laid out as Kahoot's quiz template
};

// `extension` is the file name's extension with its dot, in any case (".json", ".TXT", "").
// .json is a deck, .apkg/.colpkg an Anki package, .xlsx a quiz sheet. A text that starts with
// an Anki header line (#separator:, #html:, #columns:, #notetype:, #deck:, #tags:, #guid
// column:, ...) is Anki notes. .txt, .md and names without an extension are prose unless at
// least half of their first 50 non-blank lines hold a tab (a term list exported as text) or
// most of them (but one, a header) start with a date and a comma, semicolon or tab (a
// date/event table saved as text). Every other extension is a table. A table whose first 50
// lines hold HTML tags, entities or cloze markup (interop::import_markup) is Anki notes
// exported without header lines.
ImportFormat import_format(std::string_view extension, std::string_view text);

enum class TableKind { Flashcard, MultipleChoice, Timeline };

// The rows of a table counted one at a time (without their header row), and the kind they
// suggest: five or more cells in most rows make multiple-choice questions (prompt, answer,
// three distractors); a date in the first cell of most rows (derive::parse_date_text) makes a
// timeline; anything else is term/definition flashcards.
class TableShape {
public:
    void add_row(const std::vector<std::string>& cells);
    TableKind kind() const;

private:
    std::size_t rows_ = 0, wide_ = 0, dated_ = 0;
};

}  // namespace chronik::decks
