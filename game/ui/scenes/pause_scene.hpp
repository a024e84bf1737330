// The pause overlay over a round (Esc): resume, or quit to the home screen (progress is saved as it
// happens).
#pragma once

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class PauseScene final : public Scene {
public:
    explicit PauseScene(SceneContext& ctx);
    std::string_view name() const override { return "pause"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    OverlayPanel panel_;
    TextBlock heading_, note_;
    ButtonGroup buttons_;
    KeyHintBar hints_;
};

}  // namespace chronik::ui
