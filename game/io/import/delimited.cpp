#include "io/import/delimited.hpp"

#include <algorithm>
#include <cctype>

#include "text/ascii.hpp"

namespace chronik::io {
namespace {

std::optional<char> anki_separator(std::string_view value) {
    if (value == "tab" || value == "Tab") return '\t';
    if (value == "comma" || value == "Comma") return ',';
    if (value == "semicolon" || value == "Semicolon") return ';';
    if (value == "pipe" || value == "Pipe") return '|';
    if (value == "space" || value == "Space") return ' ';
    if (value.size() == 1) return value[0];
    return std::nullopt;
}

std::string_view trim_cr(std::string_view s) {
    while (!s.empty() && (s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

}  // namespace

DelimitedTable parse_delimited(std::string_view text, std::optional<char> forced) {
    DelimitedTable table;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t pos = 0;
    int line = 1;
    std::optional<char> sep = forced;
    // Anki header lines.
    while (pos < text.size() && text[pos] == '#') {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        const auto header = trim_cr(text.substr(pos + 1, nl - pos - 1));
        const auto colon = header.find(':');
        if (colon != std::string_view::npos && header.substr(0, colon) == "separator" && !sep)
            sep = anki_separator(header.substr(colon + 1));
        pos = nl + 1;
        ++line;
    }
    if (!sep) {
        // Look at the first few data lines outside quotes.
        std::size_t tabs = 0, commas = 0, semis = 0;
        bool quoted = false;
        int lines_seen = 0;
        for (std::size_t i = pos; i < text.size() && lines_seen < 10; ++i) {
            const char c = text[i];
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '\t') ++tabs;
            if (c == ',') ++commas;
            if (c == ';') ++semis;
            if (c == '\n') ++lines_seen;
        }
        sep = tabs > 0 ? '\t' : (semis > commas ? ';' : ',');
    }
    table.separator = *sep;
    // assign(count, char): g++ 12 warns falsely (-Wrestrict) on assigning short literals here.
    table.term_separator.assign(1, *sep);
    table.row_separator.assign(1, '\n');
    while (pos < text.size()) {
        DelimitedRow row;
        row.line = line;
        const std::size_t start = pos;
        std::string cell;
        bool quoted_cell = false, in_quotes = false, at_cell_start = true, bad_quote = false;
        for (;;) {
            if (pos >= text.size()) {
                if (in_quotes) bad_quote = true;
                break;
            }
            const char c = text[pos];
            if (in_quotes) {
                if (c == '"') {
                    if (pos + 1 < text.size() && text[pos + 1] == '"') {
                        cell += '"';
                        pos += 2;
                        continue;
                    }
                    in_quotes = false;
                    ++pos;
                    continue;
                }
                if (c == '\n') ++line;
                cell += c;
                ++pos;
                continue;
            }
            if (c == '"' && at_cell_start) {
                in_quotes = quoted_cell = true;
                at_cell_start = false;
                ++pos;
                continue;
            }
            if (c == *sep) {
                row.cells.push_back(quoted_cell ? cell : std::string(trim_cr(cell)));
                cell.clear();
                quoted_cell = false;
                at_cell_start = true;
                ++pos;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
                ++pos;
                ++line;
                break;
            }
            cell += c;
            at_cell_start = false;
            ++pos;
        }
        row.cells.push_back(quoted_cell ? cell : std::string(trim_cr(cell)));
        row.raw = std::string(trim_cr(text.substr(start, pos - start)));
        if (bad_quote) {
            table.problems.push_back({row.line, "a quoted cell is not closed (a \" is missing)",
                                      text::RowReason::QuoteNotClosed});
            break;
        }
        const bool blank = std::all_of(
            row.cells.begin(), row.cells.end(),
            [](const std::string& c) { return c.find_first_not_of(" \t") == std::string::npos; });
        if (!blank) table.rows.push_back(std::move(row));
    }
    return table;
}

std::string separator_from_name(std::string_view name) {
    const std::string lower = text::lower_ascii(name);
    if (lower == "tab") return "\t";
    if (lower == "comma") return ",";
    if (lower == "semicolon") return ";";
    if (lower == "newline" || lower == "new line") return "\n";
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '\\' && i + 1 < name.size() && (name[i + 1] == 'n' || name[i + 1] == 't')) {
            out += name[i + 1] == 'n' ? '\n' : '\t';
            ++i;
        } else {
            out += name[i];
        }
    }
    return out;
}

DelimitedTable parse_term_list(std::string_view text, const std::string& term_separator,
                               const std::string& row_separator) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::string rows_by = row_separator;
    if (rows_by.empty()) {
        std::string_view body = trim_cr(text);
        const bool one_line = body.find('\n') == std::string_view::npos;
        const bool semicolons = one_line && body.find('\t') != std::string_view::npos &&
                                body.find(';') != std::string_view::npos && term_separator != ";";
        rows_by.assign(1, semicolons ? ';' : '\n');
    }
    if (rows_by == "\n" && term_separator.size() <= 1)
        return parse_delimited(
            text, term_separator.empty() ? std::nullopt : std::optional<char>(term_separator[0]));
    DelimitedTable table;
    std::string cells_by = term_separator;
    if (cells_by.empty()) {
        // Detected on the first rows as parse_delimited does.
        const auto first =
            parse_delimited(text.substr(0, std::min<std::size_t>(text.size(), 4096)));
        cells_by = std::string(1, first.separator);
    }
    table.separator = cells_by.size() == 1 ? cells_by[0] : '\0';
    table.term_separator = cells_by;
    table.row_separator = rows_by;
    std::size_t pos = 0;
    int line = 1;
    while (pos <= text.size()) {
        auto end = text.find(rows_by, pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view record = text.substr(pos, end - pos);
        DelimitedRow row;
        row.line = line;
        row.raw = std::string(trim_cr(record));
        std::size_t start = 0;
        std::string_view r = trim_cr(record);
        while (!r.empty() && (r.front() == '\n' || r.front() == '\r'))
            r.remove_prefix(1);
        for (;;) {
            const auto cut = r.find(cells_by, start);
            row.cells.emplace_back(
                r.substr(start, cut == std::string_view::npos ? r.npos : cut - start));
            if (cut == std::string_view::npos) break;
            start = cut + cells_by.size();
        }
        line += static_cast<int>(std::count(record.begin(), record.end(), '\n')) +
                static_cast<int>(std::count(rows_by.begin(), rows_by.end(), '\n'));
        const bool blank =
            std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) {
                return c.find_first_not_of(" \t\r\n") == std::string::npos;
            });
        if (!blank) table.rows.push_back(std::move(row));
        if (end == text.size()) break;
        pos = end + rows_by.size();
    }
    return table;
}

}  // namespace chronik::io
