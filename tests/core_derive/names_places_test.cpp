// Choices of the same kind as the answer, on texts written for this test: no first name cut
// from "Max von Baden", no genitive name as a choice, no common noun or continent among towns,
// no part of the answer offered as a wrong choice.
#include <doctest/doctest.h>

#include <string>

#include "derive/derive.hpp"
#include "derive/facts.hpp"
#include "derive/text_keys.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;

namespace {

// A few entries of Debian's de_DE.dic as they are written there.
WordList dictionary() {
    return WordList::from_dic(
        "Kämpfe/Nm\nKampf/STmij\nStände/NMm\nStand/STmij\nLager/NSmij\nFriese/NFm\n"
        "Europa/Smij\nAfrika/Smij\nMünchen/Sm\nWien/Sm\nPrag/Sm\nHeinrich/S\nKönig/ETSmij\n"
        "Herzog/ETSmij\nKrieg/STEPm\nFeldzug/STmij\nBischof/ETSmij\nGraf/ETSmij\n");
}

NameIndex names_of(const std::string& text) {
    NameIndex index;
    learn_names(text, index);
    finish_names(index);
    return index;
}

}  // namespace

TEST_CASE("a name with von is one name, a genitive name is none") {
    auto index = names_of(
        "Im Jahr 1632 zog General Gottfried von Pappenheim nach Halle. Der Feldzug König "
        "Gustavs endete bei Lützen.");
    CHECK(index.person_role.count("Gottfried von Pappenheim"));
    CHECK_FALSE(index.person_role.count("Gottfried"));
    CHECK_FALSE(index.person_role.count("Gustavs"));
    index = names_of("Die Krönung Kaiser Ottos II. fand in Aachen statt.");
    CHECK_FALSE(index.person_role.count("Ottos II."));
    // A name ending in -us is no genitive.
    index = names_of("Die Legionen Kaiser Tiberius zogen ab.");
    CHECK(index.person_role.count("Tiberius"));
}

TEST_CASE("dative plurals of common nouns and continents are no places") {
    const auto words = dictionary();
    CHECK(words.is_dative_plural_noun("Kämpfen"));
    CHECK(words.is_dative_plural_noun("Ständen"));
    CHECK(words.is_dative_plural_noun("Gefangenenlagern"));
    CHECK_FALSE(words.is_dative_plural_noun("Friesen"));
    CHECK_FALSE(words.is_dative_plural_noun("München"));
    CHECK_FALSE(words.is_dative_plural_noun("Bremen"));

    // In a text, only the towns stay places.
    NameIndex index;
    learn_names(
        "Die Preußen siegten in Kämpfen bei Königgrätz. Gefangene kamen in "
        "Gefangenenlagern unter. Die Nachricht erreichte in Europa alle Höfe. Die Gegner "
        "schlossen in Prag den Frieden.",
        index);
    finish_names(index);
    REQUIRE(index.places.count("Kämpfen"));  // learnt as places before the dictionary speaks
    drop_nouns_from_places(index, words);
    CHECK_FALSE(index.places.count("Kämpfen"));
    CHECK_FALSE(index.places.count("Gefangenenlagern"));
    CHECK_FALSE(index.places.count("Europa"));
    CHECK(index.places.count("Prag"));
}

TEST_CASE("no part of the answer is offered as a wrong choice") {
    CHECK(part_of_name("Deutsch-Neuguinea", "Neuguinea"));
    CHECK(part_of_name("neuguinea", "Deutsch-Neuguinea"));
    CHECK(part_of_name("Ost-Berlin", "Ost"));
    CHECK_FALSE(part_of_name("Neuguinea", "Guinea"));
    CHECK_FALSE(part_of_name("Samoa", "Rabaul"));
}
