// Turning a table (term/definition pairs, multiple-choice rows, date/event rows) into a deck.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"

namespace chronik::io {

enum class ImportKind { Flashcard, MultipleChoice, Timeline };

struct RowProblem {
    int line = 0;
    std::string message;
};

struct TableImport {
    bank::Deck deck;  // items only for the rows that were imported
    ImportKind kind = ImportKind::Flashcard;
    int imported = 0;
    int skipped = 0;  // rows reported in `problems` (a header row is neither)
    std::vector<RowProblem> problems;
};

struct ImportOptions {
    std::optional<ImportKind> kind;  // nullopt: detect (see import_table)
    std::string deck_id;
    std::string title;
    std::string source_file;  // deck.source; the quotes of mc and timeline rows are rows of it
    std::optional<char> separator;
};

// The rows of `text` (parse_delimited) as items of one kind. Detection when
// no kind is given: five or more cells in most rows -> multiple choice; a date
// (derive::parse_date_text) in the first cell of most rows -> timeline; else
// flashcards. A first row that names columns (prompt/answer, front/back,
// Begriff/Definition, date/event, Datum/Ereignis, ...) is a header and skipped.
//   flashcard: term, definition (further cells ignored; Anki's extra fields);
//   multiple choice: prompt, answer, distractor1-3 [, explanation [, tags]];
//     the answer type is the first of year, date, number, person... that
//     every choice fits (bank::shape_problem), else term;
//   timeline: date, event text.
// Bad rows (too few cells, empty cells, repeated choices, unknown dates, a
// prompt/front/text or event date already used) are skipped and reported
// with their line. Items of mc and timeline decks quote their own row (the
// source is the imported file); tags: the row's tags or "Import", plus an era
// tag (decade of the date or of a year in the row, else "heute").
TableImport import_table(std::string_view text, const ImportOptions& options);

std::string_view import_kind_name(ImportKind kind);  // "flashcard", "mc", "timeline"
std::optional<ImportKind> parse_import_kind(std::string_view name);

}  // namespace chronik::io
