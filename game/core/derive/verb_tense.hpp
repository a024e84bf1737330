// The historical present of a German finite verb in the preterite ("besuchte" -> "besucht",
// "trafen" -> "treffen", "wurde" -> "wird"), as timeline texts are written.
#pragma once

#include <string>
#include <string_view>

#include "derive/word_list.hpp"

namespace chronik::derive {

// The present-tense form of the same person and number, or empty when `word` is not a known
// preterite. Strong and irregular verbs come from a table of the closed class (with the
// inseparable prefixes be-, er-, ver-, ent-, ...); weak verbs ("-te", "-ten") are changed only
// when the dictionary has their infinitive ("besuchen"), and "-ierte" verbs always.
std::string present_tense(std::string_view word, const WordList& words);

// True when `word` is a preterite form present_tense knows (a finite verb).
inline bool is_preterite(std::string_view word, const WordList& words) {
    return !present_tense(word, words).empty();
}

// True when `word` (lower case) is the present singular of a strong or irregular verb of the
// table, with its inseparable prefix ("fährt", "empfängt", "erhält"): what a card that starts
// with it has lost is its subject.
bool is_strong_present_singular(std::string_view word);

}  // namespace chronik::derive
