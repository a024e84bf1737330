#include "derive/event_clauses.hpp"

#include <algorithm>

#include "bank/source_text.hpp"
#include "derive/clause_checks.hpp"
#include "derive/derive.hpp"
#include "derive/text_keys.hpp"
#include "derive/tokens.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive {

std::string_view between(std::string_view s, std::size_t a, std::size_t b) {
    return a <= b ? s.substr(a, b - a) : std::string_view();
}

std::pair<std::size_t, std::size_t> narrow_clause(std::string_view s,
                                                  std::pair<std::size_t, std::size_t> clause,
                                                  const DateMention& m,
                                                  const std::vector<DateMention>& dates) {
    auto others_inside = [&](std::size_t a, std::size_t b) {
        for (const auto& o : dates)
            if (&o != &m && o.begin >= a && o.end <= b) return true;
        return false;
    };
    if (!others_inside(clause.first, clause.second)) return clause;
    std::vector<std::size_t> cuts{clause.first};
    for (std::size_t i = clause.first; i < clause.second; ++i) {
        if ((s[i] == ',' || s[i] == ';') && i + 1 < clause.second && s[i + 1] == ' ')
            cuts.push_back(i + 2);
        if (s.compare(i, 5, " und ") == 0) cuts.push_back(i + 1);
    }
    cuts.push_back(clause.second);
    std::size_t a = clause.first, b = clause.second;
    for (auto c : cuts)
        if (c <= m.begin) a = std::max(a, c);
    for (auto c : cuts)
        if (c >= m.end) b = std::min(b, c);
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == ',' || s[b - 1] == ';'))
        --b;
    if (b - a < 25 || others_inside(a, b)) return clause;
    return {a, b};
}

std::size_t after_last_comma(std::string_view s, std::size_t at) {
    for (std::size_t i = std::min(at, s.size()); i-- > 0;)
        if (s[i] == ',' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\n')) return i + 2;
    return 0;
}

bool in_relative_clause(std::string_view s, std::size_t at, const WordList& words) {
    const std::size_t from = after_last_comma(s, at);
    if (from == 0) return false;
    auto end = s.find(',', at);
    if (end == std::string_view::npos) end = s.size();
    const auto toks = tokenize(s.substr(from, end - from));
    if (toks.size() < 2) return false;
    bool pronoun = false;
    for (std::string_view r : {"welche", "welcher", "welches", "welchen", "die", "der", "das",
                               "deren", "dessen", "dem", "den", "wo"})
        pronoun = pronoun || toks[0].word == r;
    if (!pronoun) return false;
    const auto& last = toks.back().word;
    for (std::string_view v : {"ist", "sind", "hat", "haben", "wird", "werden"})
        if (last == v) return true;
    return is_preterite(last, words);
}

std::string bracketed_name(std::string_view s, std::size_t open) {
    const std::size_t from = after_last_comma(s, open);
    const auto toks = tokenize(s.substr(from, open - from));
    std::size_t start = 0;
    for (std::size_t i = 0; i < toks.size(); ++i)
        if (is_article_word(toks[i].word) || toks[i].word == "im" || toks[i].word == "am" ||
            toks[i].word == "zum" || toks[i].word == "zur" || toks[i].word == "beim")
            start = i + 1;
    std::string name;
    for (std::size_t i = start; i < toks.size(); ++i) {
        if (!is_capitalised(toks[i].word)) continue;
        if (!name.empty()) name += ' ';
        name += toks[i].word;
    }
    return name;
}

bool list_item_before(std::string_view s, std::size_t open, const WordList& words) {
    const std::size_t from = after_last_comma(s, open);
    const auto toks = tokenize(s.substr(from, open - from));
    std::size_t i = 0;
    while (i < toks.size() &&
           (toks[i].word == "so" || toks[i].word == "wie" || toks[i].word == "sowie" ||
            toks[i].word == "und" || toks[i].word == "schließlich"))
        ++i;
    // "der die Franzosen … vertrieben hatte und schlug die Franzosen bei Laon (…)" is a
    // relative clause, not a list item: an item has no finite verb.
    return i < toks.size() && is_article_word(toks[i].word) && !has_finite_verb(toks, words);
}

std::pair<std::size_t, std::size_t> extend_short(std::string_view s,
                                                 std::pair<std::size_t, std::size_t> piece,
                                                 const DateMention& m,
                                                 const std::vector<DateMention>& dates) {
    const auto words = tokenize(s.substr(piece.first, piece.second - piece.first));
    if (words.size() >= 10 || piece.second + 2 >= s.size() || s[piece.second] != ',') return piece;
    std::size_t next = piece.second + 2;
    int depth = 0;
    while (next < s.size()) {
        if (s.compare(next, 3, "„") == 0 || s[next] == '(') ++depth;
        if ((s.compare(next, 3, "“") == 0 || s[next] == ')') && depth > 0) --depth;
        if (depth == 0 && (s[next] == ',' || s[next] == ';')) break;
        ++next;
    }
    while (next > piece.second && (s[next - 1] == '.' || s[next - 1] == ' '))
        --next;
    for (const auto& o : dates)
        if (&o != &m && o.begin >= piece.second && o.end <= next) return piece;
    return {piece.first, next};
}

std::string without_dates(std::string_view s, std::pair<std::size_t, std::size_t> clause,
                          const DateMention& m, const std::vector<DateMention>& dates) {
    std::size_t cut_begin = m.begin, cut_end = m.end;
    // Other dates in the clause ("bis 1962") would put a second date on the card: they go.
    std::vector<std::pair<std::size_t, std::size_t>> others;
    for (const auto& o : dates)
        if (&o != &m && o.begin >= clause.first && o.end <= clause.second &&
            (o.end <= cut_begin || o.begin >= cut_end))
            others.emplace_back(o.begin, o.end);
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& o : dates) {
            if (o.begin < clause.first || o.end > clause.second) continue;
            for (auto gap : {" und ", " oder ", ", ", " bzw. ", " zu ", " bis "}) {
                if (o.begin >= cut_end && between(s, cut_end, o.begin) == gap) {
                    cut_end = o.end;
                    grew = true;
                } else if (o.end <= cut_begin && between(s, o.end, cut_begin) == gap) {
                    cut_begin = o.begin;
                    grew = true;
                }
            }
        }
    }
    std::string out(s.substr(clause.first, clause.second - clause.first));
    others.emplace_back(cut_begin, cut_end);
    std::sort(others.begin(), others.end());
    for (auto it = others.rbegin(); it != others.rend(); ++it) {
        if (it->first < cut_begin && it->second > cut_begin) continue;  // coordinated, in the cut
        if (it->first >= cut_begin && it->second <= cut_end &&
            *it != std::make_pair(cut_begin, cut_end))
            continue;
        out.erase(it->first - clause.first, it->second - it->first);
    }
    return out;
}

