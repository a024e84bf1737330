// The dimmed backdrop and raised card that every overlay (dialog, pause, notice) sits on.
#pragma once

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "ui/theme/theme.hpp"
#include "ui/widgets/rounded_rect.hpp"

namespace chronik::ui {

class OverlayPanel {
public:
    explicit OverlayPanel(sf::FloatRect card = {}) : card_(card) {}
    void set_card(sf::FloatRect card) { card_ = card; }
    const sf::FloatRect& card() const { return card_; }
    void draw(sf::RenderTarget& target, const Theme& theme) const {
        scrim_.setSize({1280.f, 720.f});
        scrim_.setFillColor(theme.palette.scrim);
        target.draw(scrim_);
        // The overlay brings its own key hints: hide those of the scene below.
        strip_.setPosition(0.f, 664.f);
        strip_.setSize({1280.f, 56.f});
        strip_.setFillColor(theme.palette.background);
        target.draw(strip_);
        shape_.set_geometry(card_, theme.spacing.radius + 4, 1.5f);
        shape_.set_fill(theme.palette.surface);
        shape_.set_outline(theme.palette.border);
        target.draw(shape_);
    }

private:
    sf::FloatRect card_;
    mutable sf::RectangleShape scrim_, strip_;
    mutable RoundedRect shape_;
};

}  // namespace chronik::ui
