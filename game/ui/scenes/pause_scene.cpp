#include "ui/scenes/pause_scene.hpp"

#include "ui/scenes/home_scene.hpp"
#include "ui/scenes/leave_screen.hpp"

namespace chronik::ui {

PauseScene::PauseScene(SceneContext& ctx)
    : OverlayDialog(ctx, {390, 170, 500, 360}, Axis::Vertical) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(ctx.text(TextId::PauseHeading), {430, 200, 420, 56},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Center,
                          VAlign::Middle, 1.f, false});
    note_ = TextBlock(ctx.text(TextId::PauseSavedNote), {430, 262, 420, 50},
                      {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                       Align::Center, VAlign::Middle, 1.2f, true});
    buttons_.add(Button(ctx.text(TextId::PauseResume), {450, 340, 380, 60}, ButtonKind::Primary));
    buttons_.add(
        Button(ctx.text(TextId::PauseQuitToHome), {450, 416, 380, 60}, ButtonKind::Secondary));
    hints_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                {"Enter", ctx.text(TextId::HintSelect)},
                {"Esc", ctx.text(TextId::PauseResume)}});
}

void PauseScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    const auto hit = buttons_.handle(e, ctx_);
    if (!hit) return;
    if (*hit == 0)
        ctx_.stack.pop();
    else
        ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
}

void PauseScene::draw(sf::RenderTarget& target) const {
    panel_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    note_.draw(target, ctx_);
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
