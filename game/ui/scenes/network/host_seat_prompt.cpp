#include "ui/scenes/network/host_seat_prompt.hpp"

#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

// Over the key hints at the bottom of the 1280x720 view: they stay in the help meanwhile.
constexpr float kX = 40.f, kY = 662.f, kW = 1200.f, kH = 52.f;

}  // namespace

HostSeatPrompt::HostSeatPrompt(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    const auto& s = ui.strings;
    strip_.set_geometry({kX, kY, kW, kH}, t.spacing.radius, 2.f);
    strip_.set_fill(t.palette.surface_raised);
    strip_.set_outline(t.palette.focus);
    question_ = TextBlock("", {kX + 24, kY, 640, kH},
                          {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Left,
                           VAlign::Middle, 1.f, false});
    more_ = TextBlock("", {kX + 670, kY, 130, kH},
                      {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                       Align::Left, VAlign::Middle, 1.f, false});
    const auto key = [&](RoundedRect& cap, TextBlock& label, TextBlock& action, const char* k,
                         T what, float x, sf::Color color) {
        cap.set_geometry({x, kY + 8, 40, 36}, 8.f, 1.5f);
        cap.set_fill(t.palette.surface);
        cap.set_outline(color);
        label = TextBlock(k, {x, kY + 8, 40, 36},
                          {FontFace::SansBold, t.type.body, t.type.small, color, Align::Center,
                           VAlign::Middle, 1.f, false});
        action = TextBlock(text(s, what), {x + 48, kY, 140, kH},
                           {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                            Align::Left, VAlign::Middle, 1.f, false});
    };
    key(allow_cap_, allow_key_, allow_, "A", T::SeatAllow, kX + 810, t.palette.success);
    key(decline_cap_, decline_key_, decline_, "X", T::SeatDecline, kX + 1005, t.palette.danger);
}

bool HostSeatPrompt::sync(const HostSession& session) {
    auto now = session.seat_questions();
    const bool same = now.size() == questions_.size() &&
                      (now.empty() || (now.front().seat == questions_.front().seat &&
                                       now.front().name == questions_.front().name));
    questions_ = std::move(now);
    if (same) return false;
    if (!questions_.empty()) {
        question_.set_text(format(ui_.strings, T::SeatQuestion, {questions_.front().name}));
        more_.set_text(questions_.size() > 1 ? format(ui_.strings, T::SeatMore,
                                                      {std::to_string(questions_.size() - 1)})
                                             : std::string());
    }
    return true;
}

std::optional<HostSeatQuestion> HostSeatPrompt::current() const {
    if (questions_.empty()) return std::nullopt;
    return questions_.front();
}

void HostSeatPrompt::draw(sf::RenderTarget& target) const {
    if (questions_.empty()) return;
    target.draw(strip_);
    question_.draw(target, ui_);
    more_.draw(target, ui_);
    target.draw(allow_cap_);
    allow_key_.draw(target, ui_);
    allow_.draw(target, ui_);
    target.draw(decline_cap_);
    decline_key_.draw(target, ui_);
    decline_.draw(target, ui_);
}

}  // namespace chronik::ui
