// Glyph quads of one line of text, placed as sf::Text places them, for texts that share a draw.
#pragma once

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/Vertex.hpp>

#include <string_view>
#include <vector>

namespace chronik::ui {

// sf::Text keeps its own vertices and needs a draw call of its own. Under software GL a draw
// call with a state change costs as much as many glyphs, so texts are turned into plain
// triangles here and a batch draws all texts of one glyph texture at once.
struct GlyphLine {
    float ink_width = 0;  // as sf::Text::getLocalBounds().width, in logical pixels
};

// Appends two triangles per visible glyph of `line` (no line breaks in it) to `out`. Glyphs are
// rasterised at `px` pixels and scaled by 1/q, so a logical pixel is q window pixels; `origin`
// is the top left of the line box in logical pixels, as sf::Text's position.
GlyphLine append_glyph_line(std::vector<sf::Vertex>& out, const sf::Font& font, unsigned px,
                            float q, std::u32string_view line, sf::Vector2f origin,
                            sf::Color color);

// Rounds a logical coordinate to the window's pixel grid (q window pixels per logical one), so
// that glyph texels land on whole pixels.
inline float snap_to_pixels(float logical, float q) {
    return static_cast<float>(static_cast<long>(logical * q + (logical < 0 ? -0.5f : 0.5f))) / q;
}

// Chooses how a glyph texture is sampled before a draw. When a texel maps to exactly one window
// pixel (`pixel_exact`), nearest sampling gives the same image as smoothing and software GL
// samples it about twice as fast; otherwise text is scaled and must be smoothed. SFML 2.5 has
// no sf::Font::setSmooth (2.6 has), and a font page that grows comes back smoothed, so this is
// called before every draw; it touches GL only when the setting changes.
void prepare_glyph_texture(const sf::Texture& texture, bool pixel_exact);

}  // namespace chronik::ui
