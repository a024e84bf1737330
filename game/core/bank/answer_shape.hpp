// Whether a multiple-choice choice looks like its answer type ("1961" is a year, "17 Kilometer" a
// number).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bank/item.hpp"

namespace chronik::bank {

// A number choice split into its value text and its unit: "17 Kilometer" →
// {"17", "Kilometer"}, "1,5 Millionen Tonnen" → {"1,5", "Millionen Tonnen"},
// "rund 10.000 Arbeiter" → {"10.000", "Arbeiter"} (words before the number
// such as "rund", "über", "etwa" are qualifiers and ignored). nullopt when the
// text has no number. The unit may be empty ("42").
struct NumberChoice {
    std::string value;
    std::string unit;
};
std::optional<NumberChoice> parse_number_choice(std::string_view text);

// A date choice as written in German: "2. März 2022", "März 2022",
// "Februar 1945", "2.3.2022", "2022-03-02", "Frühjahr 1996", "Ende 2011".
bool looks_like_date(std::string_view text);

// How exact a date choice is written: a day ("2. März 2022", "2.3.2022"), a
// month ("Juni 1950"), a part of a year or a season ("Frühjahr 1996", "Ende
// 2011", "Winter 1996/97"), or a decade ("Mitte der 1980er Jahre"). Other for
// a text that is not a date. An answer written more exactly than all its
// distractors gives itself away.
enum class DateForm { Day, Month, PartOfYear, Decade, Other };
DateForm date_form(std::string_view text);

// A year: 3 or 4 digits, or 1 to 4 digits followed by " v. Chr."/" n. Chr.".
bool looks_like_year(std::string_view text);

// Why `choice` is not of `type`, or nullopt. The rules (documented in
// questions/README.md):
//   year: looks_like_year;  date: looks_like_date and not a bare year;
//   number: parse_number_choice succeeds; the unit is compared across the
//           choices separately (same_number_unit);
//   person, place, country, organisation, event, term: not empty, not only
//           digits and punctuation, and not a year or a date for person /
//           place / country / organisation.
std::optional<std::string> shape_problem(AnswerType type, std::string_view choice);

// Whether two choices of a number question use the same unit (compared
// case-insensitively for ASCII; "km" and "Kilometer" differ on purpose:
// the choices must be written alike so that the form gives nothing away).
bool same_number_unit(std::string_view a, std::string_view b);

}  // namespace chronik::bank
