#include "ui/scenes/classroom/class_countdown.hpp"

#include <string>

#include "ui/scenes/classroom/class_layout.hpp"

namespace chronik::ui {

using namespace class_layout;

ClassCountdown::ClassCountdown(const UiContext& ui) : ui_(ui), bar_({kLeft, 244, kWidth, 12}) {
    const auto& t = ui.theme;
    text_ = TextBlock("", {kLeft + kWidth - 200, 212, 200, 30},
                      style(FontFace::SansBold, t.type.body, t.type.caption, t.palette.text,
                            Align::Right, VAlign::Middle, false));
}

void ClassCountdown::show(std::optional<std::int64_t> left, std::int64_t total) {
    running_ = left.has_value();
    if (!left) {
        text_.set_text("");
        return;
    }
    text_.set_text(std::to_string((*left + 999) / 1000) + " s");
    bar_.snap(total > 0 ? static_cast<float>(*left) / static_cast<float>(total) : 0.f);
}

void ClassCountdown::draw(sf::RenderTarget& target) const {
    if (!running_) return;
    bar_.draw(target, ui_);
    text_.draw(target, ui_);
}

}  // namespace chronik::ui
