// A float that eases towards a target over a fixed duration; reports whether it is still moving.
#pragma once

#include <algorithm>

namespace chronik::ui {

class AnimatedValue {
public:
    explicit AnimatedValue(float value = 0.f) : value_(value), target_(value) {}

    void set_target(float target) { target_ = target; }
    void snap(float value) { value_ = target_ = value; }
    // Moves linearly at a speed that covers the full 0..1 range in `duration` seconds;
    // a zero duration (reduced motion) jumps straight to the target.
    void update(float dt, float duration) {
        if (duration <= 0.f) {
            value_ = target_;
            return;
        }
        const float step = dt / duration;
        value_ =
            value_ < target_ ? std::min(target_, value_ + step) : std::max(target_, value_ - step);
    }
    float value() const { return value_; }
    // Smoothstep of the linear value, for easing.
    float eased() const { return value_ * value_ * (3.f - 2.f * value_); }
    bool moving() const { return value_ != target_; }

private:
    float value_, target_;
};

}  // namespace chronik::ui
