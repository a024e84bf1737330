// After a round: score, accuracy, time, best streak, the items to review, and practising the missed
// ones.
#pragma once

#include <string>
#include <vector>

#include "round/multiple_choice_round.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ResultsScene final : public Scene {
public:
    ResultsScene(SceneContext& ctx, const round::MultipleChoiceRound& finished);
    std::string_view name() const override { return "results"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    struct Stat {
        RoundedRect card;
        TextBlock value, label;
    };
    Backdrop backdrop_;
    RoundedRect missed_card_;
    TextBlock heading_, missed_heading_, missed_;
    std::vector<Stat> stats_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    std::vector<std::string> missed_ids_;
};

// "1:05" for 65 000 ms.
std::string format_duration(std::int64_t ms);

}  // namespace chronik::ui
