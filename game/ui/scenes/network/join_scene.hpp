// Joining a network class game from the game: the entry point the "Netzwerkspiel" menu opens.
#pragma once

#include <memory>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"

namespace chronik::ui {

// The join form (address, room code, name), then the game as a student up to the final place.
// Without a JoinConnector in the services, a notice that this build cannot join.
std::unique_ptr<Scene> make_join_game(SceneContext& ctx);

}  // namespace chronik::ui
