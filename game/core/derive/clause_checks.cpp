#include "derive/clause_checks.hpp"

#include <cctype>
#include <initializer_list>
#include <string>

#include "derive/text_keys.hpp"
#include "derive/verb_tense.hpp"

namespace chronik::derive {
namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
    for (auto x : list)
        if (w == x) return true;
    return false;
}

bool is_finite(const Token& t, const WordList& words) {
    return has_finite_verb(std::vector<Token>{t}, words);
}

// The index of the last finite verb of the words, or -1.
int last_finite(const std::vector<Token>& toks, const WordList& words) {
    for (std::size_t i = toks.size(); i-- > 0;)
        if (is_finite(toks[i], words)) return static_cast<int>(i);
    return -1;
}

// A past participle as outlines end their lines with: "gelöst", "gewählt", "anerkannt",
// "geschlagen", "proklamiert", "vertrieben".
bool is_participle(std::string_view w) {
    if (w.size() < 5 || is_capitalised(w)) return false;
    const bool t_end = w.back() == 't';
    const bool en_end = w.size() > 5 && w.substr(w.size() - 2) == "en";
    if (!t_end && !en_end) return false;
    if (t_end && w.size() > 5 && w.substr(w.size() - 4) == "iert") return true;
    if (w.substr(0, 2) == "ge") return true;
    for (std::string_view p :
         {"an",   "auf",  "aus",    "ab",    "bei",    "ein",     "mit", "nach",
          "vor",  "zu",   "zurück", "weg",   "fort",   "hin",     "her", "los",
          "fest", "frei", "über",   "unter", "wieder", "zusammen"})
        if (w.size() > p.size() + 3 && w.substr(0, p.size()) == p && w.substr(p.size(), 2) == "ge")
            return true;
    for (std::string_view p : {"be", "er", "ver", "zer", "ent", "emp", "miss", "über"})
        if (w.substr(0, p.size()) == p && (t_end || en_end)) return t_end || w.size() > 7;
    return false;
}

}  // namespace

bool present_plural_at(const std::vector<Token>& toks, std::size_t i, const WordList& words) {
    if (i == 0 || i >= toks.size() || toks[i - 1].comma || toks[i - 1].dot ||
        !words.is_infinitive(toks[i].word))
        return false;
    // "Der Sage nach gründen Romulus und Remus …": after a noun and its postposition "nach".
    if (toks[i - 1].word == "nach")
        return i > 2 && is_capitalised(toks[i - 2].word) && !toks[i - 2].comma &&
               !toks[i - 2].dot && one_of(lower(toks[i - 3].word), {"der", "dem", "den"});
    return is_capitalised(toks[i - 1].word) && !(i > 1 && lower(toks[i - 2].word) == "zu");
}

bool is_article_word(std::string_view w) {
    return one_of(w, {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                      "einer", "eines"});
}

bool has_finite_verb(const std::vector<Token>& toks, const WordList& words) {
    static const std::initializer_list<std::string_view> kFinite = {
        "ist", "sind",  "war",   "waren",  "wird", "werden", "wurde", "wurden",
        "hat", "haben", "hatte", "hatten", "kann", "muss",   "muß",   "soll"};
    // The present of outlines ("geht", "siegt", "rückt"): common strong forms, and weak ones
    // whose infinitive the dictionary knows.
    static const std::initializer_list<std::string_view> kPresent = {
        "geht",  "kommt", "zieht",  "steht", "fällt",  "schlägt", "hält", "gibt",
        "nimmt", "tritt", "stirbt", "wirft", "flieht", "bricht",  "siegt"};
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto& t = toks[i];
        if (is_capitalised(t.word)) continue;
        if (one_of(t.word, kFinite) || one_of(t.word, kPresent)) return true;
        if (present_plural_at(toks, i, words)) return true;
        if (is_preterite(t.word, words)) return true;
        if (t.word.size() > 3 && t.word.back() == 't' &&
            words.is_infinitive(t.word.substr(0, t.word.size() - 1) + "en"))
            return true;
        // "scheitert", "sammelt": the stem of an infinitive in -ern/-eln.
        if (t.word.size() > 4 && (t.word.ends_with("ert") || t.word.ends_with("elt")) &&
            words.is_infinitive(t.word.substr(0, t.word.size() - 1) + "n"))
            return true;
        // "überschreitet", "endet": the -e- of a stem in -t/-d.
        if (t.word.size() > 4 && t.word.ends_with("et") &&
            words.is_infinitive(t.word.substr(0, t.word.size() - 2) + "en"))
            return true;
    }
    return false;
}

