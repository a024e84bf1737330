// Kahoot's quiz spreadsheet (Question, Answer 1-4, Time limit, Correct answer(s)) as questions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text/row_problem.hpp"

namespace chronik::interop {

// One spreadsheet row: its number and its cells by column (A first).
struct SheetRow {
    int number = 0;
    std::vector<std::string> cells;
};

struct KahootQuestion {
    int row = 0;
    std::string question;
    std::vector<std::string> answers;  // Answer 1..4 as given (empty ones left out)
    std::vector<int> correct;          // indices into `answers`, from "Correct answer(s)"
    std::optional<int> time_limit_s;
};

struct KahootQuiz {
    std::vector<KahootQuestion> questions;
    std::vector<text::RowProblem> problems;  // rows that are not questions, and why (line: row)
    int header_row = 0;                      // where the column names were found
};

// Finds the header row (a cell starting with "Question" or "Frage" and one
// starting with "Answer 1" or "Antwort 1", in the first 30 rows; the
// template's title and instructions above it are skipped) and reads every
// later row with a question: the answers of the "Answer 1".."Answer 4"
// columns, "Time limit" in seconds (Kahoot's 5, 10, 20, 30, 60, 90, 120,
// 240; any 1..3600 is kept), "Correct answer(s)" as numbers 1-4 separated by
// commas ("1", "2,4"). A row without a question, with fewer than two
// answers, without a valid correct answer or pointing at an empty answer is
// reported with its row number. Without a header row every row is reported
// and there are no questions.
KahootQuiz read_kahoot_quiz(const std::vector<SheetRow>& rows);

}  // namespace chronik::interop
