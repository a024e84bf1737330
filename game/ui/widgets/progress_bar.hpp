// A rounded progress bar whose fill eases to its new value.
#pragma once

#include "ui/widgets/animated_value.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/ui_context.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace chronik::ui {

class ProgressBar {
public:
    explicit ProgressBar(sf::FloatRect bounds = {}) : bounds_(bounds) {}
    void set_bounds(sf::FloatRect b) { bounds_ = b; }
    // fraction is clamped to [0, 1].
    void set_value(float fraction);
    void snap(float fraction);
    float target() const { return target_; }
    void update(float dt, const Theme& theme);
    bool animating() const { return shown_.moving(); }
    void draw(sf::RenderTarget& target, const UiContext& ui) const;
    void draw(DrawBatch& batch, const UiContext& ui) const;

private:
    sf::FloatRect bounds_;
    float target_ = 0, from_ = 0;
    AnimatedValue shown_;  // 0..1 of the way from `from_` to `target_`
    void prepare(const UiContext& ui) const;

    mutable RoundedRect track_, fill_;
    mutable bool filled_ = false;
};

}  // namespace chronik::ui
