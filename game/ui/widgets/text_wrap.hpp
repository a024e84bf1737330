// Greedy word wrapping of UTF-32 text into lines no wider than a box, with injected glyph metrics.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace chronik::ui {

// Advance of `c` following `previous` (kerning included); previous is 0 at a line start.
using AdvanceFn = std::function<float(char32_t previous, char32_t c)>;
// Where a word may be hyphenated: indices i (0 < i < size) for word[0, i) + "-" | word[i, …).
using HyphenFn = std::function<std::vector<std::size_t>(const std::u32string& word)>;

// Breaks at spaces and after hyphens inside words; '\n' always breaks; a word wider than the
// box is hyphenated at the last syllable break that fits (with `hyphenate`), else split between
// characters (see needs_char_split).
// Spaces at a break are dropped. Never returns an empty vector.
std::vector<std::u32string> wrap_lines(const std::u32string& text, float max_width,
                                       const AdvanceFn& advance,
                                       const HyphenFn& hyphenate = nullptr);

// Whether wrap_lines would have to split a word between characters at this width (with
// `hyphenate`: a piece between syllable breaks is wider than the box).
bool needs_char_split(const std::u32string& text, float max_width, const AdvanceFn& advance,
                      const HyphenFn& hyphenate = nullptr);

float line_width(const std::u32string& line, const AdvanceFn& advance);

}  // namespace chronik::ui
