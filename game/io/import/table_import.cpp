#include "io/import/table_import.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "bank/answer_shape.hpp"
#include "bank/source_text.hpp"
#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"
#include "io/import/delimited.hpp"
#include "text/ascii.hpp"

namespace chronik::io {
namespace {

using text::trimmed;

std::string fold(std::string_view s) {
    return text::lower_ascii(bank::normalise(s));
}

bool is_header(const std::vector<std::string>& cells) {
    static const std::set<std::string> kNames = {
        "prompt",    "question",    "frage",     "answer", "antwort",    "front",
        "back",      "vorderseite", "rückseite", "term",   "definition", "begriff",
        "erklärung", "date",        "datum",     "event",  "ereignis",   "jahr",
        "year",      "distractor1", "falsch1",   "text"};
    if (cells.empty()) return false;
    return kNames.count(fold(cells[0])) > 0 &&
           (cells.size() < 2 || kNames.count(fold(cells[1])) > 0);
}

// A quote from the row as written: the raw record up to any ellipsis (lint
// refuses "…" and "..." in quotes), whitespace folded.
std::string row_quote(const DelimitedRow& row) {
    std::string raw = row.raw;
    for (std::string_view e : {"…", "..."}) {
        const auto p = raw.find(e);
        if (p != std::string::npos) raw.resize(p);
    }
    return bank::normalise(raw);
}

int year_in(std::string_view s) {
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        if ((i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) ||
            (i + 4 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 4]))))
            continue;
        bool digits = true;
        for (std::size_t k = 0; k < 4; ++k)
            if (!std::isdigit(static_cast<unsigned char>(s[i + k]))) digits = false;
        if (!digits) continue;
        const int y = std::stoi(std::string(s.substr(i, 4)));
        if (y >= 1000 && y <= 2100) return y;
    }
    return 0;
}

bool is_era_tag(std::string_view t) {
    static const std::set<std::string_view> kEras = {"vor 1945",  "1945–1953", "1953–1991",
                                                     "1991–2000", "2000–2011", "2011–2021",
                                                     "seit 2022", "heute"};
    if (kEras.count(t)) return true;
    for (std::string_view p : {"vor ", "seit ", "bis ", "nach "})
        if (t.substr(0, p.size()) == p && year_in(t) != 0) return true;
    return year_in(t) != 0 &&
           (t.find("–") != std::string_view::npos || t.find('-') != std::string_view::npos);
}

std::vector<std::string> split_tags(std::string_view cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || cell[i] == ';' || cell[i] == '|' || cell[i] == ',') {
            auto t = trimmed(cell.substr(start, i - start));
            if (!t.empty() && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
            start = i + 1;
        }
    }
    return out;
}

std::string id_for(const std::string& deck, std::string_view kind, int n) {
    std::string num = std::to_string(n);
    while (num.size() < 3)
        num.insert(num.begin(), '0');
    return deck + "-" + std::string(kind) + "-" + num;
}

bank::AnswerType choose_type(const std::vector<std::string>& choices) {
    using bank::AnswerType;
    for (auto type : {AnswerType::Year, AnswerType::Date, AnswerType::Number}) {
        bool fits = true;
        for (const auto& c : choices)
            if (bank::shape_problem(type, c)) fits = false;
        if (fits && type == AnswerType::Number)
            for (const auto& c : choices)
                if (!bank::same_number_unit(choices[0], c)) fits = false;
        if (fits) return type;
    }
    return AnswerType::Term;
}

// The rows that hold data: a first row that names columns is a header, and so is a first row
// without a date above rows that mostly start with one ("Zeit;Beschreibung" as well as
// "date,event"), unless the rows are to be read as another kind than a timeline.
std::vector<const DelimitedRow*> data_rows(const DelimitedTable& table,
                                           std::optional<ImportKind> kind) {
    std::vector<const DelimitedRow*> rows;
    for (const auto& r : table.rows)
        rows.push_back(&r);
    if (rows.empty()) return rows;
    if (is_header(rows.front()->cells)) {
        rows.erase(rows.begin());
    } else if (rows.size() >= 2 && (!kind || *kind == ImportKind::Timeline)) {
        const auto dated = [](const DelimitedRow* r) {
            return !r->cells.empty() &&
                   derive::parse_date_text(text::trim(r->cells[0])).has_value();
        };
        const auto later =
            static_cast<std::size_t>(std::count_if(rows.begin() + 1, rows.end(), dated));
        if (!dated(rows.front()) && rows.front()->cells.size() >= 2 && later * 2 > rows.size() - 1)
            rows.erase(rows.begin());
    }
    return rows;
}