PieceStart piece_start(std::string_view sentence, std::size_t begin, std::size_t end,
                       const WordList& words) {
    while (begin < end && (sentence[begin] == ' ' || sentence[begin] == '\n'))
        ++begin;
    if (begin == 0) return PieceStart::Sentence;
    auto toks = tokenize(sentence.substr(begin, end - begin));
    // Coordinating words do not change what follows: "und er siegte", "aber die Verbündeten …".
    std::size_t k = 0;
    while (k < toks.size() && one_of(toks[k].word, {"und", "aber", "doch", "sondern", "denn",
                                                    "oder", "jedoch", "sowie"}))
        ++k;
    if (k >= toks.size()) return PieceStart::Fragment;
    toks.erase(toks.begin(), toks.begin() + static_cast<std::ptrdiff_t>(k));
    const auto first = lower(toks[0].word);
    if (one_of(first, {"welche", "welcher", "welches", "welchen", "welchem", "dessen", "deren",
                       "denen", "wo", "wobei", "worauf", "wodurch", "womit", "wovon", "worin"}))
        return PieceStart::Relative;
    if (one_of(first, {"er", "sie", "ihm", "ihn", "ihr", "ihnen", "dieser", "diese", "dieses",
                       "diesem", "diesen", "jener", "jene", "dort", "hier", "damals", "dabei",
                       "daraufhin", "darauf"}))
        return PieceStart::Pronoun;
    const bool lower_start = !is_capitalised(toks[0].word);
    const int verb = last_finite(toks, words);
    const bool verb_last = verb >= 2 && static_cast<std::size_t>(verb) + 1 == toks.size();
    if (one_of(first,
               {"als", "weil", "nachdem", "obwohl", "obgleich", "ehe", "bevor", "dass", "daß", "ob",
                "wenn", "indem", "sodass", "damit", "sobald", "wie", "um", "da", "seitdem"}))
        return PieceStart::Subordinate;
    if (verb < 0) return PieceStart::Fragment;
    // A finite verb at the end of a piece that opens in lower case: a dependent clause
    // ("der erst 1982 formell legalisiert wurde", "das mehr als 28 Jahre lang bestand").
    if (lower_start && verb_last)
        return is_article_word(first) ? PieceStart::Relative : PieceStart::Subordinate;
    return PieceStart::MainClause;
}

bool opens_with_pronoun(std::string_view sentence) {
    const auto toks = tokenize(sentence.substr(0, 40));
    if (toks.empty()) return false;
    return one_of(toks[0].word,
                  {"Er", "Sie", "Ihm", "Ihn", "Ihnen", "Dieser", "Diese", "Dieses", "Diesem",
                   "Diesen", "Jener", "Jene", "Dort", "Hier", "Derselbe", "Dieselbe", "Dasselbe"});
}

bool opens_subordinate_clause(std::string_view card, const WordList& words) {
    // "Weil es in Berlin zu unruhig war, trat die Versammlung … zusammen" has its main clause.
    if (card.find(',') != std::string_view::npos) return false;
    const auto toks = tokenize(card);
    // The clause ends in its finite verb ("… verschlossen hatte"); "Als Protest gegen den
    // Teezoll werfen Bürger … Tee ins Wasser" is a main clause.
    return toks.size() > 2 && is_finite(toks.back(), words) &&
           one_of(lower(toks[0].word),
                  {"als", "dass", "nachdem", "weil", "wobei", "woraufhin", "bevor", "indem",
                   "sodass", "ob", "wenn", "obwohl", "seitdem", "damit"});
}

bool refers_outside(std::string_view card, const WordList& words) {
    const auto toks = tokenize(card);
    bool first_clause = true;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto& w = toks[i].word;
        if (first_clause && one_of(w, {"dieser", "diese", "diesen", "diesem", "dieses"}))
            return true;
        if (i > 0 && !toks[i - 1].comma && (w == "er" || (w == "sie" && first_clause))) {
            Token verb = toks[i - 1];
            verb.word = lower(verb.word);
            if (is_finite(verb, words) || is_strong_present_singular(verb.word)) return true;
        }
        if (toks[i].comma) first_clause = false;
    }
    return false;
}

