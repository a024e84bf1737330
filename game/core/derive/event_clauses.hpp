// The clause of a sentence an event quotes and the card made of it: where a date's clause
// begins and ends, which dates date nothing of their own, and whether a card reads as a
// statement.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "derive/date_mentions.hpp"
#include "derive/word_list.hpp"

namespace chronik::derive {

constexpr std::size_t kLongSentence = 160;  // a sentence up to this many bytes is one piece
constexpr std::size_t kMinClause = 50;      // shorter pieces are merged with their neighbours

// The bytes [a, b) of s, or empty when b is before a.
std::string_view between(std::string_view s, std::size_t a, std::size_t b);

// Within a clause that holds other dates too, the piece between the nearest
// ", " before and the nearest ", " or " und " after the date, when it holds no
// other date and is not too short ("1961 wurde ... und 1962 wurde ...").
std::pair<std::size_t, std::size_t> narrow_clause(std::string_view s,
                                                  std::pair<std::size_t, std::size_t> clause,
                                                  const DateMention& m,
                                                  const std::vector<DateMention>& dates);

// The position after the last ", " (or ",\n" in a hard-wrapped text) before `at`, or 0.
std::size_t after_last_comma(std::string_view s, std::size_t at);

// The date at `at` stands in a relative clause: after ", welche/die/der/das/deren ..." up to
// the next comma, which ends in a finite verb (", der 1618 begann"); ", der französischen
// Julirevolution (1830)" is an article and its noun.
bool in_relative_clause(std::string_view s, std::size_t at, const WordList& words);

// The name before a bracket at `open`: the capitalised words after the last article or
// preposition of its clause piece ("so dem Wartburgfest (" -> "Wartburgfest", "dem
// gleichzeitig gestarteten Gaibacher Fest (" -> "Gaibacher Fest"); empty when there is none.
std::string bracketed_name(std::string_view s, std::size_t open);

// The clause piece before a bracket at `open` is an item of a list: it starts (after a comma
// or the sentence start, and an optional "so"/"wie"/"sowie"/"und") with an article.
bool list_item_before(std::string_view s, std::size_t open, const WordList& words);

// A clause piece of a few words that stops at a comma ("Chusnullin sagte 2022", "Der Beginn
// des Kriegs 2014 führte dazu") says little on its own: it takes the next piece of the
// sentence too, when that holds no other date.
// The date stands between an article and a participle of an attribute ("die 2003 gegründete
// Deutsche Limeskommission", "der im Mai 1949 verkündeten Verfassung"): it dates that noun.
bool attributive_participle_date(std::string_view s, const DateMention& m, const WordList& words);

// A piece that opens with a subordinate clause and goes on with its main clause ("Weil es in
// Berlin zu unruhig war, trat die Versammlung am 6. Februar 1919 in Weimar zusammen"): the
// clause that holds the date `m` — the main clause after the comma, or the subordinate clause
// before it ("Als Richard am 2. April 1272 gestorben war, sehnte sich das Volk …"); else the
// piece as it is.
std::pair<std::size_t, std::size_t> clause_of_date(std::string_view s,
                                                   std::pair<std::size_t, std::size_t> piece,
                                                   const DateMention& m, const WordList& words);

std::pair<std::size_t, std::size_t> extend_short(std::string_view s,
                                                 std::pair<std::size_t, std::size_t> piece,
                                                 const DateMention& m,
                                                 const std::vector<DateMention>& dates);

// The clause's text without the date and without dates coordinated with it
// ("2001 und 2002 besuchte ..." -> "besuchte ...").
std::string without_dates(std::string_view s, std::pair<std::size_t, std::size_t> clause,
                          const DateMention& m, const std::vector<DateMention>& dates);

// The sentence (or heading) is nothing but a date, perhaps after a section number: "1077.",
// "1524—25.", "16. Juni.", "1848", "Das Jahr 1848". Such a line dates what follows it in an
// outline or a section.
std::optional<DateMention> date_only(std::string_view text, const std::vector<DateMention>& dates);

// A title standing as a sentence in running text or an outline: a short noun phrase with a
// bracketed date at its end and no finite verb ("7. Schlacht bei Lützen; Gustav Adolfs Tod
// (1632).", "Tod Luthers (18. Februar)."). Returns the title without its section number,
// or empty.
std::string title_before_bracket(std::string_view s, const DateMention& m, const WordList& words);

// "Frankreich bekam die Ausdehnung vou 1792.": a year at the end of a sentence after a noun
// and a short unknown word (an OCR'd "von") names a thing, as "die Grenzen von 1792" does.
bool year_after_noun_and_particle(std::string_view s, const DateMention& m, const WordList& words);

// "Die Federzeichnung von 1832": "von" and a year after a noun name the noun's date.
bool attributive_von(std::string_view s, const DateMention& m);

// "nach derzeitigem Forschungsstand (2009)", "laut Volkszählung (1990)", "(Stand: 2009)": the
// year dates what is known or counted, not an event of the text's history.
bool dates_a_claim(std::string_view s, const DateMention& m);

// The card of a clause as a timeline text, or empty when it would not read as a statement:
// an outline's telegram line ending in a participle becomes passive ("Heinrich wird … vom
// Banne gelöst"); a card that lost its verb, dangles or starts with a pronoun is dropped.
std::string checked_card(std::string card, std::string_view source, const WordList& words);

// "Nach dem Fall der Berliner Mauer am 9. November 1989 begann …": a date that ends an opening
// "Nach/Vor" + article + noun phrase, right before the main clause's verb, dates that noun, not
// what the clause tells. The card is the noun phrase ("Fall der Berliner Mauer"; the dative -e of
// older books goes when the dictionary knows the word without it: "Siege" -> "Sieg"); empty when
// the sentence is not of that shape.
std::string opening_phrase_event(std::string_view s, const DateMention& m, const WordList& words);

// The brackets of `s` that hold a date without a year of its own ("(am 21. April, …)") when
// a date outside them gives that year: asides to that date, as spans (the space before the
// bracket included) in the form of a DateMention, so that without_dates cuts them.
std::vector<DateMention> bracket_asides(std::string_view s, const std::vector<DateMention>& dates);

}  // namespace chronik::derive
