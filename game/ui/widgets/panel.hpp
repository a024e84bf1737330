// The dimmed backdrop and raised card that every overlay (dialog, pause, notice) sits on.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include "ui/theme/theme.hpp"
#include "ui/widgets/rounded_rect.hpp"

namespace chronik::ui {

class OverlayPanel {
public:
    explicit OverlayPanel(sf::FloatRect card = {}) : card_(card) {}
    void set_card(sf::FloatRect card) { card_ = card; }
    const sf::FloatRect& card() const { return card_; }
    void draw(sf::RenderTarget& target, const Theme& theme) const;

private:
    sf::FloatRect card_;
    mutable sf::VertexArray scrim_{sf::Triangles}, strip_{sf::Triangles};
    mutable RoundedRect shape_;
};

}  // namespace chronik::ui