std::optional<DateMention> date_only(std::string_view text, const std::vector<DateMention>& dates) {
    if (dates.size() != 1 || dates[0].ends_range) return std::nullopt;
    const auto& m = dates[0];
    if (m.role != DateRole::At && m.role != DateRole::Range) return std::nullopt;
    for (const auto& t : tokenize(text)) {
        if (t.begin >= m.begin && t.end <= m.end) continue;
        if (t.word == "§") continue;
        return std::nullopt;
    }
    return m;
}

std::string title_before_bracket(std::string_view s, const DateMention& m, const WordList& words) {
    const auto open = s.rfind('(', m.begin);
    if (open == std::string_view::npos || open + 1 != m.begin || m.end >= s.size() ||
        s[m.end] != ')')
        return {};
    const auto rest = s.substr(m.end + 1);
    if (rest.find_first_not_of(". ") != std::string_view::npos) return {};
    auto head = s.substr(0, open);
    auto toks = tokenize(head);
    // A section number or letter: "7.", "§ 42.", "a)".
    std::size_t from = 0;
    while (from < toks.size() &&
           (toks[from].word == "§" || (all_digits(toks[from].word) && toks[from].word.size() <= 3)))
        ++from;
    if (from >= toks.size() || toks.size() - from > 9) return {};
    for (std::size_t k = from; k < toks.size(); ++k)
        if (toks[k].comma && k + 1 < toks.size() && s[toks[k].end] == ',') return {};
    const std::vector<Token> body(toks.begin() + static_cast<std::ptrdiff_t>(from), toks.end());
    if (has_finite_verb(body, words) || !is_capitalised(body.front().word)) return {};
    auto title = join_broken_words(head.substr(toks[from].begin));
    return bank::normalise(title);
}

