// Words of a German sentence with their byte ranges, punctuation stripped, for date and fact
// finding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::derive {

struct Token {
    std::size_t begin = 0;  // byte range of `word` in the sentence
    std::size_t end = 0;
    std::string word;    // without surrounding brackets, quotes, commas and a final '.'
    bool dot = false;    // the word was followed directly by '.'
    bool comma = false;  // followed by ',', ';' or ':' (a clause boundary)
};

// Splits at whitespace; reference markers such as "[12]" are dropped.
// Inner punctuation stays ("30.000", "17,3", "Jong-un", "US-Dollar").
// A word broken at a line end is one token ("Ok-\ntober" is "Oktober", "Fran¬ zosen" is
// "Franzosen"; see word_break_at), its range covering both pieces.
std::vector<Token> tokenize(std::string_view sentence);

// When the chunk of `s` that ends at `end` (exclusive, before whitespace) is the first half of
// a word broken at a line end, the position where the second half starts; else 0. A break is
// "¬" followed by whitespace (OCR of old books, also when the line breaks were lost), or "-"
// followed by whitespace holding a line break and a lower-case continuation that is not a
// conjunction ("Mittel-\nund Süddeutschland" keeps its hyphen), or a capital after the hyphen
// (a compound broken at its own hyphen: "Zwei-plus-\nVier-Vertrag", joined with the hyphen).
std::size_t word_break_at(std::string_view s, std::size_t end);

// The text with its broken words joined ("be-\ngann" -> "begann", "Fran¬ zosen" ->
// "Franzosen", "Zwei-plus-\nVier-Vertrag" -> "Zwei-plus-Vier-Vertrag"), for cards and prompts;
// quotes keep the source's form.
std::string join_broken_words(std::string_view text);

bool is_capitalised(std::string_view word);  // first letter upper case (ASCII or Latin-1/Cyrillic)
bool all_digits(std::string_view word);
// A year as written in prose: 3–4 digits within 1000–2100 ("1996/97" too).
bool is_year_word(std::string_view word, int* year = nullptr);
// A span of years written as one word: "1524—25", "1077–80", "1630—1634", "1756-1763" (em
// dash, en dash or hyphen); the end must follow the start.
bool year_span(std::string_view word, int* start = nullptr, int* end = nullptr);

// "13.–25" of "13.–25. Aug. 1920" (the word without its final dot): a span of days written as
// one word; its first day, or 0 for anything else.
int day_span_start(std::string_view word);

}  // namespace chronik::derive
