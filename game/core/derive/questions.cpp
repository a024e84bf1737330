#include "derive/document.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "bank/source_text.hpp"
#include "derive/clause_checks.hpp"
#include "derive/clause_grammar.hpp"
#include "derive/event_clauses.hpp"
#include "derive/number_choices.hpp"
#include "derive/question_prompts.hpp"
#include "derive/text_cleaning.hpp"
#include "derive/text_keys.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {
namespace {

constexpr int kNearYears = 25;           // year distractors of the text within this distance
constexpr std::size_t kPoolWindow = 64;  // nearest mentions looked at for a distractor
constexpr int kSameEraYears = 50;        // a name's distractors: mentioned this close in time

}  // namespace

void add_questions(const Document& doc, const WordList& words, std::vector<McCandidate>& out) {
    const auto& sentences = doc.sentences;
    const auto& names = doc.names;
    const auto& people = doc.people;
    const auto& dates_of = doc.dates_of;
    const auto& facts_of = doc.facts_of;
    const auto& era_of = doc.era_of;
    const auto& doc_facts = doc.doc_facts;
    // Multiple-choice questions: one per fact, a W-question where the clause allows it
    // ("In welchem Jahr ...?", "Wer ...?", "Wo ...?", "Wie viele ...?"), else a gap.
    std::vector<int> doc_years;
    std::map<FactKind, std::vector<const DocFact*>> by_kind;
    std::map<std::string, std::vector<const DocFact*>> numbers_by_unit;
    for (const auto& df : doc_facts) {
        if (df.fact.kind == FactKind::Year) doc_years.push_back(df.fact.year);
        by_kind[df.fact.kind].push_back(&df);
        auto& same_unit = numbers_by_unit[lower(df.fact.unit)];
        if (df.fact.kind == FactKind::Number && same_unit.size() < kPoolWindow)
            same_unit.push_back(&df);
    }
    std::sort(doc_years.begin(), doc_years.end());
    doc_years.erase(std::unique(doc_years.begin(), doc_years.end()), doc_years.end());
    // The folded text, for counting how often an answer occurs (difficulty).
    std::string folded_text;
    for (const auto& s : sentences)
        folded_text += fold(s.text) + "\n";
    const auto mentions_of = [&](const std::string& answer) {
        const auto key = fold(answer);
        int n = 0;
        for (auto at = folded_text.find(key); at != std::string::npos;
             at = folded_text.find(key, at + key.size()))
            ++n;
        return std::max(1, n);
    };
    const auto sentences_text_of = [&](const DocFact& df) { return sentences[df.sentence].text; };
    // The explanation: the whole sentence and the one after it in its paragraph (or the
    // one before, for the last), so the draft teaches more than its quote.
    // Words broken at a line end are joined, as on the cards ("Haupt-\nstadt" -> "Hauptstadt").
    const auto explained = [&](std::size_t k) {
        return quote_text(join_broken_words(sentences[k].text));
    };
    const auto explanation_for = [&](std::size_t si) {
        std::string e = "Im Text: „" + explained(si) + "“";
        const auto near = [&](std::size_t k) {
            return k < sentences.size() && sentences[k].paragraph == sentences[si].paragraph &&
                   sentences[k].text.size() <= 320;
        };
        if (near(si + 1))
            e += " Weiter heißt es: „" + explained(si + 1) + "“";
        else if (si > 0 && near(si - 1))
            e += " Davor heißt es: „" + explained(si - 1) + "“";
        return e;
    };
    std::set<std::string> prompts;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto s = sentences[si].text;
        std::set<std::string> in_sentence;
        for (const auto& f : facts_of[si]) {
            in_sentence.insert(fold(f.text));
            if (f.kind == FactKind::Person) in_sentence.insert(person_key(f.text));
            const auto it = names.alias.find(f.text);
            if (it != names.alias.end()) in_sentence.insert(fold(it->second));
            for (const auto& [surname, full] : names.alias)
                if (full == f.text) in_sentence.insert(fold(surname));
        }
        for (const auto& f : facts_of[si]) {
            // The quoted piece must stand on its own: a relative clause, a fragment or a
            // subordinate clause takes the whole sentence when that is short enough, else no
            // question ("das mehr als 28 Jahre lang bestand" has no referent).
            auto clause = clause_around(s, f.begin, f.end);
            // A W-question moves the rest of the clause around the verb: only for a fact of
            // the sentence's first piece (before any comma), never of a dependent clause.
            // Nor when what the verb says follows in the next piece ("Chusnullin sagte 2022, dass
            // …" would ask "In welchem Jahr sagte Chusnullin?").
            const bool first_piece =
                s.substr(0, f.begin).find_first_of(",;") == std::string_view::npos &&
                !continues_in_next_piece(s, clause.second);
            if (const auto start = piece_start(s, clause.first, clause.second, words);
                start != PieceStart::Sentence) {
                if (s.size() <= kPromptSentence)
                    clause = {0, s.size()};
                else if (!self_contained(start))
                    continue;
            }
            // "Chusnullin sagte ___": a piece that stops before what was said.
            if (clause.second < s.size() && clause.first + 1 < clause.second &&
                ends_with_saying(s.substr(clause.first, clause.second - clause.first))) {
                if (s.size() > kPromptSentence) continue;
                clause = {0, s.size()};
            }
            if (clause.first == 0 && opens_with_pronoun(s)) continue;
            // "Nun stand ihm ganz ___ offen": whom "ihm" means is not in the prompt.
            if (pronoun_without_referent(s, clause, facts_of[si])) continue;
            // A number whose unit is broken over a line or ends the sentence ("200,000 Fran¬
            // zosen.") cannot be written as a choice.
            if (f.kind == FactKind::Number &&
                (f.text.find('\n') != std::string::npos || f.text.find("¬") != std::string::npos ||
                 f.text.back() == '.'))
                continue;
            const auto clause_text = s.substr(clause.first, clause.second - clause.first);
            // The answer must not stand elsewhere in the clause.
            const auto rel = f.begin - clause.first;
            const auto again = clause_text.find(f.text);
            const auto again2 = clause_text.find(f.text, rel + 1);
            if (again != rel || again2 != std::string_view::npos) continue;
            // A genitive or compound ("Stalins", "Russland-Gipfel") would give the answer away.
            if (f.end < s.size() &&
                (std::isalnum(static_cast<unsigned char>(s[f.end])) || s[f.end] == '-'))
                continue;
            // The W-question: the phrase to take out of the clause and what it asks for.
            std::optional<std::string> asked;
            {
                std::size_t pb = f.begin, pe = f.end;
                std::optional<AskFor> ask;
                std::string unit;
                if (f.kind == FactKind::Year) {
                    bool claim = false, approximate = false;
                    for (const auto& m : dates_of[si]) {
                        if (m.year_begin != f.begin) continue;
                        claim = claim || dates_a_claim(s, m);
                        // "dem Wartburgfest (1817)": ask for the year of the name.
                        const auto open = s.rfind('(', m.begin);
                        if (m.date.precision == bank::DatePrecision::Year &&
                            open != std::string_view::npos && open + 1 == m.begin &&
                            m.end < s.size() && s[m.end] == ')') {
                            const auto name = bracketed_name(s, open);
                            if (!name.empty() && list_item_before(s, open, words))
                                asked = "In welches Jahr fällt „" + name + "“?";
                        }
                        pb = m.begin;
                        pe = m.end;
                        const auto lead = lower(s.substr(m.begin, 4));
                        // "die Ausdehnung von 1792": the year names a thing; only a gap asks.
                        const bool names_thing =
                            m.begin == m.year_begin && (year_after_noun_and_particle(s, m, words) ||
                                                        (lead == "von " && attributive_von(s, m)));
                        if (m.role == DateRole::At && !names_thing) ask = AskFor::Year;
                        // "um 1450", "gegen 260", "ca. 1200": an approximate year is no exact
                        // answer (1452 is "um 1450" too).
                        for (std::string_view about : {"um ", "gegen ", "ca. ", "etwa ", "circa "})
                            if (lower(s.substr(m.begin, about.size())) == about) approximate = true;
                        if (m.role == DateRole::Since)
                            ask = lead.rfind("ab ", 0) == 0 ? AskFor::YearFrom : AskFor::YearSince;
                        if (m.role == DateRole::Until && !m.ends_range) ask = AskFor::YearUntil;
                    }
                    if (claim || approximate) continue;
                } else if (f.kind == FactKind::Place) {
                    const auto toks = tokenize(s.substr(0, f.begin));
                    if (!toks.empty()) {
                        const auto w = lower(toks.back().word);
                        if (w == "in" || w == "nach" || w == "aus") {
                            pb = toks.back().begin;
                            ask = AskFor::Place;
                        }
                    }
                } else if (f.kind == FactKind::Number) {
                    if (f.unit.find('.') == std::string::npos &&
                        f.unit.find(' ') == std::string::npos) {
                        ask = AskFor::Count;
                        unit = f.unit;
                    }
                } else if (f.kind == FactKind::Person) {
                    ask = AskFor::Person;
                } else if (f.kind == FactKind::Country) {
                    ask = AskFor::Country;
                } else if (f.kind == FactKind::Organisation) {
                    ask = AskFor::Organisation;
                }
                if (!asked && ask && first_piece && pb >= clause.first && pe <= clause.second)
                    asked = wh_question(clause_text, pb - clause.first, pe - clause.first, *ask,
                                        unit, words, people);
            }
            // "In welchem Jahr sagte … Chusnullin?": what was said is in the next piece.
            if (asked && ends_with_saying(*asked)) asked.reset();
            std::string blanked(clause_text);
            blanked.replace(rel, f.end - f.begin, "___");
            // In a gap the word before it stays: "der ___" takes only choices written with
            // "der" in the text, "in ___" only ones written without an article.
            const std::string before_answer = asked ? std::string() : fact_before(s, f.begin);
            const auto article_fits = [&](const DocFact& df) {
                if (asked) return true;
                const std::string b = fact_before(sentences_text_of(df), df.fact.begin);
                return is_article_word(b) == is_article_word(before_answer) &&
                       (!is_article_word(b) || b == before_answer);
            };
            // "Den Anlass gab die spanische Thronfrage: …" for Spanien: the prompt gives it away.
            if (f.kind == FactKind::Country && names_kin_word(asked ? *asked : blanked, f.text))
                continue;
            std::vector<std::string> distractors;
            std::set<std::string> taken = in_sentence;
            const std::string folded_prompt = fold(asked ? *asked : blanked);
            auto take = [&](const std::string& d) {
                if (distractors.size() >= 3 || taken.count(fold(d))) return;
                // A choice the prompt itself names would be a giveaway (or also true).
                if (folded_prompt.find(fold(d)) != std::string::npos) return;
                // "Deutschland" where the prompt says "Das Deutsche Reich", "Preußen" next to
                // "unter preußischer Führung": the prompt names that country itself.
                if (f.kind == FactKind::Country && names_kin_word(asked ? *asked : blanked, d))
                    return;
                // "Südwestafrika" for "Deutsch-Südwestafrika": a part of the answer is also right.
                if (part_of_name(f.text, d)) return;
                for (const auto& x : distractors)
                    if (part_of_name(x, d)) return;  // two names of one thing
                taken.insert(fold(d));
                distractors.push_back(d);
            };
            if (f.kind == FactKind::Year) {
                // Years of this text near the answer first, then years next to it:
                // a distractor centuries away would give the answer away.
                std::vector<int> near(
                    std::lower_bound(doc_years.begin(), doc_years.end(), f.year - kNearYears),
                    std::upper_bound(doc_years.begin(), doc_years.end(), f.year + kNearYears));
                std::stable_sort(near.begin(), near.end(), [&](int a, int b) {
                    return std::abs(a - f.year) < std::abs(b - f.year);
                });
                // Choices of the same era, written as the answer is ("44 v. Chr.").
                auto take_year = [&](int y) {
                    if (y != f.year && y != 0 && (y < 0) == (f.year < 0))
                        take(std::to_string(y < 0 ? -y : y) + (f.era.empty() ? "" : " " + f.era));
                };
                for (int y : near)
                    take_year(y);
                for (int delta : {2, -3, 5, -1, 1, -2, 3, -5, 7, -7, 10, -10})
                    take_year(f.year + delta);
            } else if (f.kind == FactKind::Number) {
                // Numbers of the text in the same unit first, then values near the answer;
                // none the sentence rules out ("zwischen 136 und ___").
                const auto bounds = number_bounds(s, f);
                const auto it = numbers_by_unit.find(lower(f.unit));
                if (it != numbers_by_unit.end())
                    for (const auto* df : it->second)
                        if (plausible_number(df->fact.value, f, bounds)) take(df->fact.text);
                for (const auto& d : nearby_numbers(f, bounds, fnv1a(s)))
                    take(d);
            } else {
                // Same kind, from this document, nearest in the text first (same era);
                // people with the same role before the others. Only a window of the
                // nearest mentions is looked at, so long texts stay linear.
                const auto& all = by_kind[f.kind];
                std::vector<const DocFact*> pool;
                {
                    auto right =
                        std::lower_bound(all.begin(), all.end(), static_cast<int>(si),
                                         [](const DocFact* d, int v) { return d->order < v; });
                    auto left = right;
                    while (pool.size() < kPoolWindow &&
                           (left != all.begin() || right != all.end())) {
                        if (right != all.end()) pool.push_back(*right++);
                        if (left != all.begin()) pool.push_back(*--left);
                    }
                }
                const int here = static_cast<int>(si);
                std::string role;
                if (f.kind == FactKind::Person) {
                    auto full = f.text;
                    if (names.alias.count(full)) full = names.alias.at(full);
                    if (names.person_role.count(full)) role = names.person_role.at(full);
                }
                auto role_of = [&](const std::string& n) -> std::string {
                    auto full = n;
                    if (names.alias.count(full)) full = names.alias.at(full);
                    const auto it = names.person_role.find(full);
                    return it == names.person_role.end() ? std::string() : it->second;
                };
                std::stable_sort(pool.begin(), pool.end(), [&](const DocFact* a, const DocFact* b) {
                    if (!role.empty()) {
                        const bool ra = role_of(a->fact.text) == role,
                                   rb = role_of(b->fact.text) == role;
                        if (ra != rb) return ra;
                    }
                    return std::abs(a->order - here) < std::abs(b->order - here);
                });
                const bool short_form = f.text.find(' ') == std::string::npos;
                for (const auto* df : pool) {
                    if (!article_fits(*df)) continue;
                    // Same era: a person, state or party named for a time decades away (a
                    // vizier of 1529 for 1683) is no choice a student weighs; fewer than three
                    // then means no question. Places outlast eras (the Hanse's towns).
                    const int era_here = era_of[si], era_there = era_of[df->sentence];
                    if (f.kind != FactKind::Place && era_here != 0 && era_there != 0 &&
                        std::abs(era_here - era_there) > kSameEraYears)
                        continue;
                    std::string d = df->fact.text;
                    if (f.kind == FactKind::Person) {
                        // Same form as the answer: surname for a surname, full name otherwise.
                        std::string full = names.alias.count(d) ? names.alias.at(d) : d;
                        if (taken.count(fold(full)) || taken.count(person_key(full))) continue;
                        if (folded_prompt.find(fold(full)) != std::string::npos) continue;
                        std::string surname;
                        for (const auto& [sn, fn] : names.alias)
                            if (fn == full) surname = sn;
                        if (short_form && !surname.empty())
                            d = surname;
                        else if (!short_form)
                            d = full;
                        if (short_form && surname.empty()) d = full;
                        if (folded_prompt.find(fold(d)) != std::string::npos) continue;
                        taken.insert(fold(full));
                        taken.insert(person_key(full));
                        if (distractors.size() < 3 &&
                            std::find(distractors.begin(), distractors.end(), d) ==
                                distractors.end())
                            distractors.push_back(d);
                        continue;
                    }
                    take(d);
                }
            }
            if (distractors.size() < 3 || has_ellipsis(clause_text)) continue;
            // "b) ___ Der Krieg in Frankreich.": a heading's year is no gap to fill.
            if (!asked && f.kind == FactKind::Year &&
                !has_finite_verb(tokenize(clause_text), words)) {
                const auto toks = tokenize(clause_text);
                std::size_t k = 0;
                const auto marker = [&](const Token& t) {
                    if (t.word == "§") return true;
                    const bool closes =
                        t.end < clause_text.size() && (clause_text[t.end] == ')' || t.dot);
                    return t.word.size() <= 3 && closes && !is_year_word(t.word);
                };
                while (k < toks.size() && marker(toks[k]))
                    ++k;
                if (k < toks.size() && clause.first + toks[k].begin == f.begin) continue;
            }
            McCandidate q;
            q.asks = asked.has_value();
            q.question.prompt =
                asked ? *asked : std::string(gap_lead(f.kind)) + " „" + gap_text(blanked) + "“";
            if (!prompts.insert(fold(q.question.prompt)).second) continue;
            q.question.answer = f.text;
            q.question.answer_type = answer_type_of(f.kind);
            q.question.distractors = distractors;
            q.quote = quote_text(clause_text);
            q.sentence = quote_text(s);
            q.topic = std::string(sentences[si].topic);
            q.mentions = mentions_of(f.text);
            q.question.explanation = explanation_for(si);
            q.era_year = era_of[si];
            out.push_back(std::move(q));
        }
    }
}

}  // namespace chronik::derive
