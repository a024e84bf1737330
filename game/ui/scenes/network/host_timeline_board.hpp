// A timeline question on the projector: its events as a row of cards while the class orders them
// (never in order, never with dates), then the reveal: the cards in the right order with their
// dates and how many students put each in its slot, and how many pairs each student had in order.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <vector>

#include "classroom/classroom_game.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostTimelineBoard {
public:
    explicit HostTimelineBoard(const UiContext& ui);
    // The events as dealt.
    void show_question(const classroom::ClassroomQuestion& q);
    // The right order with dates, the count per event and each student's pairs.
    void show_reveal(const classroom::ClassroomGame& game, const classroom::ClassroomQuestion& q,
                     const classroom::QuestionResult& result);
    void draw(sf::RenderTarget& target) const;

private:
    struct Card {
        RoundedRect body;
        TextBlock text, date, count;
    };

    const UiContext& ui_;
    std::vector<Card> cards_;  // in the order drawn
    TextBlock hint_, students_;
    bool revealed_ = false;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
