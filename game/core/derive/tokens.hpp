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
std::vector<Token> tokenize(std::string_view sentence);

bool is_capitalised(std::string_view word);  // first letter upper case (ASCII or Latin-1/Cyrillic)
bool all_digits(std::string_view word);
// A year as written in prose: 3–4 digits within 1000–2100 ("1996/97" too).
bool is_year_word(std::string_view word, int* year = nullptr);

}  // namespace chronik::derive
