// Event cards that lean on another sentence (a pronoun subject, "diesen Vorwurf", "Schon",
// "gar") or keep the sentence's form (verb first, a relative clause in the past), on clauses
// written for this test.
#include <doctest/doctest.h>

#include <string>

#include "derive/clause_grammar.hpp"
#include "derive/derive.hpp"
#include "derive/event_clauses.hpp"
#include "derive/verb_tense.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;

namespace {

WordList dictionary() {
    return WordList::from_dic(
        "wählen/DIXY\nbauen/DIXY\nbreiten/DIXY\npumpen/DIXY\n"
        "verbieten/DIXY\nprotestieren/DIXY\npflanzen/DIXY\nteilen/DIXY\nunterzeichnen/"
        "DIXY\nscheitern/DIXY\n");
}

}  // namespace

TEST_CASE("a card whose subject is a pronoun after its verb is no card") {
    const auto words = dictionary();
    CHECK(checked_card("Zu Speyer lässt er eine Brücke bauen",
                       "Zu Speyer ließ er im Jahre 1290 eine Brücke bauen.", words)
              .empty());
    CHECK(checked_card("Von Lyon breitet sie sich nach Norden aus",
                       "Von Lyon breitete sie sich 1350 nach Norden aus.", words)
              .empty());
    CHECK(checked_card("Der Rat protestiert gegen diesen Beschluss",
                       "Der Rat protestierte 1412 gegen diesen Beschluss.", words)
              .empty());
    CHECK(checked_card("Als man den Räten ihren Saal verschlossen hatte",
                       "Als man den Räten am 3. Mai 1790 ihren Saal verschlossen hatte, zogen sie "
                       "in die Kirche.",
                       words)
              .empty());
    CHECK(checked_card("Als Zeichen des Friedens pflanzen die Bürger eine Linde",
                       "Als Zeichen des Friedens pflanzten die Bürger 1650 eine Linde.",
                       words) == "Als Zeichen des Friedens pflanzen die Bürger eine Linde");
    // "trotz dieser …" points back and goes; the event stays.
    CHECK(timeline_sentence("Trotz dieser hohen Kosten baute der Rat die Brücke", words) ==
          "Der Rat baut die Brücke");
    CHECK(timeline_sentence("Der Rat baute trotz dieser hohen Kosten die Brücke", words) ==
          "Der Rat baut die Brücke");
    // A named subject stays, and so does a demonstrative after the first clause.
    CHECK(checked_card("Der Kaiser lässt eine Brücke bauen",
                       "Der Kaiser ließ 1290 eine Brücke bauen.",
                       words) == "Der Kaiser lässt eine Brücke bauen");
    CHECK(checked_card("Der Kaiser schließt einen Vertrag, der diese Bauern befriedet",
                       "1525 schloss der Kaiser einen Vertrag, der diese Bauern befriedet.",
                       words) == "Der Kaiser schließt einen Vertrag, der diese Bauern befriedet");
}

TEST_CASE("a card that opens with a strong verb in the present has lost its subject") {
    const auto words = dictionary();
    CHECK(checked_card("Empfängt Otto zu Rom die Krone",
                       "Am 2. Februar empfing Otto zu Rom die Krone.", words)
              .empty());
    CHECK(
        checked_card("Fährt die Fähre über den Fluss", "1840 fuhr die Fähre über den Fluss.", words)
            .empty());
}

TEST_CASE("a subject after a phrase with two names is put first, its relative clause goes") {
    const auto words = dictionary();
    CHECK(timeline_sentence("fuhr zwischen Köln und Bonn die erste Straßenbahn, die von Pferden "
                            "gezogen wurde",
                            words) == "Die erste Straßenbahn fährt zwischen Köln und Bonn");
}

TEST_CASE("the narrator's particles and linking adverbs leave the card") {
    const auto words = dictionary();
    CHECK(timeline_sentence("wählten die Grafen gar drei Fremde zu Herren", words) ==
          "Die Grafen wählen drei Fremde zu Herren");
    CHECK(timeline_sentence("Die Grafen wählten aber nicht den Sohn", words) ==
          "Die Grafen wählen nicht den Sohn");
    CHECK(timeline_sentence("Trotzdem wuchs die Zahl der Höfe rasch", words) ==
          "Die Zahl der Höfe wächst rasch");
    // "…, aber" after a comma joins two clauses and stays.
    CHECK(timeline_sentence("Die Grafen wählten den Sohn, aber der Papst zögerte", words)
              .find(", aber der Papst") != std::string::npos);
}

TEST_CASE("a relative clause after a preposition is put in the present too") {
    const auto words = dictionary();
    CHECK(checked_card("Der Müller baut eine Pumpe, mit der Wasser aus dem Schacht gepumpt wurde",
                       "1712 baute der Müller eine Pumpe, mit der Wasser aus dem Schacht gepumpt "
                       "wurde.",
                       words) ==
          "Der Müller baut eine Pumpe, mit der Wasser aus dem Schacht gepumpt wird");
}

