#include "derive/facts.hpp"

#include <cctype>

#include "derive/lexicon.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {
namespace {

bool is_roman(std::string_view w) {
    if (w.empty() || w.size() > 5) return false;
    for (char c : w)
        if (c != 'I' && c != 'V' && c != 'X') return false;
    return true;
}

bool is_article(std::string_view w) {
    static const std::string_view kArticles[] = {
        "der",  "die",   "das",   "den",    "dem",    "des",    "ein",
        "eine", "einer", "einem", "eines",  "einen",  "Der",    "Die",
        "Das",  "sein",  "seine", "seinen", "seinem", "seines", "ihr",
        "ihre", "ihren", "ihrem", "dessen", "deren",  "Sein",   "Seine"};
    for (auto a : kArticles)
        if (a == w) return true;
    return false;
}

// "Jong-un", "Il-sung": Korean and similar given names.
bool is_hyphenated_given_name(std::string_view w) {
    const auto h = w.find('-');
    return h != std::string_view::npos && h > 0 && h + 1 < w.size() && is_capitalised(w) &&
           std::islower(static_cast<unsigned char>(w[h + 1]));
}

bool can_be_name_part(const Token& t) {
    return is_capitalised(t.word) && !is_not_a_name(t.word) && !is_country(t.word) &&
           !has_noun_ending(t.word) && country_of_genitive(t.word).empty() &&
           person_role(t.word).empty() && t.word.find_first_of("0123456789") == std::string::npos;
}

struct Run {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
};

bool is_name_particle(std::string_view w) {
    return w == "von" || w == "van" || w == "zu" || w == "vom" || w == "de";
}

// Maximal runs of name-like capitalised words (a Roman numeral may close one). After a given
// name or a person's role a run goes on across "von"/"zu" ("Max von Baden", "General Walther
// von Lüttwitz"), so that no first name stands alone.
std::vector<Run> name_runs(const std::vector<Token>& t) {
    std::vector<Run> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!can_be_name_part(t[i])) continue;
        std::size_t j = i;
        const bool personal =
            is_given_name(t[i].word) || (i > 0 && !person_role(t[i - 1].word).empty());
        while (j + 1 < t.size() && !t[j].comma && !t[j].dot && j - i < 3) {
            if (personal && j + 2 < t.size() && is_name_particle(t[j + 1].word) &&
                can_be_name_part(t[j + 2])) {
                j += 2;
            } else if (can_be_name_part(t[j + 1])) {
                ++j;
            } else if (is_roman(t[j + 1].word)) {
                ++j;
                break;
            } else {
                break;
            }
        }
        out.push_back({i, j});
        i = j;
    }
    return out;
}

// A name in the genitive after a noun: "die Abdankung Kaiser Wilhelms II.", "der Chattenkrieg
// Kaiser Domitians", "des Vaters Karls": its last word (before a Roman numeral) ends in -s
// after a consonant or -o, and a noun or "des" stands before it (or before its role).
bool genitive_name(const std::vector<Token>& t, const Run& r, bool has_role) {
    std::size_t last = r.last;
    if (is_roman(t[last].word) && last > r.first) --last;
    const auto& w = t[last].word;
    if (w.size() < 3 || w.back() != 's') return false;
    const char before_s = w[w.size() - 2];
    if (std::string_view("aeiusxz").find(before_s) != std::string_view::npos) return false;
    const std::size_t lead = r.first - (has_role ? 1 : 0);
    if (lead == 0) return false;
    const auto& prev = t[lead - 1];
    if (prev.comma || prev.dot) return false;
    return prev.word == "des" ||
           (is_capitalised(prev.word) && person_role(prev.word).empty() && !is_article(prev.word));
}

std::string run_text(std::string_view s, const std::vector<Token>& t, const Run& r) {
    std::string out(s.substr(t[r.first].begin, t[r.last].end - t[r.first].begin));
    if (is_roman(t[r.last].word) && t[r.last].dot) out += '.';
    return out;
}

bool parse_number(std::string_view w, double* value) {
    if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
    std::string digits;
    bool seen_comma = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
        } else if (c == '.' && !seen_comma && i + 3 < w.size() &&
                   std::isdigit(static_cast<unsigned char>(w[i + 1])) &&
                   std::isdigit(static_cast<unsigned char>(w[i + 2])) &&
                   std::isdigit(static_cast<unsigned char>(w[i + 3])) &&
                   (i + 4 == w.size() || w[i + 4] == '.' || w[i + 4] == ',')) {
            // thousands separator ("30.000")
        } else if (c == ',' && !seen_comma) {
            digits += '.';
            seen_comma = true;
        } else {
            return false;
        }
    }
    try {
        *value = std::stod(digits);
    } catch (...) {
        return false;
    }
    return true;
}

