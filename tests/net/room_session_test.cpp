// The host's session without any network: a fake transport records what each connection is sent.
// Guessing the room code, floods of messages and strangers, on a test clock.
#include <doctest/doctest.h>

#include <algorithm>
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

namespace {

std::string order_answer(std::size_t q, const std::vector<std::size_t>& order, std::uint64_t seq) {
    ClientMessage m;
    m.kind = ClientKind::Answer;
    m.seq = seq;
    m.question = q;
    m.has_order = true;
    m.order = order;
    return encode(m);
}

}  // namespace

TEST_CASE(
    "a timeline question goes out without its order, only a permutation of its ids is taken") {
    classroom::ClassroomQuestion t;
    t.item_id = "timeline:a,b,c,d,e";
    t.prompt = "Ordne";
    t.choices = {"C", "A", "E", "B", "D"};
    t.timeline_ranks = {2, 0, 4, 1, 3};
    t.timeline_dates = {"1930", "1910", "1950", "1920", "1940"};
    classroom::ClassroomSettings settings;
    settings.reading_ms = 0;
    RoomSession session(room(), classroom::ClassroomGame({t}, settings));
    RecordingOutlet outlet;
    TimeMs now = 1'000;
    const auto anna = session.opened(outlet, "10.0.0.2", "anna", now);
    const auto ben = session.opened(outlet, "10.0.0.3", "ben", now);
    session.received(anna, hello("K7QX3M", "Anna"), now);
    session.received(ben, hello("K7QX3M", "Ben"), now);
    session.game().start(now);
    session.tick(now);
    const auto question =
        std::find_if(outlet.got[anna].begin(), outlet.got[anna].end(),
                     [](const HostMessage& m) { return m.kind == HostKind::Question; });
    REQUIRE(question != outlet.got[anna].end());
    CHECK(question->timeline);
    CHECK(question->choices == t.choices);
    CHECK(question->correct_order.empty());
    CHECK(question->dates.empty());
    // On the wire: the events, no ranks, no dates, no order.
    HostMessage sent = *question;
    const auto wire = encode(sent);
    CHECK(wire.find("\"events\"") != std::string::npos);
    CHECK(wire.find("1930") == std::string::npos);
    CHECK(wire.find("rank") == std::string::npos);
    CHECK(wire.find("order") == std::string::npos);

    std::uint64_t seq = 2;
    const auto rejected_as = [&](const std::string& payload) {
        session.received(anna, payload, now);
        const auto& m = outlet.last(anna);
        return m.kind == HostKind::Rejected ? std::string(classroom::verdict_name(m.rejection))
                                            : std::string(host_kind_name(m.kind));
    };
    CHECK(rejected_as(order_answer(0, {1, 3, 0, 4}, seq++)) == "bad-order");        // one short
    CHECK(rejected_as(order_answer(0, {1, 3, 0, 4, 4}, seq++)) == "bad-order");     // twice
    CHECK(rejected_as(order_answer(0, {1, 3, 0, 4, 5}, seq++)) == "bad-order");     // no such id
    CHECK(rejected_as(order_answer(0, {1, 3, 0, 4, 2, 2}, seq++)) == "bad-order");  // too many
    CHECK(rejected_as(order_answer(0, {}, seq++)) == "bad-order");
    CHECK(rejected_as(encode(ClientMessage{ClientKind::Answer, seq++, "", "", 0, 1})) ==
          "bad-order");  // a choice
    CHECK(session.stats().answers_rejected == 6);
    CHECK_FALSE(session.game().has_answered(1));
    // Not a list of ids at all, or longer than any timeline: malformed, dropped, not answered.
    const auto malformed_before = session.stats().malformed;
    const auto count_before = outlet.got[anna].size();
    session.received(
        anna,
        R"({"v":1,"t":"answer","seq":)" + std::to_string(seq++) + R"(,"q":0,"order":[1,"x"]})",
        now);
    session.received(anna,
                     R"({"v":1,"t":"answer","seq":)" + std::to_string(seq++) +
                         R"(,"q":0,"order":[1,3],"choice":1})",
                     now);
    session.received(anna, order_answer(0, std::vector<std::size_t>(65, 0), seq++), now);
    CHECK(session.stats().malformed == malformed_before + 3);
    CHECK(outlet.got[anna].size() == count_before);

    CHECK(rejected_as(order_answer(0, {1, 3, 0, 4, 2}, seq++)) == "locked");
    CHECK(rejected_as(order_answer(0, {1, 3, 0, 2, 4}, seq++)) == "already-answered");
    now += 2'000;
    session.received(ben, order_answer(0, {3, 1, 0, 4, 2}, 2), now);  // A and B swapped: 9 of 10
    session.tick(now);
    const auto reveal_of = [&](ConnectionId id) {
        for (const auto& m : outlet.got[id])
            if (m.kind == HostKind::Reveal) return m;
        FAIL("no reveal");
        return HostMessage{};
    };
    const auto a = reveal_of(anna), b = reveal_of(ben);
    CHECK(a.timeline);
    CHECK(a.correct_order == std::vector<std::size_t>{1, 3, 0, 4, 2});
    CHECK(a.dates == t.timeline_dates);
    CHECK(a.your_order == std::vector<std::size_t>{1, 3, 0, 4, 2});
    CHECK(a.pairs_ordered == 10u);
    CHECK(a.pairs_total == 10);
    CHECK(a.points == 1000);
    CHECK(b.pairs_ordered == 9u);
    const auto ben_points =
        (2 * round::classroom_answer_points(2'000, settings.scoring) * 90 + 100) / 200;
    CHECK(b.points == ben_points);
    CHECK(session.game().players()[1].score.points == ben_points);
    CHECK(a.distribution == std::vector<std::size_t>{2, 1, 2, 1, 2});
}

TEST_CASE(
    "seated connections get a ping every few seconds, a pong counts but not one before the hello") {
    auto options = room();
    options.ping_every_ms = 5'000;
    RoomSession session(options, small_game());
    RecordingOutlet outlet;
    TimeMs now = 1'000;
    const auto anna = session.opened(outlet, "10.0.0.2", "anna", now);
    const auto stranger = session.opened(outlet, "10.0.0.3", "stranger", now);
    session.received(anna, hello("K7QX3M", "Anna"), now);
    const auto pings = [&](ConnectionId id) {
        return std::count_if(outlet.got[id].begin(), outlet.got[id].end(),
                             [](const HostMessage& m) { return m.kind == HostKind::Ping; });
    };
    for (int i = 0; i < 12; ++i) {  // 11 s: pings at 1, 6 and 11 s
        session.tick(now);
        now += 1'000;
    }
    CHECK(pings(anna) == 3);
    CHECK(pings(stranger) == 0);  // no seat, no ping
    CHECK(outlet.last(anna).question == 3);
    ClientMessage pong;
    pong.kind = ClientKind::Pong;
    pong.seq = 2;
    pong.question = 3;
    session.received(anna, encode(pong), now);
    CHECK(session.stats().pongs == 1);
    pong.seq = 1;
    const auto newcomer = session.opened(outlet, "10.0.0.4", "newcomer", now);
    session.received(newcomer, encode(pong), now);
    CHECK(session.stats().pongs == 1);
    CHECK(session.stats().unauthenticated == 1);
    CHECK(session.stats().pings == 3);
}
