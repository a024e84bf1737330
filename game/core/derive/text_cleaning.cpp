#include "derive/text_cleaning.hpp"

#include <cctype>

#include "bank/source_text.hpp"

namespace chronik::derive {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

int word_count(std::string_view s) {
    int n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// The line without trailing reference markers, for looking at how it ends.
std::string_view without_trailing_markers(std::string_view s) {
    s = trim(s);
    while (!s.empty() && s.back() == ']') {
        const auto open = s.rfind('[');
        if (open == std::string_view::npos) break;
        s = trim(s.substr(0, open));
    }
    return s;
}

bool ends_like_sentence(std::string_view line) {
    const auto s = without_trailing_markers(line);
    if (s.empty()) return false;
    static const std::string_view kEnds[] = {".",   "!",  "?",  ".“", "“",
                                             ".\"", "!“", "?“", ".)", "”"};
    for (auto e : kEnds)
        if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
    return false;
}

bool is_closing_heading(std::string_view line) {
    static const std::string_view kClosing[] = {"Einzelnachweise", "Weblinks",       "Literatur",
                                                "Anmerkungen",     "Quellen",        "Siehe auch",
                                                "Fußnoten",        "Belege",         "References",
                                                "External links",  "Further reading"};
    auto s = trim(line);
    const auto edit = s.find("[Bearbeiten");
    if (edit != std::string_view::npos) s = trim(s.substr(0, edit));
    for (auto h : kClosing)
        if (s == h) return true;
    return false;
}

bool is_edit_heading(std::string_view line) {
    return line.find("[Bearbeiten") != std::string_view::npos ||
           line.find("Quelltext bearbeiten]") != std::string_view::npos;
}

// A line that reads as a heading: short, no sentence punctuation at its end, no caption
// ending in a bracket, not the mobile view's "Bearbeiten".
bool looks_like_heading(std::string_view line) {
    const auto s = trim(line);
    if (s.empty() || s.size() > 80 || word_count(s) > 8 || s == "Bearbeiten") return false;
    const unsigned char first = static_cast<unsigned char>(s[0]);
    if (!(std::isupper(first) || first >= 0x80)) return false;
    const char last = s.back();
    return last != '.' && last != '!' && last != '?' && last != ')' && last != ':' && last != ',' &&
           last != ';' && last != ']';
}

}  // namespace

std::vector<Paragraph> prose_paragraphs(std::string_view text) {
    std::vector<Paragraph> out;
    int section = 0;
    std::string heading;  // the nearest heading (the title line until the first heading)
    bool titled = false;
    std::string pending;  // a hard-wrapped paragraph being collected
    auto flush = [&] {
        const auto t = trim(pending);
        if (!t.empty() && word_count(t) >= 6 && ends_like_sentence(t)) {
            Paragraph p{std::string(t), static_cast<int>(out.size()), section, heading};
            out.push_back(std::move(p));
            titled = true;
        } else if (!t.empty() && t.find('\n') == std::string_view::npos && looks_like_heading(t) &&
                   (!titled || !out.empty())) {
            // The first heading-like line is the title; later ones head their sections.
            heading = std::string(t);
            titled = true;
        }
        pending.clear();
    };
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        const auto line = text.substr(pos, nl - pos);
        const auto t = trim(line);
        pos = nl + 1;
        if (t.empty()) {
            flush();
            if (nl == text.size()) break;
            continue;
        }
        if (is_closing_heading(t)) {
            flush();
            break;
        }
        if (is_edit_heading(t) || starts_with(t, "Zur Navigation springen") ||
            starts_with(t, "aus Wikipedia")) {
            flush();
            ++section;
            if (is_edit_heading(t)) {
                const auto name = trim(t.substr(0, t.find('[')));
                if (!name.empty()) heading = std::string(name);
                titled = true;
            }
            continue;
        }
        // A line that does not end like a sentence and is followed by more text is
        // part of a hard-wrapped paragraph only when the paragraph continues in
        // lower case; headings and captions stand alone.
        if (pending.empty()) {
            pending = std::string(line);
        } else {
            const unsigned char first = static_cast<unsigned char>(t[0]);
            const bool continues = std::islower(first) || first >= 0x80 || std::isdigit(first) ||
                                   !ends_like_sentence(pending);
            if (continues && word_count(pending) >= 6) {
                pending += '\n';
                pending += line;
            } else {
                flush();
                pending = std::string(line);
            }
        }
        if (nl == text.size()) break;
    }
    flush();
    return out;
}

std::string quote_text(std::string_view passage) {
    return bank::normalise(passage);
}

}  // namespace chronik::derive
