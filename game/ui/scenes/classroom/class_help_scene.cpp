#include "ui/scenes/classroom/class_help_scene.hpp"

#include <string>
#include <utility>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/classroom/class_layout.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {

using class_layout::style;

ClassHelpScene::ClassHelpScene(SceneContext& ctx, bool h_opens_help)
    : Scene(ctx), panel_({200, 50, 880, 600}) {
    const auto& t = ctx.theme;
    const auto& s = ctx.strings;
    heading_ = TextBlock(text(s, ClassText::HelpHeading), {240, 70, 800, 50},
                         style(FontFace::SansBold, t.type.h2, t.type.body, t.palette.text,
                               Align::Left, VAlign::Middle, false));
    const std::string space = key_name(sf::Keyboard::Space, s.language());
    const std::vector<std::pair<std::string, ClassText>> rows{
        {space, ClassText::HelpPause}, {"Enter", ClassText::HelpNext},
        {"F2", ClassText::HelpReveal}, {"F3", ClassText::HelpSkip},
        {"F4", ClassText::HelpEnd},    {h_opens_help ? "F1 / H" : "F1", ClassText::HelpHelp},
        {"Esc", ClassText::HelpMenu},
    };
    float y = 136;
    for (const auto& [key, action] : rows) {
        keys_.push_back(TextBlock(key, {250, y, 150, 40},
                                  style(FontFace::SansBold, t.type.body, t.type.caption,
                                        t.palette.text, Align::Center, VAlign::Middle, false)));
        actions_.push_back(TextBlock(text(s, action), {420, y, 620, 40},
                                     style(FontFace::Sans, t.type.body, t.type.caption,
                                           t.palette.text, Align::Left, VAlign::Middle, false)));
        RoundedRect cap;
        cap.set_geometry({250, y + 2, 150, 36}, 8.f, 1.5f);
        cap.set_fill(t.palette.surface_raised);
        cap.set_outline(t.palette.border);
        caps_.push_back(cap);
        y += 50;
    }
    teams_ = TextBlock(text(s, ClassText::HelpTeams), {250, y + 10, 790, 110},
                       style(FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Top, true));
    hints_.set({{"Esc / F1", text(s, ClassText::HelpClose)}});
}

void ClassHelpScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape) || is_key(e, sf::Keyboard::F1) ||
        is_key(e, sf::Keyboard::H) || is_key(e, sf::Keyboard::Enter) ||
        e.type == sf::Event::MouseButtonPressed) {
        leave_screen(ctx_);
    }
}

void ClassHelpScene::draw(sf::RenderTarget& target) const {
    panel_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    for (const auto& c : caps_)
        target.draw(c);
    for (const auto& k : keys_)
        k.draw(target, ctx_);
    for (const auto& a : actions_)
        a.draw(target, ctx_);
    teams_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
