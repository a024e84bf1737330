#include "ui/scenes/network/join_scene.hpp"

#include "ui/scenes/network/join_form_scene.hpp"

namespace chronik::ui {

std::unique_ptr<Scene> make_join_game(SceneContext& ctx) {
    return std::make_unique<JoinFormScene>(ctx, ctx.services.network_join);
}

}  // namespace chronik::ui
