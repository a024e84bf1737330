#include "ui/widgets/text_block.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/View.hpp>

#include <algorithm>
#include <cmath>

#include "ui/text/hyphenator.hpp"
#include "ui/widgets/glyph_run.hpp"
#include "ui/widgets/text_wrap.hpp"

namespace chronik::ui {

void TextBlock::set_text(const std::string& utf8) {
    if (utf8 == utf8_) return;
    utf8_ = utf8;
    dirty_ = true;
    scroll_ = 0;
}

void TextBlock::set_box(sf::FloatRect box) {
    if (box == box_) return;
    box_ = box;
    dirty_ = true;
}

void TextBlock::set_style(const TextStyle& s) {
    if (s.face == style_.face && s.size == style_.size && s.min_size == style_.min_size &&
        s.align == style_.align && s.valign == style_.valign &&
        s.line_spacing == style_.line_spacing && s.wrap == style_.wrap) {
        set_color(s.color);
        return;
    }
    style_ = s;
    dirty_ = true;
}

void TextBlock::set_hyphenation(bool on) {
    if (on == hyphenate_) return;
    hyphenate_ = on;
    dirty_ = true;
}

void TextBlock::set_color(sf::Color color) {
    if (color == style_.color) return;
    style_.color = color;
    for (auto& v : glyphs_)
        v.color = color;
}

bool TextBlock::scroll_lines(int lines) {
    if (!scrolls_ || line_height_ <= 0) return false;
    // Whole lines: the last position shows the last line at the bottom of the box.
    const auto visible =
        std::max<std::size_t>(1, static_cast<std::size_t>((box_.height + 0.5f) / line_height_));
    const float max_scroll =
        line_count_ > visible ? line_height_ * static_cast<float>(line_count_ - visible) : 0.f;
    const float next =
        std::clamp(scroll_ + static_cast<float>(lines) * line_height_, 0.f, max_scroll);
    if (next == scroll_) return false;
    scroll_ = next;
    return true;
}

void TextBlock::ensure_layout(const UiContext& ui) const {
    if (dirty_ || epoch_ != ui.glyphs.epoch || (awaits_patterns_ && Hyphenator::german_ready()))
        layout(ui);
}

const sf::Texture* TextBlock::glyph_texture(const UiContext& ui) const {
    ensure_layout(ui);
    return glyphs_.empty() ? nullptr : texture_;
}

void TextBlock::layout(const UiContext& ui) const {
    dirty_ = false;
    epoch_ = ui.glyphs.epoch;
    const sf::Font& font = ui.resources.font(style_.face);
    const bool bold = false;  // the bold face is its own font file
    const float q = ui.glyphs.factor;
    q_ = q;
    const sf::String text = sf::String::fromUtf8(utf8_.begin(), utf8_.end());
    const std::u32string u32(text.begin(), text.end());
    const unsigned min_size =
        style_.min_size ? std::min(style_.min_size, style_.size) : style_.size;

    // Until the patterns are loaded (on a thread, started here) the text wraps without syllable
    // breaks, and is laid out again at the first draw after they arrive: a frame never waits.
    HyphenFn hyphenate;
    awaits_patterns_ = hyphenate_ && !Hyphenator::german_ready();
    if (awaits_patterns_)
        Hyphenator::preload_german();
    else if (hyphenate_)
        hyphenate = [](const std::u32string& word) { return Hyphenator::german().breaks(word); };
    std::vector<std::u32string> lines;
    unsigned size = style_.size;
    for (;; --size) {
        const auto px = static_cast<unsigned>(std::lround(static_cast<float>(size) * q));
        AdvanceFn advance = [&](char32_t prev, char32_t c) {
            float a = font.getGlyph(c, px, bold).advance;
            if (prev) a += font.getKerning(prev, c, px);
            return a / q;
        };
        const float lh = font.getLineSpacing(px) / q * style_.line_spacing;
        if (style_.wrap) {
            lines = wrap_lines(u32, box_.width, advance, hyphenate);
        } else {
            lines = {u32};
            std::replace(lines[0].begin(), lines[0].end(), U'\n', U' ');
        }
        float widest = 0;
        for (const auto& l : lines)
            widest = std::max(widest, line_width(l, advance));
        line_height_ = lh;
        content_ = {widest, lh * static_cast<float>(lines.size())};
        // A word split between characters reads badly: prefer a smaller size while allowed.
        const bool fits = content_.y <= box_.height + 0.5f && widest <= box_.width + 0.5f &&
                          !(style_.wrap && needs_char_split(u32, box_.width, advance));
        if (fits || size <= min_size || size <= 6) {
            // At the smallest size a word may still be too long: hyphenated at its syllables
            // (when asked) it fits without scrolling.
            scrolls_ = !fits && !(hyphenate && content_.y <= box_.height + 0.5f &&
                                  !needs_char_split(u32, box_.width, advance, hyphenate));
            break;
        }
    }
    used_size_ = size;
    line_count_ = lines.size();

    const auto px = static_cast<unsigned>(std::lround(static_cast<float>(size) * q));
    texture_ = &font.getTexture(px);
    glyphs_.clear();
    line_starts_.clear();
    // Baseline offset: SFML puts the top of the line box at y; nudge so that the cap height
    // sits where designers expect text in a box to start.
    float y0 = box_.top;
    if (style_.valign == VAlign::Middle && content_.y < box_.height)
        y0 += (box_.height - content_.y) / 2;
    y0 -= static_cast<float>(size) * 0.08f;
    // Every line starts on a whole window pixel, so that glyph texels meet pixels one to one.
    const float left = snap_to_pixels(box_.left, q);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t first = glyphs_.size();
        line_starts_.push_back(first);
        const sf::Vector2f origin(left,
                                  snap_to_pixels(y0 + line_height_ * static_cast<float>(i), q));
        const float w =
            append_glyph_line(glyphs_, font, px, q, lines[i], origin, style_.color).ink_width;
        if (style_.align == Align::Left) continue;
        const float x = style_.align == Align::Center ? box_.left + (box_.width - w) / 2
                                                      : box_.left + box_.width - w;
        const float dx = snap_to_pixels(x, q) - left;
        for (std::size_t k = first; k < glyphs_.size(); ++k)
            glyphs_[k].position.x += dx;
    }
    line_starts_.push_back(glyphs_.size());
}

