// How a class game team looks and is pressed: its colour, its symbol drawn as a shape, the names
// of both, and the mapping between SFML keys and the team key names of the core.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "classroom/team_setup.hpp"
#include "ui/text/strings.hpp"
#include "ui/theme/theme.hpp"

namespace chronik::ui {

sf::Color team_colour(classroom::TeamColour colour);
const std::string& colour_label(const StringTable& strings, classroom::TeamColour colour);
const std::string& symbol_label(const StringTable& strings, classroom::TeamSymbol symbol);

// Draws the team's symbol filled with its colour, centred at `centre`, `size` wide, with a dark
// outline so that yellow and white read on any floor.
void draw_team_symbol(sf::RenderTarget& target, const classroom::Team& team, sf::Vector2f centre,
                      float size, sf::Uint8 alpha = 255);

// Team keys are letters and digits (the other keys control the game): "A".."Z", "0".."9" for the
// top row and the number pad alike. nullopt for any other key.
std::optional<std::string> team_key_name(sf::Keyboard::Key key);

}  // namespace chronik::ui
