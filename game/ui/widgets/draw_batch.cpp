#include "ui/widgets/draw_batch.hpp"

#include <utility>

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
    keyed_.clear();
    for (const auto& t : texts_)
        keyed_.emplace_back(t.text->glyph_texture(ui), t);
    // Stable, so that texts of one texture keep the order they were added in; an insertion sort
    // because a screen has a few dozen texts and std::stable_sort would allocate every frame.
    for (std::size_t i = 1; i < keyed_.size(); ++i)
        for (std::size_t j = i; j > 0 && keyed_[j].first < keyed_[j - 1].first; --j)
            std::swap(keyed_[j], keyed_[j - 1]);
    for (const auto& [texture, placed] : keyed_) {
        if (placed.offset == sf::Vector2f{})
            placed.text->draw(target, ui);
        else
            placed.text->draw_at(target, ui, placed.offset);
    }
    texts_.clear();
}

}  // namespace chronik::ui
