// A network student's timeline question: the events as cards in a row that the student drags (or
// carries with the keys) into order and sends; at the reveal the cards stand in the right order
// with their dates, each marked whether the student had it in its slot.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <vector>

#include "round/event_arrangement.hpp"
#include "ui/services/join_connector.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class JoinTimelineBoard {
public:
    explicit JoinTimelineBoard(const UiContext& ui);
    // A new question's events, as dealt.
    void show(const JoinQuestion& q);
    // After an answer, a refusal or the answers opening: cards and button follow the phase.
    void refresh(const JoinQuestion& q);
    // The reveal: the right order with dates and marks.
    void reveal(const JoinQuestion& q);
    // Keys: ← → move the focus (or carry the held card), Space picks up / puts down, Alt+← →
    // moves the focused card, Enter sends. The mouse drags cards and clicks "send". Returns the
    // order to send (event ids, earliest first) when the student sends it; `open` says whether
    // answers are taken (otherwise the cards still move, nothing is sent).
    std::optional<std::vector<std::size_t>> handle(const sf::Event& e, bool open);
    // The order as it stands (event ids, earliest first).
    const std::vector<std::size_t>& order() const { return arrangement_.slots(); }
    void update(float dt);
    bool animating() const;
    void draw(sf::RenderTarget& target) const;

private:
    struct Card {
        TextBlock text, mark, date;
        mutable RoundedRect body;
        // After the reveal: whether the student had it in its slot (nullopt: not marked).
        std::optional<bool> right;
    };
    float slot_x(std::size_t slot) const;
    std::optional<std::size_t> slot_at(sf::Vector2f p) const;
    std::size_t drop_slot(float card_left) const;
    std::vector<sf::Vector2f> positions() const;
    bool movable() const { return !sent_ && !revealed_; }

    const UiContext& ui_;
    round::EventArrangement arrangement_;
    std::vector<Card> cards_;  // by event id
    float card_w_ = 0;
    bool sent_ = false, revealed_ = false;
    std::vector<std::size_t> reveal_slot_;  // by event id: its right slot
    std::optional<std::size_t> drag_slot_;  // where the dragged card came from
    sf::Vector2f drag_pos_, grab_offset_;
    bool dragged_ = false;
    TextBlock intro_, earlier_, later_, legend_;
    ButtonGroup send_{Axis::Horizontal};
    mutable RoundedRect focus_ring_;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
