// Modal dialogs as overlay scenes: asking for a name, confirming a destructive action, showing
// notices.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

// Asks for a name. `submit` returns an error to show (the dialog stays open) or nullopt (it
// closes).
class NameDialogScene final : public Scene {
public:
    using Submit = std::function<std::optional<std::string>(const std::string& name)>;
    NameDialogScene(SceneContext& ctx, std::string prompt, std::string initial, Submit submit);
    std::string_view name() const override { return "name-dialog"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return input_.animating() || buttons_.animating(); }

private:
    void submit();
    Submit submit_;
    OverlayPanel panel_;
    TextBlock prompt_, error_;
    TextInput input_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

// Asks before something destructive; Cancel has the focus first.
class ConfirmDialogScene final : public Scene {
public:
    ConfirmDialogScene(SceneContext& ctx, std::string question, std::string detail,
                       std::string confirm_label, std::function<void()> on_confirm);
    std::string_view name() const override { return "confirm-dialog"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    std::function<void()> on_confirm_;
    OverlayPanel panel_;
    TextBlock question_, detail_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

// Lists problems (a deck that failed to load, a repaired save) until the user dismisses it.
class NoticeScene final : public Scene {
public:
    NoticeScene(SceneContext& ctx, std::vector<std::string> lines);
    std::string_view name() const override { return "notice"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    OverlayPanel panel_;
    TextBlock heading_, body_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
