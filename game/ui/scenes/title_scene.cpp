#include "ui/scenes/title_scene.hpp"

#include <cmath>

#include "ui/scenes/profiles_scene.hpp"

namespace chronik::ui {

TitleScene::TitleScene(SceneContext& ctx) : Scene(ctx) {
    const auto& t = ctx.theme;
    title_ = TextBlock(ctx.text(TextId::AppName), {140, 200, 1000, 130},
                       {FontFace::SansBold, t.type.display, 48, t.palette.text, Align::Center,
                        VAlign::Middle, 1.f, false});
    tagline_ = TextBlock(ctx.text(TextId::TitleTagline), {140, 336, 1000, 40},
                         {FontFace::Serif, t.type.h2 - 4, 16, t.palette.text_muted, Align::Center,
                          VAlign::Middle, 1.f, false});
    prompt_ = TextBlock(ctx.text(TextId::TitlePressAnyKey), {140, 520, 1000, 40},
                        {FontFace::Sans, t.type.body, 14, t.palette.accent, Align::Center,
                         VAlign::Middle, 1.f, false});
    hints_.set({{"F11", ctx.text(TextId::HintFullscreen)}, {"Esc", ctx.text(TextId::HintQuit)}});
}

void TitleScene::proceed() {
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.replace_top(std::make_unique<ProfilesScene>(ctx_));
}

void TitleScene::handle_event(const sf::Event& e) {
    if (e.type == sf::Event::KeyPressed) {
        if (e.key.code == sf::Keyboard::Escape) {
            ctx_.app.request_quit();
            return;
        }
        // Modifier keys alone (e.g. Alt+Tab away) should not start the game.
        switch (e.key.code) {
            case sf::Keyboard::F11:
            case sf::Keyboard::LShift:
            case sf::Keyboard::RShift:
            case sf::Keyboard::LControl:
            case sf::Keyboard::RControl:
            case sf::Keyboard::LAlt:
            case sf::Keyboard::RAlt:
            case sf::Keyboard::LSystem:
            case sf::Keyboard::RSystem:
                return;
            default:
                proceed();
                return;
        }
    }
    if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left)
        proceed();
}

void TitleScene::update(float dt) {
    if (ctx_.theme.motion == Motion::Reduced || time_ >= kAmbientSeconds) return;
    time_ += dt;
    pacer_.advance(dt);
    // A slow breath on the prompt (solid under reduced motion and once the motion stops).
    const float pulse = time_ >= kAmbientSeconds ? 1.f : 0.62f + 0.38f * std::cos(time_ * 2.2f);
    if (time_ >= kAmbientSeconds) pacer_.request();  // the last, still picture
    prompt_.set_color(with_alpha(ctx_.theme.palette.accent, static_cast<sf::Uint8>(255 * pulse)));
}

void TitleScene::draw(sf::RenderTarget& target) const {
    const auto& theme = ctx_.theme;
    backdrop_.draw(target, theme, time_ * 18.f);
    batch_.add(title_);
    batch_.add(tagline_);
    batch_.add(prompt_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

}  // namespace chronik::ui
