#include "ui/widgets/text_block.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/View.hpp>

#include <algorithm>
#include <cmath>

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

void TextBlock::set_color(sf::Color color) {
    if (color == style_.color) return;
    style_.color = color;
    for (auto& t : texts_)
        t.setFillColor(color);
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
    if (dirty_ || epoch_ != ui.glyphs.epoch) layout(ui);
}

const sf::Texture* TextBlock::glyph_texture(const UiContext& ui) const {
    ensure_layout(ui);
    if (texts_.empty() || !texts_.front().getFont()) return nullptr;
    return &texts_.front().getFont()->getTexture(texts_.front().getCharacterSize());
}

void TextBlock::layout(const UiContext& ui) const {
    dirty_ = false;
    epoch_ = ui.glyphs.epoch;
    const sf::Font& font = ui.resources.font(style_.face);
    const bool bold = false;  // the bold face is its own font file
    const float q = ui.glyphs.factor;
    const sf::String text = sf::String::fromUtf8(utf8_.begin(), utf8_.end());
    const std::u32string u32(text.begin(), text.end());
    const unsigned min_size =
        style_.min_size ? std::min(style_.min_size, style_.size) : style_.size;

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
            lines = wrap_lines(u32, box_.width, advance);
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
            scrolls_ = !fits;
            break;
        }
    }
    used_size_ = size;
    line_count_ = lines.size();

    const auto px = static_cast<unsigned>(std::lround(static_cast<float>(size) * q));
    texts_.clear();
    auto make = [&](const sf::String& s) {
        sf::Text t(s, font, px);
        t.setFillColor(style_.color);
        t.setScale(1 / q, 1 / q);
        t.setLineSpacing(style_.line_spacing);
        return t;
    };
    // Baseline offset: SFML puts the top of the line box at y; nudge so that the cap height
    // sits where designers expect text in a box to start.
    float y0 = box_.top;
    if (style_.valign == VAlign::Middle && content_.y < box_.height)
        y0 += (box_.height - content_.y) / 2;
    y0 -= static_cast<float>(size) * 0.08f;
    // A scrolling block keeps one text per line, so that drawing shows whole lines without
    // clipping: a clip changes the view, and software GL then finishes everything drawn so far
    // before going on, which made every frame with a scrolled explanation twice as slow.
    if (style_.align == Align::Left && !scrolls_) {
        sf::String joined;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i) joined += U'\n';
            joined += sf::String::fromUtf32(lines[i].begin(), lines[i].end());
        }
        auto t = make(joined);
        t.setPosition(std::round(box_.left), std::round(y0));
        texts_.push_back(std::move(t));
    } else {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            auto t = make(sf::String::fromUtf32(lines[i].begin(), lines[i].end()));
            const float w = t.getLocalBounds().width / q;
            const float x = style_.align == Align::Center  ? box_.left + (box_.width - w) / 2
                            : style_.align == Align::Right ? box_.left + box_.width - w
                                                           : box_.left;
            t.setPosition(std::round(x), std::round(y0 + line_height_ * static_cast<float>(i)));
            texts_.push_back(std::move(t));
        }
    }
}

void TextBlock::draw(sf::RenderTarget& target, const UiContext& ui) const {
    ensure_layout(ui);
    if (!scrolls_) {
        for (const auto& t : texts_)
            target.draw(t);
        return;
    }
    // Scrolling moves by whole lines; the lines that lie wholly inside the box are shown.
    sf::RenderStates shifted;
    shifted.transform.translate(0.f, -scroll_);
    bool shown = false;
    for (std::size_t i = 0; i < texts_.size(); ++i) {
        const float top = box_.top + line_height_ * static_cast<float>(i) - scroll_;
        if (top < box_.top - 0.5f) continue;
        // A box lower than one line still shows its first line.
        if (shown && top + line_height_ > box_.top + box_.height + 0.5f) break;
        target.draw(texts_[i], shifted);
        shown = true;
    }
}

void TextBlock::draw_at(sf::RenderTarget& target, const UiContext& ui, sf::Vector2f offset) const {
    ensure_layout(ui);
    sf::RenderStates states;
    states.transform.translate(offset);
    for (const auto& t : texts_)
        target.draw(t, states);
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