TEST_CASE(
    "a sentence that opens with a subordinate clause gives the card of the clause its date "
    "is in") {
    const auto words = dictionary();
    CHECK(timeline_sentence("Als der Herzog starb", words) == "Der Herzog stirbt");
    CHECK(timeline_sentence("Als Albrecht starb", words) == "Albrecht stirbt");
    const auto d = derive_candidates(
        "Titel\n\nWeil die Stadt zu klein war, zogen die Räte am 6. Februar 1519 nach Ulm. "
        "Als der Herzog am 2. August 1534 starb, teilten seine Söhne das Land.\n",
        words);
    REQUIRE(d.events.size() == 2);
    CHECK(d.events[0].text == "Die Räte ziehen nach Ulm");
    CHECK(d.events[0].quote == "zogen die Räte am 6. Februar 1519 nach Ulm.");
    CHECK(d.events[1].text == "Der Herzog stirbt");
    CHECK(d.events[1].quote == "Als der Herzog am 2. August 1534 starb");
}

TEST_CASE("a list of subjects after the verb goes first whole") {
    const auto words = dictionary();
    CHECK(timeline_sentence("unterzeichneten die Pfalz, die Stadt Köln und Brabant in Aachen "
                            "den Vertrag",
                            words) ==
          "Die Pfalz, die Stadt Köln und Brabant unterzeichnen in Aachen den Vertrag");
}

TEST_CASE(
    "a paragraph that ends in a bracket after its own sentence end is kept, an arrow after "
    "a full stop opens a sentence") {
    const auto words = dictionary();
    const auto d = derive_candidates(
        "Titel\n\nAm 3. Mai 1919 unterzeichneten die Stadt, der Bischof und der Herzog in Worms\n"
        "den Frieden. → Ende der Fehde (aber: Streit geht weiter!)\n",
        words);
    REQUIRE(d.events.size() == 1);
    CHECK(d.events[0].text ==
          "Die Stadt, der Bischof und der Herzog unterzeichnen in Worms den Frieden");
    CHECK(d.events[0].quote.find("Fehde") == std::string::npos);
}

TEST_CASE(
    "two statements joined by a semicolon give the first, and a ruler's number keeps its dot") {
    const auto words = dictionary();
    CHECK(checked_card("Der Aufstand scheitert; Tausende werden nach Sibirien verbannt",
                       "1864 – Der Aufstand scheitert; Tausende werden nach Sibirien verbannt.",
                       words) == "Der Aufstand scheitert");
    CHECK(checked_card("Der Erzbischof wird Papst Gregor XII",
                       "1406 – Der Erzbischof wird Papst Gregor XII.",
                       words) == "Der Erzbischof wird Papst Gregor XII.");
}

TEST_CASE("a date inside an attribute dates its noun, not the clause") {
    const auto words = dictionary();
    const auto d = derive_candidates(
        "Titel\n\nHeute kümmert sich die 1987 gegründete Stiftung Burg um die Mauern der "
        "Festung.\n",
        WordList::from_dic("kümmern/DIXY\n"));
    CHECK(d.events.empty());
    // An article, a date and a finite verb: the date opens the clause.
    const auto winter = derive_candidates(
        "Titel\n\nDen Winter 1688/89 verbrachte das Heer des Herzogs unter großen Entbehrungen "
        "in Ulm.\n",
        WordList::from_dic("verbringen/DIXY\n"));
    CHECK(winter.events.size() == 1);
}

TEST_CASE(
    "a subordinate clause after the event is put in the present, and a verb keeps its comma") {
    const auto words = dictionary();
    const auto d = derive_candidates(
        "Titel\n\n1812 zerstörten die Weber in Lyon die Webstühle, "
        "weil sie um ihre Arbeit fürchteten.\n",
        WordList::from_dic("zerstören/DIXY\nfürchten/DIXY\n"));
    REQUIRE(d.events.size() == 1);
    CHECK(d.events[0].text ==
          "Die Weber zerstören in Lyon die Webstühle, weil sie um ihre Arbeit fürchten");
    CHECK(timeline_sentence("Der Herzog floh, die Bürger öffneten die Tore", words) ==
          "Der Herzog flieht, die Bürger öffneten die Tore");
}

TEST_CASE("a phrase opened by a preposition is no subject: the subject after the verb goes first") {
    const auto words = dictionary();
    CHECK(timeline_sentence("Über Ulm wird ein Ballon abgeschossen", words) ==
          "Ein Ballon wird über Ulm abgeschossen");
}

TEST_CASE("a person's name is not torn after the given name") {
    const auto words =
        WordList::from_dic("beschreiben/DIXY\nBuch/EPS\nWebstuhl/EPS\nüberzeugen/DIXY\nPlan/EPS\n");
    CHECK(timeline_sentence("beschrieb der junge Friedrich Hecker in seinem Buch die Not", words) ==
          "Der junge Friedrich Hecker beschreibt in seinem Buch die Not");
    CHECK(timeline_sentence("ließ sich Edgar Rowntree einen Webstuhl patentieren", words) ==
          "Edgar Rowntree lässt sich einen Webstuhl patentieren");
    // The first name of another person of the text: not joined to the next name.
    CHECK(timeline_sentence("ließ sich Edgar Rowntree einen Webstuhl patentieren", words,
                            {"Edgar Allan"}) !=
          "Edgar Rowntree lässt sich einen Webstuhl patentieren");
}

TEST_CASE("a preterite in the spelling before 1996 with ß inside is put in the present") {
    const WordList none;
    CHECK(present_tense("mußte", none) == "muss");
    CHECK(present_tense("wußten", none) == "wissen");
    CHECK(present_tense("ließen", none) == "lassen");
    CHECK(present_tense("saß", none) == "sitzt");
}
