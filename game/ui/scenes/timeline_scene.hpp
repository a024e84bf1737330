// The timeline round: drag event cards into order with the mouse, or carry them with the arrow
// keys; submit for partial credit that explains itself, then watch the correct order appear with
// dates.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "round/timeline_round.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class TimelineScene final : public Scene {
public:
    // Throws std::invalid_argument (from the round) for an unusable deal.
    TimelineScene(SceneContext& ctx, const std::vector<const bank::Item*>& dealt);
    std::string_view name() const override { return "timeline"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void elapse(float seconds) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override;
    bool needs_ticks() const override;
    bool take_redraw() override;

private:
    struct CardView {
        TextBlock text, date, mark;
        mutable RoundedRect body;
    };
    float slot_x(std::size_t slot) const;
    std::optional<std::size_t> slot_at(sf::Vector2f p) const;
    std::size_t drop_slot(float x) const;
    // Where each card is drawn now (top-left), by card index.
    std::vector<sf::Vector2f> card_positions() const;
    // One text size for the row of cards (the largest at which every card fits).
    void fit_row();
    void submit();
    void finish();

    round::TimelineRound round_;
    std::size_t n_;
    float card_w_;
    float elapsed_ = 0;                     // time spent placing (the round's time)
    float reveal_ = -1;                     // seconds since submit; < 0 before
    std::optional<std::size_t> drag_slot_;  // slot the dragged card came from
    sf::Vector2f drag_pos_, grab_offset_;
    bool dragged_ = false;              // the pointer moved while pressed
    bool row_awaits_patterns_ = false;  // fitted without syllable breaks; fit again when loaded
    bool row_refitted_ = false;         // the cards changed size: draw once more
    Backdrop backdrop_;
    TextBlock heading_, earlier_, later_, score_, order_note_;
    std::vector<CardView> views_;
    mutable RoundedRect focus_ring_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_placing_, hints_result_;
    mutable DrawBatch batch_;
    std::vector<std::size_t> placed_slot_of_card_;  // frozen at submit, for the reveal
};

// A new timeline of dealt events for the open profile; a notice when none can be dealt.
std::unique_ptr<Scene> make_timeline(SceneContext& ctx);

}  // namespace chronik::ui
