#include "ui/scenes/network/host_help_overlay.hpp"

#include <utility>

#include "ui/input/key_bindings.hpp"
#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

constexpr float kCardX = 240.f, kCardY = 60.f, kCardW = 800.f, kCardH = 590.f;

}  // namespace

HostHelpOverlay::HostHelpOverlay(const UiContext& ui)
    : ui_(ui), panel_({kCardX, kCardY, kCardW, kCardH}) {
    const auto& t = ui.theme;
    const auto& s = ui.strings;
    heading_ = TextBlock(text(s, T::HelpHeading), {kCardX + 40, kCardY + 24, kCardW - 80, 48},
                         {FontFace::SansBold, t.type.h2, t.type.body, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    const std::vector<std::pair<std::string, T>> rows{
        {"Enter", T::KeyStart},
        {"P", T::KeyPause},
        {"S", T::KeySkip},
        {"R", T::KeyReveal},
        {"N / Enter / →", T::KeyNext},
        {"E", T::KeyEnd},
        {"← → ↑ ↓", T::KeySelect},
        {key_name(sf::Keyboard::Delete, ui.strings.language()), T::KeyRemove},
        {"L", T::KeyLockRoom},
        {"A / X", T::KeySeat},
        {"Esc", T::KeyCloseRoom},
        {"H / F1", T::KeyHelp}};
    float y = kCardY + 84;
    for (const auto& [keys, action] : rows) {
        RoundedRect cap({kCardX + 40, y, 190, 32}, 8.f);
        cap.set_fill(t.palette.surface_raised);
        cap.set_outline(t.palette.border);
        caps_.push_back(cap);
        keys_.emplace_back(keys, sf::FloatRect{kCardX + 40, y, 190, 32},
                           TextStyle{FontFace::SansBold, t.type.small, t.type.caption,
                                     t.palette.text, Align::Center, VAlign::Middle, 1.f, false});
        actions_.emplace_back(text(s, action), sf::FloatRect{kCardX + 250, y, kCardW - 290, 32},
                              TextStyle{FontFace::Sans, t.type.body, t.type.caption, t.palette.text,
                                        Align::Left, VAlign::Middle, 1.f, false});
        y += 37;  // twelve rows above the note
    }
    note_ = TextBlock(text(s, T::HelpNote) + "  (H / Esc: " + text(s, T::KeyClose) + ")",
                      {kCardX + 40, kCardY + kCardH - 60, kCardW - 80, 44},
                      {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                       Align::Left, VAlign::Middle, 1.15f, true});
}

void HostHelpOverlay::draw(sf::RenderTarget& target) const {
    panel_.draw(target, ui_.theme);
    heading_.draw(target, ui_);
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        target.draw(caps_[i]);
        keys_[i].draw(target, ui_);
        actions_[i].draw(target, ui_);
    }
    note_.draw(target, ui_);
}

}  // namespace chronik::ui
