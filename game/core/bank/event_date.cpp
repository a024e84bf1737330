#include "bank/event_date.hpp"

#include <algorithm>
#include <array>

namespace chronik::bank {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int clamp_month(int month) {
    return std::clamp(month, 1, 12);
}

constexpr std::array<const char*, 12> kMonthsDe = {"Januar",    "Februar", "März",     "April",
                                                   "Mai",       "Juni",    "Juli",     "August",
                                                   "September", "Oktober", "November", "Dezember"};
constexpr std::array<const char*, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

std::string two_digits(int year) {
    const int y = ((year % 100) + 100) % 100;
    return std::string(1, static_cast<char>('0' + y / 10)) + static_cast<char>('0' + y % 10);
}

}  // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    month = clamp_month(month);
    return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
std::int64_t day_number(int year, int month, int day) {
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;  // March = 0
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

EventDate EventDate::on_day(int year, int month, int day) {
    EventDate d;
    d.precision = DatePrecision::Day;
    d.year = year;
    d.month = month;
    d.day = day;
    return d;
}

EventDate EventDate::in_month(int year, int month) {
    EventDate d;
    d.precision = DatePrecision::Month;
    d.year = year;
    d.month = month;
    return d;
}

EventDate EventDate::in_season(int year, Season season) {
    EventDate d;
    d.precision = DatePrecision::Season;
    d.year = year;
    d.season = season;
    return d;
}

EventDate EventDate::in_year_part(int year, PeriodPart part) {
    EventDate d;
    d.precision = DatePrecision::YearPart;
    d.year = year;
    d.part = part;
    return d;
}

EventDate EventDate::in_year(int year) {
    EventDate d;
    d.precision = DatePrecision::Year;
    d.year = year;
    return d;
}

EventDate EventDate::in_decade_part(int decade_first_year, PeriodPart part) {
    EventDate d;
    d.precision = DatePrecision::DecadePart;
    d.year = decade_first_year;
    d.part = part;
    return d;
}

EventDate EventDate::in_decade(int decade_first_year) {
    EventDate d;
    d.precision = DatePrecision::Decade;
    d.year = decade_first_year;
    return d;
}

namespace {

DaySpan months(int year, int first_month, int last_year, int last_month) {
    return {day_number(year, first_month, 1),
            day_number(last_year, last_month, days_in_month(last_year, last_month))};
}

DaySpan years(int first_year, int last_year) {
    return {day_number(first_year, 1, 1), day_number(last_year, 12, 31)};
}

}  // namespace

DaySpan EventDate::span() const {
    switch (precision) {
        case DatePrecision::Day: {
            const int m = clamp_month(month);
            const int d = std::clamp(day, 1, days_in_month(year, m));
            const auto n = day_number(year, m, d);
            return {n, n};
        }
        case DatePrecision::Month: {
            const int m = clamp_month(month);
            return months(year, m, year, m);
        }
        case DatePrecision::Season:
            switch (season) {
                case Season::Spring:
                    return months(year, 3, year, 5);
                case Season::Summer:
                    return months(year, 6, year, 8);
                case Season::Autumn:
                    return months(year, 9, year, 11);
                case Season::Winter:
                    return months(year, 12, year + 1, 2);
            }
            break;
        case DatePrecision::YearPart:
            switch (part) {
                case PeriodPart::Early:
                    return months(year, 1, year, 4);
                case PeriodPart::Mid:
                    return months(year, 5, year, 8);
                case PeriodPart::Late:
                    return months(year, 9, year, 12);
            }
            break;
        case DatePrecision::DecadePart:
            switch (part) {
                case PeriodPart::Early:
                    return years(year, year + 2);
                case PeriodPart::Mid:
                    return years(year + 3, year + 6);
                case PeriodPart::Late:
                    return years(year + 7, year + 9);
            }
            break;
        case DatePrecision::Decade:
            return years(year, year + 9);
        case DatePrecision::Year:
            return years(year, year);
    }
    return years(year, year);
}

std::int64_t EventDate::sort_key() const {
    const DaySpan s = span();
    return s.first + s.last;
}

bool timeline_before(const EventDate& a, const EventDate& b) {
    const DaySpan sa = a.span();
    const DaySpan sb = b.span();
    const auto ka = sa.first + sa.last;
    const auto kb = sb.first + sb.last;
    if (ka != kb) return ka < kb;
    if (sa.length_days() != sb.length_days()) return sa.length_days() < sb.length_days();
    return sa.first < sb.first;
}

std::optional<std::string> date_problem(const EventDate& date) {
    const bool needs_month =
        date.precision == DatePrecision::Day || date.precision == DatePrecision::Month;
    if (needs_month && (date.month < 1 || date.month > 12)) {
        return "month " + std::to_string(date.month) + " is not in 1-12";
    }
    if (!needs_month && date.month != 0) {
        return std::string("a month is given but the precision is '") +
               std::string(precision_name(date.precision)) + "'";
    }
    if (date.precision == DatePrecision::Day) {
        const int max_day = days_in_month(date.year, date.month);
        if (date.day < 1 || date.day > max_day) {
            return "day " + std::to_string(date.day) + " does not exist in month " +
                   std::to_string(date.month) + " of " + std::to_string(date.year);
        }
    } else if (date.day != 0) {
        return std::string("a day is given but the precision is '") +
               std::string(precision_name(date.precision)) + "'";
    }
    if ((date.precision == DatePrecision::Decade || date.precision == DatePrecision::DecadePart) &&
        date.year % 10 != 0) {
        return "a decade starts with a year divisible by 10, not " + std::to_string(date.year);
    }
    return std::nullopt;
}

std::string format_date(const EventDate& date, DateLanguage language) {
    const bool de = language == DateLanguage::German;
    // Years before Christ are stored negative (44 BC is -44; there is no year 0).
    std::string y = date.year < 0 ? std::to_string(-date.year) + (de ? " v. Chr." : " BC")
                                  : std::to_string(date.year);
    const auto month_name = [&](int m) {
        const auto i = static_cast<std::size_t>(clamp_month(m) - 1);
        return std::string(de ? kMonthsDe[i] : kMonthsEn[i]);
    };
    switch (date.precision) {
        case DatePrecision::Day:
            return de ? std::to_string(date.day) + ". " + month_name(date.month) + " " + y
                      : std::to_string(date.day) + " " + month_name(date.month) + " " + y;
        case DatePrecision::Month:
            return month_name(date.month) + " " + y;
        case DatePrecision::Season:
            switch (date.season) {
                case Season::Spring:
                    return (de ? "Frühjahr " : "spring ") + y;
                case Season::Summer:
                    return (de ? "Sommer " : "summer ") + y;
                case Season::Autumn:
                    return (de ? "Herbst " : "autumn ") + y;
                case Season::Winter:
                    return (de ? "Winter " : "winter ") + y + "/" + two_digits(date.year + 1);
            }
            break;
        case DatePrecision::YearPart:
            switch (date.part) {
                case PeriodPart::Early:
                    return (de ? "Anfang " : "early ") + y;
                case PeriodPart::Mid:
                    return (de ? "Mitte " : "mid-") + y;
                case PeriodPart::Late:
                    return (de ? "Ende " : "late ") + y;
            }
            break;
        case DatePrecision::DecadePart:
            switch (date.part) {
                case PeriodPart::Early:
                    return de ? "Anfang der " + y + "er Jahre" : "early " + y + "s";
                case PeriodPart::Mid:
                    return de ? "Mitte der " + y + "er Jahre" : "mid-" + y + "s";
                case PeriodPart::Late:
                    return de ? "Ende der " + y + "er Jahre" : "late " + y + "s";
            }
            break;
        case DatePrecision::Decade:
            return de ? y + "er Jahre" : y + "s";
        case DatePrecision::Year:
            return y;
    }
    return y;
}

std::string_view precision_name(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Day:
            return "day";
        case DatePrecision::Month:
            return "month";
        case DatePrecision::Season:
            return "season";
        case DatePrecision::YearPart:
            return "year_part";
        case DatePrecision::DecadePart:
            return "decade_part";
        case DatePrecision::Decade:
            return "decade";
        case DatePrecision::Year:
            return "year";
    }
    return "year";
}

