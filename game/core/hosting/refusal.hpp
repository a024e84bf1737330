// Why a classroom host turns a student away: a closed set, sent on the wire by name.
#pragma once

#include <optional>
#include <string_view>

namespace chronik::hosting {

enum class Refusal {
    WrongCode,     // the room code is not this room's
    TooManyTries,  // this address gave wrong codes too often; wait (the host says how long)
    EmptyName,     // nothing is left of the name after cleaning
    GameFull,      // every seat is taken
    GameOver,      // the game reached its podium
    RoomLocked,    // the teacher closed the room to new names
    Replaced,      // the seat was taken back with its token on another connection
};

// The protocol's name: "wrong-code", "too-many-tries", "empty-name", "game-full", "game-over",
// "room-locked", "replaced".
std::string_view refusal_name(Refusal refusal);
// The refusal of a protocol name; nullopt for any other text.
std::optional<Refusal> parse_refusal(std::string_view name);

}  // namespace chronik::hosting
