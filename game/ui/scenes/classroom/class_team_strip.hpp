// The teams along the bottom of the class projector: one card per team with its colour, symbol
// and name, and what the team did in this stage (locked in, its answer and points, its turn).
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>
#include <vector>

#include "classroom/one_screen_game.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class ClassTeamStrip {
public:
    ClassTeamStrip(const UiContext& ui, const classroom::OneScreenGame& game);
    // Texts change only when something the strip shows changed (not every frame).
    void refresh(const classroom::OneScreenGame& game);
    void draw(sf::RenderTarget& target, const classroom::OneScreenGame& game) const;

private:
    struct Card {
        RoundedRect card;
        TextBlock name, state;
        sf::FloatRect rect;
    };
    struct Shown {
        classroom::Stage stage;
        std::size_t answered, results, turns, turn_team, slot;
        bool operator==(const Shown&) const = default;
    };

    const UiContext& ui_;
    std::vector<Card> cards_;
    std::optional<Shown> shown_;
};

}  // namespace chronik::ui
