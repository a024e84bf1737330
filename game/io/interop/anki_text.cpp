#include "io/interop/anki_text.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "io/import/delimited.hpp"
#include "io/interop/apkg_writer.hpp"
#include "io/interop/html_text.hpp"
#include "text/ascii.hpp"

namespace chronik::io {
namespace {

using text::lower_ascii;
using text::trim;

std::optional<char> separator_named(std::string_view value) {
    const std::string v = lower_ascii(trim(value));
    if (v == "tab" || value == "\t") return '\t';
    if (v == "comma") return ',';
    if (v == "semicolon") return ';';
    if (v == "space") return ' ';
    if (v == "pipe") return '|';
    if (v == "colon") return ':';
    if (value.size() == 1) return value[0];
    return std::nullopt;
}

struct Headers {
    std::optional<char> separator;
    std::optional<bool> html;
    std::vector<std::string> tags;
    std::string columns;  // raw; split once the separator is known
    std::string notetype;
    std::string deck;
    int guid_column = 0;  // 1-based, 0 none
    int notetype_column = 0;
    int deck_column = 0;
    int tags_column = 0;
    bool any = false;
};

std::vector<std::string> split_tags(std::string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
        std::size_t j = i;
        while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])))
            ++j;
        if (j > i) {
            std::string tag(s.substr(i, j - i));
            if (std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(tag);
        }
        i = j;
    }
    return out;
}

int column_number(std::string_view value) {
    int n = 0;
    for (char c : trim(value)) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || n > 10000) return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

// Header lines come first; each is "#key:value". Lines starting with '#' that are no known
// header are comments, as Anki treats them.
Headers read_headers(std::string_view text) {
    Headers h;
    std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (pos < text.size() && text[pos] == '#') {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos + 1, nl - pos - 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = nl + 1;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string key = lower_ascii(trim(line.substr(0, colon)));
        const std::string_view value = line.substr(colon + 1);
        if (key == "separator") {
            h.separator = separator_named(value);
        } else if (key == "html") {
            h.html = lower_ascii(trim(value)) == "true";
        } else if (key == "tags") {
            h.tags = split_tags(value);
        } else if (key == "columns") {
            h.columns = std::string(value);
        } else if (key == "notetype") {
            h.notetype = std::string(trim(value));
        } else if (key == "deck") {
            h.deck = std::string(trim(value));
        } else if (key == "guid column") {
            h.guid_column = column_number(value);
        } else if (key == "notetype column") {
            h.notetype_column = column_number(value);
        } else if (key == "deck column") {
            h.deck_column = column_number(value);
        } else if (key == "tags column") {
            h.tags_column = column_number(value);
        } else if (key != "if matches") {
            continue;
        }
        h.any = true;
    }
    return h;
}

bool looks_like_html(std::string_view s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] == '<' &&
            (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
            const auto close = s.find('>', i);
            if (close != std::string_view::npos && s.find('<', i + 1) > close) return true;
        }
        if (s[i] == '&') {
            std::size_t j = i + 1;
            if (j < s.size() && s[j] == '#') ++j;
            const std::size_t start = j;
            while (j < s.size() && j - start < 10 && std::isalnum(static_cast<unsigned char>(s[j])))
                ++j;
            if (j > start && j < s.size() && s[j] == ';') return true;
        }
    }
    return false;
}

}  // namespace

bool has_anki_headers(std::string_view text) {
    return read_headers(text).any;
}

AnkiTextFile read_anki_text(std::string_view text) {
    AnkiTextFile out;
    const Headers h = read_headers(text);
    out.headers = h.any;
    const DelimitedTable table = parse_delimited(text, h.separator);
    out.separator = table.separator;
    out.problems = table.problems;

    int guid = h.guid_column, notetype = h.notetype_column, deck = h.deck_column,
        tags = h.tags_column;
    if (!h.columns.empty()) {
        // "#columns:" names the columns with the file's separator.
        std::vector<std::string> names;
        std::size_t start = 0;
        const std::string& c = h.columns;
        for (std::size_t i = 0; i <= c.size(); ++i) {
            if (i == c.size() || c[i] == out.separator) {
                names.push_back(lower_ascii(trim(std::string_view(c).substr(start, i - start))));
                start = i + 1;
            }
        }
        for (std::size_t i = 0; i < names.size(); ++i) {
            const int col = static_cast<int>(i) + 1;
            if (names[i] == "tags" && !tags) tags = col;
            if (names[i] == "guid" && !guid) guid = col;
            if ((names[i] == "notetype" || names[i] == "note type") && !notetype) notetype = col;
            if (names[i] == "deck" && !deck) deck = col;
        }
    }

    bool html = h.html.value_or(false);
    if (!h.html) {
        for (const auto& row : table.rows)
            for (const auto& cell : row.cells)
                html = html || looks_like_html(cell);
    }
    out.html = html;

    for (const auto& row : table.rows) {
        interop::AnkiNote note;
        note.line = row.line;
        note.notetype = h.notetype;
        note.deck = h.deck;
        note.tags = h.tags;
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const int col = static_cast<int>(i) + 1;
            const std::string& cell = row.cells[i];
            if (col == guid) {
                note.guid = std::string(trim(cell));
            } else if (col == notetype) {
                note.notetype = std::string(trim(cell));
            } else if (col == deck) {
                note.deck = std::string(trim(cell));
            } else if (col == tags) {
                for (auto& t : split_tags(cell))
                    if (std::find(note.tags.begin(), note.tags.end(), t) == note.tags.end())
                        note.tags.push_back(std::move(t));
            } else {
                PlainText plain = html ? html_to_text(cell) : plain_field_text(cell);
                note.fields.push_back(std::move(plain.text));
                note.media.insert(note.media.end(), plain.media.begin(), plain.media.end());
            }
        }
        note.shape = interop::shape_from_name(note.notetype);
        out.notes.push_back(std::move(note));
    }
    return out;
}

namespace {

// A field as Anki's text importer reads it: quoted when it holds a tab or a quote, or starts with
// '#' (which would read as a header on the first line).
std::string text_field(const std::string& s) {
    if (s.find_first_of("\t\"\n\r") == std::string::npos && (s.empty() || s[0] != '#')) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string anki_text_export(const std::string& deck_name,
                             const std::vector<interop::ExportNote>& notes) {
    std::string out = "#separator:tab\n#html:true\n#deck:" + deck_name +
                      "\n#guid column:1\n#tags column:4\n#columns:GUID\tFront\tBack\tTags\n";
    for (const auto& n : notes) {
        std::string tags;
        for (const auto& t : n.tags)
            tags += (tags.empty() ? "" : " ") + t;
        out += text_field(n.guid) + "\t" + text_field(anki_field_html(n.front)) + "\t" +
               text_field(anki_field_html(n.back)) + "\t" + text_field(tags) + "\n";
    }
    return out;
}

}  // namespace chronik::io
