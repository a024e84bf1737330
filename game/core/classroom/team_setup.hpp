// Teams of the one-screen classroom game (Klassenspiel): names, colour plus symbol, answer keys.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::classroom {

inline constexpr std::size_t kMinTeams = 2;
inline constexpr std::size_t kMaxTeams = 6;
inline constexpr std::size_t kKeysPerTeam = 4;  // one per choice

// A team is told apart by colour *and* symbol, never by colour alone.
enum class TeamColour { Red, Blue, Green, Yellow, Purple, Orange };
enum class TeamSymbol { Circle, Square, Triangle, Star, Diamond, Cross };

// Keys are named as on the keyboard label ("1", "Q", "Y", ...); the UI maps
// names to its key codes. Choice i is answered with keys[i].
struct Team {
    std::string name;
    TeamColour colour = TeamColour::Red;
    TeamSymbol symbol = TeamSymbol::Circle;
    std::array<std::string, kKeysPerTeam> keys;
};

// The defaults for `count` teams (2..6): "Team 1".. with distinct colours and
// symbols; keys team 1 `1 2 3 4`, team 2 `Q W E R`, team 3 `A S D F`,
// team 4 `Y X C V` (German layout), team 5 `7 8 9 0`, team 6 `U I O P`.
// Throws std::invalid_argument for a count outside 2..6.
std::vector<Team> default_teams(std::size_t count);

// Throws std::invalid_argument naming the team when the setup cannot be
// played: 2..6 teams, names non-empty after cleaning and unique, colours
// unique, symbols unique, every key set and no key used twice.
void validate_teams(const std::vector<Team>& teams);

struct KeyPress {
    std::size_t team = 0;
    std::size_t choice = 0;
};

// Which team and choice a key stands for; nullopt-like: found == false.
struct KeyLookup {
    bool found = false;
    KeyPress press;
};
KeyLookup find_key(const std::vector<Team>& teams, std::string_view key);

}  // namespace chronik::classroom
