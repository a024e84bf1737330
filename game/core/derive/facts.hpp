// Facts a multiple-choice question can ask for: years, numbers with units, people, countries,
// places, organisations.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "derive/date_mentions.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive {

enum class FactKind { Year, Number, Person, Country, Place, Organisation };

struct Fact {
    FactKind kind = FactKind::Year;
    std::size_t begin = 0;  // bytes of `text` in the sentence
    std::size_t end = 0;
    std::string text;  // as written: "1961", "17 Kilometer", "Josef Stalin", "Moskau"
    std::string unit;  // Number only: the words after the number ("Kilometer", "Mrd. US-Dollar")
    double value = 0;  // Number only
    int year = 0;      // Year only (negative before Christ)
    std::string era;   // Year only: "n. Chr." / "v. Chr." when written after the year
};

// What a whole document says about names, learnt in a first pass so that a
// surname alone ("Stalin") is recognised after "Diktator Josef Stalin".
struct NameIndex {
    std::map<std::string, std::string> person_role;  // full name -> role ("" when unknown)
    std::map<std::string, std::string> alias;        // surname -> full name (unique ones)
    std::set<std::string> places;
    std::set<std::string> organisations;
    std::set<std::string>
        after_article;  // capitalised words seen after der/die/das/...: ordinary nouns
};

// First pass: call for every sentence of the document, then finish_names().
void learn_names(std::string_view sentence, NameIndex& index);
void finish_names(NameIndex& index);

// "in Sicht", "nach Ansicht": a word the dictionary knows as a common noun is no place; nor a
// dative plural ("in Kämpfen", "in Konzentrationslagern") or a continent ("in Europa": no town
// to choose among towns).
void drop_nouns_from_places(NameIndex& index, const WordList& words);

// Second pass: the facts of one sentence (dates found by find_dates).
std::vector<Fact> find_facts(std::string_view sentence, const std::vector<DateMention>& dates,
                             const NameIndex& index);

}  // namespace chronik::derive
