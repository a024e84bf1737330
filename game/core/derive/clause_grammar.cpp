#include "derive/clause_grammar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "bank/source_text.hpp"
#include "derive/lexicon.hpp"
#include "derive/name_spans.hpp"
#include "derive/tokens.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive {
namespace {

constexpr std::array<std::string_view, 24> kDeterminers = {
    "der",    "die",   "das",    "den",   "dem",  "des",   "ein",  "eine",
    "einen",  "einem", "einer",  "eines", "sein", "seine", "ihr",  "ihre",
    "dieser", "diese", "dieses", "jener", "jene", "zwei",  "drei", "beide"};

// Words that open a subordinate clause: its finite verb stands at the end.
constexpr std::array<std::string_view, 17> kSubordinators = {
    "als",   "dass",   "nachdem", "weil", "da",     "wobei", "woraufhin", "bevor", "während",
    "indem", "sodass", "ob",      "wenn", "obwohl", "seit",  "seitdem",   "bis"};

// Conjunctions left at the start of a clause cut out of a longer sentence.
constexpr std::array<std::string_view, 8> kLeading = {"und",  "aber", "doch",    "sowie",
                                                      "oder", "denn", "sondern", "jedoch"};

// Finite verbs in the present (or the present already) that are no preterite.
constexpr std::array<std::string_view, 16> kPresentFinite = {
    "ist",  "sind",   "hat",  "haben",  "wird", "werden", "kann", "können",
    "muss", "müssen", "soll", "sollen", "will", "wollen", "gibt", "geben"};

// Adverbs that link a sentence to the one before ("Da erschien …", "Hierauf verbanden sich
// …"): no subject, and left out of a timeline card that puts its subject first.
constexpr std::array<std::string_view, 20> kLinkAdverbs = {
    "da",      "hierauf",   "darauf",  "dann",  "nun",         "so",      "daher",
    "darum",   "deshalb",   "endlich", "jetzt", "schließlich", "zuletzt", "sodann",
    "alsdann", "daraufhin", "hierbei", "dabei", "bald",        "später"};

// Prepositions: a word after the verb that opens no subject.
constexpr std::array<std::string_view, 30> kPrepositions = {
    "in",       "im",    "am", "an",   "auf",  "aus", "bei",   "beim", "mit",   "nach",
    "von",      "vom",   "zu", "zum",  "zur",  "für", "gegen", "über", "unter", "vor",
    "zwischen", "durch", "um", "ohne", "seit", "bis", "als",   "wie",  "trotz", "während"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    for (auto x : list)
        if (x == w) return true;
    return false;
}

std::string lower_first(std::string_view w) {
    std::string s(w);
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

bool is_lower(std::string_view w) {
    return !w.empty() && !is_capitalised(w) && !std::isdigit(static_cast<unsigned char>(w[0]));
}

// The historical present of outlines ("geht Blücher über den Rhein"): common strong forms,
// and weak ones ("rückt", "landet") whose infinitive the dictionary knows.
constexpr std::array<std::string_view, 16> kStrongPresent = {
    "geht",  "kommt",  "zieht", "steht",  "fällt",  "schlägt", "hält",     "nimmt",
    "tritt", "stirbt", "wirft", "flieht", "bricht", "erhält",  "verliert", "beginnt"};

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

struct Grammar {
    const WordList& words;
    const std::vector<std::string>& people;
};

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

}  // namespace

std::string timeline_sentence(std::string_view clause_in, const WordList& words,
                              const std::vector<std::string>& people) {
    const Grammar g{words, people};
    std::string clause = bank::normalise(clause_in);
    // Leading conjunctions and commas of a cut clause.
    for (bool again = true; again;) {
        again = false;
        while (!clause.empty() && (clause[0] == ',' || clause[0] == ';' || clause[0] == ' ' ||
                                   clause[0] == ':' || clause[0] == '.'))
            clause.erase(0, 1);
        // An outline's section letter ("b) Der Krieg in Frankreich") or "§ 42." in front.
        if (clause.size() >= 3 && clause[0] >= 'a' && clause[0] <= 'z' && clause[1] == ')' &&
            clause[2] == ' ') {
            clause.erase(0, 3);
            again = true;
        }
        if (clause.rfind("§ ", 0) == 0) {
            std::size_t k = 2;
            while (k < clause.size() && std::isdigit(static_cast<unsigned char>(clause[k])))
                ++k;
            if (k > 2 && k + 1 < clause.size() && clause[k] == '.' && clause[k + 1] == ' ') {
                clause.erase(0, k + 2);
                again = true;
            }
        }
        // A dash left in front ("— 300,000 Verbündete", "– Danach").
        for (std::string_view dash : {"— ", "– "})
            if (clause.rfind(dash, 0) == 0) clause.erase(0, dash.size());
        const auto t0 = tokenize(clause);
        if (!t0.empty() && in(kLeading, t0[0].word) && t0.size() > 2) {
            clause.erase(0, t0[1].begin);
            again = true;
        }
        // "Da erschien der König …": the linking adverb goes, the verb comes first.
        if (t0.size() > 2 && in(kLinkAdverbs, lower_first(t0[0].word)) && !t0[0].comma &&
            is_finite(t0[1].word, words)) {
            clause.erase(0, t0[1].begin);
            again = true;
        }
    }
    auto t = tokenize(clause);
    if (t.empty()) return tidy(clause);
    std::string out;
    const std::string first = t[0].word;
    if (is_finite(first, words) && t.size() > 2) {
        // Verb first (the date stood in front): "besuchte schließlich Putin ..." -> "Putin
        // besucht schließlich ...".
        // "kam es in Berlin zu Kämpfen" -> "Es kommt in Berlin zu Kämpfen".
        if (t[1].word == "es" && !t[1].comma)
            return tidy(coordinated_present(
                "Es " + present_or_same(first, words) + " " + rest_from(clause, t, 2), words));
        std::size_t np = 1;
        const bool reflexive = t[1].word == "sich";
        if (reflexive) np = 2;
        const std::size_t adverbs_from = np;
        for (int adv = 0; adv < 2 && np + 1 < t.size() && is_lower(t[np].word) &&
                          !in(kDeterminers, t[np].word) && !in(kPrepositions, t[np].word) &&
                          t[np].word != "sowohl" && !is_finite(t[np].word, words) && !t[np].comma;
             ++adv)
            ++np;
        std::size_t end = noun_phrase_end(t, np, g);
        if (end == np && np != adverbs_from) {
            np = adverbs_from;
            end = noun_phrase_end(t, np, g);
        }
        // "verkündete Reichskanzler Max von Baden": a title and its name after a singular verb
        // (after a plural one the name is the object: "ermordeten Soldaten Rosa Luxemburg").
        if (end == np + 1 && first.back() != 'n' && !in(kDeterminers, lower_first(t[np].word)))
            end = std::max(end, person_name_end(t, end, words, people));
        if (end > np + 1 && first.back() != 'n' && !in(kDeterminers, lower_first(t[np].word)) &&
            !words.is_common_noun(t[end - 1].word))
            end = with_particle_name(t, end, words);
        // "wurde mit sowjetischer Hilfe die Anlage aufgebaut": the subject after a
        // prepositional phrase; the phrase stays after the verb.
        if (end == np && np < t.size() && in(kPrepositions, t[np].word)) {
            std::size_t after = np + 1;
            while (after < t.size() && after < np + 5 && !is_capitalised(t[after].word))
                ++after;
            // "in der Frankfurter Paulskirche": every capitalised word of the phrase.
            while (after + 1 < t.size() && is_capitalised(t[after].word) && !t[after].comma &&
                   is_capitalised(t[after + 1].word) &&
                   !in(kDeterminers, lower_first(t[after + 1].word)))
                ++after;
            if (after < t.size() && is_capitalised(t[after].word) && !t[after].comma) {
                const std::size_t subject = after + 1;
                const std::size_t send = noun_phrase_end(t, subject, g);
                if (send > subject && in(kDeterminers, lower_first(t[subject].word))) {
                    out = span(clause, t, subject, send);
                    out += ' ';
                    out += present_or_same(first, words);
                    if (reflexive) out += " sich";
                    out += ' ';
                    out += span(clause, t, adverbs_from, subject);
                    const auto rest = rest_from(clause, t, send);
                    if (!rest.empty()) out += " " + rest;
                    return tidy(coordinated_present(out, words));
                }
            }
        }
        if (end > np) {
            std::string subject = span(clause, t, np, end);
            // An apposition between commas stays with its noun: "die Vitalienbrüder, eine
            // Gruppe von Seeräubern, den Handel" -> "Die Vitalienbrüder, eine Gruppe von
            // Seeräubern, bedrohen den Handel".
            if (end + 1 < t.size() && t[end - 1].comma &&
                in(kDeterminers, lower_first(t[end].word))) {
                for (std::size_t k = end; k < t.size() && k < end + 7; ++k)
                    if (t[k].comma) {
                        if (k + 1 < t.size()) {
                            subject = span(clause, t, np, k + 1);
                            if (subject.back() != ',') subject += ',';
                            end = k + 1;
                        }
                        break;
                    }
            }
            out = subject + " " + present_or_same(first, words) + (reflexive ? " sich" : "");
            if (np > adverbs_from) {
                out += ' ';
                out += span(clause, t, adverbs_from, np);
            }
            const auto rest = rest_from(clause, t, end);
            if (!rest.empty()) out += " " + rest;
            return tidy(coordinated_present(out, words));
        }
        // "wurde berichtet, ...": an impersonal passive takes "Es".
        if (t[1].comma && is_lower(t[1].word))
            return tidy("Es " + present_or_same(first, words) + " " + rest_from(clause, t, 1));
        out = present_or_same(first, words) + " " + rest_from(clause, t, 1);
        return tidy(coordinated_present(out, words));
    }
    if (in(kSubordinators, lower_first(first)) && t.size() > 3) {
        // Verb last: "als Zar Alexander II. das Ussuriland ... erwarb" -> "Zar Alexander II.
        // erwirbt das Ussuriland ...". Only when the subject follows the subordinator and
        // the clause ends in a finite verb.
        const std::size_t end = noun_phrase_end(t, 1, g);
        const std::size_t last = t.size() - 1;
        if (end > 1 && end < last && is_finite(t[last].word, words) && !t[last - 1].comma) {
            std::string middle = span(clause, t, end, last);
            out = span(clause, t, 1, end) + " " + present_or_same(t[last].word, words);
            if (!middle.empty()) out += " " + middle;
            return tidy(out);
        }
        return tidy(clause);
    }
    // Subject first: "Sowjetische Truppen marschierten ..." -> "... marschieren ...".
    const std::size_t end = noun_phrase_end(t, 0, g);
    if (end > 0 && end < t.size() && is_finite(t[end].word, words)) {
        out = span(clause, t, 0, end) + " " + present_or_same(t[end].word, words);
        const auto rest = rest_from(clause, t, end + 1);
        if (!rest.empty()) out += " " + rest;
        return tidy(coordinated_present(out, words));
    }
    // Something else in front ("Nach dem Koreakrieg entwickelte sich ..."): the first finite
    // verb within the first six words changes tense, the order stays.
    for (std::size_t k = 1; k < t.size() && k < 11; ++k) {
        if (t[k - 1].comma) break;
        // A prepositional phrase in front and the subject after the verb ("In der
        // Neujahrsnacht überschritt Blücher den Rhein"): the subject goes first ("Blücher
        // überschreitet in der Neujahrsnacht den Rhein").
        if (k >= 2 && in(kPrepositions, lower_first(t[0].word)) && is_finite(t[k].word, words)) {
            std::size_t from = k + 1;
            const bool reflexive = from < t.size() && t[from].word == "sich";
            if (reflexive) ++from;
            const std::size_t send = noun_phrase_end(t, from, g);
            // Only a subject whose end is certain: after a determiner ("die Nationalversammlung"),
            // one word ("Blücher") or a person of the text ("Kim Jong-un"), never "Kim
            // Säuberungen".
            bool certain = send == from + 1 || in(kDeterminers, lower_first(t[from].word));
            for (const auto& p : people)
                certain = certain || span(clause, t, from, send) == p;
            if (send > from && !t[k].comma && certain) {
                out = span(clause, t, from, send) + " " + present_or_same(t[k].word, words) +
                      (reflexive ? " sich " : " ") + lower_first(span(clause, t, 0, k));
                const auto rest = rest_from(clause, t, send);
                if (!rest.empty()) out += " " + rest;
                return tidy(coordinated_present(out, words));
            }
        }
        if (is_preterite(t[k].word, words)) {
            out = clause;
            out.replace(t[k].begin, t[k].word.size(), present_tense(t[k].word, words));
            return tidy(coordinated_present(out, words));
        }
    }
    return tidy(clause);
}

std::optional<std::string> wh_question(std::string_view clause_in, std::size_t begin,
                                       std::size_t end, AskFor ask, std::string_view unit,
                                       const WordList& words,
                                       const std::vector<std::string>& people) {
    const Grammar g{words, people};
    const std::string clause(clause_in);
    if (begin >= end || end > clause.size()) return std::nullopt;
    const std::string phrase = clause.substr(begin, end - begin);
    const std::string before = bank::normalise(join_broken_words(clause.substr(0, begin)));
    std::string after = clause.substr(end);
    const auto pt = tokenize(phrase);
    if (pt.empty()) return std::nullopt;
    const std::string prep = lower_first(pt[0].word);
    std::string wh;
    switch (ask) {
        case AskFor::Year:
            wh = "In welchem Jahr";
            break;
        case AskFor::YearSince:
            wh = "Seit welchem Jahr";
            break;
        case AskFor::YearFrom:
            wh = "Ab welchem Jahr";
            break;
        case AskFor::YearUntil:
            wh = "Bis zu welchem Jahr";
            break;
        case AskFor::Place:
            if (prep == "in" || prep == "im")
                wh = "Wo";
            else if (prep == "nach")
                wh = "Wohin";
            else if (prep == "aus")
                wh = "Woher";
            else
                return std::nullopt;
            break;
        case AskFor::Count: {
            const std::string u(unit);
            if (u == "%" || u == "Prozent")
                wh = "Wie viel Prozent";
            else if (!u.empty() && (is_capitalised(u) || u == "km" || u == "m"))
                wh = "Wie viele " + u;
            else
                return std::nullopt;
            break;
        }
        case AskFor::Person:
            wh = "Wer";
            break;
        case AskFor::Country:
            wh = "Welches Land";
            break;
        case AskFor::Organisation:
            wh = "Welche Organisation";
            break;
    }
    const bool subject_kind =
        ask == AskFor::Person || ask == AskFor::Country || ask == AskFor::Organisation;
    const auto finish = [](std::string q) -> std::optional<std::string> {
        q = bank::normalise(join_broken_words(q));
        while (!q.empty() && (q.back() == '.' || q.back() == ',' || q.back() == ';' ||
                              q.back() == ':' || q.back() == ' '))
            q.pop_back();
        if (q.find(" ,") != std::string::npos) return std::nullopt;
        // "… statt; Wahlsieger wurde …": the question ends with its own clause.
        if (const auto semi = q.find("; "); semi != std::string::npos) q.erase(semi);
        return q + "?";
    };
    const auto ta = tokenize(after);
    if (before.empty()) {
        // The fact stands in front (or is the subject): the finite verb follows it.
        if (ta.empty() || !is_finite(ta[0].word, words)) return std::nullopt;
        if (subject_kind && pt.size() > 4) return std::nullopt;
        return finish(wh + " " + after);
    }
    if (subject_kind) return std::nullopt;  // an object: case endings would need care
    // Subject first, finite verb, then the fact somewhere after it.
    const auto tb = tokenize(before);
    const std::size_t np = noun_phrase_end(tb, 0, g);
    if (np == 0 || np >= tb.size() || !is_finite(tb[np].word, words)) return std::nullopt;
    std::string subject = span(before, tb, 0, np);
    if (!subject.empty() && in(kDeterminers, lower_first(tb[0].word)))
        subject = lower_first(subject);
    std::string q = wh + " " + tb[np].word;
    std::size_t k = np + 1;
    if (k < tb.size() && tb[k].word == "sich") {
        q += " sich";
        ++k;
    }
    q += " " + subject;
    const std::string middle = k < tb.size() ? std::string(before.substr(tb[k].begin)) : "";
    if (!middle.empty()) q += " " + middle;
    if (!bank::normalise(after).empty()) q += " " + after;
    return finish(q);
}

}  // namespace chronik::derive
