#include "derive/derive.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "bank/source_text.hpp"
#include "derive/clause_checks.hpp"
#include "derive/clause_grammar.hpp"
#include "derive/facts.hpp"
#include "derive/lexicon.hpp"
#include "derive/number_choices.hpp"
#include "derive/sentences.hpp"
#include "derive/text_cleaning.hpp"
#include "derive/tokens.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive {
namespace {

constexpr std::size_t kLongSentence = 160;
constexpr std::size_t kMinClause = 50;
constexpr std::size_t kPromptSentence = 260;  // a whole sentence still reads as a prompt
constexpr int kNearYears = 25;
constexpr std::size_t kPoolWindow = 64;

std::string fold(std::string_view s) {
    std::string out;
    for (char c : bank::normalise(s))
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// People compared without spaces and hyphens ("Kim Jong Un" is "Kim Jong-un").
std::string person_key(std::string_view s) {
    std::string out;
    for (char c : fold(s))
        if (c != ' ' && c != '-') out += c;
    return out;
}

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::string hex8(std::uint32_t v) {
    static const char* kHex = "0123456789abcdef";
    std::string out(8, '0');
    for (int i = 7; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kHex[v & 15u];
        v >>= 4;
    }
    return out;
}

// Lint refuses quotes with an ellipsis (they look like joined pieces).
bool has_ellipsis(std::string_view s) {
    return s.find("…") != std::string_view::npos || s.find("...") != std::string_view::npos;
}

struct DocFact {
    Fact fact;
    int order = 0;
    std::size_t sentence = 0;  // index of its sentence
};

// The word before the fact at `begin`, lower case ("der", "in"), or empty at the start.
std::string fact_before(std::string_view sentence, std::size_t begin) {
    const auto toks = tokenize(sentence.substr(0, begin));
    if (toks.empty() || toks.back().comma) return {};
    std::string w = toks.back().word;
    for (auto& c : w)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
}

// How a gap question asks, by the kind of the missing fact.
std::string_view gap_lead(FactKind k) {
    switch (k) {
        case FactKind::Year:
            return "Welches Jahr gehört in die Lücke?";
        case FactKind::Number:
            return "Welche Zahl gehört in die Lücke?";
        case FactKind::Person:
            return "Welche Person gehört in die Lücke?";
        case FactKind::Country:
            return "Welches Land gehört in die Lücke?";
        case FactKind::Place:
            return "Welcher Ort gehört in die Lücke?";
        case FactKind::Organisation:
            return "Welche Organisation gehört in die Lücke?";
    }
    return "Was gehört in die Lücke?";
}

bank::AnswerType answer_type_of(FactKind k) {
    switch (k) {
        case FactKind::Year:
            return bank::AnswerType::Year;
        case FactKind::Number:
            return bank::AnswerType::Number;
        case FactKind::Person:
            return bank::AnswerType::Person;
        case FactKind::Country:
            return bank::AnswerType::Country;
        case FactKind::Place:
            return bank::AnswerType::Place;
        case FactKind::Organisation:
            return bank::AnswerType::Organisation;
    }
    return bank::AnswerType::Term;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view between(std::string_view s, std::size_t a, std::size_t b) {
    return a <= b ? s.substr(a, b - a) : std::string_view();
}

// Within a clause that holds other dates too, the piece between the nearest
// ", " before and the nearest ", " or " und " after the date, when it holds no
// other date and is not too short ("1961 wurde ... und 1962 wurde ...").
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

// The position after the last ", " (or ",\n" in a hard-wrapped text) before `at`, or 0.
std::size_t after_last_comma(std::string_view s, std::size_t at) {
    for (std::size_t i = std::min(at, s.size()); i-- > 0;)
        if (s[i] == ',' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\n')) return i + 2;
    return 0;
}

// The date at `at` stands in a relative clause: after ", welche/die/der/das/deren ..." up to
// the next comma, which ends in a finite verb (", der 1618 begann"); ", der französischen
// Julirevolution (1830)" is an article and its noun.
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

// The name before a bracket at `open`: the capitalised words after the last article or
// preposition of its clause piece ("so dem Wartburgfest (" -> "Wartburgfest", "dem
// gleichzeitig gestarteten Gaibacher Fest (" -> "Gaibacher Fest"); empty when there is none.
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

// The clause piece before a bracket at `open` is an item of a list: it starts (after a comma
// or the sentence start, and an optional "so"/"wie"/"sowie"/"und") with an article.
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

// A clause piece of a few words that stops at a comma ("Chusnullin sagte 2022", "Der Beginn
// des Kriegs 2014 führte dazu") says little on its own: it takes the next piece of the
// sentence too, when that holds no other date.
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

// The clause's text without the date and without dates coordinated with it
// ("2001 und 2002 besuchte ..." -> "besuchte ...").
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

// The sentence (or heading) is nothing but a date, perhaps after a section number: "1077.",
// "1524—25.", "16. Juni.", "1848", "Das Jahr 1848". Such a line dates what follows it in an
// outline or a section.
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

// A title standing as a sentence in running text or an outline: a short noun phrase with a
// bracketed date at its end and no finite verb ("7. Schlacht bei Lützen; Gustav Adolfs Tod
// (1632).", "Tod Luthers (18. Februar)."). Returns the title without its section number,
// or empty.
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

// "Frankreich bekam die Ausdehnung vou 1792.": a year at the end of a sentence after a noun
// and a short unknown word (an OCR'd "von") names a thing, as "die Grenzen von 1792" does.
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

// "Die Federzeichnung von 1832": "von" and a year after a noun name the noun's date.
bool attributive_von(std::string_view s, const DateMention& m) {
    const auto before = tokenize(s.substr(0, m.begin));
    return before.size() >= 2 && is_capitalised(before.back().word) && !before.back().comma;
}

// A personal pronoun in the piece ("Nun stand ihm ganz Bayern offen", "So lagen sie hier")
// with no person of the sentence named before it in the piece.
bool pronoun_without_referent(std::string_view s, std::pair<std::size_t, std::size_t> piece,
                              const std::vector<Fact>& facts) {
    for (const auto& t : tokenize(s.substr(piece.first, piece.second - piece.first))) {
        const auto& w = t.word;
        if (w != "er" && w != "ihm" && w != "ihn" && w != "ihnen" && w != "sie") continue;
        const std::size_t at = piece.first + t.begin;
        bool named = false;
        for (const auto& f : facts)
            if ((f.kind == FactKind::Person ||
                 ((w == "sie" || w == "ihnen") && f.kind != FactKind::Year &&
                  f.kind != FactKind::Number)) &&
                f.begin >= piece.first && f.end <= at)
                named = true;  // "er", "ihm", "ihn" stand for a person
        if (!named) return true;
    }
    return false;
}

// The quoted sentence of a gap prompt as a reader sees it: broken words joined, no dash or
// section letter in front ("— 300,000 Verbündete …", "b) …").
std::string gap_text(std::string_view blanked) {
    std::string t = bank::normalise(join_broken_words(blanked));
    for (bool again = true; again;) {
        again = false;
        for (std::string_view lead : {"— ", "– ", "- "})
            if (t.rfind(lead, 0) == 0) {
                t.erase(0, lead.size());
                again = true;
            }
        if (t.size() >= 3 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')' && t[2] == ' ') {
            t.erase(0, 3);
            again = true;
        }
    }
    return t;
}

// The piece ending at `end` leaves its verb's object to the next one: ", dass …", ", ob …",
// ", wie …", ": …" or a quotation follow.
bool continues_in_next_piece(std::string_view s, std::size_t end) {
    if (end >= s.size()) return false;
    const auto rest = s.substr(end);
    if (rest.front() == ':') return true;
    if (rest.front() != ',') return false;
    const auto after = rest.substr(1);
    const auto toks = tokenize(after);
    if (toks.empty()) return false;
    const auto& w = toks[0].word;
    return w == "dass" || w == "daß" || w == "ob" || w == "wie" || w == "warum" ||
           after.find_first_not_of(' ') == after.find("„");
}

// A W-question with a verb of saying and nothing of what was said ("In welchem Jahr sagte
// der Ministerpräsident Marat Chusnullin?": the words were in the next piece).
bool ends_with_saying(std::string_view q) {
    if (q.find("„") != std::string_view::npos) return false;
    static const std::string_view kSaying[] = {
        "sagte",      "sagten",     "erklärte", "erklärten",  "betonte", "meinte",
        "verkündete", "behauptete", "schrieb",  "berichtete", "warnte",  "sagt",
        "erklärt",    "betont",     "meint",    "dass",       "daß"};
    bool saying = false;
    for (const auto& t : tokenize(q))
        for (auto v : kSaying) {
            if (t.word == v && (v == "dass" || v == "daß")) return false;
            saying = saying || t.word == v;
        }
    return saying;
}

// "nach derzeitigem Forschungsstand (2009)", "laut Volkszählung (1990)", "(Stand: 2009)": the
// year dates what is known or counted, not an event of the text's history.
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

// The card of a clause as a timeline text, or empty when it would not read as a statement:
// an outline's telegram line ending in a participle becomes passive ("Heinrich wird … vom
// Banne gelöst"); a card that lost its verb, dangles or starts with a pronoun is dropped.
std::string checked_card(std::string card, std::string_view source, const WordList& words) {
    std::string checked_source(source);
    if (!has_finite_verb(tokenize(source), words))
        if (auto passive = telegram_passive(card, words); !passive.empty()) {
            card = passive;
            checked_source = passive;  // its "wird" is the verb the card keeps
        }
    if (!card_reads_as_statement(card, checked_source, words) || opens_with_pronoun(card))
        return {};
    return card;
}

}  // namespace

std::string era_tag(int year) {
    const int first = year - ((year % 10) + 10) % 10;
    return std::to_string(first) + "–" + std::to_string(first + 9);
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

Derived derive_candidates(std::string_view text, const WordList& words) {
    Derived out;
    const auto paragraphs = prose_paragraphs(text);
    struct Sent {
        std::string_view text;
        int paragraph;
        std::string_view topic;
    };
    std::vector<Sent> sentences;
    for (const auto& p : paragraphs)
        for (const auto s : sentence_texts(p.text))
            sentences.push_back({s, p.index, p.heading});
    // The paragraphs vector owns the text the views point into; keep it alive.
    out.sentences = static_cast<int>(sentences.size());

    NameIndex names;
    for (const auto& s : sentences)
        learn_names(s.text, names);
    finish_names(names);
    // "in Sicht", "nach Ansicht": a word the dictionary knows as a common noun is no place.
    for (auto it = names.places.begin(); it != names.places.end();)
        it =
            words.is_common_noun(*it) || (words.is_noun_without_genitive_s(*it) && !is_country(*it))
                ? names.places.erase(it)
                : std::next(it);
    std::vector<std::string> people;  // full names, for finding subjects in clauses
    for (const auto& [name, role] : names.person_role)
        if (name.find(' ') != std::string::npos) people.push_back(name);

    DateContext ctx;
    std::vector<std::vector<DateMention>> dates_of;
    std::vector<std::vector<Fact>> facts_of;
    std::vector<int> era_of;
    std::vector<DocFact> doc_facts;
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
            auto narrow =
                extend_short(s.text, narrow_clause(s.text, clause, m, effective), m, effective);
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
            if (!title.empty()) {
                // "7. Schlacht bei Lützen; Gustav Adolfs Tod (1632).": the title is the card.
                ev.text = title;
                // "Thomas Müntzer bei Frankenhausen geschlagen" -> "… wird … geschlagen".
                if (auto passive = telegram_passive(title, words); !passive.empty())
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
                ev.text = checked_card(timeline_sentence(clause, words, people), clause, words);
                if (ev.text.empty()) continue;
            } else if (bracketed) {
                // Only a list item ("dem Wartburgfest (1817)"): a bracketed year elsewhere
                // ("nach derzeitigem Forschungsstand (2009)") is an aside that dates no event.
                ev.text = bracketed_name(s.text, open);
                if (ev.text.empty() || !list_item_before(s.text, open, words)) continue;
            } else {
                const auto source = join_broken_words(without_dates(s.text, narrow, m, dates));
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
    const auto explanation_for = [&](std::size_t si) {
        std::string e = "Im Text: „" + quote_text(sentences[si].text) + "“";
        const auto near = [&](std::size_t k) {
            return k < sentences.size() && sentences[k].paragraph == sentences[si].paragraph &&
                   sentences[k].text.size() <= 320;
        };
        if (near(si + 1))
            e += " Weiter heißt es: „" + quote_text(sentences[si + 1].text) + "“";
        else if (si > 0 && near(si - 1))
            e += " Davor heißt es: „" + quote_text(sentences[si - 1].text) + "“";
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
                    bool claim = false;
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
                        if (m.role == DateRole::Since)
                            ask = lead.rfind("ab ", 0) == 0 ? AskFor::YearFrom : AskFor::YearSince;
                        if (m.role == DateRole::Until && !m.ends_range) ask = AskFor::YearUntil;
                    }
                    if (claim) continue;
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
            std::vector<std::string> distractors;
            std::set<std::string> taken = in_sentence;
            const std::string folded_prompt = fold(asked ? *asked : blanked);
            auto take = [&](const std::string& d) {
                if (distractors.size() >= 3 || taken.count(fold(d))) return;
                // A choice the prompt itself names would be a giveaway (or also true).
                if (folded_prompt.find(fold(d)) != std::string::npos) return;
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
                for (int y : near)
                    if (y != f.year) take(std::to_string(y));
                for (int delta : {2, -3, 5, -1, 1, -2, 3, -5, 7, -7, 10, -10})
                    take(std::to_string(f.year + delta));
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
            out.questions.push_back(std::move(q));
        }
    }
    return out;
}

std::vector<bank::Item> draft_items(const Derived& d, std::string_view deck_id) {
    std::vector<bank::Item> items;
    std::set<std::string> ids;
    auto make_id = [&](std::string_view kind, const std::string& key) {
        std::uint32_t h = fnv1a(key);
        std::string id;
        for (;;) {
            id = std::string(deck_id) + "-" + std::string(kind) + "-" + hex8(h);
            if (ids.insert(id).second) return id;
            h = fnv1a(id);  // collision: derive the next id from this one, deterministically
        }
    };
    // Events: the best candidate per span.
    std::map<std::pair<std::int64_t, std::int64_t>, const EventCandidate*> best;
    for (const auto& e : d.events) {
        const auto span = e.date.span();
        auto& slot = best[{span.first, span.last}];
        if (!slot || e.score > slot->score) slot = &e;
    }
    std::vector<const EventCandidate*> chosen;
    chosen.reserve(best.size());
    for (const auto& [span, e] : best)
        chosen.push_back(e);
    std::sort(chosen.begin(), chosen.end(),
              [](const EventCandidate* a, const EventCandidate* b) { return a->order < b->order; });
    // Items of one sentence give each other away: they share a group.
    std::map<std::string, int> per_sentence;
    for (const auto* e : chosen)
        ++per_sentence[e->sentence];
    for (const auto& q : d.questions)
        ++per_sentence[q.sentence];
    const auto group_of = [&](const std::string& sentence) {
        if (per_sentence[sentence] < 2) return std::string();
        return std::string(deck_id) + "-s-" + hex8(fnv1a(sentence));
    };
    const auto topic_tag = [](const std::string& topic) {
        const auto t = bank::normalise(topic);
        return t.empty() ? std::string("Entwurf") : t;
    };
    std::map<std::string, int> texts;
    for (const auto* e : chosen) {
        bank::Item item;
        std::string text = e->text;
        if (const int n = ++texts[fold(text)]; n > 1) text += " (" + std::to_string(n) + ")";
        item.id =
            make_id("ev", e->quote + "|" + bank::format_date(e->date, bank::DateLanguage::German));
        item.tags = {era_tag(e->date.year), topic_tag(e->topic)};
        // The lead summarises the text (easy); a day is harder to place than a year.
        item.difficulty = e->paragraph == 0 ? 1 : 2;
        if (e->date.precision == bank::DatePrecision::Day) item.difficulty += 1;
        item.quote = e->quote;
        item.group = group_of(e->sentence);
        item.draft = true;
        item.body = bank::TimelineEvent{text, e->date};
        items.push_back(std::move(item));
    }
    for (const auto& q : d.questions) {
        bank::Item item;
        item.id = make_id("mc", q.quote + "|" + q.question.answer);
        item.tags = {q.era_year != 0 ? era_tag(q.era_year) : std::string("heute"),
                     topic_tag(q.topic)};
        // An answer the text repeats is easier to know than one it names once.
        item.difficulty = q.mentions >= 3 ? 1 : q.mentions == 2 ? 2 : 3;
        item.quote = q.quote;
        item.group = group_of(q.sentence);
        item.draft = true;
        item.body = q.question;
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace chronik::derive
