// Loads ahead of time the glyphs a session will draw, a slice per frame.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ui/resources/resources.hpp"
#include "ui/theme/theme.hpp"

namespace chronik::ui {

// A glyph seen for the first time costs about 27 µs under software GL (FreeType, a texture
// update and the GL flush SFML does after it), so the first frame of a screen with a hundred new
// glyphs took 7-12 ms. The warm-up loads the characters of the bank and of the UI at the type
// scale's sizes while the title screen stands, a budget per frame, so later screens find them.
class GlyphWarmup {
public:
    // Characters to prepare, from UTF-8 text; control characters and duplicates are dropped.
    void add_characters(std::string_view utf8);
    // Every (face, pixel size) that the theme's type scale uses at glyph factor `factor`; starts
    // over when the plan changes (another factor after a window resize).
    void plan(const Theme& theme, float factor);
    bool done() const { return chars_.empty() || job_ >= jobs_.size(); }
    // Glyphs looked up so far (a glyph already loaded is found at once and counts too).
    std::size_t glyphs_loaded() const { return loaded_; }
    // Loads glyphs until `budget` is spent or everything is loaded; returns how many it loaded.
    std::size_t step(const Resources& resources, std::chrono::microseconds budget);

private:
    std::u32string chars_;  // sorted, unique
    std::vector<std::pair<FontFace, unsigned>> jobs_;
    std::size_t job_ = 0, next_char_ = 0, loaded_ = 0;
};

}  // namespace chronik::ui
