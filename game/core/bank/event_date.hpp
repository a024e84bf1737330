// When a timeline event happened, at the precision the source states it, as a span of days.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "locale/language.hpp"

namespace chronik::bank {

// How exactly the source dates an event. A closed set: the bank format
// (questions/README.md) names each one.
enum class DatePrecision {
    Day,         // "am 2. März 2022"
    Month,       // "im Juni 1950"
    Season,      // "im Frühjahr 1996"
    YearPart,    // "Anfang / Mitte / Ende 2011"
    DecadePart,  // "Anfang / Mitte / Ende der 1980er Jahre"
    Decade,      // "in den 1990er Jahren"
    Year,        // "1961"
};

enum class Season { Spring, Summer, Autumn, Winter };

// Early / mid / late part of a year or a decade.
enum class PeriodPart { Early, Mid, Late };

// The language dates are written in (one enum for every language: locale/language.hpp).
using DateLanguage = Language;

// Days as proleptic Gregorian day numbers counted from 1970-01-01 = 0, the
// same numbering as utc_day_number() in time/time_point.hpp. Both ends inclusive.
struct DaySpan {
    std::int64_t first = 0;
    std::int64_t last = 0;

    std::int64_t length_days() const { return last - first + 1; }
    friend bool operator==(const DaySpan&, const DaySpan&) = default;
};

// Two spans overlap when they share at least one day.
constexpr bool overlaps(const DaySpan& a, const DaySpan& b) {
    return a.first <= b.last && b.first <= a.last;
}

// Proleptic Gregorian calendar helpers (any year, month 1–12).
std::int64_t day_number(int year, int month, int day);
bool is_leap_year(int year);
int days_in_month(int year, int month);

// A date as the source states it. Only the fields the precision needs are
// meaningful; the others keep their defaults (0 / Spring / Early), so two
// equal dates compare equal. Build dates with the named constructors; dates
// read from files are checked with date_problem().
struct EventDate {
    DatePrecision precision = DatePrecision::Year;
    // For Decade and DecadePart: the decade's first year (1980 for the 1980s).
    int year = 0;
    int month = 0;                        // 1–12, Day and Month only
    int day = 0;                          // 1–31, Day only
    Season season = Season::Spring;       // Season only
    PeriodPart part = PeriodPart::Early;  // YearPart and DecadePart only

    static EventDate on_day(int year, int month, int day);
    static EventDate in_month(int year, int month);
    static EventDate in_season(int year, Season season);
    static EventDate in_year_part(int year, PeriodPart part);
    static EventDate in_year(int year);
    static EventDate in_decade_part(int decade_first_year, PeriodPart part);
    static EventDate in_decade(int decade_first_year);

    // The days this date stands for (see questions/README.md):
    //   Season: spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec of
    //           `year` to the end of Feb of year+1.
    //   YearPart: early Jan–Apr, mid May–Aug, late Sep–Dec.
    //   DecadePart: early years 0–2, mid 3–6, late 7–9 of the decade.
    // Precondition: date_problem(*this) is empty; an invalid month or day is
    // clamped, never undefined behaviour.
    DaySpan span() const;

    // Timelines order by the middle of the span. The key is first + last
    // (twice the middle, so it stays an exact integer); equal keys fall back
    // to the span length (the more precise date first), then to the fields.
    std::int64_t sort_key() const;

    friend bool operator==(const EventDate&, const EventDate&) = default;
};

// Strict weak order for timelines: by sort_key(), then shorter span first,
// then first day. Dates with identical spans compare equivalent.
bool timeline_before(const EventDate& a, const EventDate& b);

// True when a timeline cannot tell the two dates apart for sure.
inline bool overlaps(const EventDate& a, const EventDate& b) {
    return overlaps(a.span(), b.span());
}

// Why a date is not well-formed (month out of 1–12, day not in the month,
// decade year not divisible by 10, ...), or nullopt. Plausibility of the year
// itself (e.g. 1000–2100) is a lint rule, not an invariant.
std::optional<std::string> date_problem(const EventDate& date);

// Display text: "2. März 2022", "Juni 1950", "Frühjahr 1996", "Winter 1996/97",
// "Ende 2011", "1961", "Mitte der 1980er Jahre", "1990er Jahre";
// English: "2 March 2022", "June 1950", "spring 1996", "late 2011", "mid-1980s", "1990s".
std::string format_date(const EventDate& date, DateLanguage language);

// Names used in the bank format: "day", "month", "season", "year_part",
// "decade_part", "decade", "year"; "spring"...; "early", "mid", "late".
std::string_view precision_name(DatePrecision precision);
std::optional<DatePrecision> parse_precision(std::string_view name);
std::string_view season_name(Season season);
std::optional<Season> parse_season(std::string_view name);
std::string_view period_part_name(PeriodPart part);
std::optional<PeriodPart> parse_period_part(std::string_view name);

}  // namespace chronik::bank
