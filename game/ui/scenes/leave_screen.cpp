#include "ui/scenes/leave_screen.hpp"

#include "ui/input/nav.hpp"

namespace chronik::ui {

bool leave_on_back(const sf::Event& e, ButtonGroup& back, SceneContext& ctx, BackKeys keys) {
    const bool key = is_key(e, sf::Keyboard::Escape) ||
                     (keys == BackKeys::EscapeOrBackspace && is_key(e, sf::Keyboard::BackSpace));
    if (!key && !(is_mouse(e) && back.handle(e, ctx))) return false;
    leave_screen(ctx);
    return true;
}

void leave_screen(SceneContext& ctx) {
    ctx.audio.play(Sfx::Back);
    ctx.stack.pop();
}

}  // namespace chronik::ui
