#include "ui/widgets/glyph_run.hpp"

#include <algorithm>

namespace chronik::ui {

GlyphLine append_glyph_line(std::vector<sf::Vertex>& out, const sf::Font& font, unsigned px,
                            float q, std::u32string_view line, sf::Vector2f origin,
                            sf::Color color) {
    // Pen positions are in glyph pixels (the font's `px` size); the baseline lies one character
    // size below the top of the line box, as in sf::Text.
    constexpr bool kBold = false;  // the bold face is its own font file
    const float space = font.getGlyph(U' ', px, kBold).advance;
    const float inv = 1.f / q;
    float x = 0;
    const float baseline = static_cast<float>(px);
    // The ink box starts at the character size, as sf::Text's bounds do, so that centred lines
    // sit where they did when each line was an sf::Text.
    float min_x = static_cast<float>(px), max_x = 0;
    char32_t previous = 0;
    for (const char32_t c : line) {
        x += font.getKerning(previous, c, px);
        previous = c;
        if (c == U' ' || c == U'\t' || c == U'\n') {
            min_x = std::min(min_x, x);
            x += c == U'\t' ? 4 * space : space;
            max_x = std::max(max_x, x);
            continue;
        }
        const sf::Glyph& g = font.getGlyph(c, px, kBold);
        // One texel of margin on every side, as sf::Text: smoothing reads it as transparent.
        const float left = x + g.bounds.left - 1, right = x + g.bounds.left + g.bounds.width + 1;
        const float top = baseline + g.bounds.top - 1;
        const float bottom = baseline + g.bounds.top + g.bounds.height + 1;
        const float u1 = static_cast<float>(g.textureRect.left) - 1;
        const float v1 = static_cast<float>(g.textureRect.top) - 1;
        const float u2 = static_cast<float>(g.textureRect.left + g.textureRect.width) + 1;
        const float v2 = static_cast<float>(g.textureRect.top + g.textureRect.height) + 1;
        const sf::Vector2f tl(origin.x + left * inv, origin.y + top * inv);
        const sf::Vector2f br(origin.x + right * inv, origin.y + bottom * inv);
        out.emplace_back(tl, color, sf::Vector2f(u1, v1));
        out.emplace_back(sf::Vector2f(br.x, tl.y), color, sf::Vector2f(u2, v1));
        out.emplace_back(sf::Vector2f(tl.x, br.y), color, sf::Vector2f(u1, v2));
        out.emplace_back(sf::Vector2f(tl.x, br.y), color, sf::Vector2f(u1, v2));
        out.emplace_back(sf::Vector2f(br.x, tl.y), color, sf::Vector2f(u2, v1));
        out.emplace_back(br, color, sf::Vector2f(u2, v2));
        min_x = std::min(min_x, x + g.bounds.left);
        max_x = std::max(max_x, x + g.bounds.left + g.bounds.width);
        x += g.advance;
    }
    return {std::max(0.f, max_x - min_x) * inv};
}

void prepare_glyph_texture(const sf::Texture& texture, bool pixel_exact) {
    // The page belongs to a font that is not const (sf::Font hands its pages out read-only), so
    // changing how it is sampled is defined; nothing else about the texture changes.
    if (texture.isSmooth() == pixel_exact)
        const_cast<sf::Texture&>(texture).setSmooth(!pixel_exact);
}

}  // namespace chronik::ui
