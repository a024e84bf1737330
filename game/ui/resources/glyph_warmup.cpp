#include "ui/resources/glyph_warmup.hpp"

#include <SFML/System/String.hpp>

#include <algorithm>
#include <cmath>

namespace chronik::ui {

void GlyphWarmup::add_characters(std::string_view utf8) {
    const sf::String s = sf::String::fromUtf8(utf8.begin(), utf8.end());
    const std::size_t before = chars_.size();
    for (const sf::Uint32 c : s)
        if (c >= 0x20 && c != 0x7f) chars_.push_back(static_cast<char32_t>(c));
    std::sort(chars_.begin(), chars_.end());
    chars_.erase(std::unique(chars_.begin(), chars_.end()), chars_.end());
    if (chars_.size() == before) return;
    // New characters: go over every size again (loaded glyphs are found at once).
    job_ = next_char_ = 0;
}

void GlyphWarmup::plan(const Theme& theme, float factor) {
    const auto& t = theme.type;
    const auto px = [&](unsigned size) {
        return static_cast<unsigned>(std::lround(static_cast<float>(size) * factor));
    };
    // The sizes the screens use most: buttons, questions, headings, explanations, key hints,
    // and the sizes long button labels and key caps shrink to first.
    std::vector<std::pair<FontFace, unsigned>> jobs = {
        {FontFace::SansBold, px(t.body)},     {FontFace::SansBold, px(t.h2 + 2)},
        {FontFace::SansBold, px(t.small)},    {FontFace::SansBold, px(t.h2)},
        {FontFace::SansBold, px(t.h1)},       {FontFace::Sans, px(t.small - 2)},
        {FontFace::Sans, px(t.caption + 1)},  {FontFace::Sans, px(t.small)},
        {FontFace::Sans, px(t.caption)},      {FontFace::Mono, px(t.caption)},
        {FontFace::SansBold, px(t.body - 1)}, {FontFace::SansBold, px(t.small - 2)},
        {FontFace::Sans, px(t.caption - 1)},  {FontFace::Mono, px(t.caption - 1)},
        {FontFace::SansBold, px(t.h1 + 4)},
    };
    if (jobs == jobs_) return;
    jobs_ = std::move(jobs);
    job_ = next_char_ = 0;
}

std::size_t GlyphWarmup::step(const Resources& resources, std::chrono::microseconds budget) {
    const auto until = std::chrono::steady_clock::now() + budget;
    std::size_t n = 0;
    while (!done()) {
        if (next_char_ >= chars_.size()) {
            ++job_;
            next_char_ = 0;
            continue;
        }
        const auto& [face, size] = jobs_[job_];
        resources.font(face).getGlyph(chars_[next_char_++], size, false);
        ++n;
        if (n % 8 == 0 && std::chrono::steady_clock::now() >= until) break;
    }
    loaded_ += n;
    return n;
}

}  // namespace chronik::ui
