#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "bank/event_date.hpp"

using namespace chronik::bank;

TEST_CASE("Day numbers count from 1970-01-01 in the proleptic Gregorian calendar") {
    CHECK(day_number(1970, 1, 1) == 0);
    CHECK(day_number(1970, 1, 2) == 1);
    CHECK(day_number(1969, 12, 31) == -1);
    CHECK(day_number(2000, 3, 1) - day_number(2000, 2, 28) == 2);  // 2000 is a leap year
    CHECK(day_number(1900, 3, 1) - day_number(1900, 2, 28) == 1);  // 1900 is not
    CHECK(day_number(2022, 3, 2) == 19053);
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(1950, 6) == 30);
}

TEST_CASE("Each precision spans the days the bank format documents") {
    CHECK(EventDate::on_day(2022, 3, 2).span() ==
          DaySpan{day_number(2022, 3, 2), day_number(2022, 3, 2)});
    CHECK(EventDate::in_month(1950, 6).span() ==
          DaySpan{day_number(1950, 6, 1), day_number(1950, 6, 30)});
    CHECK(EventDate::in_month(2024, 2).span().length_days() == 29);
    CHECK(EventDate::in_season(1996, Season::Spring).span() ==
          DaySpan{day_number(1996, 3, 1), day_number(1996, 5, 31)});
    CHECK(EventDate::in_season(1996, Season::Autumn).span() ==
          DaySpan{day_number(1996, 9, 1), day_number(1996, 11, 30)});
    // Winter 1996 is the winter that begins in December 1996.
    CHECK(EventDate::in_season(1996, Season::Winter).span() ==
          DaySpan{day_number(1996, 12, 1), day_number(1997, 2, 28)});
    CHECK(EventDate::in_year_part(2011, PeriodPart::Early).span() ==
          DaySpan{day_number(2011, 1, 1), day_number(2011, 4, 30)});
    CHECK(EventDate::in_year_part(2011, PeriodPart::Mid).span() ==
          DaySpan{day_number(2011, 5, 1), day_number(2011, 8, 31)});
    CHECK(EventDate::in_year_part(2011, PeriodPart::Late).span() ==
          DaySpan{day_number(2011, 9, 1), day_number(2011, 12, 31)});
    CHECK(EventDate::in_year(1961).span() ==
          DaySpan{day_number(1961, 1, 1), day_number(1961, 12, 31)});
    CHECK(EventDate::in_decade_part(1980, PeriodPart::Early).span() ==
          DaySpan{day_number(1980, 1, 1), day_number(1982, 12, 31)});
    CHECK(EventDate::in_decade_part(1980, PeriodPart::Mid).span() ==
          DaySpan{day_number(1983, 1, 1), day_number(1986, 12, 31)});
    CHECK(EventDate::in_decade_part(1980, PeriodPart::Late).span() ==
          DaySpan{day_number(1987, 1, 1), day_number(1989, 12, 31)});
    CHECK(EventDate::in_decade(1990).span() ==
          DaySpan{day_number(1990, 1, 1), day_number(1999, 12, 31)});
}

TEST_CASE("The parts of a year and of a decade do not overlap and leave no gap") {
    for (auto parts : {std::vector<EventDate>{EventDate::in_year_part(2011, PeriodPart::Early),
                                              EventDate::in_year_part(2011, PeriodPart::Mid),
                                              EventDate::in_year_part(2011, PeriodPart::Late)},
                       std::vector<EventDate>{EventDate::in_decade_part(1980, PeriodPart::Early),
                                              EventDate::in_decade_part(1980, PeriodPart::Mid),
                                              EventDate::in_decade_part(1980, PeriodPart::Late)}}) {
        CHECK_FALSE(overlaps(parts[0], parts[1]));
        CHECK_FALSE(overlaps(parts[1], parts[2]));
        CHECK(parts[1].span().first == parts[0].span().last + 1);
        CHECK(parts[2].span().first == parts[1].span().last + 1);
    }
}

TEST_CASE("Timelines order dates by the middle of their spans") {
    std::vector<EventDate> dates = {
        EventDate::in_year(1996),                          // middle: 2 July 1996
        EventDate::in_season(1996, Season::Spring),        // April 1996
        EventDate::in_decade_part(1980, PeriodPart::Mid),  // 1985
        EventDate::on_day(1996, 12, 24),                   //
        EventDate::in_decade(1990),                        // end of 1994
        EventDate::in_month(1996, 1),                      //
    };
    std::sort(dates.begin(), dates.end(), timeline_before);
    CHECK(dates[0] == EventDate::in_decade_part(1980, PeriodPart::Mid));
    CHECK(dates[1] == EventDate::in_decade(1990));
    CHECK(dates[2] == EventDate::in_month(1996, 1));
    CHECK(dates[3] == EventDate::in_season(1996, Season::Spring));
    CHECK(dates[4] == EventDate::in_year(1996));
    CHECK(dates[5] == EventDate::on_day(1996, 12, 24));
}

