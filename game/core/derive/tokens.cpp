#include "derive/tokens.hpp"

#include <cctype>

#include "bank/utf8.hpp"

namespace chronik::derive {
namespace {

bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Strips "[12]" markers anywhere in the word.
std::string without_markers(std::string_view w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i] == '[') {
            std::size_t j = i + 1;
            while (j < w.size() && std::isdigit(static_cast<unsigned char>(w[j])))
                ++j;
            if (j > i + 1 && j - i - 1 <= 4 && j < w.size() && w[j] == ']') {
                i = j;
                continue;
            }
        }
        out += w[i];
    }
    return out;
}

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool is_lower_start(std::string_view s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c < 0x80) return std::islower(c) != 0;
    for (std::string_view u : {"ä", "ö", "ü", "ß"})
        if (starts_with(s, u)) return true;
    return false;
}

}  // namespace

std::size_t word_break_at(std::string_view s, std::size_t end) {
    static constexpr std::string_view kNot = "\xC2\xAC";  // ¬
    const bool negation = end >= 2 && s.substr(end - 2, 2) == kNot;
    const bool hyphen = end >= 2 && s[end - 1] == '-' &&
                        !is_space(static_cast<unsigned char>(s[end - 2])) && s[end - 2] != '-';
    if (!negation && !hyphen) return 0;
    std::size_t k = end;
    bool newline = false;
    while (k < s.size() && is_space(static_cast<unsigned char>(s[k]))) {
        newline = newline || s[k] == '\n';
        ++k;
    }
    if (k == end || k >= s.size()) return 0;
    if (negation) return k;
    if (!newline) return 0;
    // "Zwei-plus-\nVier-Vertrag": a compound broken at its own hyphen (the callers keep it).
    if (is_capitalised(s.substr(k, 4))) return k;
    if (!is_lower_start(s.substr(k))) return 0;
    std::size_t e = k;
    while (e < s.size() && !is_space(static_cast<unsigned char>(s[e])) && s[e] != ',' &&
           s[e] != '.')
        ++e;
    const auto next = s.substr(k, e - k);
    for (std::string_view c :
         {"und", "oder", "bis", "sowie", "wie", "als", "noch", "bzw", "beziehungsweise"})
        if (next == c) return 0;
    return k;
}

std::string join_broken_words(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_space(static_cast<unsigned char>(text[i]))) {
            out += text[i++];
            continue;
        }
        const std::size_t next = word_break_at(text, i);
        if (next != 0) {
            // Drop the break mark ('-' or the two bytes of '¬') and the whitespace; a compound's
            // own hyphen before a capital stays.
            if (out.back() != '-' || !is_capitalised(text.substr(next, 4)))
                out.erase(out.size() - (out.back() == '-' ? 1 : 2));
            i = next;
            continue;
        }
        out += text[i++];
    }
    return out;
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space(static_cast<unsigned char>(s[i])))
            ++i;
        if (i >= s.size()) break;
        std::size_t j = i;
        while (j < s.size() && !is_space(static_cast<unsigned char>(s[j])))
            ++j;
        std::string raw = without_markers(s.substr(i, j - i));
        // A word broken at a line end continues in the next chunk.
        for (std::size_t next = word_break_at(s, j); next != 0; next = word_break_at(s, j)) {
            if (raw.back() != '-' || !is_capitalised(s.substr(next, 4)))
                raw.erase(raw.size() - (raw.back() == '-' ? 1 : 2));
            j = next;
            while (j < s.size() && !is_space(static_cast<unsigned char>(s[j])))
                ++j;
            raw += without_markers(s.substr(next, j - next));
        }
        Token t;
        t.begin = i;
        t.end = j;
        // Leading punctuation.
        static const std::string_view kOpen[] = {"(", "\"", "'", "„", "“", "‚", "»", "«", "[", "…"};
        static const std::string_view kClose[] = {")", "\"", "'", "“", "”", "‘",
                                                  "«", "»",  "]", "!", "?", "…"};
        bool changed = true;
        while (changed && !raw.empty()) {
            changed = false;
            for (auto p : kOpen)
                if (starts_with(raw, p)) {
                    raw.erase(0, p.size());
                    t.begin += p.size();
                    changed = true;
                }
        }
        changed = true;
        while (changed && !raw.empty()) {
            changed = false;
            for (auto p : kClose)
                if (ends_with(raw, p)) {
                    raw.erase(raw.size() - p.size());
                    changed = true;
                }
            if (!raw.empty() && (raw.back() == ',' || raw.back() == ';' || raw.back() == ':')) {
                raw.pop_back();
                t.comma = true;
                changed = true;
            }
            if (!raw.empty() && raw.back() == '.') {
                raw.pop_back();
                t.dot = true;
                changed = true;
            }
        }
        if (!raw.empty()) {
            // The byte range covers the word itself (markers inside are rare; keep the range
            // simple).
            const auto pos = s.substr(t.begin, j - t.begin).find(raw);
            if (pos != std::string_view::npos) {
                t.begin += pos;
                t.end = t.begin + raw.size();
            } else {
                t.end = j;
            }
            t.word = std::move(raw);
            out.push_back(std::move(t));
        }
        i = j;
    }
    return out;
}

