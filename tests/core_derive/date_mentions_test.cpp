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

TEST_CASE("seit, bis and von ... bis give roles; the range keeps its end") {
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
