#include "derive/clause_grammar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "bank/source_text.hpp"
#include "derive/clause_parts.hpp"
#include "derive/lexicon.hpp"
#include "derive/name_spans.hpp"
#include "derive/tokens.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive {
using namespace clause_parts;  // the word classes and spans of this file's rules

namespace {

// The narrator's particles that a card does not keep: "wählten die Fürsten gar zwei Fremde",
// "Als nun Richard …", "wählten aber nicht seinen Sohn" ("…, aber" after a comma joins two
// clauses and stays).
std::string without_narrator_particles(std::string s) {
    const auto t = tokenize(s);
    for (std::size_t i = t.size(); i-- > 1;) {
        if (i + 1 >= t.size() || t[i].comma || t[i].dot) continue;
        const bool particle =
            t[i].word == "gar" || t[i].word == "nun" || (t[i].word == "aber" && !t[i - 1].comma);
        if (particle && t[i].end < s.size() && s[t[i].end] == ' ')
            s.erase(t[i].begin, t[i + 1].begin - t[i].begin);
    }
    return s;
}

// "trotz dieser verbesserten Beziehungen", "wegen dieses Streits": a phrase that points back
// to the sentence before and is not the event itself leaves the card.
std::string without_backward_adverbial(std::string card) {
    const auto t = tokenize(card);
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        const auto p = lower_first(t[i].word);
        if (p != "trotz" && p != "wegen" && p != "aufgrund" && p != "infolge" && p != "angesichts")
            continue;
        const auto& d = t[i + 1].word;
        if (d != "dieser" && d != "dieses" && d != "diesen" && d != "diese") continue;
        std::size_t k = i + 2;
        while (k < t.size() && !is_capitalised(t[k].word) && !t[k].comma)
            ++k;
        if (k >= t.size() || !is_capitalised(t[k].word)) return card;
        const std::size_t to = k + 1 < t.size() ? t[k + 1].begin : t[k].end;
        card.erase(t[i].begin, to - t[i].begin);
        while (!card.empty() && card.back() == ' ')
            card.pop_back();
        return card;
    }
    return card;
}

// A lower-case adjective with its ending before a noun ("französische", "belgischen"), not an
// adverb that ends the same way ("später", "wieder").
bool adjective_before_noun(std::string_view w) {
    if (w.size() < 5 || is_capitalised(w) || in(kDeterminers, w) || in(kPrepositions, w))
        return false;
    for (std::string_view adverb : {"später", "wieder", "immer", "ferner", "aber", "oder", "gerne",
                                    "heute", "ebenfalls", "bereits", "erneut", "sowie", "etwa"})
        if (w == adverb) return false;
    return w.ends_with("e") || w.ends_with("en") || w.ends_with("er") || w.ends_with("es");
}

}  // namespace

