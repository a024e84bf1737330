// German main clauses as derive rewrites them: the subject before the finite verb, a clause
// turned into a present-tense timeline sentence, and a fact of a clause turned into a question.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "derive/word_list.hpp"

namespace chronik::derive {

// A clause (a verbatim piece of a sentence, its date already cut out) as a timeline text:
// subject first, finite verb in the historical present, no leading conjunction, no closing
// punctuation. "besuchte Putin Nordkorea und traf sich mit Kim Jong-il" becomes "Putin
// besucht Nordkorea und trifft sich mit Kim Jong-il"; "als Zar Alexander II. das Ussuriland
// erwarb" becomes "Zar Alexander II. erwirbt das Ussuriland". A clause whose structure is not
// recognised keeps its word order (only the tense of a recognised finite verb changes).
// `people` are the full names of the persons of the text ("Wladimir Putin", "Kim Jong-un"),
// so that "trafen sich Putin und Kim Jong-un" finds the whole subject and "überzeugte Kim
// Stalin" does not take "Kim Stalin" for one person.
std::string timeline_sentence(std::string_view clause, const WordList& words,
                              const std::vector<std::string>& people = {});

// What a question asks for, and how the fact stands in its clause.
enum class AskFor {
    Year,          // "In welchem Jahr"
    YearSince,     // "Seit welchem Jahr"
    YearFrom,      // "Ab welchem Jahr"
    YearUntil,     // "Bis zu welchem Jahr"
    Place,         // "Wo" / "Wohin" / "Woher" by the preposition before it
    Count,         // "Wie viele UNIT" / "Wie viel Prozent"
    Person,        // "Wer" (the fact is the subject)
    Country,       // "Welches Land" (the fact is the subject)
    Organisation,  // "Welche Organisation" (the fact is the subject)
};

// A W-question for the fact at bytes [begin, end) of `clause` (the whole phrase to remove,
// prepositions included: "im Juni 1950", "in Wladiwostok", "17 Kilometer"), or nullopt when
// the clause is not a main clause with the fact in front, as its subject, or after the
// subject and the finite verb. `unit` names the unit of a Count ("Kilometer").
std::optional<std::string> wh_question(std::string_view clause, std::size_t begin, std::size_t end,
                                       AskFor ask, std::string_view unit, const WordList& words,
                                       const std::vector<std::string>& people = {});

}  // namespace chronik::derive
