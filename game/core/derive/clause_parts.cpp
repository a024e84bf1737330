#include "derive/clause_parts.hpp"

#include <algorithm>
#include <cctype>

#include "bank/source_text.hpp"
#include "derive/lexicon.hpp"
#include "derive/name_spans.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive::clause_parts {

std::string lower_first(std::string_view w) {
    std::string s(w);
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    // "Über", "Ähnlich", "Öffentlich": Ä Ö Ü (C3 84/96/9C) to ä ö ü (C3 A4/B6/BC).
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC3) {
        const auto c = static_cast<unsigned char>(s[1]);
        if (c == 0x84 || c == 0x96 || c == 0x9C) s[1] = static_cast<char>(c + 0x20);
    }
    return s;
}

bool is_lower(std::string_view w) {
    return !w.empty() && !is_capitalised(w) && !std::isdigit(static_cast<unsigned char>(w[0]));
}

bool is_present_finite(std::string_view w, const WordList& words) {
    if (in(kPresentFinite, w) || in(kStrongPresent, w)) return true;
    if (w.size() < 4 || !is_lower(w)) return false;
    if (w.substr(w.size() - 2) == "et" &&
        words.is_infinitive(std::string(w.substr(0, w.size() - 2)) + "en"))
        return true;
    return w.back() == 't' && words.is_infinitive(std::string(w.substr(0, w.size() - 1)) + "en");
}

bool is_finite(std::string_view w, const WordList& words) {
    return is_preterite(w, words) || is_present_finite(w, words);
}

std::string present_or_same(std::string_view w, const WordList& words) {
    if (auto p = present_tense(w, words); !p.empty()) return p;
    return std::string(w);
}

bool is_roman(std::string_view w) {
    if (w.empty() || w.size() > 5) return false;
    for (char c : w)
        if (c != 'I' && c != 'V' && c != 'X') return false;
    return true;
}

// The end of a person's name that starts at token k, or k: the longest name of `people`
// written there, else a given name or a role with the name words after it ("Zar Alexander
// II.", "Sergei Lawrow"), never taking in a country or a word the dictionary knows ("Kim
// Stalin" is two people).
std::size_t name_end(const std::vector<Token>& t, std::size_t k, const Grammar& g) {
    std::size_t best = k;
    for (const auto& p : g.people) {
        const auto pt = tokenize(p);
        if (pt.empty() || k + pt.size() > t.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < pt.size() && same; ++i)
            same = t[k + i].word == pt[i].word;
        if (same) best = std::max(best, k + pt.size());
    }
    if (best > k) return best;
    if (!is_given_name(t[k].word) && person_role(t[k].word).empty()) return k;
    std::size_t j = k + 1;
    while (j < t.size() && j - k < 4 && !t[j - 1].comma && !t[j - 1].dot) {
        const auto& w = t[j].word;
        if (is_roman(w)) {
            ++j;
            break;
        }
        const bool name_part =
            w.find('-') != std::string::npos || !g.words.has(w) || is_given_name(w);
        if (!is_capitalised(w) || is_country(w) || !country_of_genitive(w).empty() || !name_part)
            break;
        ++j;
    }
    // An epithet: "Heinrich der Löwe", "Friedrich der Große".
    if (j + 1 < t.size() && j > k && !t[j - 1].comma && !t[j - 1].dot &&
        (t[j].word == "der" || t[j].word == "die") && is_capitalised(t[j + 1].word) &&
        t[j + 1].word.back() == 'e' && is_given_name(t[j - 1].word))
        j += 2;
    return j;
}

