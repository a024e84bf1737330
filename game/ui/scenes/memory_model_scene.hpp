// Settings → "Gedächtnismodell anpassen": the profile's reviews, which weights are in use, why a
// fit is not possible yet, or the fit with before/after figures in words and numbers, applying it
// to this profile and going back to the defaults.
#pragma once

#include <SFML/Graphics/RectangleShape.hpp>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/memory_model_tuning.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class MemoryModelScene final : public Scene {
public:
    explicit MemoryModelScene(SceneContext& ctx);
    std::string_view name() const override { return "memory-model"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating() || back_.animating(); }
    // Back from the "rechnet …" overlay: show the fit (or that it was cancelled).
    void on_reveal() override { refresh(); }

private:
    enum class Action { Fit, Apply, Reset, Paste };

    void build();
    void refresh();  // status, message, figures and buttons from the service
    void run(Action action);

    MemoryModelTuning& tuning_;
    MemoryModelStatus status_;
    bool applied_ = false;  // the current result was applied (no second "Übernehmen")
    std::string feedback_;
    std::vector<Action> actions_;

    Backdrop backdrop_;
    RoundedRect status_bg_, table_bg_;
    TextBlock heading_, intro_, reviews_, in_use_, message_, detail_, note_, feedback_text_;
    std::array<TextBlock, 9> table_;  // header row, then defaults and fitted: label, LL, RMSE
    bool show_table_ = false;
    ButtonGroup buttons_{Axis::Horizontal};
    ButtonGroup back_{Axis::Horizontal};
    KeyHintBar hints_;
};

// The overlay while the fit runs on its worker thread: the window keeps drawing, Esc cancels.
class MemoryFitScene final : public Scene {
public:
    MemoryFitScene(SceneContext& ctx, MemoryModelTuning& tuning);
    std::string_view name() const override { return "memory-fit"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return true; }

private:
    MemoryModelTuning& tuning_;
    OverlayPanel panel_;
    TextBlock heading_;
    KeyHintBar hints_;
    float time_ = 0.f;
    mutable sf::RectangleShape track_, bar_;
    bool done_ = false;
};

std::unique_ptr<Scene> make_memory_model(SceneContext& ctx);

}  // namespace chronik::ui
