// The wording of a multiple-choice prompt: the lead of a gap question, the quoted piece as a
// reader sees it, and the checks that a prompt names what it is about.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/item.hpp"
#include "derive/facts.hpp"

namespace chronik::derive {

constexpr std::size_t kPromptSentence = 260;  // a whole sentence still reads as a prompt

// The word before the fact at `begin`, lower case ("der", "in"), or empty at the start.
std::string fact_before(std::string_view sentence, std::size_t begin);

// How a gap question asks, by the kind of the missing fact.
std::string_view gap_lead(FactKind k);

bank::AnswerType answer_type_of(FactKind k);

// A personal pronoun in the piece ("Nun stand ihm ganz Bayern offen", "So lagen sie hier")
// with no person of the sentence named before it in the piece.
bool pronoun_without_referent(std::string_view s, std::pair<std::size_t, std::size_t> piece,
                              const std::vector<Fact>& facts);

// The quoted sentence of a gap prompt as a reader sees it: broken words joined, no dash or
// section letter in front ("— 300,000 Verbündete …", "b) …").
std::string gap_text(std::string_view blanked);

// The piece ending at `end` leaves its verb's object to the next one: ", dass …", ", ob …",
// ", wie …", ": …" or a quotation follow.
bool continues_in_next_piece(std::string_view s, std::size_t end);

// A W-question with a verb of saying and nothing of what was said ("In welchem Jahr sagte
// der Ministerpräsident Marat Chusnullin?": the words were in the next piece).
bool ends_with_saying(std::string_view q);

}  // namespace chronik::derive
