// A timeline turn on the class projector: the event the team places, the line so far with a gap
// cursor in the team's colour (moved by the team's keys, or a click on a gap), and the result of
// the turn marked on the line.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>
#include <vector>

#include "classroom/one_screen_game.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class ClassTimelineView {
public:
    explicit ClassTimelineView(const UiContext& ui);
    // The turn (the cursor in the middle gap) or its result.
    void show(const classroom::OneScreenGame& game);
    // Moves the cursor one gap; false at either end.
    bool move_left();
    bool move_right();
    std::size_t cursor() const { return cursor_; }
    // The gap nearest to a point on the line; none above or below it.
    std::optional<std::size_t> gap_at(sf::Vector2f p) const;
    void draw(sf::RenderTarget& target, const classroom::OneScreenGame& game) const;

private:
    struct Card {
        RoundedRect box;
        TextBlock text, date, mark;
        sf::FloatRect rect;
    };

    const UiContext& ui_;
    TextBlock title_, prompt_, info_;
    std::vector<Card> line_;
    Card current_;
    float gap_w_ = 0, card_w_ = 0, line_x_ = 0;
    std::size_t cursor_ = 0;
};

}  // namespace chronik::ui
