// The word lists derive uses to read German history texts (documented in
// game/core/derive/README.md).
#pragma once

#include <string_view>

namespace chronik::derive {

// "Januar" -> 1 ... "Dezember" -> 12 (also "Jänner", the older "October"/"December" and the
// genitive "Oktobers", "Augusts"); 0 otherwise.
int month_number(std::string_view word);

// A month as it may stand after a day number ("16. Oct.", "20. Novbr.", "31. Mürz"): the
// forms of month_number, the abbreviations of older books (without their dot: "Oct",
// "Octbr", "Novbr", "Febr", "Aug") and an OCR misreading of a month name of at least four
// letters that differs from exactly one month name by one letter ("Mürz", "Jnli",
// "Angust"). Only for the word after "DD.": alone these forms are too often something else
// ("Jan", "Mal").
int month_after_day(std::string_view word);

// Abbreviations that end with '.' inside a sentence: "Nr", "bzw", "usw", "ca", "Dr", "St", ...
// (the word without its final '.').
bool is_abbreviation(std::string_view word_before_dot);

// Countries and states, past and present, in their German nominative forms
// ("Russland", "Sowjetunion", "USA"). Genitives ("Russlands") are not included.
bool is_country(std::string_view word);
// Europa, Afrika, Asien, Amerika (also Nord-, Süd-, Mittel-, Latein-), Australien, Ozeanien,
// Antarktis, Arktis.
bool is_continent(std::string_view w);
// The nominative of a country's genitive ("Russlands" -> "Russland"), or empty.
std::string_view country_of_genitive(std::string_view word);

// Given names common in history texts (German, Russian, English, French, ...).
bool is_given_name(std::string_view word);

// Titles and roles that precede a person's name ("Präsident", "Zar", "Diktator").
// Returns the role in its base form, or empty.
std::string_view person_role(std::string_view word);

// Function words that are capitalised at the start of a sentence and words
// that follow "in" without an article yet are no places ("Höhe", "Folge").
bool is_not_a_name(std::string_view word);

// Endings of ordinary German nouns (-ung, -heit, -keit, -schaft, ...).
bool has_noun_ending(std::string_view word);

// Words that are organisations or end like one ("Zentrumspartei", "Sicherheitsrat",
// "Völkerbund"); not the bare common nouns ("Partei", "Ministerium").
bool has_organisation_ending(std::string_view word);

}  // namespace chronik::derive
