#include "ui/widgets/draw_batch.hpp"

#include <algorithm>
#include <utility>

#include "ui/widgets/glyph_run.hpp"

namespace chronik::ui {

void DrawBatch::add(const RoundedRect& shape) {
    scratch_.clear();
    shape.append_triangles(scratch_);
    add_triangles(scratch_);
}

void DrawBatch::add_rect(sf::FloatRect r, sf::Color c) {
    const sf::Vertex a({r.left, r.top}, c), b({r.left + r.width, r.top}, c),
        d({r.left + r.width, r.top + r.height}, c), e({r.left, r.top + r.height}, c);
    const sf::Vertex quad[6] = {a, b, d, a, d, e};
    add_triangles(quad, 6);
}

void DrawBatch::add_triangles(const sf::VertexArray& triangles) {
    if (triangles.getVertexCount()) add_triangles(&triangles[0], triangles.getVertexCount());
}

void DrawBatch::add_triangles(const sf::Vertex* v, std::size_t count) {
    for (std::size_t i = 0; i + 2 < count; i += 3) {
        const bool opaque =
            v[i].color.a == 255 && v[i + 1].color.a == 255 && v[i + 2].color.a == 255;
        auto& out = opaque ? opaque_ : translucent_;
        out.append(v[i]);
        out.append(v[i + 1]);
        out.append(v[i + 2]);
    }
}

void DrawBatch::draw(sf::RenderTarget& target, const UiContext& ui) {
    if (opaque_.getVertexCount()) target.draw(opaque_, sf::RenderStates(sf::BlendNone));
    if (translucent_.getVertexCount()) target.draw(translucent_);
    opaque_.clear();
    translucent_.clear();
    // Texts never overlap each other, so all texts of one glyph texture go out in one draw.
    for (const auto& [text, offset] : texts_) {
        const sf::Texture* texture = text->glyph_texture(ui);
        if (!texture) continue;
        auto bucket = std::find_if(glyphs_.begin(), glyphs_.end(),
                                   [&](const GlyphBucket& b) { return b.texture == texture; });
        if (bucket == glyphs_.end()) {
            // A bucket left empty by an earlier frame is reused, keeping its memory.
            bucket = std::find_if(glyphs_.begin(), glyphs_.end(),
                                  [](const GlyphBucket& b) { return b.vertices.empty(); });
            if (bucket == glyphs_.end()) bucket = glyphs_.insert(glyphs_.end(), GlyphBucket{});
            bucket->texture = texture;
        }
        text->append_glyphs(bucket->vertices, ui, offset);
    }
    texts_.clear();
    for (auto& bucket : glyphs_) {
        if (bucket.vertices.empty()) continue;
        prepare_glyph_texture(*bucket.texture, ui.glyphs.pixel_exact);
        target.draw(bucket.vertices.data(), bucket.vertices.size(), sf::Triangles,
                    sf::RenderStates(bucket.texture));
        bucket.vertices.clear();
    }
}

}  // namespace chronik::ui
