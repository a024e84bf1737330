// What the dialogs, the pause menu and the paste-weights overlay share: an overlay scene with a
// panel, a group of buttons and key hints; FieldDialog adds the text field of the name and
// paste-weights dialogs.
#pragma once

#include <initializer_list>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/text_input.hpp"

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

// A dialog around one text field, with OK (button 0) and Cancel (button 1). The field owns
// typing: Space and letters go into it, not to the buttons; Enter or OK calls submit(), Esc or
// Cancel leaves; an edit clears the error shown.
class FieldDialog : public OverlayDialog {
public:
    FieldDialog(SceneContext& ctx, sf::FloatRect panel, TextInput input)
        : OverlayDialog(ctx, panel), input_(std::move(input)) {}
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    bool animating() const override { return input_.animating() || buttons_.animating(); }

protected:
    // Enter or OK: takes the field's value, or shows in error_ why not.
    virtual void submit() = 0;

    TextBlock error_;
    TextInput input_;
};

}  // namespace chronik::ui
