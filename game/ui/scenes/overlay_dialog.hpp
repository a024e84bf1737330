// What the dialogs, the pause menu and the paste-weights overlay share: an overlay scene with a
// panel, a group of buttons and key hints.
#pragma once

#include <initializer_list>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class OverlayDialog : public Scene {
public:
    OverlayDialog(SceneContext& ctx, sf::FloatRect panel, Axis buttons = Axis::Horizontal)
        : Scene(ctx), panel_(panel), buttons_(buttons) {}
    Layer layer() const override { return Layer::Overlay; }
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    bool animating() const override { return buttons_.animating(); }

protected:
    // The panel, then `texts`, the buttons and the hints in one batch.
    void draw_dialog(sf::RenderTarget& target, std::initializer_list<const TextBlock*> texts) const;

    OverlayPanel panel_;
    ButtonGroup buttons_;
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
