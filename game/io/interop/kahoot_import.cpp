#include "io/interop/kahoot_import.hpp"

#include <map>

namespace chronik::io {
namespace {

std::string one_line(std::string s) {
    for (auto& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}

std::string number(int n, const char* kind, const std::string& deck) {
    std::string num = std::to_string(n);
    while (num.size() < 3)
        num.insert(num.begin(), '0');
    return deck + "-" + kind + "-" + num;
}

}  // namespace

KahootImport import_kahoot(const std::vector<interop::SheetRow>& rows, const ImportOptions& options,
                           const ImportProgress& on_row) {
    KahootImport out;
    const auto quiz = interop::read_kahoot_quiz(rows);
    for (const auto& p : quiz.problems) {
        out.problems.push_back(p);
        // A warning (time limit ignored, kept as a flashcard) is about a row that still made an
        // item: only the others were skipped.
        if (p.line > quiz.header_row && !text::row_kept(p.reason)) ++out.skipped;
    }
    std::vector<const interop::KahootQuestion*> choice_rows;
    std::vector<const interop::KahootQuestion*> card_rows;
    for (const auto& q : quiz.questions) {
        if (q.answers.size() == 4 && q.correct.size() == 1) {
            choice_rows.push_back(&q);
            const auto& a = q.answers;
            const std::size_t right = static_cast<std::size_t>(q.correct[0]);
            // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on a + chain here.
            out.source_text.append(one_line(q.question)).append(1, '\t');
            out.source_text.append(one_line(a[right]));
            for (std::size_t k = 0; k < a.size(); ++k)
                if (k != right) out.source_text.append(1, '\t').append(one_line(a[k]));
            out.source_text.append(1, '\n');
        } else {
            card_rows.push_back(&q);
        }
    }
    ImportOptions o = options;
    o.kind = ImportKind::MultipleChoice;
    o.separator = '\t';
    TableImport table = import_table(out.source_text, o, on_row);
    out.deck = std::move(table.deck);
    out.deck.id = options.deck_id;
    out.deck.title = options.title;
    for (const auto& p : table.problems) {
        const auto line = static_cast<std::size_t>(p.line);
        text::RowProblem moved = p;
        moved.line = line >= 1 && line <= choice_rows.size() ? choice_rows[line - 1]->row : 0;
        out.problems.push_back(std::move(moved));
        ++out.skipped;
    }
    std::map<std::string, const interop::KahootQuestion*> by_prompt;
    for (const auto* q : choice_rows)
        by_prompt.emplace(one_line(q->question), q);
    for (auto& item : out.deck.items) {
        auto* mc = std::get_if<bank::MultipleChoice>(&item.body);
        if (!mc) continue;
        if (const auto q = by_prompt.find(mc->prompt); q != by_prompt.end())
            mc->time_limit_s = q->second->time_limit_s;
        ++out.multiple_choice;
    }
    int n = 0;
    for (const auto* q : card_rows) {
        std::string back;
        for (int c : q->correct)
            back += (back.empty() ? "" : " / ") + q->answers[static_cast<std::size_t>(c)];
        out.problems.push_back(
            {q->row,
             std::to_string(q->answers.size()) + " answers, " + std::to_string(q->correct.size()) +
                 " correct: kept as a flashcard (Chronik's multiple choice has one "
                 "answer and three wrong ones)",
             text::RowReason::KeptAsFlashcard});
        bank::Item item;
        item.id = number(++n, "fc", options.deck_id);
        item.tags = {"Import"};
        item.difficulty = 2;
        item.body = bank::Flashcard{q->question, back};
        out.deck.items.push_back(std::move(item));
        ++out.flashcards;
    }
    return out;
}

}  // namespace chronik::io
