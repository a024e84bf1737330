// Timeline cards that read as sentences, on texts written for this test: no verb-first card,
// the title and the name of a subject together, no ", ," and relative clauses in the present.
#include <doctest/doctest.h>

#include <string>

#include "derive/clause_grammar.hpp"
#include "derive/event_clauses.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;

namespace {

WordList dictionary() {
    return WordList::from_dic(
        "Bürgermeister/NSm\nKanzler/NSm\nKonrad/S\nHeinrich/S\nSoldaten/Nm\nSoldat/Pm\n"
        "unterzeichnen/DIXY\nverkünden/DIXY\nverhaften/DIXY\nbringen/DIXY\nbrennen/DIXY\n"
        "löschen/DIXY\neröffnen/DIXY\nbreiten/DIXY\nverbreiten/DIXY\n");
}

}  // namespace

TEST_CASE("a title without article and its name stay together as the subject") {
    const auto words = dictionary();
    auto card = timeline_sentence("verkündete Kanzler Konrad Adenauer in Bonn das Ende", words);
    CHECK(card.rfind("Kanzler Konrad Adenauer verkündet", 0) == 0);
    card =
        timeline_sentence("unterzeichnete Bürgermeister Heinrich von Stetten den Vertrag", words);
    CAPTURE(card);
    CHECK(card.rfind("Bürgermeister Heinrich von Stetten unterzeichnet", 0) == 0);
    // After a plural verb the name is the object.
    card = timeline_sentence("verhafteten Soldaten Konrad Weber und Heinrich Lang", words);
    CHECK(card.rfind("Soldaten Konrad Weber verhaften", 0) != 0);
}

TEST_CASE("a card is a statement: not verb-first, no doubled comma, relative clauses present") {
    const auto words = dictionary();
    CHECK(checked_card("Verbreitet sich von Augsburg aus die Nachricht",
                       "verbreitete sich von "
                       "Augsburg aus die Nachricht",
                       words)
              .empty());
    const auto card = checked_card(
        "Kurz darauf, , brennt das Rathaus, das die Bürger mühsam löschten",
        "Kurz darauf, am 3. Mai, brannte das Rathaus, das die Bürger mühsam löschten", words);
    CAPTURE(card);
    CHECK(card.find(", ,") == std::string::npos);
    CHECK(card.find("löschen") != std::string::npos);
}
