#include "ui/scenes/network_menu_scene.hpp"

#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/network/host_scene.hpp"
#include "ui/scenes/network/join_scene.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f, kTop = 150.f, kCardH = 150.f, kGap = 24.f;

}  // namespace

NetworkMenuScene::NetworkMenuScene(SceneContext& ctx) : Scene(ctx) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(ctx.text(TextId::NetworkHeading), {kLeft, 56, kWidth, 60},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    struct Offer {
        Choice choice;
        TextId label, detail;
        const char* key;
    };
    const std::vector<Offer> offers{
        {Choice::Host, TextId::NetworkHost, TextId::NetworkHostDetail, "1"},
        {Choice::Join, TextId::NetworkJoin, TextId::NetworkJoinDetail, "2"}};
    for (std::size_t i = 0; i < offers.size(); ++i) {
        const float y = kTop + static_cast<float>(i) * (kCardH + kGap);
        RoundedRect card;
        card.set_geometry({kLeft, y, kWidth, kCardH}, t.spacing.radius, 1.f);
        card.set_fill(t.palette.surface);
        card.set_outline(t.palette.border);
        cards_.push_back(std::move(card));
        buttons_.add(Button(ctx.text(offers[i].label), {kLeft + 24, y + 24, 360, 64},
                            i == 0 ? ButtonKind::Primary : ButtonKind::Secondary, offers[i].key));
        details_.emplace_back(
            ctx.text(offers[i].detail),
            sf::FloatRect{kLeft + 420, y + 20, kWidth - 444, kCardH - 40},
            TextStyle{FontFace::Sans, t.type.body, t.type.small, t.palette.text_muted, Align::Left,
                      VAlign::Middle, 1.25f, true});
        choices_.push_back(offers[i].choice);
    }
    const float back_y = kTop + static_cast<float>(offers.size()) * (kCardH + kGap);
    buttons_.add(Button(ctx.text(TextId::ResultsHome), {kLeft, back_y, 360, 60},
                        ButtonKind::Secondary, "Esc"));
    choices_.push_back(Choice::Back);
    hints_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                {"Enter", ctx.text(TextId::HintSelect)},
                {"1 2", ctx.text(TextId::HintShortcut)},
                {"Esc", ctx.text(TextId::HintBack)}});
}

void NetworkMenuScene::choose(std::size_t index) {
    switch (choices_.at(index)) {
        case Choice::Host:
            ctx_.audio.play(Sfx::Open);
            ctx_.stack.replace_top(make_host_game(ctx_));
            return;
        case Choice::Join:
            ctx_.audio.play(Sfx::Open);
            ctx_.stack.replace_top(make_join_game(ctx_));
            return;
        case Choice::Back:
            leave_screen(ctx_);
            return;
    }
}

void NetworkMenuScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        choose(choices_.size() - 1);
        return;
    }
    if (e.type == sf::Event::KeyPressed && e.key.code >= sf::Keyboard::Num1 &&
        e.key.code <= sf::Keyboard::Num2) {
        const auto i = static_cast<std::size_t>(e.key.code - sf::Keyboard::Num1);
        if (i + 1 < choices_.size()) choose(i);
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_)) choose(*hit);
}

void NetworkMenuScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    for (const auto& c : cards_)
        target.draw(c);
    for (const auto& d : details_)
        d.draw(target, ctx_);
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_network_menu(SceneContext& ctx) {
    return std::make_unique<NetworkMenuScene>(ctx);
}

}  // namespace chronik::ui
