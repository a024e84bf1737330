// Whether a piece of a sentence can stand on its own: in a quoted prompt, as a timeline card.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "derive/tokens.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive {

// der, die, das, den, dem, des, ein, eine, einen, einem, einer, eines.
bool is_article_word(std::string_view word);

// The present plural of outlines and Zeittafeln ("Viele Zechen schließen", "Die Herero erheben
// sich"): the infinitive form of a verb of the dictionary right after a capitalised word.
bool present_plural_at(const std::vector<Token>& toks, std::size_t i, const WordList& words);

// A finite verb among the words (a present plural too, see present_plural_at): a known preterite, a
// common present or auxiliary form
// ("ist", "wird", "geht"), or a present in -t whose infinitive the dictionary knows.
bool has_finite_verb(const std::vector<Token>& toks, const WordList& words);

// How the piece [begin, end) of `sentence` starts, as a reader of the piece alone sees it.
enum class PieceStart {
    Sentence,     // the sentence's own start
    MainClause,   // a main clause after a comma or semicolon ("die Verbündeten marschiren …")
    Relative,     // a relative clause ("das mehr als 28 Jahre lang bestand"): no referent
    Subordinate,  // "als …", "weil …", "nachdem …": the main clause is missing
    Pronoun,      // "er …", "sie …", "dieser …": the referent is in another piece
    Fragment,     // no finite verb after a comma ("die 167,8 Kilometer langen Grenzanlagen")
};
PieceStart piece_start(std::string_view sentence, std::size_t begin, std::size_t end,
                       const WordList& words);

// A piece a reader understands without the rest of the sentence.
inline bool self_contained(PieceStart p) {
    return p == PieceStart::Sentence || p == PieceStart::MainClause;
}

// A sentence that opens with a personal or demonstrative pronoun ("Er zog …", "Dieser
// schlug …", "Dort …"): whom it is about stands in the sentence before.
bool opens_with_pronoun(std::string_view sentence);

// A card whose subject is a pronoun after its verb ("Zu Würzburg lässt er …", "Von dort
// breitet sie sich aus"), or that points back with a demonstrative ("gegen diesen Vorwurf"):
// what it is about stands in another sentence.
bool refers_outside(std::string_view card, const WordList& words);

// A card that is only a subordinate clause ("Als man den Abgeordneten ihren Saal verschlossen
// hatte", no main clause after a comma): the statement it belongs to is elsewhere.
bool opens_subordinate_clause(std::string_view card, const WordList& words);

// A timeline card that reads as a statement: it has a finite verb, or (when the source had
// none: an outline's telegram style) it is a short noun phrase ("Einnahme Leipzigs",
// "Heinrichs IV. Zug nach Italien"). No word of it dangles: no preposition before the end, a
// comma or a verb ("In der Neujahrsnacht zu überschreitet …", left after a date was cut).
// `source` is the clause the card was made from (its verbs in the preterite or present).
bool card_reads_as_statement(std::string_view card, std::string_view source, const WordList& words);

// An outline's telegram line without a finite verb that ends in a past participle, with a
// name as its subject ("Heinrich in Canossa vom Banne gelöst") becomes a passive sentence
// ("Heinrich wird in Canossa vom Banne gelöst"); empty when the line is not of that shape.
std::string telegram_passive(std::string_view card, const WordList& words);

}  // namespace chronik::derive
