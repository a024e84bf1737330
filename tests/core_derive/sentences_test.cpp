#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "derive/sentences.hpp"
#include "derive/text_cleaning.hpp"

using namespace chronik::derive;

namespace {
std::vector<std::string> split(std::string_view text) {
    std::vector<std::string> out;
    for (auto s : sentence_texts(text))
        out.emplace_back(s);
    return out;
}
}  // namespace

TEST_CASE("sentences split at a period before a capital, not after abbreviations") {
    const auto s = split(
        "Die Kaufleute handelten u. a. mit Salz, z. B. aus Lüneburg. Das Haus Nr. 5 stand am "
        "Markt bzw. am Hafen usw. Es kostete ca. 300 Taler. Dr. Meier kam aus St. Petersburg.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Die Kaufleute handelten u. a. mit Salz, z. B. aus Lüneburg.");
    CHECK(s[1] == "Das Haus Nr. 5 stand am Markt bzw. am Hafen usw. Es kostete ca. 300 Taler.");
    CHECK(s[2] == "Dr. Meier kam aus St. Petersburg.");
}

TEST_CASE("sentences do not split at days, ordinals and regnal numbers") {
    const auto s = split(
        "Am 2. März 2022 stimmten fünf Länder dagegen. Der 38. Breitengrad wurde Grenze. "
        "Zar Alexander II. erwarb das Land. Er starb 1881. Im Mai folgte sein Sohn.");
    REQUIRE(s.size() == 5);
    CHECK(s[0] == "Am 2. März 2022 stimmten fünf Länder dagegen.");
    CHECK(s[2] == "Zar Alexander II. erwarb das Land.");
    CHECK(s[3] == "Er starb 1881.");
}

TEST_CASE("sentences do not split inside a date in figures") {
    const auto s = split("2.7.936: Tod Heinrichs I. in Memleben. Am 9.11.1989 fiel die Mauer.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "2.7.936: Tod Heinrichs I. in Memleben.");
    CHECK(s[1] == "Am 9.11.1989 fiel die Mauer.");
}

TEST_CASE("a sentence keeps its reference markers and closing quotes") {
    const auto s = split(
        "Er sagte, er stehe „immer an der Seite Russlands.“ Putin nickte.[16][17] Danach ging "
        "er.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Er sagte, er stehe „immer an der Seite Russlands.“");
    CHECK(s[1] == "Putin nickte.[16][17]");
}

TEST_CASE("prose paragraphs drop edit links, captions, navigation and the references") {
    const std::string text =
        "Titel\n\naus Wikipedia, der freien Enzyklopädie\nZur Navigation springen Zur Suche "
        "springen\nKim Jong-un und Wladimir Putin (2019)\n\nDer erste Absatz hat genug Wörter "
        "und endet mit einem Punkt.[1]\n\nGeschichte[Bearbeiten | Quelltext bearbeiten]\n\nEin "
        "Absatz, der über zwei Zeilen\ngeht und dann endet.\n\nEinzelnachweise[Bearbeiten | "
        "Quelltext bearbeiten]\n\n  1. Ein Buch. Verlag, Berlin 2000, abgerufen am 1. Dezember "
        "2023.\n";
    const auto p = prose_paragraphs(text);
    REQUIRE(p.size() == 2);
    CHECK(p[0].text == "Der erste Absatz hat genug Wörter und endet mit einem Punkt.[1]");
    CHECK(p[0].index == 0);
    // A hard-wrapped paragraph is one line ("Zeilen, geht" reads as prose; lint folds spaces).
    CHECK(p[1].text == "Ein Absatz, der über zwei Zeilen geht und dann endet.");
    CHECK(p[1].section > p[0].section);
}

TEST_CASE("a quote drops reference markers and folds whitespace") {
    CHECK(quote_text("  Er ging.[2]\n Dann  kam er.[13] ") == "Er ging. Dann kam er.");
}

TEST_CASE("an OCR'd quotation mark that never closes does not join a whole paragraph") {
    // The closing quote was lost by the OCR: the „ quotes nothing, the sentences split.
    const auto s = split(
        "Der König rief: „Vorwärts, Kinder! Da griffen die Preußen an. Am 5. November 1757 "
        "siegte Friedrich bei Roßbach. Die Franzosen flohen in Unordnung. In ganz Deutschland "
        "freute man sich dieses Sieges.");
    REQUIRE(s.size() == 5);
    CHECK(s[2] == "Am 5. November 1757 siegte Friedrich bei Roßbach.");
    // A closed quotation still keeps its inner full stops.
    const auto q = split("Er sagte: „Wir gehen. Sofort.“ Dann ging er.");
    REQUIRE(q.size() == 2);
}

TEST_CASE("a sentence of more than 400 bytes is split again without regard to quotes") {
    std::string text = "Er sprach „lange. ";
    for (int i = 0; i < 12; ++i)
        text += "Die Truppen zogen weiter nach Süden. ";
    text += "Dann endete es.“";
    const auto s = split(text);
    CHECK(s.size() >= 12);
}
