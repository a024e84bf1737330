// Leaving a screen the way the others do: Esc (and Backspace where the screen says so) or a
// click on its back button plays the back sound and takes the screen off the stack.
#pragma once

#include <SFML/Window/Event.hpp>

#include "ui/scene/scene_context.hpp"
#include "ui/widgets/button_group.hpp"

namespace chronik::ui {

enum class BackKeys { Escape, EscapeOrBackspace };

// Plays the back sound and takes the top screen (the caller) off the stack: the caller returns at
// once.
void leave_screen(SceneContext& ctx);

// True when the event left the screen: the caller returns at once (the scene is gone from the
// stack). The back button takes the mouse only: Enter belongs to the screen's own buttons.
bool leave_on_back(const sf::Event& e, ButtonGroup& back, SceneContext& ctx, BackKeys keys);

}  // namespace chronik::ui
