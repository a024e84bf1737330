// Anki cloze markup as one flashcard per cloze number.
#include <doctest/doctest.h>

#include "interop/cloze.hpp"

using namespace chronik::interop;

TEST_CASE("A cloze note makes one card per cloze number with the hint in the gap") {
    const auto cards = cloze_cards(
        "Der Koreakrieg begann im {{c1::Juni 1950::Monat}} mit dem Angriff "
        "{{c2::Nordkoreas}}.");
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].number == 1);
    CHECK(cards[0].front == "Der Koreakrieg begann im [Monat] mit dem Angriff Nordkoreas.");
    CHECK(cards[0].back == "Juni 1950");
    CHECK(cards[1].front == "Der Koreakrieg begann im Juni 1950 mit dem Angriff […].");
    CHECK(cards[1].back == "Nordkoreas");
}

TEST_CASE("Clozes with the same number are hidden together and answered in order") {
    const auto cards = cloze_cards("{{c1::Kim}} traf {{c2::Putin}} in {{c1::Wladiwostok}}");
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].front == "[…] traf Putin in […]");
    CHECK(cards[0].back == "Kim; Wladiwostok");
}

TEST_CASE("Nested clozes show the inner answer on the outer card and hide it on their own") {
    const auto cards = cloze_cards("{{c1::Hauptstadt {{c2::Pjöngjang}}}} liegt am Taedong");
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].front == "[…] liegt am Taedong");
    CHECK(cards[0].back == "Hauptstadt Pjöngjang");
    CHECK(cards[1].front == "Hauptstadt […] liegt am Taedong");
    CHECK(cards[1].back == "Pjöngjang");
}

TEST_CASE("Text that is not cloze markup stays as written") {
    CHECK(cloze_cards("kein {{c::x}} und {{c1::offen").empty());
    CHECK_FALSE(has_cloze("{{Front}} und {{c0::x}}"));
    CHECK(has_cloze("a {{c12::b}}"));
    const auto cards = cloze_cards("{{c3::x}} {{c::y}} {{c1::z");
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].number == 3);
    CHECK(cards[0].front == "[…] {{c::y}} {{c1::z");
}

TEST_CASE("Spaces inside a cloze do not become two spaces on the card") {
    // Found by fuzz_anki_text: "{{c3:: Il-sung}}" answered "Kim Il-sung;  Il-sung", which an
    // export to Anki (and back) turned into one space.
    const auto cards =
        cloze_cards("{{c3::Kim Il-sung}} und {{c3:: Il-sung }}\n{{c1:: {{c3::x}} }} y");
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].front == "Kim Il-sung und Il-sung\n[…] y");
    CHECK(cards[0].back == "x");
    CHECK(cards[1].front == "[…] und […]\n[…] y");
    CHECK(cards[1].back == "Kim Il-sung; Il-sung; x");
}

TEST_CASE("An answer that ends with a line break does not end the back with one") {
    // Found by fuzz_anki_text: "{{c3::Kim\n1950\n::Seoul}}" answered "Kim\n1950\n", and the
    // extra field below it then stood after two empty lines, which no export keeps.
    const auto cards = cloze_cards("{{c3::Kim\n1950\n::Seoul}} fiel.");
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].back == "Kim\n1950");
}
