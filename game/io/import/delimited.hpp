// Reading tab-, comma- or semicolon-separated text (Quizlet, Anki, spreadsheets) with RFC-4180
// quotes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/row_problem.hpp"

namespace chronik::io {

struct DelimitedRow {
    int line = 0;                    // 1-based line where the record starts
    std::vector<std::string> cells;  // unquoted, "" inside quotes turned into "
    std::string raw;                 // the record as written (for quoting it)
};

struct DelimitedTable {
    char separator = '\t';
    std::vector<DelimitedRow> rows;          // blank lines and '#' header lines left out
    std::vector<text::RowProblem> problems;  // e.g. an unclosed quote
    std::string term_separator;              // as used, for messages ("\t", ",", " - ")
    std::string row_separator;               // "\n" or what parse_term_list used
};

// Parses the text. The separator is, in order: `forced`; an Anki header line
// "#separator:tab" (also comma, semicolon, pipe, or a literal character);
// else a tab when the first data lines contain one, else ';' when they
// contain more ';' than ',', else ','. Lines starting with '#' before the
// first data line are Anki headers and skipped. A leading byte-order mark is
// skipped. Quotes follow RFC 4180: a cell starting with '"' runs to the
// matching '"', "" is a quote inside it, and it may contain separators and
// line breaks. CRLF and LF line ends are both fine.
DelimitedTable parse_delimited(std::string_view text, std::optional<char> forced = std::nullopt);

// A term list as Quizlet exports it: "Between term and definition" tab, comma or any custom
// text, "Between rows" a new line, semicolon or any custom text (Quizlet writes no quotes).
// Empty separators are detected: a row separator ';' when the text is one line holding tabs and
// ';' (Quizlet's "Tab" + "Semicolon"), else line breaks; the term separator as parse_delimited
// does. With line breaks between rows and a one-character term separator this is
// parse_delimited (quotes allowed); otherwise rows and cells are split at the separators as
// written, and each row's line is where it starts.
DelimitedTable parse_term_list(std::string_view text, const std::string& term_separator,
                               const std::string& row_separator);

// "tab", "comma", "semicolon", "newline" (any case) or the text itself, with \t and \n
// written as escapes ("\n\n" for an empty line between rows).
std::string separator_from_name(std::string_view name);

}  // namespace chronik::io
