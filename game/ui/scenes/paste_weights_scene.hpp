// Memory model → "Gewichte einfügen": a field for 21 FSRS-6 weights pasted from Anki (or typed),
// saved into the profile's settings or refused with the reason.
#pragma once

#include <functional>
#include <string>

#include "ui/scenes/overlay_dialog.hpp"
#include "ui/services/memory_model_tuning.hpp"

namespace chronik::ui {

class PasteWeightsScene final : public FieldDialog {
public:
    // `applied` gets the message to show once the weights are saved; the overlay then closes.
    PasteWeightsScene(SceneContext& ctx, MemoryModelTuning& tuning,
                      std::function<void(const std::string&)> applied);
    std::string_view name() const override { return "paste-weights"; }
    void draw(sf::RenderTarget& target) const override;

private:
    void submit() override;

    MemoryModelTuning& tuning_;
    std::function<void(const std::string&)> applied_;
    TextBlock heading_, intro_;
};

}  // namespace chronik::ui
