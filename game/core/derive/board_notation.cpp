#include "derive/board_notation.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "derive/lexicon.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {
namespace {

// "I", "II", "XII": a ruler's number keeps its dot ("Heinrich I.", "Johannes XII.").
bool is_roman_numeral(std::string_view w) {
    if (w.empty() || w.size() > 5) return false;
    for (char c : w)
        if (c != 'I' && c != 'V' && c != 'X') return false;
    return true;
}

bool notation_char(char c) {
    return c == ' ' || c == ',' || c == ':' || c == '-' || c == ';';
}

// Without the colon or dash left where a line's date was cut ("7. Aug. 936: Krönung …").
std::string trimmed(std::string s) {
    while (!s.empty() && notation_char(s.back()))
        s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && notation_char(s[b]))
        ++b;
    return s.substr(b);
}

}  // namespace

std::string without_board_notation(std::string_view card) {
    std::string s = trimmed(std::string(card));
    // What follows an arrow or a semicolon is another event.
    for (std::string_view cut : {"→", "⇒", "->", "=>"}) {
        if (const auto at = s.find(cut); at != std::string::npos) s.erase(at);
    }
    // "Gründung der DDR; wenige Tage später wird …": a clause after the semicolon is another
    // event ("Schlacht bei Lützen; Gustav Adolfs Tod", two names of one title, stays).
    if (const auto at = s.find("; ");
        at != std::string::npos && at + 2 < s.size() && !is_capitalised(s.substr(at + 2, 4)))
        s.erase(at);
    // "Fronde = Aufstand von Adel …": the board's "=" names the thing and says what it was, as
    // a title with a colon does ("Wormser Edikt: Reichsacht über Luther").
    if (const auto eq = s.find(" = "); eq != std::string::npos && s.find(':') == std::string::npos)
        s.replace(eq, 3, ": ");
    // Asides in brackets.
    for (auto open = s.find('('); open != std::string::npos; open = s.find('(')) {
        const auto close = s.find(')', open);
        if (close == std::string::npos) break;
        std::size_t from = open;
        while (from > 0 && s[from - 1] == ' ')
            --from;
        s.erase(from, close + 1 - from);
    }
    // ", Präsident: Konrad Adenauer": a telegram tail.
    if (const auto colon = s.find(':'); colon != std::string::npos) {
        const auto comma = s.rfind(',', colon);
        if (comma != std::string::npos) s.erase(comma);
    }
    // Board abbreviations, written out where the word does not depend on the sentence.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kExpand{{
        {"u", "und"},
        {"v", "von"},
        {"b", "bei"},
        {"Hzg", "Herzog"},
        {"Kg", "König"},
        {"Kgr", "Königreich"},
        {"Ebf", "Erzbischof"},
        {"Bf", "Bischof"},
        {"Jh", "Jahrhundert"},
    }};
    std::string out;
    std::size_t copied = 0;
    const auto toks = tokenize(s);
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto& t = toks[i];
        std::string_view replacement;
        std::size_t end = t.end;
        if (t.word == "GB") replacement = "Großbritannien";
        if (t.word == "sog" && t.dot) {
            // "sog. Kinderkreuzzug": the card names the thing without "so-called".
            out += s.substr(copied, t.begin - copied);
            copied = std::min(t.end + 2, s.size());
            continue;
        }
        if (t.word == "v.a" || (t.word == "v" && t.dot && i + 1 < toks.size() &&
                                toks[i + 1].word == "a" && toks[i + 1].dot)) {
            replacement = "vor allem";
            end = t.word == "v.a" ? t.end + 1 : toks[i + 1].end + 1;
            if (t.word != "v.a") ++i;
        } else if (t.dot && replacement.empty()) {
            for (const auto& [abbr, word] : kExpand)
                if (t.word == abbr) replacement = word;
            if (!replacement.empty()) {
                end = t.end + 1;  // the dot
            } else if (!all_digits(t.word) && !is_roman_numeral(t.word) && t.word != "St" &&
                       t.word != "Dr" && t.word != "Prof" &&
                       (i + 1 < toks.size() || is_abbreviation(t.word) || t.word == "Gr")) {
                // "dt.", "d. Gr.", "Karls d.": an abbreviation whose ending the card would need.
                return {};
            }
        }
        if (replacement.empty()) continue;
        out += s.substr(copied, t.begin - copied);
        out += replacement;
        copied = end;
    }
    out += s.substr(std::min(copied, s.size()));
    return trimmed(std::move(out));
}

bool after_arrow(std::string_view s, std::size_t pos) {
    const auto before = s.substr(0, std::min(pos, s.size()));
    for (std::string_view arrow : {"→", "⇒", "->", "=>"})
        if (before.find(arrow) != std::string_view::npos) return true;
    return false;
}

}  // namespace chronik::derive