TEST_CASE("The sort key is twice the middle day, and equal middles put the precise date first") {
    const auto year = EventDate::in_year(2001);
    CHECK(year.sort_key() == day_number(2001, 1, 1) + day_number(2001, 12, 31));
    // July 2 2001 is the middle day of 2001 (365 days: 182 before, 182 after).
    const auto mid_day = EventDate::on_day(2001, 7, 2);
    CHECK(mid_day.sort_key() == year.sort_key());
    CHECK(timeline_before(mid_day, year));
    CHECK_FALSE(timeline_before(year, mid_day));
    CHECK_FALSE(timeline_before(year, year));
}

TEST_CASE("Overlap means sharing at least one day") {
    CHECK(overlaps(EventDate::in_year(1950), EventDate::in_month(1950, 6)));
    CHECK(overlaps(EventDate::in_decade(1990), EventDate::in_year(1999)));
    CHECK_FALSE(overlaps(EventDate::in_decade(1990), EventDate::in_year(2000)));
    CHECK_FALSE(overlaps(EventDate::in_month(1950, 6), EventDate::in_month(1950, 7)));
    CHECK(overlaps(EventDate::in_season(1996, Season::Winter), EventDate::in_month(1997, 1)));
    CHECK_FALSE(overlaps(EventDate::on_day(2022, 3, 1), EventDate::on_day(2022, 3, 2)));
}

TEST_CASE("German display strings read as the article writes dates") {
    const auto de = DateLanguage::German;
    CHECK(format_date(EventDate::on_day(2022, 3, 2), de) == "2. März 2022");
    CHECK(format_date(EventDate::in_month(1950, 6), de) == "Juni 1950");
    CHECK(format_date(EventDate::in_season(1996, Season::Spring), de) == "Frühjahr 1996");
    CHECK(format_date(EventDate::in_season(1999, Season::Winter), de) == "Winter 1999/00");
    CHECK(format_date(EventDate::in_year_part(2011, PeriodPart::Late), de) == "Ende 2011");
    CHECK(format_date(EventDate::in_year_part(2011, PeriodPart::Early), de) == "Anfang 2011");
    CHECK(format_date(EventDate::in_year(1961), de) == "1961");
    CHECK(format_date(EventDate::in_decade_part(1980, PeriodPart::Mid), de) ==
          "Mitte der 1980er Jahre");
    CHECK(format_date(EventDate::in_decade(1990), de) == "1990er Jahre");
}

TEST_CASE("English display strings") {
    const auto en = DateLanguage::English;
    CHECK(format_date(EventDate::on_day(2022, 3, 2), en) == "2 March 2022");
    CHECK(format_date(EventDate::in_month(1950, 6), en) == "June 1950");
    CHECK(format_date(EventDate::in_season(1996, Season::Spring), en) == "spring 1996");
    CHECK(format_date(EventDate::in_year_part(2011, PeriodPart::Mid), en) == "mid-2011");
    CHECK(format_date(EventDate::in_decade_part(1980, PeriodPart::Late), en) == "late 1980s");
    CHECK(format_date(EventDate::in_decade(1990), en) == "1990s");
}

TEST_CASE("Malformed dates are named, well-formed ones pass") {
    CHECK_FALSE(date_problem(EventDate::on_day(2024, 2, 29)));
    CHECK(date_problem(EventDate::on_day(2023, 2, 29)));
    CHECK(date_problem(EventDate::on_day(2023, 4, 31)));
    CHECK(date_problem(EventDate::in_month(2023, 13)));
    CHECK(date_problem(EventDate::in_month(2023, 0)));
    CHECK(date_problem(EventDate::in_decade(1985)));
    CHECK(date_problem(EventDate::in_decade_part(1981, PeriodPart::Mid)));
    CHECK_FALSE(date_problem(EventDate::in_decade(1980)));
    EventDate year_with_month = EventDate::in_year(1950);
    year_with_month.month = 6;
    CHECK(date_problem(year_with_month));
    // An invalid date still has a span (clamped), never undefined behaviour.
    CHECK(EventDate::on_day(2023, 2, 31).span().first == day_number(2023, 2, 28));
}

TEST_CASE("Precision, season and part names round-trip") {
    for (auto p :
         {DatePrecision::Day, DatePrecision::Month, DatePrecision::Season, DatePrecision::YearPart,
          DatePrecision::DecadePart, DatePrecision::Decade, DatePrecision::Year}) {
        CHECK(parse_precision(precision_name(p)) == p);
    }
    CHECK(parse_precision("year_part") == DatePrecision::YearPart);
    CHECK_FALSE(parse_precision("Year"));
    CHECK(parse_season("winter") == Season::Winter);
    CHECK_FALSE(parse_season("fall"));
    CHECK(parse_period_part("mid") == PeriodPart::Mid);
    CHECK_FALSE(parse_period_part("middle"));
}