std::pair<std::size_t, std::size_t> TextBlock::visible_vertices() const {
    if (!scrolls_) return {0, glyphs_.size()};
    // Scrolling moves by whole lines; the lines that lie wholly inside the box are shown.
    std::size_t first = line_starts_.size() - 1, last = first;
    bool shown = false;
    for (std::size_t i = 0; i + 1 < line_starts_.size(); ++i) {
        const float top = box_.top + line_height_ * static_cast<float>(i) - scroll_;
        if (top < box_.top - 0.5f) continue;
        // A box lower than one line still shows its first line.
        if (shown && top + line_height_ > box_.top + box_.height + 0.5f) break;
        if (!shown) first = i;
        last = i + 1;
        shown = true;
    }
    return {line_starts_[first], line_starts_[last]};
}

void TextBlock::draw(sf::RenderTarget& target, const UiContext& ui) const {
    draw_at(target, ui, {});
}

void TextBlock::draw_at(sf::RenderTarget& target, const UiContext& ui, sf::Vector2f offset) const {
    ensure_layout(ui);
    const auto [begin, end] = visible_vertices();
    if (begin == end) return;
    prepare_glyph_texture(*texture_, ui.glyphs.pixel_exact);
    sf::RenderStates states(texture_);
    states.transform.translate(snap_to_pixels(offset.x, q_),
                               snap_to_pixels(offset.y - scroll_, q_));
    target.draw(glyphs_.data() + begin, end - begin, sf::Triangles, states);
}

void TextBlock::append_glyphs(std::vector<sf::Vertex>& out, const UiContext& ui,
                              sf::Vector2f offset) const {
    ensure_layout(ui);
    const auto [begin, end] = visible_vertices();
    const sf::Vector2f shift(snap_to_pixels(offset.x, q_), snap_to_pixels(offset.y - scroll_, q_));
    const std::size_t at = out.size();
    out.insert(out.end(), glyphs_.begin() + static_cast<std::ptrdiff_t>(begin),
               glyphs_.begin() + static_cast<std::ptrdiff_t>(end));
    if (shift == sf::Vector2f{}) return;
    for (std::size_t k = at; k < out.size(); ++k)
        out[k].position += shift;
}

void draw_clipped(sf::RenderTarget& target, const sf::Drawable& drawable, sf::FloatRect box,
                  float scroll_y) {
    const sf::View base = target.getView();
    const sf::FloatRect vp = base.getViewport();
    const sf::Vector2f size = base.getSize();
    const sf::Vector2f origin = base.getCenter() - size / 2.f;
    // Intersect with the visible view so the viewport stays within [0, 1].
    const float left = std::max(box.left, origin.x), top = std::max(box.top, origin.y);
    const float right = std::min(box.left + box.width, origin.x + size.x);
    const float bottom = std::min(box.top + box.height, origin.y + size.y);
    if (right <= left || bottom <= top) return;
    sf::View clip(sf::FloatRect(left, top + scroll_y, right - left, bottom - top));
    clip.setViewport({vp.left + vp.width * (left - origin.x) / size.x,
                      vp.top + vp.height * (top - origin.y) / size.y,
                      vp.width * (right - left) / size.x, vp.height * (bottom - top) / size.y});
    target.setView(clip);
    target.draw(drawable);
    target.setView(base);
}

}  // namespace chronik::ui
