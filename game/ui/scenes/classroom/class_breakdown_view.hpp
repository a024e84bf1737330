// After a class game: every question with how many teams chose each answer (bars and counts, the
// questions the class got wrong marked) and every timeline round's placements, three to a page.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <vector>

#include "classroom/one_screen_game.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class ClassBreakdownView {
public:
    explicit ClassBreakdownView(const UiContext& ui);
    // The whole game, from the first page.
    void show(const classroom::OneScreenGame& game);
    // Turns a page; false at either end.
    bool page_back();
    bool page_forward();
    void draw(sf::RenderTarget& target) const;

private:
    struct Block {
        TextBlock prompt, summary;
        std::vector<TextBlock> rows;        // choice text or a turn
        std::vector<float> shares;          // bar length 0..1 per row (questions); -1 for turns
        std::vector<bool> right;            // the correct choice / a right turn
        std::vector<std::size_t> choosers;  // teams per choice (for bar labels)
        bool class_missed = false;
        float y = 0;
    };
    void add_timeline(const classroom::OneScreenGame& game, std::size_t round);
    void place_blocks();
    void set_page_text();

    const UiContext& ui_;
    std::vector<Block> blocks_;
    std::size_t page_ = 0, pages_ = 1;
    TextBlock page_text_;
    mutable RoundedRect scratch_;
};

}  // namespace chronik::ui
