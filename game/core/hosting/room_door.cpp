#include "hosting/room_door.hpp"

#include <algorithm>

#include "classroom/player_name.hpp"

namespace chronik::hosting {

using classroom::Phase;

RoomDoor::RoomDoor(ReturningName returning, std::size_t max_requests)
    : returning_(returning), max_requests_(max_requests) {}

bool RoomDoor::set_locked(bool locked) {
    if (locked_ == locked) return false;
    locked_ = locked;
    return true;
}

HelloDecision RoomDoor::declined(const classroom::ClassroomGame& game,
                                 std::string_view name) const {
    HelloDecision d;
    d.action = HelloAction::Refuse;
    if (classroom::sanitize_name(name).empty())
        d.refusal = Refusal::EmptyName;
    else if (game.phase() == Phase::Podium)
        d.refusal = Refusal::GameOver;
    else if (locked_)
        d.refusal = Refusal::RoomLocked;
    else if (game.full())
        d.refusal = Refusal::GameFull;
    else
        d.action = HelloAction::Join;
    return d;
}

HelloDecision RoomDoor::decide(const classroom::ClassroomGame& game, std::string_view name,
                               std::optional<classroom::PlayerId> token_seat) const {
    if (token_seat && game.player(*token_seat)) return {HelloAction::TakeSeat, *token_seat, {}};
    const auto* seat = game.player_named(name);
    if (seat && !seat->connected && game.phase() != Phase::Podium) {
        switch (returning_) {
            case ReturningName::GiveSeat:
                return {HelloAction::TakeSeat, seat->id, {}};
            case ReturningName::AskTeacher: {
                const bool asked =
                    std::any_of(requests_.begin(), requests_.end(),
                                [&](const SeatRequest& r) { return r.seat == seat->id; });
                if (!asked && requests_.size() < max_requests_)
                    return {HelloAction::AskTeacher, seat->id, {}};
                break;
            }
            case ReturningName::NewPlayer:
                break;
        }
    }
    return declined(game, name);
}

void RoomDoor::ask(ConnectionKey connection, classroom::PlayerId seat, std::string name,
                   TimeMs now) {
    requests_.push_back({connection, seat, std::move(name), now});
}

std::optional<SeatRequest> RoomDoor::take(ConnectionKey connection) {
    const auto it = std::find_if(requests_.begin(), requests_.end(),
                                 [&](const SeatRequest& r) { return r.connection == connection; });
    if (it == requests_.end()) return std::nullopt;
    auto out = std::move(*it);
    requests_.erase(it);
    return out;
}

std::vector<SeatRequest> RoomDoor::take_stale(const classroom::ClassroomGame& game) {
    std::vector<SeatRequest> out;
    std::erase_if(requests_, [&](SeatRequest& r) {
        const auto* p = game.player(r.seat);
        if (p && !p->connected && game.phase() != Phase::Podium) return false;
        out.push_back(std::move(r));
        return true;
    });
    return out;
}

}  // namespace chronik::hosting
