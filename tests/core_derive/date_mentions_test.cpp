#include <doctest/doctest.h>

#include <string>

#include "derive/date_mentions.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;
using chronik::bank::PeriodPart;
using chronik::bank::Season;

namespace {
std::vector<DateMention> dates_in(std::string_view s) {
    DateContext ctx;
    return find_dates(s, ctx);
}
EventDate only_date(std::string_view s) {
    const auto m = dates_in(s);
    REQUIRE(m.size() == 1);
    return m[0].date;
}
}  // namespace

TEST_CASE("date expressions are parsed with their precision") {
    CHECK(only_date("1961 wurde ein Abkommen geschlossen.") == EventDate::in_year(1961));
    CHECK(only_date("Im Juni 1950 überzeugte Kim Stalin.") == EventDate::in_month(1950, 6));
    CHECK(only_date("Am 2. März 2022 stimmte Nordkorea dagegen.") == EventDate::on_day(2022, 3, 2));
    CHECK(only_date("Das erfolgte Mitte der 1980er Jahre mit Gorbatschow.") ==
          EventDate::in_decade_part(1980, PeriodPart::Mid));
    CHECK(only_date("Ein Treffen fand im Frühjahr 1996 statt.") ==
          EventDate::in_season(1996, Season::Spring));
    CHECK(only_date("Ende 2011 starb er.") == EventDate::in_year_part(2011, PeriodPart::Late));
    CHECK(only_date("Anfang 1990 begann es.") == EventDate::in_year_part(1990, PeriodPart::Early));
    CHECK(only_date("In den späteren 1950er Jahren kam es zum Bruch.") ==
          EventDate::in_decade_part(1950, PeriodPart::Late));
    CHECK(only_date("In den 1990er Jahren brach der Handel ein.") == EventDate::in_decade(1990));
}

