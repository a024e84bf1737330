#include "ui/scenes/overlay_dialog.hpp"

namespace chronik::ui {

void OverlayDialog::draw_dialog(sf::RenderTarget& target,
                                std::initializer_list<const TextBlock*> texts) const {
    panel_.draw(target, ctx_.theme);
    for (const auto* text : texts)
        batch_.add(*text);
    buttons_.draw(batch_, ctx_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

}  // namespace chronik::ui
