// Turning a German history text into draft deck items: dated events and multiple-choice candidates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/item.hpp"
#include "derive/date_mentions.hpp"

namespace chronik::derive {

// A dated statement of the text, before deduplication.
struct EventCandidate {
    bank::EventDate date;
    DateRole role = DateRole::At;
    std::string quote;     // the clause, as lint finds it in the source
    std::string sentence;  // the whole sentence (quote form)
    std::string text;      // the clause without its date expression, for a timeline card
    int paragraph = 0;
    int order = 0;  // position in the document
    // How likely the date is what the clause is about: the date opens the
    // sentence (+2), its year is written (+1), the sentence is in the lead
    // paragraph, which only summarises (-1), "nach/vor/bis 1990" or "von 2006" (-1).
    int score = 0;
};

struct McCandidate {
    bank::MultipleChoice question;
    std::string quote;
    int era_year = 0;  // the year the sentence is about (from context), 0 when unknown
};

struct Derived {
    std::vector<EventCandidate> events;
    std::vector<McCandidate> questions;
    int sentences = 0;
};

// Reads the text (UTF-8; see prose_paragraphs for what is skipped).
Derived derive_candidates(std::string_view text);

// The draft items of a deck: every item draft, with its quote; events with
// identical spans are reduced to the best-scored one (lint forbids identical
// spans), duplicate prompts and event texts are resolved. Ids are
// "DECK-ev-XXXXXXXX" / "DECK-mc-XXXXXXXX" with 8 hex digits of a hash of the
// quote and the date or answer, so re-deriving a text keeps the ids of the
// items whose sentences did not change.
std::vector<bank::Item> draft_items(const Derived& derived, std::string_view deck_id);

// The era tag for a year: its decade as "1950–1959" (an era tag by the lint rules).
std::string era_tag(int year);

// The part of `sentence` a question or event quotes for the bytes [begin, end):
// the whole sentence when it is short, else the clause around it (split at
// commas and semicolons outside quotes and brackets, short pieces merged).
std::pair<std::size_t, std::size_t> clause_around(std::string_view sentence, std::size_t begin,
                                                  std::size_t end);

}  // namespace chronik::derive
