#include "interop/kahoot_quiz.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "text/ascii.hpp"

namespace chronik::interop {
namespace {

using text::trimmed;

std::string lower_trimmed(const std::string& s) {
    return text::lower_ascii(text::trim(s));
}

bool starts(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

struct Columns {
    int question = -1;
    int answers[4] = {-1, -1, -1, -1};
    int time = -1;
    int correct = -1;
};

std::optional<Columns> header(const SheetRow& row) {
    Columns c;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const std::string name = lower_trimmed(row.cells[i]);
        const int col = static_cast<int>(i);
        if (c.question < 0 && (starts(name, "question") || starts(name, "frage"))) c.question = col;
        for (int k = 0; k < 4; ++k) {
            const std::string en = "answer " + std::to_string(k + 1);
            const std::string de = "antwort " + std::to_string(k + 1);
            if (c.answers[k] < 0 && (starts(name, en.c_str()) || starts(name, de.c_str())))
                c.answers[k] = col;
        }
        if (c.time < 0 && (starts(name, "time limit") || starts(name, "zeitlimit"))) c.time = col;
        if (c.correct < 0 && (starts(name, "correct answer") || starts(name, "richtige antwort")))
            c.correct = col;
    }
    if (c.question < 0 || c.answers[0] < 0) return std::nullopt;
    return c;
}

std::string cell(const SheetRow& row, int col) {
    return col >= 0 && static_cast<std::size_t>(col) < row.cells.size()
               ? trimmed(row.cells[static_cast<std::size_t>(col)])
               : std::string();
}

}  // namespace

KahootQuiz read_kahoot_quiz(const std::vector<SheetRow>& rows) {
    KahootQuiz quiz;
    std::optional<Columns> columns;
    std::size_t first = 0;
    for (std::size_t i = 0; i < rows.size() && i < 30 && !columns; ++i) {
        columns = header(rows[i]);
        if (columns) {
            quiz.header_row = rows[i].number;
            first = i + 1;
        }
    }
    if (!columns) {
        quiz.problems.push_back(
            {0, "no header row with \"Question\" and \"Answer 1\" columns (Kahoot's template)",
             text::RowReason::NoQuizHeader});
        return quiz;
    }
    if (columns->correct < 0)
        quiz.problems.push_back(
            {quiz.header_row, "no \"Correct answer(s)\" column", text::RowReason::NoCorrectColumn});
    for (std::size_t i = first; i < rows.size(); ++i) {
        const SheetRow& row = rows[i];
        auto report = [&](std::string message, text::RowReason reason, std::string detail = {}) {
            quiz.problems.push_back({row.number, std::move(message), reason, std::move(detail)});
        };
        KahootQuestion q;
        q.row = row.number;
        q.question = cell(row, columns->question);
        std::vector<int> answer_of_column(4, -1);
        for (int k = 0; k < 4; ++k) {
            const std::string a = cell(row, columns->answers[k]);
            if (a.empty()) continue;
            answer_of_column[static_cast<std::size_t>(k)] = static_cast<int>(q.answers.size());
            q.answers.push_back(a);
        }
        if (q.question.empty() && q.answers.empty()) continue;  // a note beside the table
        if (q.question.empty()) {
            report("answers without a question", text::RowReason::AnswersWithoutQuestion);
            continue;
        }
        if (q.answers.size() < 2) {
            report("needs at least two answers", text::RowReason::NeedsTwoAnswers);
            continue;
        }
        const std::string correct = cell(row, columns->correct);
        bool bad = correct.empty();
        std::size_t pos = 0;
        while (pos < correct.size() && !bad) {
            while (pos < correct.size() && (correct[pos] == ',' || correct[pos] == ';' ||
                                            std::isspace(static_cast<unsigned char>(correct[pos]))))
                ++pos;
            if (pos >= correct.size()) break;
            // Spreadsheets store a lone number as "2" or "2.0".
            char* end = nullptr;
            const double v = std::strtod(correct.c_str() + pos, &end);
            const auto used = static_cast<std::size_t>(end - (correct.c_str() + pos));
            if (used == 0 || v != std::floor(v) || v < 1 || v > 4) {
                bad = true;
                break;
            }
            pos += used;
            const int index = answer_of_column[static_cast<std::size_t>(v) - 1];
            if (index < 0) {
                const std::string number = std::to_string(static_cast<int>(v));
                report("correct answer " + number + " is empty",
                       text::RowReason::CorrectAnswerEmpty, number);
                bad = true;
                break;
            }
            if (std::find(q.correct.begin(), q.correct.end(), index) == q.correct.end())
                q.correct.push_back(index);
        }
        if (bad || q.correct.empty()) {
            if (quiz.problems.empty() || quiz.problems.back().line != row.number)
                report("\"" + correct +
                           "\" is not a correct answer (1-4, several separated by commas)",
                       text::RowReason::NotACorrectAnswer, correct);
            continue;
        }
        const std::string time = cell(row, columns->time);
        if (!time.empty()) {
            char* end = nullptr;
            const double t = std::strtod(time.c_str(), &end);
            if (end == time.c_str() || t < 1 || t > 3600)
                report("time limit \"" + time +
                           "\" is not 1 to 3600 seconds; the game's timer is used",
                       text::RowReason::TimeLimitIgnored, time);
            else
                q.time_limit_s = static_cast<int>(std::lround(t));
        }
        quiz.questions.push_back(std::move(q));
    }
    return quiz;
}

}  // namespace chronik::interop
