#include "derive/text_cleaning.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "bank/source_text.hpp"
#include "derive/lexicon.hpp"
#include "derive/sentences.hpp"
#include "derive/tokens.hpp"
#include "text/ascii.hpp"

namespace chronik::derive {
namespace {

using text::trim;

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
    // "… (aber: Wettrüsten geht weiter!)": a bracket closing after its own sentence end.
    static const std::string_view kEnds[] = {".",  "!",  "?",  ".“", "“",  ".\"",
                                             "!“", "?“", ".)", "!)", "?)", "”"};
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

// A numbered section heading of a study sheet or chapter ("2. Die 13 Tage im Oktober", "3.
// Folgen"): a number of one or two digits with its dot, a capitalised word that is no month
// ("2. März 1813 …" opens a sentence), and a capitalised last word, as a heading ends.
bool is_numbered_heading(std::string_view line) {
    const auto s = trim(line);
    if (s.empty() || s.find('\n') != std::string_view::npos || s.size() > 80 || word_count(s) > 8)
        return false;
    const char end = s.back();
    if (end == '.' || end == '!' || end == '?' || end == ')' || end == ':' || end == ',' ||
        end == ';' || end == ']')
        return false;
    const auto sp = s.find(' ');
    if (sp == std::string_view::npos || sp < 2 || sp > 3 || s[sp - 1] != '.' ||
        !all_digits(s.substr(0, sp - 1)))
        return false;
    const auto second = s.substr(sp + 1, s.find(' ', sp + 1) - sp - 1);
    const auto last = s.substr(s.rfind(' ') + 1);
    return is_capitalised(second) && month_number(second) == 0 && month_after_day(second) == 0 &&
           is_capitalised(last);
}

// The first word of a line, without a final '.' or ':'.
std::string_view first_word(std::string_view line) {
    const auto t = trim(line);
    auto e = t.find_first_of(" \t\n");
    auto w = t.substr(0, e);
    while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ','))
        w.remove_suffix(1);
    return w;
}

// "1077", "1077—80", "1524–1525", "1830/31": a year or a span of years as written in an
// outline.
bool is_year_or_span(std::string_view w) {
    return is_year_word(w) || year_span(w);
}

// A year of the first millennium opening a line before a colon: "772: Zerstörung …".
bool is_early_year_before_colon(std::string_view t, std::string_view w) {
    return w.size() == 3 && all_digits(w) && w[0] != '0' && t.size() > 3 && t[3] == ':';
}

// The number of a year as a Zeittafel writes it: 1 to 4 digits, or a span "264–241",
// "1888–1890".
bool is_year_or_span_number(std::string_view w) {
    for (std::string_view dash : {"–", "—", "-"})
        if (const auto at = w.find(dash); at != std::string_view::npos)
            return is_year_or_span_number(w.substr(0, at)) &&
                   is_year_or_span_number(w.substr(at + dash.size()));
    return !w.empty() && w.size() <= 4 && w[0] != '0' && all_digits(w);
}