// The end (exclusive token index) of a noun phrase that starts at token i, or i when none
// does: a determiner, adjectives, a noun, a role's name after it ("der nordkoreanische
// Diktator Kim Jong-un") and a genitive ("ein Ende der militärischen Zusammenarbeit"); or a
// name ("Wladimir Putin"), a single capitalised word ("Russland") or a capitalised adjective
// and its noun ("Sowjetische Truppen"); joined by "und" or "sowohl ... als auch".
std::size_t noun_phrase_end(const std::vector<Token>& t, std::size_t i, const Grammar& g) {
    const auto& words = g.words;
    // A name after its noun ("die Festung Rastatt", "des Generals Wrangel"): a capitalised
    // word the dictionary does not know.
    // After a noun that classifies a name ("Festung", "General"), a name the dictionary
    // knows as one ("Rastatt/Sm") is taken too.
    static constexpr std::array<std::string_view, 16> kClassifiers = {
        "Festung", "Stadt",    "Burg",     "Schloss",   "Schloß", "Kloster", "Insel", "Provinz",
        "General", "Generals", "Feldherr", "Feldherrn", "Herzog", "Herzogs", "Graf",  "Fürst"};
    const auto apposition = [&](std::size_t j) {
        if (j >= t.size() || j == 0 || t[j - 1].comma || t[j - 1].dot || words.empty() ||
            !is_capitalised(t[j].word) || is_country(t[j].word) ||
            in(kLinkAdverbs, lower_first(t[j].word)))
            return j;
        if (const auto n = person_name_end(t, j, words, g.people); n > j)
            return n;  // "der Beamte Wolfgang Kapp"
        if (is_given_name(t[j].word))
            return std::max(j, name_end(t, j, g));  // "ihr Anführer Klaus …"
        if (!words.has(t[j].word) ||
            (in(kClassifiers, t[j - 1].word) && !words.is_common_noun(t[j].word)))
            return j + 1;
        return j;
    };
    const auto genitive = [&](std::size_t j) {
        if (j + 1 < t.size() && !t[j - 1].comma && (t[j].word == "der" || t[j].word == "des")) {
            std::size_t k = j + 1;
            for (int adj = 0;
                 adj < 3 && k < t.size() && is_lower(t[k].word) && !is_finite(t[k].word, words);
                 ++adj)
                ++k;
            if (k < t.size() && is_capitalised(t[k].word)) return apposition(k + 1);
        }
        return j;
    };
    const auto one = [&](std::size_t k) -> std::size_t {
        if (k >= t.size()) return k;
        std::size_t j = k;
        const std::string lw = lower_first(t[k].word);
        if (in(kDeterminers, lw)) {
            ++j;
            // "die Währungs-, Wirtschafts- und Sozialunion": parts of coordinated compounds.
            while (j + 1 < t.size() && t[j].word.size() > 2 && t[j].word.back() == '-' &&
                   is_capitalised(t[j].word)) {
                ++j;
                if (t[j].word == "und" || t[j].word == "oder") ++j;
            }
            for (int adj = 0; adj < 3 && j < t.size() && is_lower(t[j].word) &&
                              !is_finite(t[j].word, words) && !t[j - 1].comma;
                 ++adj)
                ++j;
            if (j >= t.size() || !is_capitalised(t[j].word)) return k;
            const bool role = !person_role(t[j].word).empty();
            ++j;
            if (role && j < t.size() && !t[j - 1].comma) {
                const std::size_t n = name_end(t, j, g);
                if (n > j) {
                    j = n;
                    // "König Gustav Adolf von Schweden"
                    if (j + 1 < t.size() && t[j].word == "von" && !t[j - 1].comma &&
                        is_capitalised(t[j + 1].word))
                        j += 2;
                } else if (is_capitalised(t[j].word) && !is_country(t[j].word)) {
                    ++j;  // "Diktator Stalin"
                }
            } else if (j < t.size() && !t[j - 1].comma && !country_of_genitive(t[j].word).empty()) {
                ++j;  // "die Schaffung Nordkoreas"
            } else {
                j = apposition(j);
            }
            return genitive(j);
        }
        if (!is_capitalised(t[k].word) || t[k].word.size() < 2) return k;
        if (in(kLinkAdverbs, lw)) return k;  // "Da kam …": an adverb, no subject
        if (const std::size_t n = name_end(t, k, g); n > k) return n;  // no genitive after a name
        // "Sowjetische Truppen": an adjective capitalised at the start and its noun.
        const bool adjective_ending = lw.size() > 3 && (lw.back() == 'e' || lw.ends_with("en") ||
                                                        lw.ends_with("er") || lw.ends_with("es"));
        if (adjective_ending && !words.has(t[k].word) && k + 1 < t.size() &&
            is_capitalised(t[k + 1].word) && !t[k].comma)
            return genitive(k + 2);
        return k + 1;  // "China der Resolution": a dative, not a genitive, after a name
    };
    std::size_t end;
    if (i < t.size() && t[i].word == "sowohl") {
        // "sowohl Russland als auch China"
        end = one(i + 1);
        if (end == i + 1 || end + 2 >= t.size() || t[end].word != "als" ||
            t[end + 1].word != "auch")
            return i;
        const std::size_t second = one(end + 2);
        return second == end + 2 ? i : second;
    }
    end = one(i);
    if (end == i) return i;
    while (end + 1 < t.size() && t[end].word == "und" && !t[end - 1].comma) {
        const std::size_t next = one(end + 1);
        if (next == end + 1) break;
        end = next;
    }
    return end;
}

// Bytes of `s` from token a to the end of token b-1, punctuation after it excluded.
std::string span(std::string_view s, const std::vector<Token>& t, std::size_t a, std::size_t b) {
    if (a >= b || a >= t.size()) return {};
    const std::size_t from = t[a].begin;
    const std::size_t to = b < t.size() ? t[b].begin : s.size();
    std::string out(s.substr(from, to - from));
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n'))
        out.pop_back();
    return out;
}

std::string rest_from(std::string_view s, const std::vector<Token>& t, std::size_t a) {
    if (a >= t.size()) return {};
    return std::string(s.substr(t[a].begin));
}

std::string tidy(std::string s) {
    s = bank::normalise(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' ||
                          s.back() == ':' || s.back() == ' '))
        s.pop_back();
    // A dangling conjunction at the end ("..., und").
    for (std::string_view w : {" und", " oder", " sowie", " wobei"})
        if (s.size() > w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0)
            s.erase(s.size() - w.size());
    // Unbalanced brackets or quotes left by a cut.
    if (s.find('(') == std::string::npos && !s.empty() && s.back() == ')') s.pop_back();
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC3) {
        const auto c = static_cast<unsigned char>(s[1]);
        if (c == 0xA4 || c == 0xB6 || c == 0xBC) s[1] = static_cast<char>(c - 0x20);
    }
    return s;
}

// Present tense for the verb of each "und"-coordinated clause after the first one
// ("... und traf sich mit ..." -> "... und trifft sich mit ...").
std::string coordinated_present(std::string_view s, const WordList& words) {
    const auto t = tokenize(s);
    std::string out(s);
    for (std::size_t i = t.size(); i-- > 1;) {
        if (t[i - 1].word != "und") continue;
        if (!is_preterite(t[i].word, words)) continue;
        const auto p = present_tense(t[i].word, words);
        const std::size_t at = t[i].begin;
        out.replace(at, t[i].word.size(), p);
    }
    return out;
}

}  // namespace chronik::derive::clause_parts
