// Turning a German history text into draft deck items: dated events and multiple-choice candidates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/item.hpp"
#include "derive/date_mentions.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive {

// A dated statement of the text, before deduplication.
struct EventCandidate {
    bank::EventDate date;
    DateRole role = DateRole::At;
    std::string quote;     // the clause, as lint finds it in the source
    std::string sentence;  // the whole sentence (quote form)
    std::string text;      // the clause as a present-tense sentence without its date
    std::string topic;     // the heading of its section (or the title), for the topic tag
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
    std::string sentence;  // the whole sentence (quote form): drafts of one sentence are grouped
    std::string topic;     // the heading of its section (or the title), for the topic tag
    int era_year = 0;      // the year the sentence is about (from context), 0 when unknown
    int mentions = 1;      // how often the answer occurs in the text (difficulty)
    bool asks = false;     // a W-question ("Wer ...?"), not a gap
};

struct Derived {
    std::vector<EventCandidate> events;
    std::vector<McCandidate> questions;
    int sentences = 0;
};

// Reads the text (UTF-8; see prose_paragraphs for what is skipped). `words` is a German
// dictionary (word_list.hpp); without one (empty) common nouns are told from names by the
// text alone and only strong verbs and "-ierte" verbs are put into the present.
Derived derive_candidates(std::string_view text, const WordList& words = WordList{});

// The draft items of a deck: every item draft, with its quote; events with
// identical spans are reduced to the best-scored one (lint forbids identical
// spans), duplicate prompts and event texts are resolved. Ids are
// "DECK-ev-XXXXXXXX" / "DECK-mc-XXXXXXXX" with 8 hex digits of a hash of the
// quote and the date or answer, so re-deriving a text keeps the ids of the
// items whose sentences did not change. Items made from one sentence share a group
// "DECK-s-XXXXXXXX" (they give each other away; a round deals one). Tags: the era (decade)
// and the heading of the section; difficulty from how often the answer occurs in the text
// (often: 1, once: 3) and, for events, the date's precision.
std::vector<bank::Item> draft_items(const Derived& derived, std::string_view deck_id);

// The era tag for a year: its decade as "1950–1959" (an era tag by the lint rules).
std::string era_tag(int year);

// The part of `sentence` a question or event quotes for the bytes [begin, end):
// the whole sentence when it is short, else the clause around it (split at
// commas and semicolons outside quotes and brackets, short pieces merged).
std::pair<std::size_t, std::size_t> clause_around(std::string_view sentence, std::size_t begin,
                                                  std::size_t end);

}  // namespace chronik::derive