std::optional<DatePrecision> parse_precision(std::string_view name) {
    for (auto p :
         {DatePrecision::Day, DatePrecision::Month, DatePrecision::Season, DatePrecision::YearPart,
          DatePrecision::DecadePart, DatePrecision::Decade, DatePrecision::Year}) {
        if (precision_name(p) == name) return p;
    }
    return std::nullopt;
}

std::string_view season_name(Season season) {
    switch (season) {
        case Season::Spring:
            return "spring";
        case Season::Summer:
            return "summer";
        case Season::Autumn:
            return "autumn";
        case Season::Winter:
            return "winter";
    }
    return "spring";
}

std::optional<Season> parse_season(std::string_view name) {
    for (auto s : {Season::Spring, Season::Summer, Season::Autumn, Season::Winter}) {
        if (season_name(s) == name) return s;
    }
    return std::nullopt;
}

std::string_view period_part_name(PeriodPart part) {
    switch (part) {
        case PeriodPart::Early:
            return "early";
        case PeriodPart::Mid:
            return "mid";
        case PeriodPart::Late:
            return "late";
    }
    return "early";
}

std::optional<PeriodPart> parse_period_part(std::string_view name) {
    for (auto p : {PeriodPart::Early, PeriodPart::Mid, PeriodPart::Late}) {
        if (period_part_name(p) == name) return p;
    }
    return std::nullopt;
}

}  // namespace chronik::bank