bool year_after_noun_and_particle(std::string_view s, const DateMention& m, const WordList& words) {
    const auto before = tokenize(s.substr(0, m.begin));
    if (before.size() < 3) return false;
    const auto rest = s.substr(m.end);
    if (rest.find_first_not_of(".!? ") != std::string_view::npos) return false;
    const auto& particle = before.back().word;
    const auto& noun = before[before.size() - 2];
    if (particle.empty() || particle.size() > 4 || is_capitalised(particle) ||
        before.back().comma || noun.comma || !is_capitalised(noun.word))
        return false;
    static const std::string_view kTime[] = {
        "im",    "in",   "um",   "am",  "ab",  "bis",  "seit", "anno", "ca",  "erst",
        "schon", "noch", "nach", "vor", "und", "oder", "auch", "dann", "erst"};
    for (auto t : kTime)
        if (particle == t) return false;
    std::vector<Token> one{before.back()};
    return !has_finite_verb(one, words);
}

bool attributive_von(std::string_view s, const DateMention& m) {
    const auto before = tokenize(s.substr(0, m.begin));
    return before.size() >= 2 && is_capitalised(before.back().word) && !before.back().comma;
}

bool dates_a_claim(std::string_view s, const DateMention& m) {
    const auto before = tokenize(s.substr(0, m.begin));
    if (before.empty()) return false;
    const auto stem = [](std::string word) {
        for (auto& c : word)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (std::string_view k :
             {"stand", "schätzung", "angabe", "zählung", "studie", "untersuchung", "erhebung",
              "forschung", "statistik", "bericht", "quelle", "auflage", "ausgabe"})
            if (word.find(k) != std::string::npos) return true;
        return false;
    };
    if (before.back().word == "Stand") return true;
    const auto open = s.rfind('(', m.begin);
    const bool bracketed = open != std::string_view::npos && open + 1 == m.begin;
    if (!bracketed) return false;
    if (stem(before.back().word)) return true;
    const std::size_t from = after_last_comma(s, open);
    const auto piece = tokenize(s.substr(from, open - from));
    return !piece.empty() &&
           (piece[0].word == "nach" || piece[0].word == "laut" || piece[0].word == "Nach" ||
            piece[0].word == "Laut" || piece[0].word == "gemäß");
}

namespace {

bool is_relative_pronoun(std::string_view w) {
    for (std::string_view r : {"der", "die", "das", "den", "dem", "deren", "dessen", "denen",
                               "welcher", "welche", "welches", "welchen", "welchem"})
        if (w == r) return true;
    return false;
}

// The card in the present throughout: a relative clause's verb at its end ("…, den
// Regierungstruppen blutig niederschlugen" -> "niederschlagen") and the verb after the subject
// of a clause joined by ", und" ("…, und der König wurde gebracht" -> "wird").
std::string relative_clauses_present(std::string card, const WordList& words) {
    const auto t = tokenize(card);
    std::vector<std::pair<std::size_t, std::string>> changes;  // position, new word
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i - 1].comma) continue;
        std::size_t end = i;  // the last word of the clause
        while (end + 1 < t.size() && !t[end].comma)
            ++end;
        // ", die …", and after a preposition: ", mit der eine Person acht Fäden spinnen konnte".
        const bool relative = is_relative_pronoun(t[i].word) ||
                              (i + 1 < end && is_relative_pronoun(t[i + 1].word) &&
                               (t[i].word == "mit" || t[i].word == "von" || t[i].word == "durch" ||
                                t[i].word == "auf" || t[i].word == "an" || t[i].word == "in" ||
                                t[i].word == "bei" || t[i].word == "für" || t[i].word == "gegen" ||
                                t[i].word == "über" || t[i].word == "unter" || t[i].word == "aus"));
        // ", weil sie um ihre Arbeit fürchteten": a subordinate clause after the event too.
        const bool subordinate = t[i].word == "weil" || t[i].word == "da" || t[i].word == "als" ||
                                 t[i].word == "nachdem" || t[i].word == "obwohl" ||
                                 t[i].word == "sodass" || t[i].word == "bevor" ||
                                 t[i].word == "wobei";
        if ((relative || subordinate) && end > i && is_preterite(t[end].word, words)) {
            changes.push_back({end, present_tense(t[end].word, words)});
        } else if (t[i].word == "und" && i + 3 < t.size() && is_article_word(t[i + 1].word)) {
            // ", und der König wurde …": article, noun, then the verb.
            std::size_t v = i + 2;
            while (v < end && !is_capitalised(t[v].word))
                ++v;
            ++v;
            if (v <= end && is_preterite(t[v].word, words))
                changes.push_back({v, present_tense(t[v].word, words)});
        }
    }
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        if (!it->second.empty())
            card.replace(t[it->first].begin, t[it->first].word.size(), it->second);
    return card;
}

}  // namespace

