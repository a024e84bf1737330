// A Kahoot quiz sheet (.xlsx) as a deck: multiple choice with time limits, the rest as flashcards.
#pragma once

#include <string>
#include <vector>

#include "interop/kahoot_quiz.hpp"
#include "io/import/table_import.hpp"

namespace chronik::io {

struct KahootImport {
    bank::Deck deck;
    // The questions as tab-separated lines (question, answer, three wrong answers): the deck's
    // source, which its multiple-choice items quote. Written beside the deck as its source file.
    std::string source_text;
    std::vector<text::RowProblem> problems;  // `line` is the spreadsheet row
    int multiple_choice = 0;
    int flashcards = 0;
    int skipped = 0;
};

// Questions with one correct answer among four become multiple-choice items
// (the other three answers are the distractors, Kahoot's time limit is kept
// as time_limit), as import_table makes them (answer type, era tag, quote of
// the question's line in source_text). Questions with two or three answers
// or several correct ones cannot be Chronik multiple choice: they become
// flashcards (the question; the correct answers joined by " / ") and are
// reported. `options`: deck id, title, source file name. `on_row` counts the multiple-choice
// questions as import_table makes them.
KahootImport import_kahoot(const std::vector<interop::SheetRow>& rows, const ImportOptions& options,
                           const ImportProgress& on_row = {});

}  // namespace chronik::io
