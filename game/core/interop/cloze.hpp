// Anki cloze deletions ({{c1::Juni 1950::Monat}}) as one flashcard per cloze number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronik::interop {

struct ClozeCard {
    int number = 0;     // the N of cN
    std::string front;  // the text with cloze N hidden as "[hint]" or "[…]", the others shown
    std::string back;   // the hidden answers of cloze N, joined by "; " in order
};

// One card per cloze number, in increasing order, as Anki makes them. The
// markup is {{cN::answer}} or {{cN::answer::hint}} (N a positive number);
// clozes may nest (Anki 2.1.56+): an inner cloze of another number shows its
// answer on this card. Text that is not well-formed cloze markup (no closing
// "}}", "{{c::x}}") stays as written. Front and back have no runs of spaces and no
// spaces at the ends of their lines ("{{c1:: Il-sung}}" answers "Il-sung"). Empty when there
// is no cloze.
std::vector<ClozeCard> cloze_cards(std::string_view text);

// True when the text contains cloze markup ({{c followed by a number and ::).
bool has_cloze(std::string_view text);

}  // namespace chronik::interop
