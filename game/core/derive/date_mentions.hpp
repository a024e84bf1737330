// Date expressions in German sentences ("im Juni 1950", "Mitte der 1980er Jahre", "seit 1910") with
// precision.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "bank/event_date.hpp"

namespace chronik::derive {

// How a date relates to what the sentence says.
enum class DateRole {
    At,      // "1961 wurde ...", "im Juni 1950"
    Since,   // "seit 1910", "ab 2003"
    Until,   // "bis 1962"
    Range,   // "von 1652 bis 1689": `date` is the start, `range_end_year` the end
    After,   // "nach 1990"
    Before,  // "vor 1945"
};

struct DateMention {
    bank::EventDate date;
    DateRole role = DateRole::At;
    int range_end_year = 0;      // Range only
    std::size_t begin = 0;       // bytes of the whole expression in the sentence,
    std::size_t end = 0;         //   prepositions included ("im Juni 1950", "seit 1910")
    std::size_t year_begin = 0;  // bytes of the written year ("1950"); equal to
    std::size_t year_end = 0;    //   year_begin when the year came from context
    bool explicit_year = true;   // false for "am 2. März" (year taken from context)
    // The second date of "vom 27. Mai bis zum 1. Juni 1832" / "vom ... bis ...": it ends a
    // span whose start is the event, so it dates nothing of its own.
    bool ends_range = false;
};

// What earlier sentences said, for dates without a year ("Am 2. März").
// A month without a year that lies before the context month moves to the
// next year ("im August 1999 ... im März" is March of the next year).
struct DateContext {
    int year = 0;
    int month = 0;
    int day = 0;  // the last date was this day of `month` ("Am 16. October: ... Am 17: ...")
    bool decade = false;  // the last date was a decade: no year to count from ("zwei Jahre später")
};

// Every date expression in the sentence, in order; updates `context` with
// the last date that says when something happened (not "seit/nach/vor 1949", not "die
// Grenzen von 1792"). Numbers that are no dates are skipped: after
// "Resolution", "Nr.", "Band", "S.", and before units ("1000 Soldaten").
// Also read: days of older books ("19. Oct.", "20. Novbr.", "des 14. Oktobers", an OCR'd
// "31. Mürz"), a list of days ("am 16. und 18. October 1813", "9. 10. März": the first day),
// "am 5. November des Jahres 1757", "Anfang März" (the month), spans of years ("1524—25",
// "1630—1634", "1756 – 1763": role Range), and in a chronicle of days a bare day number with
// a colon after a day of the same month ("Am 16. October: ... Am 17: Waffenruhe").
std::vector<DateMention> find_dates(std::string_view sentence, DateContext& context);

// A whole cell as a date, for imports: "1950" (any number of up to four digits is a
// year: "800"), "44 v. Chr.", "9 n. Chr.", "Juni 1950", "2. März 2022",
// "2.3.2022", "2022-03-02", "2022-03", "Frühjahr 1996", "Ende 2011",
// "Mitte der 1980er Jahre", "1990er Jahre"; nullopt for anything else or an
// impossible date.
std::optional<bank::EventDate> parse_date_text(std::string_view text);

}  // namespace chronik::derive