bool attributive_participle_date(std::string_view s, const DateMention& m, const WordList& words) {
    const auto before = tokenize(s.substr(0, m.begin));
    const auto after = tokenize(s.substr(m.end));
    if (before.empty() || after.size() < 2 || before.back().comma) return false;
    const auto article = lower(before.back().word);
    if (article != "der" && article != "die" && article != "das" && article != "den" &&
        article != "dem" && article != "des" && article != "ein" && article != "eine" &&
        article != "einer" && article != "einen" && article != "einem" && article != "eines")
        return false;
    // "im Jahr 2003" took its preposition into the date; "die im Mai 1949 …" did too.
    const auto& w = after[0].word;
    if (is_capitalised(w) || after[0].comma) return false;
    const bool participle_ending = w.ends_with("te") || w.ends_with("ten") || w.ends_with("tes") ||
                                   w.ends_with("ter") || w.ends_with("tem") || w.ends_with("ene") ||
                                   w.ends_with("enen") || w.ends_with("ener") ||
                                   w.ends_with("enes") || w.ends_with("enem");
    // "Den Winter 1777/78 verbrachte Washingtons Armee …": a finite verb, not an attribute.
    return participle_ending && is_capitalised(after[1].word) &&
           !has_finite_verb({after[0]}, words);
}

std::pair<std::size_t, std::size_t> clause_of_date(std::string_view s,
                                                   std::pair<std::size_t, std::size_t> piece,
                                                   const DateMention& m, const WordList& words) {
    const auto text = s.substr(piece.first, piece.second - piece.first);
    const auto t = tokenize(text);
    if (t.size() < 5) return piece;
    const auto opener = lower(t[0].word);
    if (opener != "als" && opener != "weil" && opener != "nachdem" && opener != "obwohl" &&
        opener != "bevor" && opener != "sobald" && opener != "wenn")
        return piece;
    auto finite = [&](const Token& tok) {
        Token low = tok;
        low.word = lower(tok.word);
        return !is_capitalised(tok.word) && has_finite_verb({low}, words);
    };
    for (std::size_t k = 2; k + 1 < t.size(); ++k) {
        if (!t[k].comma) continue;
        // The subordinate clause ends in its finite verb and the main clause opens with its own.
        if (text[t[k].end] != ',' || !finite(t[k]) || !finite(t[k + 1])) return piece;
        const std::size_t main_begin = piece.first + t[k + 1].begin;
        const std::size_t sub_end = piece.first + t[k].end;
        if (m.begin >= main_begin) return {main_begin, piece.second};
        if (m.end <= sub_end) return {piece.first, sub_end};
        return piece;
    }
    return piece;
}

std::string checked_card(std::string card, std::string_view source, const WordList& words) {
    // ", ," where a date between two commas was cut ("Wenige Tage später, am 15. November, …").
    for (auto at = card.find(", ,"); at != std::string::npos; at = card.find(", ,"))
        card.erase(at, 2);
    // A card that starts with its finite verb has lost its subject ("Breitet sich … aus",
    // "Werden sie … eröffnet", "Fährt zwischen … die erste Eisenbahn", the preterite already
    // put in the present): not a statement.
    if (const auto toks = tokenize(card); !toks.empty()) {
        Token first = toks[0];
        first.word = lower(first.word);
        if (has_finite_verb({first}, words) || is_strong_present_singular(first.word)) return {};
    }
    card = relative_clauses_present(std::move(card), words);
    // "Der Januaraufstand scheitert; Tausende werden nach Sibirien verbannt": two statements,
    // each with its verb; the card keeps the first ("Schlacht bei Lützen; Gustav Adolfs Tod",
    // two names of one title, stays).
    if (const auto semi = card.find("; "); semi != std::string::npos &&
                                           has_finite_verb(tokenize(card.substr(0, semi)), words) &&
                                           has_finite_verb(tokenize(card.substr(semi + 2)), words))
        card.erase(semi);
    // "… wird Papst Johannes Paul II": a ruler's number at the end keeps its dot.
    if (const auto toks = tokenize(card); toks.size() >= 2) {
        const auto& last = toks.back().word;
        const bool roman =
            !last.empty() && last.size() <= 5 && last.find_first_not_of("IVX") == std::string::npos;
        if (roman && is_capitalised(toks[toks.size() - 2].word) && card.back() != '.' &&
            toks.back().end == card.size())
            card += '.';
    }
    std::string checked_source(source);
    if (!has_finite_verb(tokenize(source), words))
        if (auto passive = telegram_passive(card, words); !passive.empty()) {
            card = passive;
            checked_source = passive;  // its "wird" is the verb the card keeps
        }
    if (!card_reads_as_statement(card, checked_source, words) || opens_with_pronoun(card) ||
        refers_outside(card, words) || opens_subordinate_clause(card, words))
        return {};
    return card;
}

