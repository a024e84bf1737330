// The question on the class projector: the prompt, the answers with every team's key for each,
// the reading pause, and at the reveal the right answer marked with each team's symbol in the
// answer it chose.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

#include "classroom/one_screen_game.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class ClassQuestionView {
public:
    explicit ClassQuestionView(const UiContext& ui);
    // The current question as it is read or answered.
    void show(const classroom::OneScreenGame& game);
    // Marks the right answer (after show); returns whether any team chose it.
    bool reveal(const classroom::OneScreenGame& game);
    // In the reading stage only the prompt (and "get ready") is shown.
    void draw(sf::RenderTarget& target, const classroom::OneScreenGame& game) const;

private:
    // One team's key for an answer, large enough to read from the back of a classroom: the
    // team's symbol and the key in bold on a dark badge outlined in the team's colour.
    struct KeyBadge {
        RoundedRect box;
        TextBlock key;
        sf::Vector2f symbol_centre;
        std::size_t team = 0;
    };
    struct Choice {
        RoundedRect box;
        TextBlock label, mark;
        std::vector<KeyBadge> keys;  // emptied at the reveal
        sf::FloatRect rect;
    };

    const UiContext& ui_;
    TextBlock prompt_, info_;
    std::vector<Choice> choices_;
};

}  // namespace chronik::ui
