// Turning a table (term/definition pairs, multiple-choice rows, date/event rows) into a deck.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"
#include "decks/import_format.hpp"
#include "text/row_problem.hpp"

namespace chronik::io {

// What a table's rows become (decks::TableShape decides it when no kind is given).
using ImportKind = decks::TableKind;

// Years a timeline import accepts (as deck_lint: before Christ negative, there is no year 0).
inline constexpr int kFirstImportYear = -3000;
inline constexpr int kLastImportYear = 2100;

struct TableImport {
    bank::Deck deck;  // items only for the rows that were imported
    ImportKind kind = ImportKind::Flashcard;
    int imported = 0;
    int skipped = 0;  // rows reported in `problems` (a header row is neither)
    std::vector<text::RowProblem> problems;
};

struct ImportOptions {
    std::optional<ImportKind> kind;  // nullopt: detect (see import_table)
    std::string deck_id;
    std::string title;
    std::string source_file;  // deck.source; the quotes of mc and timeline rows are rows of it
    std::optional<char> separator;
    // Quizlet-style separators (parse_term_list): any text between term and definition and
    // between rows; empty: detected. `separator`, when set, wins over `term_separator`.
    std::string term_separator;
    std::string row_separator;
};

// The rows of `text` (parse_term_list) as items of one kind. Without a kind,
// decks::TableShape decides it from the rows. A first row that names columns (prompt/answer,
// front/back, Begriff/Definition, date/event, Datum/Ereignis, ...) is a header and skipped,
// and so is a first row without a date above rows that mostly start with one (a date/event
// table whose header uses other words, "Zeit;Beschreibung"), unless another kind is asked for.
//   flashcard: term, definition; a row with more non-empty cells is skipped and reported (the
//     separator also occurs in the text: choose another one), never cut;
//   multiple choice: prompt, answer, distractor1-3 [, explanation [, tags]];
//     the answer type is the first of year, date, number, person... that
//     every choice fits (bank::shape_problem), else term;
//   timeline: date, event text.
// Bad rows (too few cells, empty cells, repeated choices, unknown dates, a
// prompt/front/text or event date already used) are skipped and reported
// with their line. Items of mc and timeline decks quote their own row (the
// source is the imported file); tags: the row's tags or "Import", plus an era
// tag (decade of the date or of a year in the row, else "heute"). `on_row`, when set, is told
// the rows done and in all as they go (for chronik-cli's progress line).
using ImportProgress = std::function<void(std::int64_t done, std::int64_t total)>;
TableImport import_table(std::string_view text, const ImportOptions& options,
                         const ImportProgress& on_row = {});

// What import_table would import `text` as when no kind is given.
ImportKind detect_table_kind(std::string_view text, std::optional<char> separator = std::nullopt);

std::string_view import_kind_name(ImportKind kind);  // "flashcard", "mc", "timeline"
std::optional<ImportKind> parse_import_kind(std::string_view name);

}  // namespace chronik::io
