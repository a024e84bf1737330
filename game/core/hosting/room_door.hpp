// Who may come into a hosted class game once the room code was right: a seat back only with its
// secret token or by the teacher's word, new names only while the room is open.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "classroom/classroom_game.hpp"
#include "hosting/refusal.hpp"
#include "hosting/stranger_pool.hpp"
#include "time/time_point.hpp"

namespace chronik::hosting {

// What a hello without a valid token gets when its name is the name of a player who is not
// connected (a student who restarted and lost the token, or someone using that student's name).
enum class ReturningName {
    AskTeacher,  // the connection waits; the teacher lets it have the seat or not (the game)
    NewPlayer,   // always a new player, "Anna 2" (chronik-cli host without a teacher)
    GiveSeat,    // the seat at once: the teacher said beforehand that names are trusted
};

enum class HelloAction {
    TakeSeat,    // `seat` with its score (token, or the teacher allowed it)
    Join,        // a new player
    AskTeacher,  // wait for the teacher about `seat`
    Refuse,      // `refusal`
};

struct HelloDecision {
    HelloAction action = HelloAction::Join;
    classroom::PlayerId seat = 0;
    Refusal refusal = Refusal::WrongCode;
};

// One returning name waiting for the teacher.
struct SeatRequest {
    ConnectionKey connection = 0;
    classroom::PlayerId seat = 0;
    std::string name;  // the seat's name (what the teacher reads)
    TimeMs since = 0;
};

class RoomDoor {
public:
    // At most `max_requests` returning names wait at once; more are treated as declined.
    explicit RoomDoor(ReturningName returning = ReturningName::AskTeacher,
                      std::size_t max_requests = 16);

    bool locked() const { return locked_; }
    // Returns whether it changed. Locked: no new names; seats still come back with their token
    // or by the teacher's word.
    bool set_locked(bool locked);

    // The code was right. `token_seat`: the player whose secret token the hello carried, if any.
    HelloDecision decide(const classroom::ClassroomGame& game, std::string_view name,
                         std::optional<classroom::PlayerId> token_seat) const;
    // What a returning name gets when the teacher says no (or cannot be asked): a new player
    // while the room is open, otherwise a refusal.
    HelloDecision declined(const classroom::ClassroomGame& game, std::string_view name) const;

    void ask(ConnectionKey connection, classroom::PlayerId seat, std::string name, TimeMs now);
    const std::vector<SeatRequest>& requests() const { return requests_; }
    // Takes the request of a connection out (decided, or the connection closed).
    std::optional<SeatRequest> take(ConnectionKey connection);
    // Takes out the requests that can no longer be granted: the seat was removed, or its player
    // came back with the token.
    std::vector<SeatRequest> take_stale(const classroom::ClassroomGame& game);

private:
    ReturningName returning_;
    std::size_t max_requests_;
    bool locked_ = false;
    std::vector<SeatRequest> requests_;
};

}  // namespace chronik::hosting
