#include <doctest/doctest.h>

#include <string>

#include "bank/source_text.hpp"

using namespace chronik::bank;

TEST_CASE("Normalising collapses whitespace and drops reference markers") {
    CHECK(normalise("  a \n\t b  ") == "a b");
    CHECK(normalise("beschlossen.[1] Die Grenze") == "beschlossen. Die Grenze");
    CHECK(normalise("lang.[2][3]\n\nIm Juni") == "lang. Im Juni");
    CHECK(normalise("Staat [12] und") == "Staat und");
    CHECK(normalise("a\u00A0b\u202Fc") == "a b c");  // no-break and narrow no-break spaces
    // Only digit markers: other brackets are text.
    CHECK(normalise("[Bearbeiten] [a] [12345]") == "[Bearbeiten] [a] [12345]");
    CHECK(normalise("") == "");
    CHECK(normalise(" \n ") == "");
}

TEST_CASE("A quote is found despite line breaks and markers, as a range of the original text") {
    const std::string source =
        "Titel\n\nDie Beziehungen beginnen 1945, als auf der\nKonferenz von Jalta die Teilung "
        "beschlossen wurde.[1] Die Grenze ist 17 Kilometer lang.";
    const std::string quote =
        "als auf der Konferenz von Jalta die Teilung beschlossen wurde. Die Grenze";
    const auto range = locate_quote(source, quote);
    REQUIRE(range);
    CHECK(source.substr(range->begin, range->end - range->begin) ==
          "als auf der\nKonferenz von Jalta die Teilung beschlossen wurde.[1] Die Grenze");
}

TEST_CASE("A quote with extra whitespace of its own is found") {
    const std::string source = "Kim Il-sung führte das Land „Chosŏn“.";
    const auto range = locate_quote(source, "  das   Land\n„Chosŏn“ ");
    REQUIRE(range);
    CHECK(source.substr(range->begin, range->end - range->begin) == "das Land „Chosŏn“");
}

TEST_CASE("A changed word, letter case or quotation mark is not found") {
    const std::string source = "Die Beziehungen beginnen 1945 in „Pjöngjang“.";
    CHECK_FALSE(locate_quote(source, "Die Beziehungen begannen 1945"));
    CHECK_FALSE(locate_quote(source, "die Beziehungen beginnen 1945"));
    CHECK_FALSE(locate_quote(source, "in \"Pjöngjang\""));
    CHECK_FALSE(locate_quote(source, "   "));
    CHECK(locate_quote(source, "in „Pjöngjang“."));
}

TEST_CASE("Whitespace is only collapsed: a space cannot appear where the source has none") {
    CHECK_FALSE(locate_quote("Tumen-Fluss", "Tumen - Fluss"));
    CHECK_FALSE(locate_quote("Tumen-Fluss", "Tumen-Fl uss"));
}

TEST_CASE("The range of a quote at the very start and end of the text covers all of it") {
    const std::string source = "[3]Ganz allein.[4]";
    const auto range = locate_quote(source, "Ganz allein.");
    REQUIRE(range);
    CHECK(*range == ByteRange{3, 15});
    const auto normalised = normalise_mapped(source);
    CHECK(normalised.text == "Ganz allein.");
    CHECK(normalised.origin.size() == normalised.text.size());
    CHECK(locate_quote(normalised, "allein") == ByteRange{8, 14});
}

TEST_CASE("the source sentence around a quote stops at sentence ends, not at ordinals") {
    const std::string text =
        "Vorher. Im Jahr 1159 gründete Heinrich der Löwe Lübeck neu, die bald wuchs. Die Stadt "
        "lag am Fluss.[2] Am 24. Juni 1358 beschlossen die Städte etwas. Danach.";
    CHECK(sentence_around(text, "gründete Heinrich der Löwe Lübeck neu") ==
          "Im Jahr 1159 gründete Heinrich der Löwe Lübeck neu, die bald wuchs.");
    CHECK(sentence_around(text,
                          "Im Jahr 1159 gründete Heinrich der Löwe Lübeck neu, die "
                          "bald wuchs.") ==
          "Im Jahr 1159 gründete Heinrich der Löwe Lübeck neu, die bald wuchs.");
    CHECK(sentence_around(text, "beschlossen die Städte") ==
          "Am 24. Juni 1358 beschlossen die Städte etwas.");
    CHECK(sentence_around(text, "nicht im Text") == "nicht im Text");
}

TEST_CASE("the source sentence ends at a line break, a question or an exclamation mark") {
    const std::string text = "Überschrift\nWarum fiel die Mauer? Weil die Bürger es wollten! Ende";
    CHECK(sentence_around(text, "fiel die Mauer") == "Warum fiel die Mauer?");
    CHECK(sentence_around(text, "die Bürger") == "Weil die Bürger es wollten!");
    CHECK(sentence_around(text, "Überschrift") == "Überschrift");
}