bool is_capitalised(std::string_view w) {
    if (w.empty()) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    if (c < 0x80) return std::isupper(c) != 0;
    std::size_t off = 0;
    const char32_t cp = bank::decode_utf8(w, off);
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;  // Latin-1 capitals (Ä, Ö, Ü)
    if (cp >= 0x0410 && cp <= 0x042F) return true;            // Cyrillic capitals
    if (cp >= 0x0100 && cp <= 0x017F) return (cp % 2) == 0;   // Latin Extended-A pairs
    return false;
}

bool all_digits(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

bool is_year_word(std::string_view w, int* year) {
    std::string_view digits = w;
    const auto slash = w.find('/');
    if (slash != std::string_view::npos) {
        digits = w.substr(0, slash);
        const auto rest = w.substr(slash + 1);
        if (!all_digits(rest) || rest.size() > 4) return false;
    }
    if (!all_digits(digits) || digits.size() < 3 || digits.size() > 4) return false;
    const int y = std::stoi(std::string(digits));
    if (y < 1000 || y > 2100) return false;
    if (year) *year = y;
    return true;
}

bool year_span(std::string_view w, int* start, int* end) {
    for (std::string_view dash : {"—", "–", "-"}) {
        const auto at = w.find(dash);
        if (at == std::string_view::npos) continue;
        int a = 0;
        const auto rest = w.substr(at + dash.size());
        if (!is_year_word(w.substr(0, at), &a) || !all_digits(rest) || rest.size() < 2 ||
            rest.size() > 4)
            return false;
        int b = std::stoi(std::string(rest));
        if (rest.size() == 2) b += a - a % 100;
        if (rest.size() == 3 || b <= a || b - a >= 200) return false;
        if (start) *start = a;
        if (end) *end = b;
        return true;
    }
    return false;
}

int day_span_start(std::string_view w) {
    const auto dot = w.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 2 || !all_digits(w.substr(0, dot)))
        return 0;
    auto rest = w.substr(dot + 1);
    bool dash = false;
    for (std::string_view d : {"–", "—", "-"})
        if (rest.substr(0, d.size()) == d) {
            rest.remove_prefix(d.size());
            dash = true;
            break;
        }
    if (!dash || rest.empty() || rest.size() > 2 || !all_digits(rest)) return 0;
    const int first = std::stoi(std::string(w.substr(0, dot)));
    const int last = std::stoi(std::string(rest));
    return first >= 1 && last > first && last <= 31 ? first : 0;
}

}  // namespace chronik::derive
