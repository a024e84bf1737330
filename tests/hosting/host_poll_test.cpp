#include <doctest/doctest.h>

#include "classroom/classroom_game.hpp"
#include "io/net/host.hpp"

using namespace chronik;

// The game polls the host once a frame with no wait: a poll with wait 0 must return at once, or it
// would freeze the projector until a student sent something. (A hang here fails the test by its
// time-out.)
TEST_CASE("a host polled without waiting returns at once while nobody connects") {
    std::vector<classroom::ClassroomQuestion> qs{{"q0", "Frage", {"A", "B"}, 0, ""}};
    io::net::HostOptions options;
    options.tcp.bind_address = "127.0.0.1";
    options.room.room_code = "TEST77";
    io::net::ClassroomHost host(options, classroom::ClassroomGame(qs, {}));
    for (int i = 0; i < 100; ++i)
        host.poll(io::net::steady_now_ms(), 0);
    CHECK(host.connection_count() == 0);
    CHECK(host.game().phase() == classroom::Phase::Lobby);
}
