// Memory model → "Gewichte einfügen": a field for 21 FSRS-6 weights pasted from Anki (or typed),
// saved into the profile's settings or refused with the reason.
#pragma once

#include <functional>
#include <string>

#include "ui/scenes/overlay_dialog.hpp"
#include "ui/services/memory_model_tuning.hpp"
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

class PasteWeightsScene final : public OverlayDialog {
public:
    // `applied` gets the message to show once the weights are saved; the overlay then closes.
    PasteWeightsScene(SceneContext& ctx, MemoryModelTuning& tuning,
                      std::function<void(const std::string&)> applied);
    std::string_view name() const override { return "paste-weights"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return input_.animating() || buttons_.animating(); }

private:
    void submit();
    void close();

    MemoryModelTuning& tuning_;
    std::function<void(const std::string&)> applied_;
    TextBlock heading_, intro_, error_;
    TextInput input_;
};

}  // namespace chronik::ui