std::pair<std::size_t, std::size_t> clause_around(std::string_view s, std::size_t begin,
                                                  std::size_t end) {
    // A short sentence is one piece, unless a semicolon joins two statements ("… fand am 18.
    // März 1990 statt; Wahlsieger wurde …"): then only the semicolons cut it.
    const bool short_sentence = s.size() <= kLongSentence;
    if (short_sentence && s.find("; ") == std::string_view::npos) return {0, s.size()};
    // Piece boundaries: after ',' or ';' outside „…“ and (…).
    std::vector<std::size_t> cuts{0};
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "„") == 0 || s[i] == '(') ++depth;
        if ((s.compare(i, 3, "“") == 0 || s[i] == ')') && depth > 0) --depth;
        if (depth == 0 && (s[i] == ';' || (s[i] == ',' && !short_sentence)) && i + 1 < s.size() &&
            s[i + 1] == ' ')
            cuts.push_back(i + 1);
    }
    cuts.push_back(s.size());
    if (short_sentence && cuts.size() == 2) return {0, s.size()};
    std::size_t k = 0;  // piece index containing begin
    while (k + 2 < cuts.size() && cuts[k + 1] <= begin)
        ++k;
    std::size_t a = k, b = k + 1;  // cuts[a]..cuts[b]
    while (cuts[b] < end && b + 1 < cuts.size())
        ++b;
    while (cuts[b] - cuts[a] < kMinClause) {
        if (b + 1 < cuts.size())
            ++b;
        else if (a > 0)
            --a;
        else
            break;
    }
    std::size_t cb = cuts[a], ce = cuts[b];
    while (cb < ce && s[cb] == ' ')
        ++cb;
    while (ce > cb && (s[ce - 1] == ' ' || s[ce - 1] == ',' || s[ce - 1] == ';'))
        --ce;
    return {cb, ce};
}

std::vector<DateMention> bracket_asides(std::string_view s, const std::vector<DateMention>& dates) {
    std::vector<DateMention> out;
    for (const auto& m : dates) {
        if (m.explicit_year || m.begin == 0) continue;
        const auto open = s.rfind('(', m.begin);
        if (open == std::string_view::npos ||
            s.substr(open, m.begin - open).find(')') != std::string_view::npos)
            continue;
        const auto close = s.find(')', m.end);
        if (close == std::string_view::npos) continue;
        const bool dated_outside = std::any_of(dates.begin(), dates.end(), [&](const auto& o) {
            return o.explicit_year && o.date.year == m.date.year &&
                   (o.end <= open || o.begin > close);
        });
        if (!dated_outside) continue;
        DateMention aside = m;
        aside.begin = open > 0 && s[open - 1] == ' ' ? open - 1 : open;
        aside.end = close + 1;
        aside.year_begin = aside.year_end = aside.begin;
        out.push_back(aside);
    }
    return out;
}

std::string opening_phrase_event(std::string_view s, const DateMention& m, const WordList& words) {
    const auto toks = tokenize(s);
    if (toks.size() < 5 || (toks[0].word != "Nach" && toks[0].word != "Vor") ||
        (toks[1].word != "dem" && toks[1].word != "der" && toks[1].word != "den") ||
        !is_capitalised(toks[2].word) || m.begin <= toks[2].end)
        return {};
    std::size_t after = 3;  // the first token after the date
    std::vector<Token> phrase{toks[2]};
    for (; after < toks.size() && toks[after].begin < m.end; ++after) {
        if (toks[after].end > m.begin) continue;
        if (toks[after].comma) return {};
        phrase.push_back(toks[after]);
    }
    if (after >= toks.size() || phrase.size() > 12 || toks[after - 1].comma) return {};
    // The main clause's verb follows the date right away ("… 1989 begann …").
    if (!has_finite_verb({toks[after]}, words) || has_finite_verb(phrase, words)) return {};
    std::string card = join_broken_words(s.substr(toks[2].begin, m.begin - toks[2].begin));
    while (!card.empty() && card.back() == ' ')
        card.pop_back();
    const std::string& head = toks[2].word;
    if (head.size() > 3 && head.back() == 'e' && !words.has(head) &&
        words.has(head.substr(0, head.size() - 1)))
        card.erase(head.size() - 1, 1);
    return bank::normalise(card);
}

}  // namespace chronik::derive
