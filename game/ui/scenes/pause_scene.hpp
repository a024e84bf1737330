// The pause overlay over a round (Esc): resume, or quit to the home screen (progress is saved as it
// happens).
#pragma once

#include "ui/scenes/overlay_dialog.hpp"

namespace chronik::ui {

class PauseScene final : public OverlayDialog {
public:
    explicit PauseScene(SceneContext& ctx);
    std::string_view name() const override { return "pause"; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    TextBlock heading_, note_;
};

}  // namespace chronik::ui