bool card_reads_as_statement(std::string_view card, std::string_view source,
                             const WordList& words) {
    const auto toks = tokenize(card);
    // The card keeps a finite verb of its source, as written or in the present ("kam" ->
    // "kommt"); an outline's present ("siegt") stays as it is.
    bool source_has_verb = false, card_has_verb = false;
    for (const auto& t : tokenize(source)) {
        if (!is_finite(t, words)) continue;
        source_has_verb = true;
        const auto present = present_tense(t.word, words);
        for (const auto& c : toks) {
            const auto w = lower(c.word);
            if (w == t.word || (!present.empty() && w == present)) card_has_verb = true;
        }
    }
    if (toks.empty()) return false;
    // "Die meisten Bahnen schließen sich … zusammen": a present plural the source has too.
    if (!source_has_verb) {
        const auto source_toks = tokenize(source);
        for (std::size_t i = 1; i < source_toks.size(); ++i)
            if (present_plural_at(source_toks, i, words)) source_has_verb = true;
        for (std::size_t i = 1; i < toks.size(); ++i)
            if (source_has_verb && present_plural_at(toks, i, words)) card_has_verb = true;
    }
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto& w = toks[i].word;
        // A preposition that cannot be a separable particle, at the end or before a comma.
        const bool no_particle = one_of(w, {"von", "seit", "bis", "im", "am", "vom", "zum", "zur",
                                            "beim", "in", "zwischen", "gegen", "für", "während"});
        if (no_particle && (i + 1 == toks.size() || toks[i].comma)) return false;
        const bool preposition =
            no_particle || one_of(w, {"zu", "nach", "vor", "um", "an", "auf", "mit", "aus", "bei"});
        // "Der Sage nach gründen …": "nach" after its noun is a postposition.
        const bool postposition = w == "nach" && i > 0 && is_capitalised(toks[i - 1].word) &&
                                  !toks[i - 1].comma && !toks[i - 1].dot;
        if (preposition && !postposition && i + 1 < toks.size() && !toks[i].comma &&
            is_finite(toks[i + 1], words) && !is_capitalised(toks[i + 1].word))
            return false;
    }
    if (card_has_verb) return true;
    // Without a dictionary weak verbs ("erreichte") are not known as verbs: no judgement.
    if (words.empty()) return true;
    if (source_has_verb) return false;  // the card lost its verb: a fragment of the clause
    // Telegram style: only a short noun phrase is a card ("Einnahme Leipzigs").
    // A title with a colon may say a little more ("Fronde: Aufstand von Adel und Pariser
    // Parlament gegen Mazarin").
    const bool titled = card.find(": ") != std::string_view::npos;
    if (!is_capitalised(toks.front().word) || toks.size() > (titled ? 10 : 8)) return false;
    // "Wormser Edikt: Reichsacht über Luther" is a title; a list with commas is not.
    for (const auto& t : toks)
        if (t.comma && (t.end >= card.size() || card[t.end] != ':')) return false;
    const auto& last = toks.back().word;
    return is_capitalised(last) || all_digits(last) || last.find('.') != std::string::npos;
}

std::string telegram_passive(std::string_view card, const WordList& words) {
    const auto toks = tokenize(card);
    if (toks.size() < 3 || has_finite_verb(toks, words)) return {};
    for (const auto& t : toks)
        if (t.comma) return {};
    if (!is_participle(toks.back().word)) return {};
    // The subject: the name at the start ("Heinrich", "Papst Gregor VII.", "Wibert von
    // Ravenna"), not a common noun ("Angriff …") and not two subjects ("Sachsen und …").
    if (!is_capitalised(toks[0].word) || words.is_common_noun(toks[0].word) ||
        is_article_word(lower(toks[0].word)))
        return {};
    std::size_t n = 1;
    while (n < toks.size() && !toks[n - 1].comma) {
        if (is_capitalised(toks[n].word) && !words.is_common_noun(toks[n].word)) {
            ++n;
        } else if (toks[n].word == "von" && n + 1 < toks.size() &&
                   is_capitalised(toks[n + 1].word) && !words.is_common_noun(toks[n + 1].word)) {
            n += 2;
        } else {
            break;
        }
    }
    if (n + 1 >= toks.size() || one_of(toks[n].word, {"und", "oder", "sowie"})) return {};
    std::size_t at = toks[n - 1].end;
    if (toks[n - 1].dot && at < card.size() && card[at] == '.') ++at;  // "Heinrich IV."
    std::string out(card.substr(0, at));
    out += " wird";
    out += card.substr(at);
    return out;
}

}  // namespace chronik::derive
