// Paces the redraws of a still scene that ticks (Scene::needs_ticks): a few pictures a second
// for ambient motion or a countdown bar instead of one every frame (software GL charges for each).
#pragma once

#include <utility>

namespace chronik::ui {

class RedrawPacer {
public:
    explicit RedrawPacer(float per_second) : period_(1.f / per_second) {}
    // Time passes; a redraw falls due once per period.
    void advance(float dt) {
        since_ += dt;
        if (since_ >= period_) {
            since_ = since_ >= 2 * period_ ? 0.f : since_ - period_;
            due_ = true;
        }
    }
    // Something changed that must show now (a new second on a clock, input).
    void request() { due_ = true; }
    // Whether to draw; each due redraw is taken once.
    bool take() { return std::exchange(due_, false); }

private:
    float period_;
    float since_ = 0.f;
    bool due_ = true;  // the first picture
};

}  // namespace chronik::ui
