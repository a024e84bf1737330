// A row's problem of an import (a table's row, an Anki note, a Kahoot sheet's row) in the UI
// language: made from its closed reason, never from the importer's English line.
#pragma once

#include <string>

#include "text/row_problem.hpp"
#include "ui/text/strings.hpp"

namespace chronik::ui {

// The reason, marked as a warning when the row still made an item, after the note it is about
// (Anki): "Notiz Q&9vR2kLaa: Hinweis: verweist auf karte.png, …". Reason Other (a problem the
// game has no words for) keeps the importer's English line.
std::string row_problem_text(const StringTable& strings, const text::RowProblem& problem);

}  // namespace chronik::ui
