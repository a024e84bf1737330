// What the host's and the student's game screens share: the network is served on every tick
// (needs_ticks), and the screen is redrawn when a message changed what it shows (take_redraw).
#pragma once

#include <utility>

#include "ui/scene/scene.hpp"

namespace chronik::ui {

class NetworkScene : public Scene {
public:
    bool needs_ticks() const override { return true; }
    bool take_redraw() override { return std::exchange(redraw_, false); }

protected:
    // `redraw`: whether the first tick redraws.
    NetworkScene(SceneContext& ctx, bool redraw) : Scene(ctx), redraw_(redraw) {}

    bool redraw_;  // a message (or a new second on the clock) changed the picture
};

}  // namespace chronik::ui
