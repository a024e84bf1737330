// Board and study-sheet notation on timeline cards, and dates a Tafelbild writes ("2. Feb. 962",
// "2.7.936", "938–941:").
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "derive/board_notation.hpp"
#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

TEST_CASE("an arrow, a semicolon or an aside in brackets ends or leaves the card") {
    CHECK(without_board_notation("Tod Heinrichs I. in Memleben → Sohn Otto wird Nachfolger") ==
          "Tod Heinrichs I. in Memleben");
    CHECK(without_board_notation("Krönung Ottos in Aachen (Karlsthron!) → bewusst in der "
                                 "Tradition") == "Krönung Ottos in Aachen");
    CHECK(without_board_notation("Gründung der DDR; wenige Tage später wird Wilhelm Pieck "
                                 "Präsident") == "Gründung der DDR");
    CHECK(without_board_notation("Der Bundestag wählt Adenauer mit einer Stimme Mehrheit (seiner "
                                 "eigenen!) zum Bundeskanzler") ==
          "Der Bundestag wählt Adenauer mit einer Stimme Mehrheit zum Bundeskanzler");
    CHECK(without_board_notation("Der Parlamentarische Rat tritt in Bonn zusammen, Präsident: "
                                 "Konrad Adenauer") ==
          "Der Parlamentarische Rat tritt in Bonn "
          "zusammen");
    // The colon left where the line's date was cut goes too.
    CHECK(without_board_notation(": Otto gründet das Moritzkloster in Magdeburg") ==
          "Otto gründet das Moritzkloster in Magdeburg");
}

TEST_CASE("board abbreviations are written out, or the card goes") {
    CHECK(without_board_notation("Schlacht auf dem Lechfeld b. Augsburg") ==
          "Schlacht auf dem Lechfeld bei Augsburg");
    CHECK(without_board_notation("Otto setzt Bischöfe u. Äbte ein") ==
          "Otto setzt Bischöfe und Äbte ein");
    CHECK(without_board_notation("Die USA und GB schließen im Westen ihre Zonen zusammen") ==
          "Die USA und Großbritannien schließen im Westen ihre Zonen zusammen");
    CHECK(without_board_notation("Bruder Brun wird Ebf. v. Köln") ==
          "Bruder Brun wird Erzbischof von Köln");
    CHECK(without_board_notation("sog. Kinderkreuzzug") == "Kinderkreuzzug");
    // "dt." needs the ending of its noun; "d. Gr." is no word a student reads.
    CHECK(
        without_board_notation("Der dt. König ist zugleich Anwärter auf die Kaiserkrone").empty());
    CHECK(without_board_notation("Pippin d. J. wird König").empty());
    CHECK(
        without_board_notation("Außenminister George C. stellt Marshall ein Programm vor").empty());
    // A ruler's number and Sankt keep their dots.
    CHECK(without_board_notation("Papst Johannes XII. krönt Otto in Rom zum Kaiser") ==
          "Papst Johannes XII. krönt Otto in Rom zum Kaiser");
    CHECK(without_board_notation("Schlacht bei St. Gotthard") == "Schlacht bei St. Gotthard");
}

TEST_CASE("a Tafelbild's day with an abbreviated month binds to its own three-digit year") {
    DateContext ctx;
    auto m = find_dates("951: 1. Italienzug, Otto heiratet Adelheid", ctx);
    REQUIRE(m.size() == 1);
    m = find_dates("2. Feb. 962: Papst Johannes XII. krönt Otto in Rom zum Kaiser", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(962, 2, 2));
    CHECK(m[0].explicit_year);
    // A number after the month that is not read as a year never lets the day take the
    // context's year.
    DateContext ctx2{1813, 10, 0};
    CHECK(find_dates("Am 2. Feb. 0962 geschah es.", ctx2).empty());
}

TEST_CASE("a date in figures and a span of three-digit years opening an outline line") {
    DateContext ctx;
    auto m = find_dates("2.7.936: Tod Heinrichs I. in Memleben", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(936, 7, 2));
    // The year of the date in figures is what a year gap blanks.
    CHECK(
        std::string_view("2.7.936: Tod").substr(m[0].year_begin, m[0].year_end - m[0].year_begin) ==
        "936");
    DateContext ctx2;
    CHECK(find_dates("Am 9.11.1989 fiel die Mauer.", ctx2).at(0).date ==
          EventDate::on_day(1989, 11, 9));
    DateContext ctx3;
    m = find_dates("938–941: Aufstände der Herzöge", ctx3);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(938));
    CHECK(m[0].role == DateRole::Range);
    CHECK(m[0].range_end_year == 941);
    // Not inside a sentence: "Seiten 120–140" is no span of years.
    DateContext ctx4;
    CHECK(find_dates("Lies die Seiten 120–140 im Buch.", ctx4).empty());
}

TEST_CASE("a Tafelbild line opened by a date in figures is a card without its arrow") {
    const auto d = chronik::derive::derive_candidates(
        "Otto I.\n\n1) Der neue König\n- 2.7.936: Tod Heinrichs I. in Memleben → Sohn Otto wird "
        "Nachfolger\n- 937: Otto gründet das Moritzkloster in Magdeburg\n");
    bool found = false;
    for (const auto& ev : d.events)
        if (ev.text == "Tod Heinrichs I. in Memleben") {
            found = true;
            CHECK(ev.date == EventDate::on_day(936, 7, 2));
        }
    CHECK(found);
}

TEST_CASE(
    "a board's = names the thing and says what it was, and a date after an arrow dates no card "
    "before it") {
    CHECK(without_board_notation("Hanse = Bund von Kaufleuten u. Städten") ==
          "Hanse: Bund von Kaufleuten und Städten");
    CHECK(after_arrow("Stadtrecht = Freiheit → Marktrecht 1188", 36));
    CHECK_FALSE(after_arrow("1188: Stadtrecht → Freiheit", 0));
    const auto d = derive_candidates(
        "Tafelbild Kl. 7b – Hanse\n\nI. Die Anfänge\n- 1356–1358: Städtebund = Bündnis von Lübeck "
        "u. Hamburg gegen Räuber\n\n"
        "Merke: Hanse = Bund der Kaufleute → Hansetag 1356–1669 in Lübeck!\n",
        WordList{});
    bool league = false;
    for (const auto& e : d.events) {
        CHECK(e.text.find("Hanse") == std::string::npos);  // 1356 is the Hansetag's, not its
        if (e.date == chronik::bank::EventDate::in_year(1356)) {
            league = true;
            CHECK(e.text == "Städtebund: Bündnis von Lübeck und Hamburg gegen Räuber");
        }
    }
    CHECK(league);
}
