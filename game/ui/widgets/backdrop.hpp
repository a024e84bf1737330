// The calm background behind every scene: a soft vertical gradient with a faint timeline motif.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include "ui/theme/theme.hpp"

namespace chronik::ui {

class Backdrop {
public:
    // `drift` in logical pixels moves the timeline markers (the title screen animates it).
    void draw(sf::RenderTarget& target, const Theme& theme, float drift = 0.f) const;

private:
    void build(const Theme& theme) const;
    mutable const Theme* built_for_ = nullptr;
    mutable sf::Color built_bg_;
    mutable sf::VertexArray gradient_{sf::Quads};
    mutable sf::VertexArray lines_{sf::Quads};
    mutable sf::VertexArray markers_{sf::Quads};
};

}  // namespace chronik::ui