bool is_unit_word(const Token& t) {
    static const std::string_view kShort[] = {"%", "km", "m", "kg", "t", "ha", "km²", "m²"};
    for (auto u : kShort)
        if (t.word == u) return true;
    return is_capitalised(t.word) && !is_not_a_name(t.word) && !is_country(t.word) &&
           month_number(t.word) == 0;
}

}  // namespace

void learn_names(std::string_view s, NameIndex& index) {
    const auto t = tokenize(s);
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if (is_article(t[i].word) && is_capitalised(t[i + 1].word))
            index.after_article.insert(t[i + 1].word);
    for (const auto& r : name_runs(t)) {
        const std::size_t len = r.last - r.first + 1;
        std::string role;
        if (r.first > 0) role = std::string(person_role(t[r.first - 1].word));
        const bool given = len >= 2 && is_given_name(t[r.first].word);
        const bool hyphen = len >= 2 && is_hyphenated_given_name(t[r.last].word);
        if ((!role.empty() || given || hyphen) && genitive_name(t, r, !role.empty())) continue;
        if (!role.empty() || given || hyphen) {
            const auto name = run_text(s, t, r);
            auto& stored = index.person_role[name];
            if (stored.empty()) stored = role;
            continue;
        }
        // Places: "in Moskau", "nach Wladiwostok", "aus Brügge" — a single name without an article.
        if (len == 1 && r.first > 0 &&
            (t[r.first - 1].word == "in" || t[r.first - 1].word == "nach" ||
             t[r.first - 1].word == "aus" || t[r.first - 1].word == "In" ||
             t[r.first - 1].word == "Nach" || t[r.first - 1].word == "Aus")) {
            index.places.insert(t[r.first].word);
        }
    }
    for (const auto& tok : t) {
        const auto& w = tok.word;
        int upper = 0;
        bool letters = !w.empty();
        for (char c : w) {
            if (std::isupper(static_cast<unsigned char>(c))) ++upper;
            if (!std::isalpha(static_cast<unsigned char>(c))) letters = false;
        }
        // An abbreviation in capitals ("UdSSR"), or a word with an organisation's ending.
        const bool abbreviation =
            letters && w.size() >= 2 && w.size() <= 6 && upper >= 2 && !is_country(w);
        if (abbreviation ||
            (is_capitalised(w) && has_organisation_ending(w) && w.find('-') == std::string::npos))
            index.organisations.insert(w);
    }
}

void finish_names(NameIndex& index) {
    // "Sohn Kim Jong-il": a leading ordinary noun is no part of the name.
    std::map<std::string, std::string> renamed;
    for (const auto& [name, role] : index.person_role) {
        const auto sp = name.find(' ');
        if (sp != std::string::npos && index.after_article.count(name.substr(0, sp)))
            renamed[name] = name.substr(sp + 1);
    }
    for (const auto& [from, to] : renamed) {
        const auto role = index.person_role[from];
        index.person_role.erase(from);
        if (to.find(' ') != std::string::npos || !role.empty()) index.person_role.emplace(to, role);
    }
    // "Kim Stalin" (two people side by side): a name ending in another
    // person's surname is dropped.
    {
        std::set<std::string> surnames;
        for (const auto& [name, role] : index.person_role) {
            const auto sp = name.rfind(' ');
            if (sp != std::string::npos) surnames.insert(name.substr(sp + 1));
        }
        for (auto it = index.person_role.begin(); it != index.person_role.end();) {
            const auto& name = it->first;
            const auto sp = name.rfind(' ');
            bool drop = false;
            if (sp != std::string::npos) {
                const auto last = name.substr(sp + 1);
                const auto first = name.substr(0, name.find(' '));
                bool first_is_other_name = false;
                for (const auto& [other, r] : index.person_role)
                    if (other != name && other.substr(0, other.find(' ')) == first)
                        first_is_other_name = true;
                for (const auto& [other, r] : index.person_role)
                    if (first_is_other_name && other != name && other.size() > last.size() &&
                        other.compare(other.size() - last.size(), last.size(), last) == 0 &&
                        other.substr(0, other.find(' ')) != first)
                        drop = true;
            }
            // A genitive ("Wladimir Putins") of a known name.
            if (name.size() > 1 && name.back() == 's' &&
                index.person_role.count(name.substr(0, name.size() - 1)))
                drop = true;
            it = drop ? index.person_role.erase(it) : std::next(it);
        }
    }
    // A place name seen after an article elsewhere is an ordinary noun.
    for (auto it = index.places.begin(); it != index.places.end();) {
        if (index.after_article.count(*it) || index.person_role.count(*it))
            it = index.places.erase(it);
        else
            ++it;
    }
    std::map<std::string, int> surname_count;
    std::map<std::string, std::string> surname_of;
    for (const auto& [name, role] : index.person_role) {
        const auto sp = name.rfind(' ');
        if (sp == std::string::npos) continue;
        const auto last = name.substr(sp + 1);
        if (is_roman(last) || last.back() == '.' || is_hyphenated_given_name(last)) continue;
        ++surname_count[last];
        surname_of[last] = name;
    }
    for (const auto& [surname, n] : surname_count)
        if (n == 1 && !index.person_role.count(surname)) index.alias[surname] = surname_of[surname];
}

