#include "ui/scenes/overlay_dialog.hpp"

#include "ui/scenes/leave_screen.hpp"

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

void FieldDialog::handle_event(const sf::Event& e) {
    if (e.type == sf::Event::KeyPressed) {
        if (e.key.code == sf::Keyboard::Escape) return leave_screen(ctx_);
        if (e.key.code == sf::Keyboard::Enter) return submit();
    }
    if (e.type == sf::Event::TextEntered || e.type == sf::Event::KeyPressed) {
        if (input_.handle(e)) error_.set_text("");
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (*hit == 0)
            submit();
        else
            leave_screen(ctx_);
    }
}

void FieldDialog::update(float dt) {
    input_.update(dt);
    buttons_.update(dt, ctx_.theme);
}

}  // namespace chronik::ui
