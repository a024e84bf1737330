// The title screen: the Chronik name over a slowly drifting timeline; any key goes on to the
// profiles.
#pragma once

#include "ui/scene/redraw_pacer.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class TitleScene final : public Scene {
public:
    explicit TitleScene(SceneContext& ctx);
    std::string_view name() const override { return "title"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    // The backdrop drifts and the prompt breathes at a low frame rate, and only for the first
    // minute: a title left open costs next to nothing (#22 item 15). Under reduced motion the
    // title is still, so the loop sleeps.
    bool needs_ticks() const override {
        return ctx_.theme.motion == Motion::Full && time_ < kAmbientSeconds;
    }
    bool take_redraw() override { return pacer_.take(); }
    static constexpr float kAmbientSeconds = 60.f;

private:
    void proceed();
    Backdrop backdrop_;
    TextBlock title_, tagline_, prompt_;
    KeyHintBar hints_;
    mutable DrawBatch batch_;
    float time_ = 0;
    RedrawPacer pacer_{8.f};
};

}  // namespace chronik::ui
