// Hosting a network class game from the game: the entry point the network menu calls.
#pragma once

#include <memory>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"

namespace chronik::ui {

// The setup screen (port, room code, questions, timer, scoring, podium), which opens the lobby.
std::unique_ptr<Scene> make_host_game(SceneContext& ctx);

}  // namespace chronik::ui
