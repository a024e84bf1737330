#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "derive/sentences.hpp"
#include "derive/text_cleaning.hpp"
#include "derive/tokens.hpp"

using namespace chronik::derive;

namespace {
std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(s))
        out.push_back(t.word);
    return out;
}
}  // namespace

TEST_CASE("a word broken at a line end is one token, and a hyphen before und is kept") {
    CHECK(words_of("am 3. Ok-\ntober 1990") ==
          std::vector<std::string>{"am", "3", "Oktober", "1990"});
    CHECK(words_of("die Fran¬ zosen") == std::vector<std::string>{"die", "Franzosen"});
    CHECK(words_of("die Fran¬\nzosen") == std::vector<std::string>{"die", "Franzosen"});
    CHECK(words_of("Mittel-\nund Süddeutschland") ==
          std::vector<std::string>{"Mittel-", "und", "Süddeutschland"});
    // A hyphen without a line break is a word of its own ("Währungs-, Wirtschafts-").
    CHECK(words_of("Währungs- oder Wirtschaftsunion") ==
          std::vector<std::string>{"Währungs-", "oder", "Wirtschaftsunion"});
    CHECK(join_broken_words("Nach dem Fall be-\ngann die Zeit der Fran¬ zosen.") ==
          "Nach dem Fall begann die Zeit der Franzosen.");
    CHECK(join_broken_words("Mittel-\nund Süddeutschland") == "Mittel-\nund Süddeutschland");
    // A compound broken at its own hyphen keeps it.
    CHECK(join_broken_words("Der Zwei-plus-\nVier-Vertrag") == "Der Zwei-plus-Vier-Vertrag");
    CHECK(words_of("Der Zwei-plus-\nVier-Vertrag") ==
          std::vector<std::string>{"Der", "Zwei-plus-Vier-Vertrag"});
}

TEST_CASE("hard-wrapped lines form one paragraph, also across a day number at a line end") {
    const auto p = prose_paragraphs(
        "Die Wahl\n\nDie erste freie Volkskammerwahl der DDR fand am 18.\nMärz 1990 statt; "
        "danach be-\ngann die Zeit der Reformen in der DDR.\n");
    REQUIRE(p.size() == 1);
    const auto s = sentence_texts(p[0].text);
    REQUIRE(s.size() == 1);
    CHECK(words_of(s[0])[9] == "März");
    CHECK(join_broken_words(s[0]).find("begann") != std::string::npos);
}

TEST_CASE("an outline keeps its short year entries, each as a paragraph") {
    const auto p = prose_paragraphs(
        "Die Reformation\n\n1519. Leipziger Disputation mit Eck.\n1520. Luther verbrennt die "
        "Bannbulle. Die drei großen Reforma-\ntionsschriften.\n1521. Reichstag zu Worms.\n");
    REQUIRE(p.size() == 3);
    CHECK(p[0].text == "1519. Leipziger Disputation mit Eck.");
    CHECK(p[1].text.rfind("1520.", 0) == 0);
    CHECK(p[2].text == "1521. Reichstag zu Worms.");
}

TEST_CASE("a year alone on a line heads the section below it") {
    const auto p = prose_paragraphs(
        "Das Revolutionsjahr\n\n1848\n\nAm 18. März kam es in Berlin zu Barrikadenkämpfen "
        "zwischen Bürgern und Truppen.\n\n1849\n\nAm 28. März verabschiedete die "
        "Nationalversammlung die Reichsverfassung.\n");
    REQUIRE(p.size() == 2);
    CHECK(p[0].heading == "1848");
    CHECK(p[1].heading == "1849");
}

TEST_CASE("a dash after a full stop starts a sentence, an abbreviated month does not end one") {
    const auto s = sentence_texts(
        "Da kam die Schlacht am 18. October 1813. — 300,000 Verbündete standen dort. Bei "
        "Lützen kam es den 16. Novbr. 1632 zur Schlacht.");
    REQUIRE(s.size() == 3);
    CHECK(s[1] == "— 300,000 Verbündete standen dort.");
    CHECK(s[2] == "Bei Lützen kam es den 16. Novbr. 1632 zur Schlacht.");
}
