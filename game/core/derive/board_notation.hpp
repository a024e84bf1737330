// The notation of a blackboard or study sheet on a timeline card: arrows, asides in brackets,
// board abbreviations ("Hzg.", "u.", "GB").
#pragma once

#include <string>
#include <string_view>

namespace chronik::derive {

// The card without board notation, or empty when what is left is no card a teacher would take:
// - what follows an arrow ("→", "⇒", "->", "=>") or a semicolon before a lower-case word
//   ("; wenige Tage später …") is another event: cut;
// - asides in brackets ("(Karlsthron!)", "(USA, UdSSR, GB, F)") go;
// - a telegram tail after a comma with a colon (", Präsident: Konrad Adenauer") goes;
// - unambiguous board abbreviations are written out ("u." -> "und", "v." -> "von", "b." ->
//   "bei", "Hzg." -> "Herzog", "Kg." -> "König", "Ebf." -> "Erzbischof", "GB" ->
//   "Großbritannien", "v. a." -> "vor allem"); any other abbreviation ("dt.", "d. Gr.") makes
//   the card empty, since its ending depends on the sentence.
std::string without_board_notation(std::string_view card);

// An arrow of a board ("→", "⇒", "->", "=>") stands in `s` before `pos`: what is at `pos`
// follows the arrow, and without_board_notation cuts it from a card.
bool after_arrow(std::string_view s, std::size_t pos);

}  // namespace chronik::derive