// A Zeittafel line: a date opens it and a dash or colon parts it from its event ("um 450 v.
// Chr. – Das Zwölftafelgesetz …", "2. August 216 v. Chr. – Bei Cannae …", "27. Nov. 1095: Urban
// II. ruft …", "Frühjahr 1096: Judenpogrome …", "1618–1648 Dreißigjähriger Krieg" is not one:
// without the separator a year may open a sentence of prose).
bool is_dated_line(std::string_view t) {
    std::vector<std::string_view> words;
    for (std::size_t b = 0; b < t.size() && words.size() < 8;) {
        auto e = t.find(' ', b);
        if (e == std::string_view::npos) e = t.size();
        if (e > b) words.push_back(t.substr(b, e - b));
        b = e + 1;
    }
    std::size_t k = 0;
    auto at = [&](std::size_t j) { return j < words.size() ? words[j] : std::string_view(); };
    auto bare = [](std::string_view w) {
        while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ','))
            w.remove_suffix(1);
        return w;
    };
    static const std::string_view kApprox[] = {"um",     "Um",       "ca.",      "etwa",   "Ende",
                                               "Anfang", "Mitte",    "Frühjahr", "Sommer", "Herbst",
                                               "Winter", "Frühling", "seit",     "Seit"};
    for (auto a : kApprox)
        if (at(k) == a) {
            ++k;
            break;
        }
    // "2. August", "27. Nov.", "15. März"
    if (const auto d = at(k);
        d.size() >= 2 && d.size() <= 3 && d.back() == '.' && all_digits(d.substr(0, d.size() - 1)))
        ++k;
    if (const auto m = bare(at(k)); !m.empty() && (month_number(m) != 0 || month_after_day(m) != 0))
        ++k;
    auto year = at(k);
    // "2.7.936: …", "9.11.1989: …": a date in figures; its year is what follows the last dot.
    if (const auto last_dot = bare(year).rfind('.');
        last_dot != std::string_view::npos && std::count(year.begin(), year.end(), '.') >= 2)
        year = year.substr(last_dot + 1);
    const auto year_bare = bare(year);
    if (!is_year_or_span_number(year_bare)) return false;
    // A colon right after the year: "1071: …", "27. Nov. 1095: …".
    if (year.size() > year_bare.size() && year[year_bare.size()] == ':')
        return k + 1 < words.size();
    ++k;
    if ((at(k) == "v." || at(k) == "n.") && bare(at(k + 1)) == "Chr") {
        if (at(k + 1).back() == ':') return k + 2 < words.size();
        k += 2;
    } else if (at(k) == "v.Chr." || at(k) == "n.Chr.") {
        ++k;
    } else if (at(k) == "v.Chr.:" || at(k) == "n.Chr.:") {
        return k + 1 < words.size();
    }
    const auto sep = at(k);
    return (sep == "–" || sep == "—" || sep == "-") && k + 1 < words.size();
}

// A line of a chronological outline: it opens with a year or span followed by '.' or ':'
// ("1077. Heinrich in Canossa", "1524—25. Bauernkrieg", "772: Zerstörung der Irminsul"), or
// with a date and a dash (is_dated_line), or stands alone ("1848").
bool is_outline_entry(std::string_view line) {
    const auto t = trim(line);
    const auto w = first_word(t);
    if (is_early_year_before_colon(t, w) || is_dated_line(t)) return true;
    if (!is_year_or_span(w)) return false;
    if (t.size() == w.size()) return true;
    const char after = t[w.size()];
    return after == '.' || after == ':' || after == '\n';
}

// Only a year (or span) on the line: a heading that dates its section.
bool is_year_line(std::string_view line) {
    const auto t = trim(line);
    const auto w = first_word(t);
    return is_year_or_span(w) &&
           trim(t.substr(w.size())).find_first_not_of(".:") == std::string_view::npos;
}

// The line ends on a '.' that the sentence splitter would not take for a sentence end when
// the next line follows ("am 18." + "März 1990", "Alexander II." + "erwarb").
bool ends_inside_sentence(std::string_view pending, std::string_view next_line) {
    const auto tail_from = pending.size() > 80 ? pending.size() - 80 : 0;
    const std::string joined =
        std::string(pending.substr(tail_from)) + " " + std::string(trim(next_line));
    const auto boundary = pending.size() - tail_from;
    for (const auto& r : split_sentences(joined))
        if (r.end == boundary) return false;
    return true;
}

// A hard-wrapped paragraph as one line of text: its line breaks become spaces, except after
// a break hyphen ("be-\ngann", "Fran¬\nzosen"), which keeps its line break so that the
// word can be joined (tokens.hpp, word_break_at). Quotes stay valid: lint folds whitespace.
std::string unwrap(std::string_view t) {
    std::string out(t);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] != '\n') continue;
        std::size_t b = i;
        while (b > 0 && (out[b - 1] == ' ' || out[b - 1] == '\t' || out[b - 1] == '\r'))
            --b;
        const bool hyphen =
            b > 0 && (out[b - 1] == '-' || (b >= 2 && out.compare(b - 2, 2, "\xC2\xAC") == 0));
        if (!hyphen) out[i] = ' ';
    }
    return out;
}

