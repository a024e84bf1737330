// The teacher's keys over the projector view (H or F1); drawn by the hosting scene itself so the
// network keeps being served while it is open.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <vector>

#include "ui/widgets/panel.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostHelpOverlay {
public:
    explicit HostHelpOverlay(const UiContext& ui);
    void draw(sf::RenderTarget& target) const;

private:
    const UiContext& ui_;
    OverlayPanel panel_;
    TextBlock heading_, note_;
    std::vector<RoundedRect> caps_;
    std::vector<TextBlock> keys_, actions_;
};

}  // namespace chronik::ui
