// Memory model → "Gewichte einfügen": a field for 21 FSRS-6 weights pasted from Anki (or typed),
// saved into the profile's settings or refused with the reason.
#pragma once

#include <functional>
#include <string>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/memory_model_tuning.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

class PasteWeightsScene final : public Scene {
public:
    // `applied` gets the message to show once the weights are saved; the overlay then closes.
    PasteWeightsScene(SceneContext& ctx, MemoryModelTuning& tuning,
                      std::function<void(const std::string&)> applied);
    std::string_view name() const override { return "paste-weights"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return input_.animating() || buttons_.animating(); }

private:
    void submit();
    void close();

    MemoryModelTuning& tuning_;
    std::function<void(const std::string&)> applied_;
    OverlayPanel panel_;
    TextBlock heading_, intro_, error_;
    TextInput input_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
