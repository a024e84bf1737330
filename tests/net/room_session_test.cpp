// The host's session without any network: a fake transport records what each connection is sent.
// Guessing the room code, floods of messages and strangers, on a test clock.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "io/net/room_session.hpp"

using namespace chronik;
using namespace chronik::io::net;

namespace {

// Keeps what the session sends, as messages, and which connections it closed.
struct RecordingOutlet final : Outlet {
    std::map<ConnectionId, std::vector<HostMessage>> got;
    std::set<ConnectionId> closed;
    void send(ConnectionId id, std::string_view message) override {
        auto parsed = parse_host_message(message);
        REQUIRE(std::holds_alternative<HostMessage>(parsed));
        got[id].push_back(std::get<HostMessage>(parsed));
    }
    void close(ConnectionId id, Closing) override { closed.insert(id); }
    std::size_t queued_bytes(ConnectionId) const override { return 0; }
    const HostMessage& last(ConnectionId id) { return got.at(id).back(); }
};

classroom::ClassroomGame small_game() {
    return classroom::ClassroomGame({{"q0", "Frage", {"A", "B", "C", "D"}, 1, ""}}, {});
}

RoomOptions room(const std::string& code = "K7QX3M") {
    RoomOptions o;
    o.room_code = code;
    return o;
}

std::string hello(const std::string& code, const std::string& name, std::uint64_t seq = 1) {
    return encode(ClientMessage{ClientKind::Hello, seq, code, name, 0, 0});
}

}  // namespace

TEST_CASE("a room code that could be guessed is refused when the room opens") {
    CHECK_THROWS_AS(RoomSession(room("ABCD"), small_game()), std::invalid_argument);
    CHECK_THROWS_AS(RoomSession(room("ABC-DEF"), small_game()), std::invalid_argument);
    CHECK_NOTHROW(RoomSession(room("abc def"), small_game()));
}

TEST_CASE("10,000 wrong room codes from one address take far longer than a lesson") {
    RoomSession session(room(), small_game());
    RecordingOutlet outlet;
    const TimeMs start = 1'000'000;
    TimeMs now = start;
    int heard = 0, unheard = 0;
    // The guesser opens a connection per try and tries again the moment the host allows.
    while (heard < 10'000) {
        const auto id = session.opened(outlet, "192.168.1.66", "guesser", now);
        session.received(id, hello("G" + std::to_string(100'000 + heard), "Eve"), now);
        const auto& answer = outlet.last(id);
        REQUIRE(answer.kind == HostKind::Refused);
        REQUIRE(outlet.closed.count(id) == 1);
        if (answer.refusal == hosting::Refusal::TooManyTries) {
            ++unheard;
            REQUIRE(answer.retry_ms);
            now += *answer.retry_ms;
            session.tick(now);
        } else {
            REQUIRE(answer.refusal == hosting::Refusal::WrongCode);
            ++heard;
        }
        outlet.got.erase(id);
    }
    const double hours = static_cast<double>(now - start) / kHourMs;
    MESSAGE("10,000 wrong room codes from one address: " << hours << " hours (" << unheard
                                                         << " tries refused unheard)");
    CHECK(hours > 80.0);  // a lesson: 45 to 90 minutes
    CHECK(session.stats().wrong_codes == 10'000);
    CHECK(session.game().players().empty());
    CHECK(session.connection_count() == 0);
    // Even the right code from that address waits its turn; another address is heard at once.
    const auto blocked = session.opened(outlet, "192.168.1.66", "guesser", now);
    session.received(blocked, hello("K7QX3M", "Eve"), now);
    CHECK(outlet.last(blocked).refusal == hosting::Refusal::TooManyTries);
    const auto student = session.opened(outlet, "192.168.1.20", "student", now);
    session.received(student, hello("k7q x3m", "Lena"), now);
    CHECK(outlet.last(student).kind == HostKind::Welcome);
}

TEST_CASE("a player who floods the host with messages is cut off, the others are not") {
    RoomSession session(room(), small_game());
    RecordingOutlet outlet;
    TimeMs now = 0;
    const auto flood = session.opened(outlet, "10.0.0.9", "flood", now);
    const auto calm = session.opened(outlet, "10.0.0.8", "calm", now);
    session.received(flood, hello("K7QX3M", "Flo"), now);
    session.received(calm, hello("K7QX3M", "Cal"), now);
    session.game().start(now);
    now += 3'000;
    session.tick(now);
    for (std::uint64_t seq = 2; seq < 200; ++seq) {
        session.received(flood, encode(ClientMessage{ClientKind::Answer, seq, "", "", 0, 0}), now);
    }
    CHECK(session.stats().flooded > 0);
    CHECK(outlet.closed.count(flood) == 1);
    session.received(calm, encode(ClientMessage{ClientKind::Answer, 2, "", "", 0, 1}), now);
    CHECK(outlet.last(calm).kind == HostKind::Locked);
}

TEST_CASE("strangers over their budget are closed after what arrived was read") {
    auto options = room();
    options.strangers = {8, 4, 3'000};
    RoomSession session(options, small_game());
    RecordingOutlet outlet;
    std::vector<ConnectionId> flood;
    for (int i = 0; i < 100; ++i)
        flood.push_back(session.opened(outlet, "10.0.0.66", "flood", 0));
    // A student whose hello arrived with the flood is heard before anyone is closed.
    const auto student = session.opened(outlet, "10.0.0.66", "student", 0);
    session.received(student, hello("K7QX3M", "Lena"), 0);
    session.tick(0);
    CHECK(outlet.last(student).kind == HostKind::Welcome);
    CHECK(outlet.closed.count(student) == 0);
    CHECK(session.stranger_count() == 4);
    CHECK(session.stats().evicted == 96);
    session.tick(3'000);
    CHECK(session.stranger_count() == 0);
    CHECK(session.stats().silent == 4);
    CHECK(session.connection_count() == 1);
}