std::string timeline_sentence(std::string_view clause_in, const WordList& words,
                              const std::vector<std::string>& people) {
    const Grammar g{words, people};
    std::string clause =
        without_backward_adverbial(without_narrator_particles(bank::normalise(clause_in)));
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
        // "besetzten französische und belgische Truppen das Ruhrgebiet": adjectives and their
        // noun are the subject -> "Französische und belgische Truppen besetzen das Ruhrgebiet".
        {
            std::size_t k = np;
            while (k < t.size() && !t[k].comma &&
                   ((t[k].word == "und" && k > np) || adjective_before_noun(t[k].word)))
                ++k;
            if (k > np && k + 1 < t.size() && t[k - 1].word != "und" && is_capitalised(t[k].word) &&
                !t[k - 1].comma && !in(kDeterminers, lower_first(t[k].word))) {
                out = span(clause, t, np, k + 1) + " " + present_or_same(first, words) +
                      (reflexive ? " sich" : "");
                const auto rest = rest_from(clause, t, k + 1);
                if (!rest.empty()) out += " " + rest;
                return tidy(coordinated_present(out, words));
            }
        }
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
        // A name torn after its given name: "beschrieb der junge Friedrich Engels …", "ließ sich
        // Edmund Cartwright einen Webstuhl …" (two words the dictionary knows as no common
        // noun, the object after them), never the first name of another person of the text
        // ("überzeugte Kim Stalin" when the text has "Kim Il-sung").
        if (end > np && end + 1 < t.size() && first.back() != 'n' && !t[end - 1].comma &&
            is_capitalised(t[end - 1].word) && is_capitalised(t[end].word) && !t[end].comma &&
            !in(kDeterminers, lower_first(t[end].word)) && !words.is_common_noun(t[end].word) &&
            !words.empty()) {
            bool other_person = false;
            for (const auto& p : people)
                other_person = other_person || (p.rfind(t[end - 1].word + " ", 0) == 0 &&
                                                p != t[end - 1].word + " " + t[end].word);
            const bool given = is_given_name(t[end - 1].word);
            const bool unknown_pair = end == np + 1 && !words.is_common_noun(t[end - 1].word) &&
                                      in(kDeterminers, lower_first(t[end + 1].word));
            if (!other_person && (given || unknown_pair)) ++end;
        }
        // "wurde mit sowjetischer Hilfe die Anlage aufgebaut": the subject after a
        // prepositional phrase; the phrase stays after the verb.
        if (end == np && np < t.size() && in(kPrepositions, t[np].word)) {
            std::size_t after = np + 1;
            while (after < t.size() && after < np + 5 && !is_capitalised(t[after].word))
                ++after;
            // "in der Frankfurter Paulskirche": every capitalised word of the phrase;
            // "zwischen Stockton und Darlington": both names.
            for (bool more = true; more;) {
                more = false;
                while (after + 1 < t.size() && is_capitalised(t[after].word) && !t[after].comma &&
                       is_capitalised(t[after + 1].word) &&
                       !in(kDeterminers, lower_first(t[after + 1].word)))
                    ++after;
                if (after + 2 < t.size() && is_capitalised(t[after].word) && !t[after].comma &&
                    (t[after + 1].word == "und" || t[after + 1].word == "oder") &&
                    is_capitalised(t[after + 2].word) &&
                    !in(kDeterminers, lower_first(t[after + 2].word))) {
                    after += 2;
                    more = true;
                }
            }
            if (after < t.size() && is_capitalised(t[after].word) && !t[after].comma) {
                const std::size_t subject = after + 1;
                const std::size_t send = noun_phrase_end(t, subject, g);
                if (send > subject && in(kDeterminers, lower_first(t[subject].word))) {
                    out = span(clause, t, subject, send);
                    if (!out.empty() && out.back() == ',') out.pop_back();
                    out += ' ';
                    out += present_or_same(first, words);
                    if (reflexive) out += " sich";
                    out += ' ';
                    out += span(clause, t, adverbs_from, subject);
                    // A relative clause of the subject would now follow the phrase's name
                    // ("… zwischen Stockton und Darlington, die von einer Lokomotive …"): it
                    // goes.
                    std::size_t from = send;
                    if (send > subject && t[send - 1].comma && send < t.size() &&
                        in(kRelativePronouns, t[send].word)) {
                        from = t.size();
                        for (std::size_t k = send; k + 1 < t.size(); ++k)
                            if (t[k].comma) {
                                from = k + 1;
                                break;
                            }
                    }
                    const auto rest = rest_from(clause, t, from);
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
            // A list of subjects: "die USA, die UdSSR und Großbritannien" (the last one after
            // "und" or "sowie").
            std::size_t list_end = 0;
            for (std::size_t k = end, items = 0; t[k - 1].comma && k < t.size() && items < 5;
                 ++items) {
                const std::size_t e = noun_phrase_end(t, k, g);
                if (e == k || e >= t.size()) break;
                if (t[e - 1].comma) {
                    k = e;
                    continue;
                }
                if (t[e].word == "und" || t[e].word == "sowie") {
                    const std::size_t last_item = noun_phrase_end(t, e + 1, g);
                    if (last_item > e + 1 && !t[last_item - 1].comma) list_end = last_item;
                }
                // The last two items read as one phrase ("die UdSSR und Großbritannien").
                for (std::size_t j = k + 1; j + 1 < e; ++j)
                    if (t[j].word == "und" || t[j].word == "sowie") list_end = e;
                break;
            }
            if (list_end != 0) {
                subject = span(clause, t, np, list_end);
                end = list_end;
            } else if (end + 1 < t.size() && t[end - 1].comma &&
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
    if (in(kSubordinators, lower_first(first)) && t.size() >= 3) {
        // Verb last: "als Zar Alexander II. das Ussuriland ... erwarb" -> "Zar Alexander II.
        // erwirbt das Ussuriland ...". Only when the subject follows the subordinator and
        // the clause ends in a finite verb.
        const std::size_t last = t.size() - 1;
        // A name alone between the subordinator and the verb is the subject ("als Hindenburg
        // starb").
        const std::size_t end =
            last == 2 && is_capitalised(t[1].word) ? 2 : noun_phrase_end(t, 1, g);
        // "als Hindenburg starb" -> "Hindenburg stirbt": the subject and the verb alone.
        if (end == last && end > 1 && is_finite(t[last].word, words) && !t[last - 1].comma)
            return tidy(span(clause, t, 1, end) + " " + present_or_same(t[last].word, words));
        if (end > 1 && end < last && is_finite(t[last].word, words) && !t[last - 1].comma) {
            std::string middle = span(clause, t, end, last);
            out = span(clause, t, 1, end) + " " + present_or_same(t[last].word, words);
            if (!middle.empty()) out += " " + middle;
            return tidy(out);
        }
        return tidy(clause);
    }
    // Subject first: "Sowjetische Truppen marschierten ..." -> "... marschieren ...".
    // (A phrase opened by a preposition is no subject: "Über Kuba wird ein U-2-Flugzeug
    // abgeschossen" is handled below.)
    const std::size_t end =
        in(kPrepositions, lower_first(t[0].word)) ? 0 : noun_phrase_end(t, 0, g);
    if (end > 0 && end < t.size() && is_finite(t[end].word, words)) {
        out = span(clause, t, 0, end) + " " + present_or_same(t[end].word, words);
        // "Batista flieht, die Revolutionäre …": the verb keeps the comma after it.
        if (t[end].comma && t[end].end < clause.size()) out += clause[t[end].end];
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
