// The parts of German clauses that clause_grammar.cpp rewrites: word classes (determiners,
// subordinators, link adverbs, prepositions), finite verbs, names and noun phrases as token
// spans, and the text between tokens. Internal to derive (timeline_sentence and wh_question).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "derive/tokens.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive::clause_parts {

inline constexpr std::array<std::string_view, 24> kDeterminers = {
    "der",    "die",   "das",    "den",   "dem",  "des",   "ein",  "eine",
    "einen",  "einem", "einer",  "eines", "sein", "seine", "ihr",  "ihre",
    "dieser", "diese", "dieses", "jener", "jene", "zwei",  "drei", "beide"};

// Words that open a subordinate clause: its finite verb stands at the end.
inline constexpr std::array<std::string_view, 17> kSubordinators = {
    "als",   "dass",   "nachdem", "weil", "da",     "wobei", "woraufhin", "bevor", "während",
    "indem", "sodass", "ob",      "wenn", "obwohl", "seit",  "seitdem",   "bis"};

// Conjunctions left at the start of a clause cut out of a longer sentence.
inline constexpr std::array<std::string_view, 8> kLeading = {"und",  "aber", "doch",    "sowie",
                                                             "oder", "denn", "sondern", "jedoch"};

// Relative pronouns that open a clause after a comma (", die von … gezogen wurde").
inline constexpr std::array<std::string_view, 9> kRelativePronouns = {
    "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche"};

// Finite verbs in the present (or the present already) that are no preterite.
inline constexpr std::array<std::string_view, 16> kPresentFinite = {
    "ist",  "sind",   "hat",  "haben",  "wird", "werden", "kann", "können",
    "muss", "müssen", "soll", "sollen", "will", "wollen", "gibt", "geben"};

// Adverbs that link a sentence to the one before ("Da erschien …", "Hierauf verbanden sich
// …"): no subject, and left out of a timeline card that puts its subject first.
// "Schon gelang es …", "Trotzdem wuchs das Netz …": the adverb leans on the sentence before.
inline constexpr std::array<std::string_view, 30> kLinkAdverbs = {
    "da",       "hierauf",   "darauf",   "dann",      "nun",          "so",
    "daher",    "darum",     "deshalb",  "endlich",   "jetzt",        "schließlich",
    "zuletzt",  "sodann",    "alsdann",  "daraufhin", "hierbei",      "dabei",
    "bald",     "später",    "schon",    "bereits",   "trotzdem",     "dennoch",
    "zunächst", "ebenfalls", "außerdem", "zudem",     "anschließend", "danach"};

// Prepositions: a word after the verb that opens no subject.
inline constexpr std::array<std::string_view, 30> kPrepositions = {
    "in",       "im",    "am", "an",   "auf",  "aus", "bei",   "beim", "mit",   "nach",
    "von",      "vom",   "zu", "zum",  "zur",  "für", "gegen", "über", "unter", "vor",
    "zwischen", "durch", "um", "ohne", "seit", "bis", "als",   "wie",  "trotz", "während"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    for (auto x : list)
        if (x == w) return true;
    return false;
}

std::string lower_first(std::string_view w);

bool is_lower(std::string_view w);

// The historical present of outlines ("geht Blücher über den Rhein"): common strong forms,
// and weak ones ("rückt", "landet") whose infinitive the dictionary knows.
inline constexpr std::array<std::string_view, 16> kStrongPresent = {
    "geht",  "kommt",  "zieht", "steht",  "fällt",  "schlägt", "hält",     "nimmt",
    "tritt", "stirbt", "wirft", "flieht", "bricht", "erhält",  "verliert", "beginnt"};

bool is_present_finite(std::string_view w, const WordList& words);

bool is_finite(std::string_view w, const WordList& words);

std::string present_or_same(std::string_view w, const WordList& words);

bool is_roman(std::string_view w);

struct Grammar {
    const WordList& words;
    const std::vector<std::string>& people;
};

// The end of a person's name that starts at token k, or k: the longest name of `people`
// written there, else a given name or a role with the name words after it ("Zar Alexander
// II.", "Sergei Lawrow"), never taking in a country or a word the dictionary knows ("Kim
// Stalin" is two people).
std::size_t name_end(const std::vector<Token>& t, std::size_t k, const Grammar& g);

// The end (exclusive token index) of a noun phrase that starts at token i, or i when none
// does: a determiner, adjectives, a noun, a role's name after it ("der nordkoreanische
// Diktator Kim Jong-un") and a genitive ("ein Ende der militärischen Zusammenarbeit"); or a
// name ("Wladimir Putin"), a single capitalised word ("Russland") or a capitalised adjective
// and its noun ("Sowjetische Truppen"); joined by "und" or "sowohl ... als auch".
std::size_t noun_phrase_end(const std::vector<Token>& t, std::size_t i, const Grammar& g);

// Bytes of `s` from token a to the end of token b-1, punctuation after it excluded.
std::string span(std::string_view s, const std::vector<Token>& t, std::size_t a, std::size_t b);

std::string rest_from(std::string_view s, const std::vector<Token>& t, std::size_t a);

std::string tidy(std::string s);

// Present tense for the verb of each "und"-coordinated clause after the first one
// ("... und traf sich mit ..." -> "... und trifft sich mit ...").
std::string coordinated_present(std::string_view s, const WordList& words);

}  // namespace chronik::derive::clause_parts
