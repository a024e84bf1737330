// The one problem of a file read row by row (a table or Anki import, a Kahoot sheet, a review
// log, a revlog CSV): where it is, what it is in English (chronik-cli, the log) and, for the
// game, a closed reason it says in its own language.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace chronik::text {

// Why a row (a table's row, an Anki note, a sheet's row) was skipped or is warned about. The
// reader says it in English in RowProblem::message; the game says it in its own language from
// the reason and RowProblem::detail (Other: only the English message exists).
enum class RowReason {
    Other,
    // an imported table's rows
    NeedsTermAndDefinition,
    TooManyCells,    // detail: the number of cells
    TermRepeated,    // detail: the term
    NeedsFiveCells,  // detail: the number of cells
    EmptyChoice,
    SameChoices,
    PromptRepeated,
    NoQuote,  // the row starts with an ellipsis
    NeedsDateAndEvent,
    NotADate,        // detail: the cell
    YearOutOfRange,  // detail: the year
    SameDate,
    EventRepeated,
    QuoteNotClosed,  // a quoted cell runs to the end of the file
    // Anki notes (RowProblem::item names the note)
    MediaLeftOut,      // detail: the image or sound file (a warning: the note is imported)
    FieldAddedToBack,  // detail: the field's 1-based number (a warning)
    ClozeWithoutGap,
    FrontEmpty,
    BackEmpty,
    CardSideEmpty,
    FrontRepeated,  // detail: the front
    // a Kahoot quiz sheet's rows
    NoQuizHeader,     // no row names the Question and Answer 1 columns
    NoCorrectColumn,  // no "Correct answer(s)" column
    AnswersWithoutQuestion,
    NeedsTwoAnswers,
    CorrectAnswerEmpty,  // detail: the answer's number
    NotACorrectAnswer,   // detail: the cell
    TimeLimitIgnored,    // detail: the cell (a warning: the game's timer is used)
    KeptAsFlashcard,     // not one right and three wrong answers (a warning)
};

struct RowProblem {
    RowProblem() = default;
    RowProblem(std::int64_t line_, std::string message_, RowReason reason_ = RowReason::Other,
               std::string detail_ = {}, std::string item_ = {})
        : line(line_),
          message(std::move(message_)),
          reason(reason_),
          detail(std::move(detail_)),
          item(std::move(item_)) {}
    std::int64_t line = 0;  // 1-based line of a text file, row of a sheet; 0: none (a package)
    std::string message;    // English, without the file and line
    RowReason reason = RowReason::Other;
    std::string detail;  // fills the gap of the reason's text
    std::string item;    // an Anki note: its guid, or its first words in double quotes
    std::string file;    // the file, where the reader knows it (else the caller names it)
};

// True for a warning about a row that still made an item (an Anki note's left-out image, a
// Kahoot question kept as a flashcard); false for a row that was skipped.
constexpr bool row_kept(RowReason reason) {
    return reason == RowReason::MediaLeftOut || reason == RowReason::FieldAddedToBack ||
           reason == RowReason::TimeLimitIgnored || reason == RowReason::KeptAsFlashcard;
}

// How `item` names an Anki note in English: "note GUID", or its first words as they are (in
// quotes).
inline std::string note_label(const std::string& item) {
    return !item.empty() && item.front() == '"' ? item : "note " + item;
}

// "FILE:LINE: message" for the log: the file and line where known.
inline std::string describe(const RowProblem& p) {
    std::string out = p.file;
    if (p.line > 0) out += (out.empty() ? "line " : ":") + std::to_string(p.line);
    if (!out.empty()) out += ": ";
    return out + p.message;
}

}  // namespace chronik::text
