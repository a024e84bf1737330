#include "derive/sentences.hpp"

#include <array>
#include <cctype>
#include <string>

#include "derive/lexicon.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// The word directly before position `dot` (the '.' itself excluded).
std::string_view word_before(std::string_view s, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && !is_space(s[b - 1]) && s[b - 1] != '(' && s[b - 1] != '[')
        --b;
    return s.substr(b, dot - b);
}

std::string_view word_after(std::string_view s, std::size_t pos) {
    while (pos < s.size() && is_space(s[pos]))
        ++pos;
    std::size_t e = pos;
    while (e < s.size() && !is_space(s[e]) && s[e] != ',' && s[e] != '.')
        ++e;
    return s.substr(pos, e - pos);
}

bool is_roman(std::string_view w) {
    if (w.empty() || w.size() > 5) return false;
    for (char c : w)
        if (c != 'I' && c != 'V' && c != 'X') return false;
    return true;
}

bool opens_sentence(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '(') return true;
    const auto rest = s.substr(pos);
    // A section letter of an outline: "… zusammen. b) 1814 Der Krieg in Frankreich."
    if (std::islower(c) && rest.size() >= 3 && rest[1] == ')' && rest[2] == ' ') return true;
    // A dash after a full stop opens a new thought: "October 1813. — 300,000 Verbündete"; so
    // does an arrow of a study sheet ("… unter Wasser. → Beginn der Entspannungspolitik").
    for (std::string_view q : {"„", "»", "Ä", "Ö", "Ü", "‚", "— ", "– ", "→ ", "⇒ "})
        if (rest.substr(0, q.size()) == q) return true;
    return false;
}

// Is the '.' at `dot` the end of a sentence (given what follows at `next`)?
bool period_ends_sentence(std::string_view s, std::size_t dot, std::size_t next) {
    // "2.7.936", "9.11.1989": a dot between figures is part of a date in figures.
    if (dot + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[dot + 1])) && dot > 0 &&
        std::isdigit(static_cast<unsigned char>(s[dot - 1])))
        return false;
    const auto before = word_before(s, dot);
    if (before.empty()) return true;
    // "… im Jahr 9 n. Chr. Varus …" never follows: after an era a capital opens a sentence.
    // But "509 v. Chr. – Die Römer …": a dash after the era parts a Zeittafel's date from its
    // event, which is the same statement.
    if (before == "Chr" || before == "n.Chr" || before == "v.Chr") {
        for (std::string_view dash : {"– ", "— ", "- "})
            if (s.substr(next, dash.size()) == dash) return false;
        return true;
    }
    if (is_abbreviation(before)) return false;
    // Single letters: initials and parts of "z. B.", "d. h.", "u. a.".
    if (before.size() == 1 && std::isalpha(static_cast<unsigned char>(before[0]))) return false;
    // Abbreviations written with inner dots ("z.B", "u.a", "d.h").
    if (before.find('.') != std::string_view::npos && before.size() <= 5 &&
        !std::isdigit(static_cast<unsigned char>(before[0])))
        return false;
    if (all_digits(before) && before.size() <= 2) return false;  // "2. März", "38. Breitengrad"
    // "13.–25. Aug. 1920": a span of days before its month.
    if (day_span_start(before) != 0 && month_after_day(word_after(s, next)) != 0) return false;
    if (is_roman(before)) {
        // "Alexander II." is an ordinal after a name; "in Band II." at the end is rare.
        std::size_t b = dot - before.size();
        while (b > 0 && is_space(s[b - 1]))
            --b;
        if (b > 0) {
            std::size_t a = b;
            while (a > 0 && !is_space(s[a - 1]))
                --a;
            if (is_capitalised(s.substr(a, b - a))) return false;
        }
    }
    // "am 16. Novbr. 1632", "19. Oct. 1813": an abbreviated month of an older book.
    if (before.size() <= 6 && month_number(before) == 0 && month_after_day(before) != 0)
        return false;
    if (is_year_word(before)) {
        const auto after = word_after(s, next);
        if (month_number(after) != 0) return false;
    }
    return true;
}

}  // namespace

namespace {

// A sentence longer than this is re-split with quotation marks ignored: OCR loses or
// misreads closing quotes, and one open „ would otherwise join a whole page.
constexpr std::size_t kLongestSentence = 400;
// An opening „ without a closing “ or ” within this many bytes quotes nothing.
constexpr std::size_t kLongestQuote = 300;

bool closes_within(std::string_view s, std::size_t from) {
    const auto window = s.substr(from, kLongestQuote);
    return window.find("“") != std::string_view::npos || window.find("”") != std::string_view::npos;
}

std::vector<SentenceRange> split(std::string_view s, bool honour_quotes) {
    std::vector<SentenceRange> out;
    std::size_t start = 0;
    auto push = [&](std::size_t end) {
        std::size_t b = start;
        while (b < end && is_space(s[b]))
            ++b;
        std::size_t e = end;
        while (e > b && is_space(s[e - 1]))
            --e;
        if (e > b) out.push_back({b, e});
    };
    int quote_depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Inside „…“ a '.' never ends the outer sentence ("„...Unterstützung“").
        if (honour_quotes && s.compare(i, 3, "„") == 0 && closes_within(s, i + 3)) ++quote_depth;
        if ((s.compare(i, 3, "“") == 0 || s.compare(i, 3, "”") == 0) && quote_depth > 0)
            --quote_depth;
        const char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t j = i + 1;
        while (j < s.size() && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
            ++j;  // "..."
        // Closing quotes and reference markers belong to the sentence.
        bool closed_quote = false;
        for (bool more = true; more;) {
            more = false;
            for (std::string_view q : {"“", "”", "\"", "»", "«", ")"})
                if (s.compare(j, q.size(), q) == 0) {
                    j += q.size();
                    more = true;
                    closed_quote = closed_quote || q == "“";
                }
            if (j < s.size() && s[j] == '[') {
                std::size_t k = j + 1;
                while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])))
                    ++k;
                if (k > j + 1 && k < s.size() && s[k] == ']') {
                    j = k + 1;
                    more = true;
                }
            }
        }
        if (j < s.size() && !is_space(s[j])) continue;
        std::size_t next = j;
        while (next < s.size() && is_space(s[next]))
            ++next;
        if (next < s.size() && !opens_sentence(s, next)) continue;
        if (quote_depth > 0 && !closed_quote) continue;
        if (c == '.' && !period_ends_sentence(s, i, next)) continue;
        if (closed_quote && quote_depth > 0) --quote_depth;
        push(j);
        start = j;
        i = j > 0 ? j - 1 : j;
    }
    push(s.size());
    return out;
}

}  // namespace

std::vector<SentenceRange> split_sentences(std::string_view s) {
    std::vector<SentenceRange> out;
    for (const auto& r : split(s, true)) {
        if (r.end - r.begin <= kLongestSentence) {
            out.push_back(r);
            continue;
        }
        for (const auto& inner : split(s.substr(r.begin, r.end - r.begin), false))
            out.push_back({r.begin + inner.begin, r.begin + inner.end});
    }
    return out;
}

std::vector<std::string_view> sentence_texts(std::string_view paragraph) {
    std::vector<std::string_view> out;
    for (const auto& r : split_sentences(paragraph))
        out.push_back(paragraph.substr(r.begin, r.end - r.begin));
    return out;
}

}  // namespace chronik::derive
