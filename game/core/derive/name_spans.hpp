// Where a person's name ends after a title or a noun ("Reichskanzler Max von Baden", "der
// Beamte Wolfgang Kapp"), for putting a whole subject first on a timeline card.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "derive/tokens.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive {

// The end (exclusive token index) of a person's name that starts at token j, or j when none
// does: the longest name of `people` written there, a given name and the capitalised name
// words after it, or a word the dictionary knows only as a name ("Wolfgang/S") before a
// capitalised word it does not know as a common noun; "von"/"zu" and a name after it go with
// it ("Max von Baden"). Never across a comma or a full stop.
std::size_t person_name_end(const std::vector<Token>& t, std::size_t j, const WordList& words,
                            const std::vector<std::string>& people);

// A name ending before token n goes on with "von"/"zu" and a name ("Heinrich von Stetten"):
// the new end, or n.
std::size_t with_particle_name(const std::vector<Token>& t, std::size_t n, const WordList& words);

}  // namespace chronik::derive
