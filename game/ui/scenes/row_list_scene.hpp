// A scene whose body is a column of rows (a ButtonGroup) made from its state: built again after
// every change and whenever the scene is shown again (on_reveal); the class setup and its team
// editor are such scenes.
#pragma once

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/button_group.hpp"

namespace chronik::ui {

class RowListScene : public Scene {
public:
    void update(float dt) override { rows_.update(dt, ctx_.theme); }
    bool animating() const override { return rows_.animating(); }
    void on_reveal() override { rebuild(); }

protected:
    explicit RowListScene(SceneContext& ctx) : Scene(ctx) {}

    // Makes the rows (and what is shown with them) from the scene's state again.
    virtual void rebuild() = 0;

    ButtonGroup rows_{Axis::Vertical};
};

}  // namespace chronik::ui
