// The teacher's keys of the class game as an overlay over it (F1, or H when no team uses H).
#pragma once

#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ClassHelpScene final : public Scene {
public:
    ClassHelpScene(SceneContext& ctx, bool h_opens_help);
    std::string_view name() const override { return "class-help"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    OverlayPanel panel_;
    TextBlock heading_, teams_;
    std::vector<TextBlock> keys_, actions_;
    std::vector<RoundedRect> caps_;
    KeyHintBar hints_;
};

}  // namespace chronik::ui
