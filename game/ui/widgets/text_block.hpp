// Text laid out once into a box: wraps, shrinks to fit, and scrolls when even the smallest size
// overflows.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/Vertex.hpp>

#include <string>
#include <utility>
#include <vector>

#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

enum class Align { Left, Center, Right };
enum class VAlign { Top, Middle };

struct TextStyle {
    FontFace face = FontFace::Sans;
    unsigned size = 22;     // preferred character size in logical pixels
    unsigned min_size = 0;  // smallest size before scrolling; 0: the preferred size (no shrinking)
    sf::Color color = sf::Color::White;
    Align align = Align::Left;
    VAlign valign = VAlign::Top;
    float line_spacing = 1.15f;
    bool wrap = true;  // false: one line, shrunk to fit the width
};

class TextBlock {
public:
    TextBlock() = default;
    TextBlock(std::string utf8, sf::FloatRect box, TextStyle style)
        : utf8_(std::move(utf8)), box_(box), style_(style) {}

    // Each setter marks the layout dirty only when the value really changes.
    void set_text(const std::string& utf8);
    void set_box(sf::FloatRect box);
    void set_style(const TextStyle& style);
    void set_color(sf::Color color);  // recolours cached glyphs; no layout
    // German syllable breaks (ui/text/hyphenator) for a word too long for the box even at the
    // smallest size, instead of a split between arbitrary letters. Off by default.
    void set_hyphenation(bool on);

    // Lays out if needed (string, box, style or glyph scale changed), then draws in one call.
    void draw(sf::RenderTarget& target, const UiContext& ui) const;
    // Draws shifted by `offset` without a new layout (for moving cards).
    void draw_at(sf::RenderTarget& target, const UiContext& ui, sf::Vector2f offset) const;
    // Appends the glyph triangles that draw() would draw, shifted by `offset`, to `out`: texts
    // of one glyph_texture() can then share a draw call (DrawBatch).
    void append_glyphs(std::vector<sf::Vertex>& out, const UiContext& ui,
                       sf::Vector2f offset = {}) const;

    // Valid after a layout (draw or ensure_layout).
    void ensure_layout(const UiContext& ui) const;
    bool scrolls() const { return scrolls_; }
    // The texture the glyphs come from (one per font and size); valid after a layout. Draws that
    // share it need no state change in between.
    const sf::Texture* glyph_texture(const UiContext& ui) const;
    unsigned used_size() const { return used_size_; }
    sf::Vector2f content_size() const { return content_; }
    std::size_t line_count() const { return line_count_; }
    // Scrolls by whole lines (positive: down); clamped. Returns whether the offset moved.
    bool scroll_lines(int lines);
    const sf::FloatRect& box() const { return box_; }
    const std::string& utf8() const { return utf8_; }

private:
    void layout(const UiContext& ui) const;
    // The glyph vertices shown: whole lines inside the box (scrolled ones move by whole lines).
    std::pair<std::size_t, std::size_t> visible_vertices() const;

    std::string utf8_;
    sf::FloatRect box_;
    TextStyle style_;
    bool hyphenate_ = false;

    mutable bool dirty_ = true;
    mutable bool awaits_patterns_ = false;  // hyphenation asked, patterns still loading
    mutable unsigned epoch_ = ~0u;
    // Two triangles per glyph in logical pixels, line after line; line_starts_ has one index
    // per line plus the end.
    mutable std::vector<sf::Vertex> glyphs_;
    mutable std::vector<std::size_t> line_starts_;
    mutable const sf::Texture* texture_ = nullptr;
    mutable float q_ = 1.f;  // glyph factor of the layout: offsets are snapped to its pixels
    mutable bool scrolls_ = false;
    mutable unsigned used_size_ = 0;
    mutable float line_height_ = 0;
    mutable std::size_t line_count_ = 0;
    mutable sf::Vector2f content_;
    float scroll_ = 0;
};

// Draws `drawable` clipped to `box` (logical coordinates), shifted up by `scroll_y`.
void draw_clipped(sf::RenderTarget& target, const sf::Drawable& drawable, sf::FloatRect box,
                  float scroll_y = 0.f);

}  // namespace chronik::ui