void drop_nouns_from_places(NameIndex& index, const WordList& words) {
    for (auto it = index.places.begin(); it != index.places.end();)
        it = words.is_common_noun(*it) || words.is_dative_plural_noun(*it) || is_continent(*it) ||
                     (words.is_noun_without_genitive_s(*it) && !is_country(*it))
                 ? index.places.erase(it)
                 : std::next(it);
}

std::vector<Fact> find_facts(std::string_view s, const std::vector<DateMention>& dates,
                             const NameIndex& index) {
    const auto t = tokenize(s);
    std::vector<Fact> out;
    auto inside_date = [&](const Token& tok) {
        for (const auto& d : dates)
            if (tok.begin >= d.begin && tok.end <= d.end) return true;
        return false;
    };
    // Years of dates written with a year.
    for (const auto& d : dates) {
        if (!d.explicit_year || d.year_end <= d.year_begin) continue;
        if (d.date.precision == bank::DatePrecision::Decade ||
            d.date.precision == bank::DatePrecision::DecadePart)
            continue;
        const auto text = s.substr(d.year_begin, d.year_end - d.year_begin);
        if (!all_digits(text)) continue;
        Fact f;
        f.kind = FactKind::Year;
        f.begin = d.year_begin;
        f.end = d.year_end;
        f.text = std::string(text);
        f.year = d.date.year;
        // "9 n. Chr.", "44 v. Chr.": the answer and the gap take the era (find_dates put it
        // at the end of the date).
        if (d.end > d.year_end && d.date.year < 1000) {
            f.era = f.year < 0 ? "v. Chr." : "n. Chr.";
            f.end = d.end < s.size() && s[d.end] == '.' ? d.end + 1 : d.end;
            f.text += " " + f.era;
        } else if (f.year < 100) {
            f.era = "n. Chr.";  // "im Jahr 9": a two-digit answer needs its era to read as a year
            f.text += " " + f.era;
        }
        out.push_back(f);
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto& tok = t[i];
        // Numbers with a unit.
        double value = 0;
        if (!tok.dot && !tok.comma && !inside_date(tok) && parse_number(tok.word, &value) &&
            i + 1 < t.size() &&
            !(i > 0 && (t[i - 1].word == "Resolution" || t[i - 1].word == "Nr"))) {
            std::size_t u = i + 1;
            if ((t[u].word == "Mrd" || t[u].word == "Mio" || t[u].word == "Millionen" ||
                 t[u].word == "Milliarden") &&
                u + 1 < t.size() && !t[u].comma)
                ++u;
            if (is_unit_word(t[u]) && !index.person_role.count(t[u].word)) {
                Fact f;
                f.kind = FactKind::Number;
                f.begin = tok.begin;
                f.end = t[u].end;
                f.text = std::string(s.substr(f.begin, f.end - f.begin));
                f.unit = std::string(s.substr(t[i + 1].begin, f.end - t[i + 1].begin));
                f.value = value;
                out.push_back(f);
                i = u;
                continue;
            }
        }
        // "Potosí (heute Bolivien)": today's name is an aside of another era, neither an
        // answer nor a choice.
        if (i > 0 && t[i - 1].word == "heute") continue;
        if (is_country(tok.word)) {
            out.push_back({FactKind::Country, tok.begin, tok.end, tok.word, {}, 0, 0, {}});
            continue;
        }
        if (index.places.count(tok.word)) {
            out.push_back({FactKind::Place, tok.begin, tok.end, tok.word, {}, 0, 0, {}});
            continue;
        }
        if (index.organisations.count(tok.word)) {
            out.push_back({FactKind::Organisation, tok.begin, tok.end, tok.word, {}, 0, 0, {}});
            continue;
        }
    }
    // People: full names first, then unique surnames.
    for (const auto& r : name_runs(t)) {
        const auto name = run_text(s, t, r);
        std::string full;
        // A known full name, or a unique surname: asked as written (distractors use the full
        // names of others).
        if (index.person_role.count(name) || (r.first == r.last && index.alias.count(name)))
            full = name;
        if (full.empty()) continue;
        Fact f;
        f.kind = FactKind::Person;
        f.begin = t[r.first].begin;
        f.end = f.begin + name.size();
        f.text = name;
        out.push_back(f);
    }
    return out;
}

}  // namespace chronik::derive
