// Who comes in once the code was right: seats only with their token or the teacher's word, new
// names only while the room is open.
#include <doctest/doctest.h>

#include "hosting/room_door.hpp"

using namespace chronik;
using namespace chronik::hosting;
using classroom::ClassroomGame;

namespace {

ClassroomGame game_with_anna(std::size_t max_players = 200) {
    classroom::ClassroomSettings s;
    s.max_players = max_players;
    ClassroomGame g({{"q0", "Frage", {"A", "B"}, 0, ""}}, s);
    g.join("Anna");
    return g;
}

}  // namespace

TEST_CASE("a name alone never takes a seat: a connected player's name is a new player") {
    auto g = game_with_anna();
    const RoomDoor door;
    const auto d = door.decide(g, "Anna", std::nullopt);
    CHECK(d.action == HelloAction::Join);
}

TEST_CASE("the name of a player who left waits for the teacher, the token takes the seat at once") {
    auto g = game_with_anna();
    const auto anna = g.players().front().id;
    g.disconnect(anna);
    RoomDoor door;
    const auto d = door.decide(g, "  Anna ", std::nullopt);  // the name as join() cleans it
    CHECK(d.action == HelloAction::AskTeacher);
    CHECK(d.seat == anna);
    door.ask(7, anna, "Anna", 0);
    // A second claim on the same seat while the first waits is a new player.
    CHECK(door.decide(g, "Anna", std::nullopt).action == HelloAction::Join);
    const auto token = door.decide(g, "whatever", anna);
    CHECK(token.action == HelloAction::TakeSeat);
    CHECK(token.seat == anna);
    // The player came back with the token: the waiting request can no longer be granted.
    g.reconnect(anna);
    const auto stale = door.take_stale(g);
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].connection == 7);
    CHECK(door.requests().empty());
}

TEST_CASE(
    "without a teacher, a returning name is a new player, or the seat when names are trusted") {
    auto g = game_with_anna();
    g.disconnect(g.players().front().id);
    CHECK(RoomDoor(ReturningName::NewPlayer).decide(g, "Anna", std::nullopt).action ==
          HelloAction::Join);
    CHECK(RoomDoor(ReturningName::GiveSeat).decide(g, "Anna", std::nullopt).action ==
          HelloAction::TakeSeat);
}

TEST_CASE("a locked room refuses new names but gives seats back by token and asks for names") {
    auto g = game_with_anna();
    const auto anna = g.players().front().id;
    RoomDoor door;
    CHECK(door.set_locked(true));
    CHECK_FALSE(door.set_locked(true));
    const auto fresh = door.decide(g, "Ben", std::nullopt);
    CHECK(fresh.action == HelloAction::Refuse);
    CHECK(fresh.refusal == Refusal::RoomLocked);
    CHECK(door.decide(g, "Anna", std::nullopt).refusal == Refusal::RoomLocked);  // Anna is here
    g.disconnect(anna);
    CHECK(door.decide(g, "x", anna).action == HelloAction::TakeSeat);
    CHECK(door.decide(g, "Anna", std::nullopt).action == HelloAction::AskTeacher);
    // The teacher says no: in a locked room that is a refusal.
    CHECK(door.declined(g, "Anna").refusal == Refusal::RoomLocked);
    door.set_locked(false);
    CHECK(door.declined(g, "Anna").action == HelloAction::Join);
}

TEST_CASE("a full game and an empty name are refused with their reasons") {
    auto g = game_with_anna(1);
    const RoomDoor door;
    CHECK(door.decide(g, "Ben", std::nullopt).refusal == Refusal::GameFull);
    CHECK(door.decide(g, "\x01 ", std::nullopt).refusal == Refusal::EmptyName);
}

TEST_CASE("no more than the allowed number of returning names wait at once") {
    classroom::ClassroomSettings s;
    ClassroomGame g({{"q0", "Frage", {"A", "B"}, 0, ""}}, s);
    RoomDoor door(ReturningName::AskTeacher, 2);
    for (const char* name : {"A", "B", "C"}) {
        const auto id = g.join(name).id;
        g.disconnect(id);
    }
    door.ask(1, g.player_named("A")->id, "A", 0);
    CHECK(door.decide(g, "B", std::nullopt).action == HelloAction::AskTeacher);
    door.ask(2, g.player_named("B")->id, "B", 0);
    CHECK(door.decide(g, "C", std::nullopt).action == HelloAction::Join);
    CHECK(door.take(1).has_value());
    CHECK_FALSE(door.take(1).has_value());
    CHECK(door.decide(g, "C", std::nullopt).action == HelloAction::AskTeacher);
}
