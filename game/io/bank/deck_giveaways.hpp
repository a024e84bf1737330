// Lint rules for items that give their answer away by form: a choice much longer or shorter
// than the others, an event text that states its own order, the same event twice.
#pragma once

#include <vector>

#include "bank/deck.hpp"
#include "io/bank/problem.hpp"

namespace chronik::io {

// The mechanical giveaway checks of questions/AUDIT.md (rules G1–G3), called by lint_deck:
//  - G1 (warning): a multiple-choice answer that alone is much longer or much shorter than
//    every distractor (person, place, event, term ... answers; years, dates and numbers are
//    alike by form and left out);
//  - G2 (warning): an event text with an ordinal word ("erster", "zweites", "erstmals",
//    "ein drittes Mal"): the text tells where the event goes among the others;
//  - G3 (error): two events whose spans overlap and whose texts share most of their words:
//    the same event twice (for instance the same summit at two precisions).
std::vector<Problem> giveaway_problems(const bank::Deck& deck);

}  // namespace chronik::io
