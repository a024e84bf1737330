// Numbers and dates that were read wrongly: a count after "rund" taken for a year, a day without
// its year taking the year of a relative clause, a span of days cut to its month, an
// abbreviation taken as a sentence end, a numbered heading glued to the sentence under it; on
// sentences written for this test.
#include <doctest/doctest.h>

#include <string>

#include "bank/event_date.hpp"
#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"
#include "derive/sentences.hpp"
#include "derive/text_cleaning.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

namespace {

std::vector<DateMention> dates_in(std::string_view s) {
    DateContext ctx;
    return find_dates(s, ctx);
}

}  // namespace

TEST_CASE("a number after rund, knapp, über or mehr als is a count, not a year") {
    CHECK(dates_in("Rund 1800 bewaffnete Bauern ziehen vor die Burg.").empty());
    CHECK(dates_in("Knapp 1200 Siedler erreichen im Frühjahr die Küste.").empty());
    CHECK(dates_in("Der Zug umfasste über 1500 berittene Krieger.").empty());
    CHECK(dates_in("Mehr als 1700 gefangene Aufständische werden verbannt.").empty());
    // The year of the same sentence is still read, and "um 1800" is an approximate year.
    const auto m = dates_in("Am 3. Mai 1848 ziehen rund 1800 Bürger zum Schloss.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1848, 5, 3));
    const auto approx = dates_in("Um 1800 wächst die Stadt.");
    REQUIRE(approx.size() == 1);
    CHECK(approx[0].date == EventDate::in_year(1800));
}

TEST_CASE("a date in a relative clause does not move the year of the narrative") {
    DateContext ctx;
    find_dates(
        "Die Stände wählten am 3. März 1415 den Herzog Albrecht, der am 9. Juni 1380 "
        "geboren war, zu ihrem Herrn.",
        ctx);
    const auto m = find_dates("Am 20. April zog er in die Hauptstadt ein.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1415, 4, 20));
    // Without a date of its main clause, the relative clause's date is the context.
    DateContext alone;
    find_dates("Man rief den Herzog, der am 9. Juni 1380 eintraf.", alone);
    const auto next = find_dates("Am 20. Juni brach er auf.", alone);
    REQUIRE(next.size() == 1);
    CHECK(next[0].date == EventDate::on_day(1380, 6, 20));
}

TEST_CASE("a span of days written as one word dates its first day") {
    const auto m = dates_in("4.–9. Sept. 1866 – Die Truppen belagern die Festung.");
    REQUIRE(!m.empty());
    CHECK(m[0].date == EventDate::on_day(1866, 9, 4));
    // The dot after the span's end is no sentence end.
    CHECK(sentence_texts("4.–9. Sept. 1866 – Die Truppen belagern die Festung.").size() == 1);
    // "1. Aug. – 2. Okt. 1944": the start takes the year of the end.
    DateContext ctx{1939, 9, 1};
    const auto span = find_dates("3. Juni – 5. Juli 1941: Die Stadt wird belagert.", ctx);
    REQUIRE(!span.empty());
    CHECK(span[0].date == EventDate::on_day(1941, 6, 3));
}

TEST_CASE("the abbreviation of a people's adjective opening a board line ends no sentence") {
    CHECK(sentence_texts("- 1618–1648: Frz. Truppen ziehen durch das Land.").size() == 1);
    CHECK(sentence_texts("- 1756–1763: Engl. Flotte siegt vor der Küste.").size() == 1);
    const auto d = derive_candidates(
        "Tafelbild\n\n- 1740–1748: Österr. Erbfolgekrieg → 1748 Friede von Aachen: Preußen "
        "behält Schlesien\n",
        WordList{});
    for (const auto& e : d.events)
        if (e.text.find("Erbfolgekrieg") != std::string::npos)
            CHECK(e.date == EventDate::in_year(1740));
}

TEST_CASE("a time counted from the date before: days, weeks and years later, the same day") {
    DateContext ctx;
    find_dates("Am 30. März 1871 tagte der Rat.", ctx);
    auto m = find_dates("Zwei Tage später trat der Bürgermeister zurück.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1871, 4, 1));
    CHECK(m[0].begin == 0);
    CHECK(m[0].end == std::string_view("Zwei Tage später").size());
    m = find_dates("Noch am selben Tag floh er aus der Stadt.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1871, 4, 1));
    CHECK(m[0].begin == 0);
    m = find_dates("Einen Tag danach wurde gewählt.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1871, 4, 2));
    m = find_dates("Drei Jahre später baute man die Brücke.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(1874));
    // Days need a day to count from, years a year (not a decade).
    DateContext year_only;
    find_dates("Im Jahr 1750 lebten dort 300 Menschen.", year_only);
    CHECK(find_dates("Zwei Tage später kam der Herzog.", year_only).empty());
    DateContext decade;
    find_dates("In den 1830er Jahren wuchs die Stadt.", decade);
    CHECK(find_dates("Zwei Jahre später kam der Herzog.", decade).empty());
    // "wenige Tage später" counts nothing.
    DateContext day;
    find_dates("Am 3. Mai 1791 beschloss der Sejm eine Verfassung.", day);
    CHECK(find_dates("Wenige Tage später kam der Herzog.", day).empty());
}

TEST_CASE("zwischen one year and another is a span: its end dates nothing of its own") {
    const auto m = dates_in("Der Mönch schrieb zwischen 1410 und 1415 seine Chronik.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].role == DateRole::Range);
    CHECK(m[0].date == EventDate::in_year(1410));
    CHECK(m[0].range_end_year == 1415);
}

TEST_CASE("a numbered heading of a study sheet heads its section, it is no part of a sentence") {
    const auto paragraphs = prose_paragraphs(
        "Lernzettel Geschichte\n\n"
        "Im April 1814 dankte Napoleon ab und ging auf die Insel Elba.\n"
        "2. Die 100 Tage im Frühjahr\n"
        "Im März 1815 landete Napoleon mit wenigen Getreuen in Südfrankreich und zog\n"
        "nach Paris.\n");
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[1].text.rfind("Im März 1815", 0) == 0);
    CHECK(paragraphs[1].heading == "2. Die 100 Tage im Frühjahr");
    // A day opening a hard-wrapped line of prose is no heading.
    const auto prose = prose_paragraphs(
        "Titel\n\n"
        "Die Verbündeten sammelten sich bei Leipzig, und am\n"
        "2. März 1813 zogen die Preußen gegen die Franzosen ins Feld.\n");
    REQUIRE(prose.size() == 1);
}