decks::TableShape shape_of(const std::vector<const DelimitedRow*>& rows) {
    decks::TableShape shape;
    for (const auto* r : rows)
        shape.add_row(r->cells);
    return shape;
}

}  // namespace

ImportKind detect_table_kind(std::string_view text, std::optional<char> separator) {
    return shape_of(data_rows(parse_delimited(text, separator), std::nullopt)).kind();
}

std::string_view import_kind_name(ImportKind kind) {
    switch (kind) {
        case ImportKind::Flashcard:
            return "flashcard";
        case ImportKind::MultipleChoice:
            return "mc";
        case ImportKind::Timeline:
            return "timeline";
    }
    return "flashcard";
}

std::optional<ImportKind> parse_import_kind(std::string_view name) {
    if (name == "flashcard" || name == "flashcards") return ImportKind::Flashcard;
    if (name == "mc" || name == "multiple_choice") return ImportKind::MultipleChoice;
    if (name == "timeline" || name == "event" || name == "events") return ImportKind::Timeline;
    return std::nullopt;
}

TableImport import_table(std::string_view text, const ImportOptions& options,
                         const ImportProgress& on_row) {
    TableImport out;
    out.deck.id = options.deck_id;
    out.deck.title = options.title;
    out.deck.language = "de";
    const auto table = parse_term_list(
        text, options.separator ? std::string(1, *options.separator) : options.term_separator,
        options.row_separator);
    for (const auto& p : table.problems) {
        out.problems.push_back(p);
        ++out.skipped;
    }
    const auto rows = data_rows(table, options.kind);
    out.kind = options.kind ? *options.kind : shape_of(rows).kind();
    if (out.kind != ImportKind::Flashcard) out.deck.source_file = options.source_file;

    std::set<std::string> used_texts;
    std::set<std::pair<std::int64_t, std::int64_t>> used_spans;
    int n = 0;
    auto skip = [&](const DelimitedRow& r, text::RowReason reason, std::string message,
                    std::string detail = {}) {
        out.problems.push_back({r.line, std::move(message), reason, std::move(detail)});
        ++out.skipped;
    };
    const auto total = static_cast<std::int64_t>(rows.size());
    std::int64_t done = 0;
    for (const auto* r : rows) {
        if (on_row) on_row(done++, total);
        std::vector<std::string> c;
        for (const auto& cell : r->cells)
            c.push_back(trimmed(cell));
        bank::Item item;
        item.difficulty = 2;
        if (out.kind == ImportKind::Flashcard) {
            if (c.size() < 2 || c[0].empty() || c[1].empty()) {
                skip(*r, text::RowReason::NeedsTermAndDefinition,
                     "needs a term and a definition (two cells)");
                continue;
            }
            std::size_t cells = c.size();
            while (cells > 2 && c[cells - 1].empty())
                --cells;
            if (cells > 2) {
                const std::string sep =
                    table.term_separator == "\t" ? "tab" : "\"" + table.term_separator + "\"";
                skip(*r, text::RowReason::TooManyCells,
                     std::to_string(cells) +
                         " cells where a term list has 2 (term, definition): " + "the separator " +
                         sep + " also occurs in the text; choose another one (--separator)",
                     std::to_string(cells));
                continue;
            }
            if (!used_texts.insert(fold(c[0])).second) {
                skip(*r, text::RowReason::TermRepeated,
                     "term \"" + c[0] + "\" was imported already", c[0]);
                continue;
            }
            item.id = id_for(out.deck.id, "fc", ++n);
            item.tags = {"Import"};
            item.body = bank::Flashcard{c[0], c[1]};
        } else if (out.kind == ImportKind::MultipleChoice) {
            if (c.size() < 5) {
                skip(*r, text::RowReason::NeedsFiveCells,
                     "needs prompt, answer and three distractors (" + std::to_string(c.size()) +
                         " cells)",
                     std::to_string(c.size()));
                continue;
            }
            bank::MultipleChoice mc;
            mc.prompt = c[0];
            mc.answer = c[1];
            mc.distractors = {c[2], c[3], c[4]};
            const bool empty = std::any_of(c.begin(), c.begin() + 5,
                                           [](const std::string& s) { return s.empty(); });
            if (empty) {
                skip(*r, text::RowReason::EmptyChoice, "an empty prompt, answer or distractor");
                continue;
            }
            std::set<std::string> choices;
            bool repeated = false;
            for (std::size_t k = 1; k < 5; ++k)
                repeated = !choices.insert(fold(c[k])).second || repeated;
            if (repeated) {
                skip(*r, text::RowReason::SameChoices, "two choices are the same");
                continue;
            }
            if (!used_texts.insert(fold(c[0])).second) {
                skip(*r, text::RowReason::PromptRepeated, "prompt was imported already");
                continue;
            }
            mc.answer_type = choose_type({c[1], c[2], c[3], c[4]});
            mc.explanation = c.size() > 5 && !c[5].empty() ? c[5] : "Richtig ist: " + c[1] + ".";
            item.id = id_for(out.deck.id, "mc", ++n);
            item.tags = c.size() > 6 ? split_tags(c[6]) : std::vector<std::string>{};
            const bool has_era = std::any_of(item.tags.begin(), item.tags.end(),
                                             [](const std::string& t) { return is_era_tag(t); });
            const bool has_topic = std::any_of(item.tags.begin(), item.tags.end(),
                                               [](const std::string& t) { return !is_era_tag(t); });
            if (!has_topic) item.tags.push_back("Import");
            if (!has_era) {
                const int y = year_in(c[0] + " " + c[1] + " " + mc.explanation);
                item.tags.push_back(y != 0 ? derive::era_tag(y) : std::string("heute"));
            }
            item.quote = row_quote(*r);
            if (item.quote.empty()) {
                used_texts.erase(fold(c[0]));
                --n;
                skip(*r, text::RowReason::NoQuote,
                     "starts with an ellipsis, so it cannot be quoted");
                continue;
            }
            item.body = std::move(mc);
        } else {
            if (c.size() < 2 || c[0].empty() || c[1].empty()) {
                skip(*r, text::RowReason::NeedsDateAndEvent,
                     "needs a date and an event (two cells)");
                continue;
            }
            const auto date = derive::parse_date_text(c[0]);
            if (!date) {
                skip(*r, text::RowReason::NotADate,
                     "\"" + c[0] +
                         "\" is not a date (e.g. 1950, Juni 1950, 2.3.2022, 2022-03-02, "
                         "Frühjahr 1996, Mitte der 1980er Jahre, 9 n. Chr., 44 v. Chr.)",
                     c[0]);
                continue;
            }
            if (date->year < kFirstImportYear || date->year > kLastImportYear) {
                skip(*r, text::RowReason::YearOutOfRange,
                     "year " + std::to_string(date->year) + " is outside " +
                         std::to_string(-kFirstImportYear) + " BC-" +
                         std::to_string(kLastImportYear),
                     std::to_string(date->year));
                continue;
            }
            const auto span = date->span();
            if (!used_spans.insert({span.first, span.last}).second) {
                skip(*r, text::RowReason::SameDate,
                     "another row has the same date; a timeline could not tell them apart");
                continue;
            }
            if (!used_texts.insert(fold(c[1])).second) {
                used_spans.erase({span.first, span.last});
                skip(*r, text::RowReason::EventRepeated, "event text was imported already");
                continue;
            }
            item.quote = row_quote(*r);
            if (item.quote.empty()) {
                used_spans.erase({span.first, span.last});
                used_texts.erase(fold(c[1]));
                skip(*r, text::RowReason::NoQuote,
                     "starts with an ellipsis, so it cannot be quoted");
                continue;
            }
            item.id = id_for(out.deck.id, "ev", ++n);
            item.tags = {derive::era_tag(date->year), "Import"};
            item.body = bank::TimelineEvent{c[1], *date};
        }
        out.deck.items.push_back(std::move(item));
        ++out.imported;
    }
    if (on_row) on_row(total, total);
    return out;
}

}  // namespace chronik::io