// The length of a list mark opening the line ("• ", "- ", "– ", "* ", "▪ "), or 0.
std::size_t bullet_mark(std::string_view t) {
    for (std::string_view mark : {"•", "◦", "▪", "‣", "·", "-", "–", "—", "*"}) {
        if (!starts_with(t, mark)) continue;
        const auto rest = t.substr(mark.size());
        // "- 772: …" and "•1811: …"; not a line opening with "-20 Grad" or "–1990".
        if (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t')) return mark.size() + 1;
        if (mark.size() > 1 && !rest.empty()) return mark.size();
    }
    return 0;
}

// A label before a colon at a paragraph's start ("Das Wichtigste in Kürze: Um 1800 …",
// "Merke: …"): up to four words, capitalised but for articles and prepositions (no verb, so
// not "Der Kaiser sagte: …"). Returns where the text after it starts, or 0.
std::size_t label_end(std::string_view t) {
    const auto colon = t.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return 0;
    const auto label = t.substr(0, colon);
    if (word_count(label) > 4 || label.find_first_of(".,;(\n") != std::string_view::npos) return 0;
    static const std::string_view kSmall[] = {"in",  "im",  "zu",  "zur", "zum", "und",
                                              "der", "die", "das", "des", "für", "von",
                                              "vom", "mit", "auf", "am",  "an",  "über"};
    std::size_t b = 0;
    while (b < label.size()) {
        auto e = label.find(' ', b);
        if (e == std::string_view::npos) e = label.size();
        const auto w = label.substr(b, e - b);
        const bool small = std::find(std::begin(kSmall), std::end(kSmall), w) != std::end(kSmall);
        if (!w.empty() && !small && !is_capitalised(w)) return 0;
        b = e + 1;
    }
    const auto after = trim(t.substr(colon + 1));
    if (after.empty() || is_year_or_span(first_word(after)) ||
        !(is_capitalised(after) || std::isdigit(static_cast<unsigned char>(after[0]))))
        return 0;
    return static_cast<std::size_t>(after.data() - t.data());
}

}  // namespace

bool is_task_or_caption(std::string_view sentence) {
    auto t = trim(sentence);
    // An enumerator: "1.", "2)", "a)", "Aufgabe 3:", "A1".
    auto w = first_word(t);
    auto e = w;
    if (!e.empty() && e.back() == ')') e.remove_suffix(1);
    const bool numbered =
        !e.empty() &&
        (all_digits(e) || (e.size() == 1 && std::islower(static_cast<unsigned char>(e[0]))));
    if (numbered || w == "Aufgabe" || w == "Arbeitsauftrag") {
        t = trim(t.substr(t.find_first_of(" \t\n") == std::string_view::npos
                              ? t.size()
                              : t.find_first_of(" \t\n")));
        if (!all_digits(w) && !w.empty() && t.size() > 0 &&
            std::isdigit(static_cast<unsigned char>(t[0])))
            t = trim(t.substr(std::min(t.size(), t.find_first_of(" \t\n"))));
        w = first_word(t);
    }
    // The operators of German history tasks, in the imperative.
    static const std::string_view kOperators[] = {
        "Nenne",         "Nennt",      "Benenne",    "Beschreibe", "Beschreibt",
        "Erkläre",       "Erklärt",    "Erläutere",  "Erläutert",  "Beurteile",
        "Beurteilt",     "Bewerte",    "Bewertet",   "Vergleiche", "Vergleicht",
        "Analysiere",    "Untersuche", "Begründe",   "Diskutiere", "Erörtere",
        "Fasse",         "Stelle",     "Arbeite",    "Ordne",      "Charakterisiere",
        "Interpretiere", "Überprüfe",  "Prüfe",      "Skizziere",  "Gestalte",
        "Recherchiere",  "Formuliere", "Entwickle",  "Nimm",       "Verfasse",
        "Schreibe",      "Zeige",      "Belege",     "Gib",        "Gliedere",
        "Bestimme",      "Ermittle",   "Lies",       "Markiere",   "Notiere",
        "Schildere",     "Überlege",   "Versetze",   "Finde",      "Sammle",
        "Werte",         "Setze",      "Diskutiert", "Erstelle",   "Zeichne"};
    for (auto op : kOperators)
        if (w == op) return true;
    // A material's caption or source line: "M1 Aus der Rede …", "Q3: …", "Abb. 2 …".
    if (w.size() >= 2 && w.size() <= 3 &&
        std::string_view("MQDBTK").find(w[0]) != std::string_view::npos && all_digits(w.substr(1)))
        return true;
    for (std::string_view c :
         {"Abb", "Abbildung", "Bild", "Foto", "Karte", "Grafik", "Tabelle", "Quelle", "Material"}) {
        if (w != c) continue;
        const auto rest = trim(t.substr(std::min(t.size(), t.find_first_of(" \t\n:"))));
        if (t.size() > w.size() &&
            (t[w.size()] == ':' || t[w.size()] == '.' ||
             (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0])))))
            return true;
    }
    return false;
}

