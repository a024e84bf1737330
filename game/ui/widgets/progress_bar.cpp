#include "ui/widgets/progress_bar.hpp"

#include <algorithm>

namespace chronik::ui {

void ProgressBar::set_value(float f) {
    f = std::clamp(f, 0.f, 1.f);
    if (f == target_) return;
    from_ = from_ + (target_ - from_) * shown_.eased();
    target_ = f;
    shown_.snap(0.f);
    shown_.set_target(1.f);
}

void ProgressBar::snap(float f) {
    target_ = from_ = std::clamp(f, 0.f, 1.f);
    shown_.snap(1.f);
}

void ProgressBar::update(float dt, const Theme& theme) {
    shown_.update(dt, theme.motion == Motion::Reduced ? 0.f : 0.35f);
}

void ProgressBar::prepare(const UiContext& ui) const {
    const auto& p = ui.theme.palette;
    const float radius = bounds_.height / 2;
    track_.set_geometry(bounds_, radius, ui.theme.contrast == Contrast::High ? 1.f : 0.f);
    track_.set_fill(p.surface_raised);
    track_.set_outline(p.border);
    const float v = from_ + (target_ - from_) * shown_.eased();
    filled_ = v > 0.f;
    if (!filled_) return;
    const float w = std::max(bounds_.height, bounds_.width * v);
    fill_.set_geometry({bounds_.left, bounds_.top, w, bounds_.height}, radius);
    fill_.set_fill(p.accent);
}

void ProgressBar::draw(DrawBatch& batch, const UiContext& ui) const {
    prepare(ui);
    batch.add(track_);
    if (filled_) batch.add(fill_);
}

void ProgressBar::draw(sf::RenderTarget& target, const UiContext& ui) const {
    prepare(ui);
    target.draw(track_);
    if (filled_) target.draw(fill_);
}

}  // namespace chronik::ui
