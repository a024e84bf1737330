// Collects a frame's shapes and texts and draws them with few render-state changes.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <utility>
#include <vector>

#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

// Software GL (Mesa's llvmpipe: under Xvfb, and on machines without a GPU driver) stores a new
// copy of its whole rasteriser state, about 33 KB, whenever the texture or blending changes
// between two draws. Drawing widget by widget (card, text, key cap, text in another font, ...)
// paid that fifty times a frame and it was most of a frame's cost. A batch draws every shape
// added to it first, in the order added and in one call, then every text grouped by its glyph
// texture (one per font and size): texts never overlap each other, and they sit on shapes.
// Opaque triangles go before translucent ones and without blending, which spares software GL
// reading every covered pixel back; so a translucent shape must not lie under an opaque one of
// the same batch. Anything that must cover a text (a dragged card, a dialog) goes into a later
// batch. The texts' glyphs are copied into one vertex list per glyph texture and drawn in one
// call each: a frame has a few dozen texts but only three to six glyph textures.
class DrawBatch {
public:
    void add(const RoundedRect& shape);
    // `triangles` must be of primitive type sf::Triangles.
    void add_triangles(const sf::VertexArray& triangles);
    void add_rect(sf::FloatRect rect, sf::Color color);
    // `offset` moves the text without a new layout (TextBlock::draw_at), for cards in motion.
    void add(const TextBlock& text, sf::Vector2f offset = {}) { texts_.push_back({&text, offset}); }

    // Draws everything added since the last draw, then empties the batch (keeping its memory,
    // so that a frame allocates nothing). The texts must outlive the call.
    void draw(sf::RenderTarget& target, const UiContext& ui);

private:
    void add_triangles(const sf::Vertex* vertices, std::size_t count);

    sf::VertexArray opaque_{sf::Triangles}, translucent_{sf::Triangles}, scratch_{sf::Triangles};
    struct PlacedText {
        const TextBlock* text;
        sf::Vector2f offset;
    };
    std::vector<PlacedText> texts_;
    struct GlyphBucket {
        const sf::Texture* texture = nullptr;
        std::vector<sf::Vertex> vertices;
    };
    std::vector<GlyphBucket> glyphs_;
};

}  // namespace chronik::ui
