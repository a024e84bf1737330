// The sentences of a text and what derive learnt of them in its first pass: shared by the
// event pass (derive.cpp) and the question pass (questions.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"
#include "derive/facts.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive {

struct DocSentence {
    std::string_view text;  // a view into the paragraphs, which outlive the Document's use
    int paragraph = 0;
    std::string_view topic;  // the heading of its section (or the title)
};

struct DocFact {
    Fact fact;
    int order = 0;
    std::size_t sentence = 0;  // index of its sentence
};

struct Document {
    std::vector<DocSentence> sentences;
    NameIndex names;
    std::vector<std::string> people;                 // full names of the text's persons
    std::vector<std::vector<DateMention>> dates_of;  // per sentence
    std::vector<std::vector<Fact>> facts_of;         // per sentence
    std::vector<int> era_of;                         // per sentence: the year of its context
    std::vector<DocFact> doc_facts;                  // every fact, in document order
};

// The multiple-choice questions of the document: one per fact, a W-question where the
// clause allows it ("In welchem Jahr …?", "Wer …?", "Wo …?", "Wie viele …?"), else a gap;
// three distractors of the same kind (derive.hpp, README).
void add_questions(const Document& doc, const WordList& words, std::vector<McCandidate>& out);

}  // namespace chronik::derive
