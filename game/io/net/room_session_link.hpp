// The host session's record of one connection and of the strangers it closed, shared by the
// files that make up RoomSession (room_session*.cpp); nothing outside io/net includes it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "io/net/room_session.hpp"

namespace chronik::io::net {

struct RoomSession::Link {
    ConnectionId id = 0;
    Outlet* via = nullptr;
    std::string address;  // for budgets
    std::string peer;     // for the log
    hosting::MessageBudget budget;
    std::optional<classroom::PlayerId> player;
    bool awaiting = false;    // a returning name the teacher decides about
    std::string hello_name;   // what the student typed (for a new player after a "no")
    std::string hello_token;  // the token the hello carried, if any
    std::optional<std::uint64_t> last_seq;
    int bad = 0;
    bool dead = false;
};

struct RoomSession::Summary {
    std::size_t silent = 0, evicted = 0, wrong = 0;
    std::map<std::string, std::size_t> by_address;
    TimeMs since = 0;
    bool any() const { return silent + evicted > 0; }
};

}  // namespace chronik::io::net
