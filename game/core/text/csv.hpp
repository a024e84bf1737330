// Comma-separated values (RFC 4180) one line at a time: the one field quoting and the one line
// splitter for the CSV files Chronik writes and reads (review logs, standings, profile transfer).
// Tables whose quoted cells may span lines (imports) are read by io::parse_delimited.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/ascii.hpp"

namespace chronik::text::csv {

// `s` as a CSV field: as it is, or in double quotes with "" for a quote when it holds a comma,
// a quote or a line break.
inline std::string field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string quoted;
    quoted.reserve(s.size() + 2);
    quoted.push_back('"');
    for (const char c : s) {
        quoted.push_back(c);
        if (c == '"') quoted.push_back('"');
    }
    quoted.push_back('"');
    return quoted;
}

// What surrounds a field: kept as written, or ASCII space around an unquoted field and after a
// closing quote left out (hand-edited files).
enum class Spaces { Keep, Trim };

struct Line {
    std::vector<std::string> fields;  // unquoted, "" inside quotes turned into "
    bool unclosed_quote = false;      // a quoted field runs to the end of the line
};

// Splits one line (without its line break) at `separator`. A field is quoted when its first
// character (after spaces, with Spaces::Trim) is '"'; it ends at the next lone '"'.
inline Line split_line(std::string_view line, Spaces spaces = Spaces::Keep, char separator = ',') {
    const bool trim_spaces = spaces == Spaces::Trim;
    Line out;
    std::string cell;
    bool in_quotes = false;
    bool was_quoted = false;
    auto finish = [&] {
        out.fields.push_back(trim_spaces && !was_quoted ? trimmed(cell) : std::move(cell));
        cell.clear();
        was_quoted = false;
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (in_quotes) {
            if (c != '"') {
                cell += c;
            } else if (i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else {
                in_quotes = false;
            }
            continue;
        }
        const bool at_start = trim_spaces ? trim(cell).empty() : cell.empty();
        if (c == '"' && at_start && !was_quoted) {
            cell.clear();
            in_quotes = was_quoted = true;
        } else if (c == separator) {
            finish();
        } else if (!(trim_spaces && was_quoted && is_ascii_space(c))) {
            cell += c;
        }
    }
    out.unclosed_quote = in_quotes;
    finish();
    return out;
}

}  // namespace chronik::text::csv
