#include "derive/derive.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "bank/source_text.hpp"
#include "derive/board_notation.hpp"
#include "derive/clause_checks.hpp"
#include "derive/clause_grammar.hpp"
#include "derive/document.hpp"
#include "derive/event_clauses.hpp"
#include "derive/facts.hpp"
#include "derive/lexicon.hpp"
#include "derive/sentences.hpp"
#include "derive/text_cleaning.hpp"
#include "derive/text_keys.hpp"
#include "derive/tokens.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive {

Derived derive_candidates(std::string_view text, const WordList& words) {
    Derived out;
    const auto paragraphs = prose_paragraphs(text);
    Document doc;
    auto& sentences = doc.sentences;
    for (const auto& p : paragraphs)
        for (const auto s : sentence_texts(p.text))
            if (!is_task_or_caption(s)) sentences.push_back({s, p.index, p.heading});
    // The paragraphs vector owns the text the views point into; keep it alive.
    out.sentences = static_cast<int>(sentences.size());

    auto& names = doc.names;
    for (const auto& s : sentences)
        learn_names(s.text, names);
    finish_names(names);
    drop_nouns_from_places(names, words);
    auto& people = doc.people;  // full names, for finding subjects in clauses
    for (const auto& [name, role] : names.person_role)
        if (name.find(' ') != std::string::npos) people.push_back(name);

    DateContext ctx;
    auto& dates_of = doc.dates_of;
    auto& facts_of = doc.facts_of;
    auto& era_of = doc.era_of;
    auto& doc_facts = doc.doc_facts;
    int order = 0;
    // An outline's date line ("1077.") dates the sentences after it in its paragraph; a date
    // heading ("1848" alone on a line) sets the context of its section and dates its first
    // sentence.
    // (A plain struct with a flag, not std::optional: g++ 12 warns falsely about the latter.)
    struct Marker {
        bool active = false;
        DateMention mention;
        std::string_view line;  // the date line itself, for the quote of the first sentence
        bool next_only = false;
        bool fresh = true;
    };
    Marker marker;
    std::string_view last_topic;
    int last_paragraph = -1;
    for (std::size_t si_events = 0; si_events < sentences.size(); ++si_events) {
        const auto& s = sentences[si_events];
        if (s.paragraph != last_paragraph) {
            if (marker.active && !marker.next_only) marker = Marker{};
            last_paragraph = s.paragraph;
        }
        if (s.topic != last_topic) {
            last_topic = s.topic;
            DateContext heading_ctx;
            const auto heading_dates = find_dates(s.topic, heading_ctx);
            if (const auto d = date_only(s.topic, heading_dates); d && d->explicit_year) {
                ctx = heading_ctx;
                marker = Marker{true, *d, {}, true, true};
            }
        }
        auto dates = find_dates(s.text, ctx);
        if (const auto d = date_only(s.text, dates)) {
            marker = Marker{true, *d, s.text, false, true};
            era_of.push_back(ctx.year);
            dates_of.push_back(std::move(dates));
            facts_of.push_back({});
            continue;
        }
        if (marker.active && dates.empty()) {
            // "1077. Heinrich in Canossa.": the sentence takes the date of the line before.
            const std::size_t cut =
                s.text.size() > kLongSentence ? clause_around(s.text, 0, 1).second : s.text.size();
            auto body = s.text.substr(0, cut);
            while (!body.empty() && (body.back() == '.' || body.back() == ' '))
                body.remove_suffix(1);
            EventCandidate ev;
            ev.date = marker.mention.date;
            ev.role = marker.mention.role;
            std::string_view quoted = s.text.substr(0, cut);
            if (marker.fresh && !marker.line.empty() &&
                marker.line.data() + marker.line.size() <= s.text.data())
                quoted = std::string_view(
                    marker.line.data(),
                    static_cast<std::size_t>(s.text.data() + cut - marker.line.data()));
            ev.quote = quote_text(quoted);
            ev.sentence = quote_text(s.text);
            ev.text = checked_card(timeline_sentence(join_broken_words(body), words, people), body,
                                   words);
            ev.topic = std::string(s.topic);
            ev.paragraph = s.paragraph;
            ev.order = order++;
            ev.score = (marker.fresh ? 2 : 0) + (marker.mention.explicit_year ? 1 : 0);
            if (ev.text.size() >= 6 && !has_ellipsis(ev.quote)) out.events.push_back(std::move(ev));
        }
        if (marker.active) {
            marker.fresh = false;
            if (marker.next_only) marker = Marker{};
        }
        const auto first_tokens = tokenize(s.text);
        const std::size_t opening_end =
            first_tokens.size() > 3 ? first_tokens[3].begin : s.text.size();
        // The mentions that date something of their own: not the end of "vom 27. Mai bis
        // zum 1. Juni 1832", not a year that only names a thing ("beim Gipfel 2019") in a
        // sentence that gives a finer date of that year ("Im April 2019").
        std::vector<DateMention> effective;
        for (const auto& m : dates) {
            if (m.ends_range) continue;
            const bool bare = m.date.precision == bank::DatePrecision::Year &&
                              m.role == DateRole::At && m.begin == m.year_begin;
            if (bare) {
                const auto before = tokenize(s.text.substr(0, m.begin));
                const bool attributive = !before.empty() && is_capitalised(before.back().word) &&
                                         !before.back().comma && !before.back().dot;
                bool finer = false;
                for (const auto& o : dates)
                    if (&o != &m && o.date.year == m.date.year &&
                        o.date.precision != bank::DatePrecision::Year)
                        finer = true;
                if (attributive && finer) continue;
            }
            effective.push_back(m);
        }
        // "753 v. Chr. – … gründen Romulus und Remus die Stadt Rom (am 21. April, bis heute …
        // gefeiert).": a bracket whose date takes its year from the sentence's own date is an
        // aside to that date; it dates nothing of its own and stays off the card.
        const auto asides = bracket_asides(s.text, effective);
        std::erase_if(effective, [&](const DateMention& m) {
            return std::any_of(asides.begin(), asides.end(), [&](const DateMention& a) {
                return m.begin >= a.begin && m.end <= a.end;
            });
        });
        // The dates a card leaves out: the asides whole, without the dates inside them.
        std::vector<DateMention> dates_and_asides(asides.begin(), asides.end());
        for (const auto& d : dates)
            if (std::none_of(asides.begin(), asides.end(), [&](const DateMention& a) {
                    return d.begin >= a.begin && d.end <= a.end;
                }))
                dates_and_asides.push_back(d);
        for (const auto& m : effective) {
            // "Die Federzeichnung von 1832 zeigt ...": a year after a noun dates that noun,
            // not what the clause tells.
            if (m.role == DateRole::At && m.date.precision == bank::DatePrecision::Year &&
                s.text.compare(m.begin, 4, "von ") == 0 && attributive_von(s.text, m))
                continue;
            // A bare year inside the same clause piece as a finer date of that year adds
            // nothing; in another piece ("1759 wurden ..., aber im August ...") it is its own.
            const auto clause = clause_around(s.text, m.begin, m.end);
            const auto piece = narrow_clause(s.text, clause, m, effective);
            bool subsumed = false;
            if (m.date.precision == bank::DatePrecision::Year && m.role == DateRole::At) {
                for (const auto& o : effective)
                    if (&o != &m && o.date.year == m.date.year &&
                        o.date.precision != bank::DatePrecision::Year && o.begin >= piece.first &&
                        o.end <= piece.second)
                        subsumed = true;
            }
            if (subsumed) continue;
            // "im Februar 1945 ... in dem seit 1910 besetzten Korea", "seine erste Reise seit
            // 2019": a since/after/before date that shares its piece with another date
            // belongs to an attribute, not to what the piece tells.
            if (m.role != DateRole::At && m.role != DateRole::Range) {
                bool other = false;
                for (const auto& o : effective)
                    if (&o != &m && o.begin >= piece.first && o.end <= piece.second) other = true;
                if (other) continue;
            }
            if (dates_a_claim(s.text, m)) continue;
            // "die 2003 gegründete Deutsche Limeskommission": a date inside an attribute
            // (article, date, participle) dates that noun, not what the clause tells.
            if (attributive_participle_date(s.text, m, words)) continue;
            // ", welche 2009 scheiterten": a date in a relative clause dates its antecedent,
            // which the card cannot name in the right case; no card rather than a wrong one.
            if (in_relative_clause(s.text, m.begin, words)) continue;
            // "Frankreich bekam die Ausdehnung vou 1792.": the year names the noun.
            if (m.role == DateRole::At && m.date.precision == bank::DatePrecision::Year &&
                m.begin == m.year_begin && year_after_noun_and_particle(s.text, m, words))
                continue;
            EventCandidate ev;
            ev.date = m.date;
            ev.role = m.role;
            const std::string title = title_before_bracket(s.text, m, words);
            auto narrow = clause_of_date(
                s.text,
                extend_short(s.text, narrow_clause(s.text, clause, m, effective), m, effective), m,
                words);
            // "Absolutismus = … → Generalstände 1614–1789 nie einberufen!": a date after a
            // board's arrow in its piece belongs to what follows the arrow, which the card
            // leaves out ("→ …, bis die Blockade am 12. Mai 1949 endet" is a piece of its own).
            if (m.begin >= narrow.first &&
                after_arrow(s.text.substr(narrow.first), m.begin - narrow.first))
                continue;
            // "(am 1. Januar 1814 geht Blücher bei Kaub über den Rhein)": a clause in brackets
            // that the date opens is the event, not the sentence around it.
            if (m.begin > 0 && s.text[m.begin - 1] == '(') {
                const auto close = s.text.find(')', m.end);
                if (close != std::string_view::npos &&
                    s.text.substr(m.begin, close - m.begin).find('(') == std::string_view::npos &&
                    has_finite_verb(tokenize(s.text.substr(m.end, close - m.end)), words))
                    narrow = {m.begin, close};
            }
            const auto clause_text = s.text.substr(narrow.first, narrow.second - narrow.first);
            ev.quote = quote_text(clause_text);
            ev.sentence = quote_text(s.text);
            // "so dem Wartburgfest (1817), der französischen Julirevolution (1830)": a date in
            // brackets after a name dates that name; the card is the name ("Wartburgfest").
            const auto open = s.text.rfind('(', m.begin);
            const bool bracketed =
                open != std::string_view::npos && m.begin - open <= 12 &&
                s.text.substr(open, m.begin - open).find_first_of("),") == std::string_view::npos &&
                m.end < s.text.size() && s.text[m.end] == ')';
            if (const auto opening = opening_phrase_event(s.text, m, words); !opening.empty()) {
                // "Nach dem Fall der Berliner Mauer am 9. November 1989 begann …": the date is
                // the fall's, not the beginning's.
                ev.text = opening;
            } else if (!title.empty()) {
                // "7. Schlacht bei Lützen; Gustav Adolfs Tod (1632).": the title is the card.
                ev.text = without_board_notation(title);
                if (ev.text.empty()) continue;
                // "Thomas Müntzer bei Frankenhausen geschlagen" -> "… wird … geschlagen".
                if (auto passive = telegram_passive(ev.text, words); !passive.empty())
                    ev.text = passive;
            } else if (bracketed && m.date.precision == bank::DatePrecision::Day &&
                       narrow.first < open && !list_item_before(s.text, open, words) &&
                       has_finite_verb(tokenize(s.text.substr(narrow.first, open - narrow.first)),
                                       words) &&
                       (m.end + 1 >= s.text.size() || s.text[m.end + 1] == '.' ||
                        s.text[m.end + 1] == ',' || s.text[m.end + 1] == ';')) {
                // "Schwarzenberg siegte bei Arcis (20. März).": a day in brackets at the end of
                // a clause dates that clause.
                auto clause = join_broken_words(without_dates(s.text, narrow, m, dates));
                for (auto at = clause.find("()"); at != std::string::npos; at = clause.find("()"))
                    clause.erase(at > 0 && clause[at - 1] == ' ' ? at - 1 : at,
                                 at > 0 && clause[at - 1] == ' ' ? 3 : 2);
                clause = without_board_notation(clause);
                if (clause.empty()) continue;
                ev.text = checked_card(timeline_sentence(clause, words, people), clause, words);
                if (ev.text.empty()) continue;
            } else if (bracketed) {
                // Only a list item ("dem Wartburgfest (1817)"): a bracketed year elsewhere
                // ("nach derzeitigem Forschungsstand (2009)") is an aside that dates no event.
                ev.text = bracketed_name(s.text, open);
                if (ev.text.empty() || !list_item_before(s.text, open, words)) continue;
            } else {
                const auto source = without_board_notation(
                    join_broken_words(without_dates(s.text, narrow, m, dates_and_asides)));
                if (source.empty()) continue;
                ev.text = checked_card(timeline_sentence(source, words, people), source, words);
                // "das mehr als 28 Jahre lang bestand": a relative clause has no subject of
                // its own on the card.
                const auto start = piece_start(s.text, narrow.first, narrow.second, words);
                if (ev.text.empty() || start == PieceStart::Relative ||
                    start == PieceStart::Pronoun)
                    continue;
            }
            ev.topic = std::string(s.topic);
            ev.paragraph = s.paragraph;
            ev.order = order++;
            ev.score = 0;
            if (m.begin < opening_end) ev.score += 2;
            if (m.explicit_year) ev.score += 1;
            if (s.paragraph == 0) ev.score -= 1;
            if (bracketed && title.empty())
                ev.score -= 1;  // a list's aside, not what the sentence tells
            if (!title.empty()) ev.score += 1;
            if (m.role == DateRole::After || m.role == DateRole::Before ||
                m.role == DateRole::Until)
                ev.score -= 1;
            if (m.role == DateRole::At && m.date.precision == bank::DatePrecision::Year &&
                (s.text.compare(m.begin, 4, "von ") == 0))
                ev.score -= 1;
            // A short card is a fragment, unless the date opens a telegram-style entry
            // ("Am 17: Waffenruhe.").
            const bool entry = m.begin < opening_end && ev.text.size() >= 6 &&
                               ev.text.find(' ') == std::string::npos && is_capitalised(ev.text);
            if ((ev.text.size() >= 12 || entry || !title.empty()) && !has_ellipsis(ev.quote))
                out.events.push_back(std::move(ev));
        }
        auto facts = find_facts(s.text, dates, names);
        era_of.push_back(ctx.year);
        for (const auto& f : facts)
            doc_facts.push_back({f, order, si_events});
        dates_of.push_back(std::move(dates));
        facts_of.push_back(std::move(facts));
    }

    add_questions(doc, words, out.questions);
    return out;
}

}  // namespace chronik::derive