std::vector<Paragraph> prose_paragraphs(std::string_view text) {
    std::vector<Paragraph> out;
    int section = 0;
    std::string heading;  // the nearest heading (the title line until the first heading)
    bool titled = false;
    std::string pending;  // a hard-wrapped paragraph being collected
    auto flush = [&] {
        auto t = trim(pending);
        if (const auto label = label_end(t); label != 0) t = t.substr(label);
        const bool outline = is_outline_entry(t) && !is_year_line(t) && word_count(t) >= 2;
        if (!t.empty() && ((word_count(t) >= 6 && ends_like_sentence(t)) || outline)) {
            Paragraph p{unwrap(t), static_cast<int>(out.size()), section, heading};
            out.push_back(std::move(p));
            titled = true;
        } else if (!t.empty() &&
                   (is_year_line(t) || (t.find('\n') == std::string_view::npos &&
                                        (looks_like_heading(t) || is_numbered_heading(t)) &&
                                        (!titled || !out.empty())))) {
            // "1848" alone on a line: the heading of what follows, and its date. The first
            // heading-like line is the title; later ones head their sections.
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
        // An item of a list is a paragraph of its own, without its mark: "• 1811: Krupp
        // gründet …" reads as the outline entry "1811: Krupp gründet …".
        if (const auto mark = bullet_mark(t); mark != 0) {
            flush();
            pending = std::string(trim(t.substr(mark)));
            if (nl == text.size()) break;
            continue;
        }
        // A line that does not end like a sentence and is followed by more text is
        // part of a hard-wrapped paragraph only when the paragraph continues in
        // lower case; headings and captions stand alone.
        if (pending.empty()) {
            pending = std::string(line);
        } else {
            const unsigned char first = static_cast<unsigned char>(t[0]);
            const auto tp = trim(pending);
            // An outline's next year starts a new entry; a year alone on a line is a heading.
            const bool new_entry =
                (is_outline_entry(t) && (ends_like_sentence(tp) || is_outline_entry(tp))) ||
                is_year_line(t) || (is_numbered_heading(t) && ends_like_sentence(tp));
            const std::string probe = std::string(tp) + "\n" + std::string(t);
            const bool broken = word_break_at(probe, tp.size()) != 0;
            // "2. Die 13 Tage im Oktober" ⏎ "Im Sommer 1962 …": a heading, not the start of
            // the next sentence.
            const bool heading_before = is_numbered_heading(tp) && std::isupper(first);
            const bool continues =
                !new_entry && !heading_before &&
                (std::islower(first) || first >= 0x80 || std::isdigit(first) ||
                 !ends_like_sentence(tp) || broken || ends_inside_sentence(tp, t));
            const bool joinable = word_count(tp) >= 6 || broken ||
                                  (is_outline_entry(tp) && !is_year_line(tp)) ||
                                  (is_year_line(tp) && !is_outline_entry(t));
            if (continues && joinable) {
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