TEST_CASE("seit, bis and von ... bis give roles, the range keeps its end") {
    auto m = dates_in("Korea war seit 1910 besetzt.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].role == DateRole::Since);
    m = dates_in("Er regierte von 1652 bis 1689 das Land.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].role == DateRole::Range);
    CHECK(m[0].date == EventDate::in_year(1652));
    CHECK(m[0].range_end_year == 1689);
    m = dates_in("Er säuberte bis 1962 die Partei.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].role == DateRole::Until);
}

TEST_CASE("a day or month without a year takes the year from the context") {
    DateContext ctx;
    find_dates("Im Februar 2022 startete Russland einen Angriff.", ctx);
    auto m = find_dates("Am 2. März war Nordkorea dagegen.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(2022, 3, 2));
    CHECK_FALSE(m[0].explicit_year);
    // A month before the context month lies in the next year.
    DateContext later;
    find_dates("Die Ernennung im August 1999 war wichtig.", later);
    m = find_dates("Die Wahl im März war entscheidend.", later);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_month(2000, 3));
    // Without any context a day without a year is no date.
    CHECK(dates_in("Am 2. März war es kalt.").empty());
}

TEST_CASE("numbers that are no years are not dates") {
    CHECK(dates_in("Russland unterstützte die Resolution 1695 des Sicherheitsrats.").empty());
    CHECK(dates_in("Band 21, Nr. 2 erschien.").empty());
    CHECK(dates_in("Es kamen 1500 Soldaten.").empty());
    CHECK(dates_in("Die Grenze ist 17 Kilometer lang.").empty());
}

TEST_CASE("whole cells parse as dates in German and ISO forms") {
    CHECK(parse_date_text("1950") == EventDate::in_year(1950));
    CHECK(parse_date_text("Juni 1950") == EventDate::in_month(1950, 6));
    CHECK(parse_date_text("2.3.2022") == EventDate::on_day(2022, 3, 2));
    CHECK(parse_date_text("02.03.2022") == EventDate::on_day(2022, 3, 2));
    CHECK(parse_date_text("2022-03-02") == EventDate::on_day(2022, 3, 2));
    CHECK(parse_date_text("2022-03") == EventDate::in_month(2022, 3));
    CHECK(parse_date_text("2. März 2022") == EventDate::on_day(2022, 3, 2));
    CHECK(parse_date_text("Mitte der 1980er Jahre") ==
          EventDate::in_decade_part(1980, PeriodPart::Mid));
    CHECK(parse_date_text("Frühjahr 1996") == EventDate::in_season(1996, Season::Spring));
    CHECK(parse_date_text(" Ende 2011 ") == EventDate::in_year_part(2011, PeriodPart::Late));
    CHECK_FALSE(parse_date_text("31.2.2022"));
    CHECK_FALSE(parse_date_text("2022-13-01"));
    CHECK_FALSE(parse_date_text("irgendwann"));
    CHECK_FALSE(parse_date_text("1950 und 1951"));
    CHECK_FALSE(parse_date_text(""));
}

namespace {
std::vector<DateMention> dates_after(std::string_view context, std::string_view s) {
    DateContext ctx;
    find_dates(context, ctx);
    return find_dates(s, ctx);
}
}  // namespace

TEST_CASE("days of older books: abbreviated, genitive and OCR-misread months after a day") {
    auto m = dates_after("Im Jahr 1813 kam es zur Entscheidung.", "19. Oct.: Einnahme Leipzigs.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1813, 10, 19));
    CHECK(only_date("Bei Lützen kam es den 16. Novbr. 1632 zur Schlacht.") ==
          EventDate::on_day(1632, 11, 16));
    m = dates_after("Im Jahr 1806 zog Napoleon nach Thüringen.",
                    "Am Morgen des 14. Oktobers griff er an.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1806, 10, 14));
    m = dates_after("Im Jahr 1814 zogen sie weiter.", "Sie ziehen ant 31. Mürz in Paris ein.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1814, 3, 31));
    // Three letters are too few to guess from: "das 2. Mal" is no day in May.
    CHECK(dates_after("Im Jahr 1900 kam er.", "Er kam das 2. Mal nach Berlin.").empty());
}

TEST_CASE("a list of days before the month is dated by its first day") {
    auto m =
        dates_in("Die Völkerschlacht von Leipzig am 16. und 18. October 1813 entschied den Krieg.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1813, 10, 16));
    m = dates_after("Im Jahr 1814 drangen sie vor.",
                    "Er schlug die Franzosen bei Laon (9. 10. März).");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1814, 3, 9));
}

TEST_CASE("a day followed by des Jahres takes that year, not the context's") {
    const auto m =
        dates_after("Im Jahr 1700 begann es.",
                    "Am Morgen des 5. November des Jahres 1757 erhielt er die Nachricht.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1757, 11, 5));
}

TEST_CASE("Anfang, Mitte or Ende with a month name the month") {
    auto m = dates_after("Im Jahr 1848 kam die Revolution.",
                         "Die Nachricht erreichte Anfang März Berlin.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_month(1848, 3));
    CHECK(only_date("Mitte Juni 1950 fiel die Entscheidung.") == EventDate::in_month(1950, 6));
}

TEST_CASE("spans of years with a dash are ranges dated by their first year") {
    auto m = dates_in("1524—25. Bauernkrieg.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(1524));
    CHECK(m[0].role == DateRole::Range);
    CHECK(m[0].range_end_year == 1525);
    m = dates_in("5. Der schwedische Krieg (1630—1634).");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(1630));
    m = dates_in("1756 – 1763 dauerte der Krieg.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].role == DateRole::Range);
    CHECK(m[0].range_end_year == 1763);
    CHECK(dates_in("Die Jahre 1990-80 gibt es nicht.").size() <= 1);
}

TEST_CASE("a bare day with a colon continues a chronicle of days of one month") {
    DateContext ctx;
    find_dates("Am 16. October 1813: Schlacht gegen Schwarzenberg.", ctx);
    auto m = find_dates("Am 17: Waffenruhe.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1813, 10, 17));
    m = find_dates("Ant 18.: allgemeiner Angriff.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1813, 10, 18));
    // Not backwards, and not without a day before it.
    CHECK(find_dates("Am 12: Ruhe.", ctx).empty());
    DateContext year_only;
    find_dates("Im Jahr 1813 war Krieg.", year_only);
    CHECK(find_dates("Am 17: Waffenruhe.", year_only).empty());
}

TEST_CASE("seit, nach and vor dates and years that name a thing leave the context alone") {
    DateContext ctx;
    find_dates(
        "Der Beitritt am 3. Oktober 1990 beendete die Teilung, die seit 1949 bestanden hatte.",
        ctx);
    auto m = find_dates("Die Wahlen folgten am 2. Dezember.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1990, 12, 2));
    find_dates("Frankreich bekam die Grenzen von 1792.", ctx);
    m = find_dates("Am 20. Dezember zogen die Heere ab.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date.year == 1990);
}

TEST_CASE("relative years and days take their date from the context") {
    DateContext ctx;
    find_dates("Am 5. November 1757 siegte Friedrich bei Roßbach.", ctx);
    auto m = find_dates("Am folgenden Tage zog er nach Schlesien.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1757, 11, 6));
    m = find_dates("Am 5. Dezember desselben Jahres siegte er bei Leuthen.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(1757, 12, 5));
    m = find_dates("Im folgenden Jahre wandte er sich gegen die Russen.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(1758));
    m = find_dates("Im August des folgenden Jahres kam es zur Schlacht.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_month(1759, 8));
    CHECK(only_date("Im Januar des Jahres 1077 zog Heinrich nach Canossa.") ==
          EventDate::in_month(1077, 1));
    CHECK(only_date("Im Frühjahre 1757 fiel er in Böhmen ein.") ==
          EventDate::in_season(1757, Season::Spring));
    // Without a context there is nothing to count from.
    CHECK(dates_in("Im folgenden Jahre kam er wieder.").empty());
}

TEST_CASE("the time of day before a day goes with the date") {
    DateContext ctx;
    find_dates("Im Jahr 1632 zog Gustav Adolf nach Sachsen.", ctx);
    const auto s =
        std::string("In dichtem Nebel stellte er am Morgen des 16. November seine Truppen auf.");
    const auto m = find_dates(s, ctx);
    REQUIRE(m.size() == 1);
    CHECK(s.substr(m[0].begin, m[0].end - m[0].begin) == "am Morgen des 16. November");
}
