// Timeline sentences and W-questions from German clauses; verb tense; the dictionary's word
// classes. A small inline dictionary in hunspell's .dic form stands in for de_DE.dic.
#include <doctest/doctest.h>

#include <string>

#include "derive/clause_grammar.hpp"
#include "derive/verb_tense.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;

namespace {

const WordList& dic() {
    static const WordList words = WordList::from_dic(
        "9\n"
        "besuchen/DIOXY\n"
        "arbeiten/DIVXY\n"
        "unterstützen/DIXY\n"
        "vereinbaren/DIXY\n"
        "Sicht/Pmij\n"
        "Konferenz/Pmij\n"
        "Moskau/Sm\n"
        "Putin/S\n"
        "\tKommentarzeile\n");
    return words;
}

}  // namespace

TEST_CASE("The dictionary tells common nouns (plural flags) from names (genitive only)") {
    CHECK(dic().size() == 8);
    CHECK(dic().is_common_noun("Sicht"));
    CHECK(dic().is_common_noun("Konferenz"));
    CHECK_FALSE(dic().is_common_noun("Moskau"));
    CHECK_FALSE(dic().is_common_noun("Putin"));
    CHECK_FALSE(dic().is_common_noun("Unbekannt"));
    CHECK(dic().is_infinitive("besuchen"));
    CHECK_FALSE(dic().is_infinitive("Konferenz"));
}

TEST_CASE("Preterite forms become the present of the same person and number") {
    CHECK(present_tense("wurde", dic()) == "wird");
    CHECK(present_tense("trafen", dic()) == "treffen");
    CHECK(present_tense("erhielt", dic()) == "erhält");  // prefix er- + hielt
    CHECK(present_tense("entstand", dic()) == "entsteht");
    CHECK(present_tense("besuchte", dic()) == "besucht");  // weak, infinitive in the dictionary
    CHECK(present_tense("arbeitete", dic()) == "arbeitet");
    CHECK(present_tense("vereinbarten", dic()) == "vereinbaren");
    // Not a verb form the dictionary confirms: unchanged (empty).
    CHECK(present_tense("vertiefte", dic()).empty());
    CHECK(present_tense("Grenze", dic()).empty());
    // Without a dictionary only strong verbs and -ierte verbs change.
    const WordList none;
    CHECK(present_tense("besuchte", none).empty());
    CHECK(present_tense("marschierten", none) == "marschieren");
}

TEST_CASE("A clause becomes a present-tense sentence with the subject first") {
    CHECK(timeline_sentence("besuchte Putin als erster russischer Staatschef Nordkorea und traf "
                            "sich mit Kim Jong-il in Pjöngjang.",
                            dic()) ==
          "Putin besucht als erster russischer Staatschef Nordkorea und trifft sich mit Kim "
          "Jong-il in Pjöngjang");
    CHECK(timeline_sentence("wurde ein Freundschaftsabkommen mit den Sowjets geschlossen", dic()) ==
          "Ein Freundschaftsabkommen wird mit den Sowjets geschlossen");
    CHECK(timeline_sentence("trafen sich Putin und Kim Jong-un zu Gesprächen", dic()) ==
          "Putin und Kim Jong-un treffen sich zu Gesprächen");
    CHECK(timeline_sentence("Sowjetische Truppen marschierten in die japanische Kolonie Korea ein;",
                            dic()) ==
          "Sowjetische Truppen marschieren in die japanische Kolonie "
          "Korea ein");
    CHECK(timeline_sentence("als Zar Alexander II. das Ussuriland in der Pekinger Konvention "
                            "erwarb",
                            dic()) ==
          "Zar Alexander II. erwirbt das Ussuriland in der Pekinger Konvention");
    CHECK(timeline_sentence("und wurde ein Ende der militärischen Zusammenarbeit verkündet.",
                            dic()) == "Ein Ende der militärischen Zusammenarbeit wird verkündet");
}

TEST_CASE("A fact in front, as the subject or after the verb becomes a W-question") {
    const std::string a = "Im Jahre 2000 besuchte Putin Nordkorea.";
    CHECK(wh_question(a, 0, 13, AskFor::Year, "", dic()) ==
          "In welchem Jahr besuchte Putin Nordkorea?");
    const std::string b = "Russland unterstützte im Juli 2006 die Resolution 1695.";
    const auto at = b.find("im Juli 2006");
    CHECK(wh_question(b, at, at + 12, AskFor::Year, "", dic()) ==
          "In welchem Jahr unterstützte Russland die Resolution 1695?");
    const std::string c = "Die Landgrenze ist 17 Kilometer lang.";
    const auto k = c.find("17");
    CHECK(wh_question(c, k, k + 13, AskFor::Count, "Kilometer", dic()) ==
          "Wie viele Kilometer ist die Landgrenze lang?");
    const std::string d = "Stalin wollte einen Konflikt mit den USA vermeiden.";
    CHECK(wh_question(d, 0, 6, AskFor::Person, "", dic()) ==
          "Wer wollte einen Konflikt mit den USA vermeiden?");
    const std::string e = "Putin und Kim trafen sich in Wladiwostok.";
    const auto w = e.find("in Wladiwostok");
    CHECK(wh_question(e, w, w + 14, AskFor::Place, "", dic()) == "Wo trafen sich Putin und Kim?");
    // A subordinate clause or an object is left to the gap question.
    const std::string f = "als Stalin den Angriff billigte";
    CHECK_FALSE(wh_question(f, 4, 10, AskFor::Person, "", dic()));
    const std::string g = "Kim überzeugte Stalin davon.";
    CHECK_FALSE(wh_question(g, 15, 21, AskFor::Person, "", dic()));
}

TEST_CASE("a card drops the colon and dash a cut date leaves and reads the old ß spelling") {
    const WordList none;
    CHECK(timeline_sentence(": Schlacht gegen Schwarzenberg unentschieden", none) ==
          "Schlacht gegen Schwarzenberg unentschieden");
    CHECK(timeline_sentence("— 300,000 Verbündete stehen gegen 200,000 Franzosen", none)
              .rfind("300,000", 0) == 0);
    CHECK(present_tense("schloß", none) == present_tense("schloss", none));
    CHECK_FALSE(present_tense("schloß", none).empty());
}

TEST_CASE("a present-tense verb in front is put after its subject, as a preterite is") {
    const WordList none;
    CHECK(timeline_sentence("geht Blücher bei Kaub über den Rhein", none) ==
          "Blücher geht bei Kaub über den Rhein");
}
