// libFuzzer target: the classroom protocol's decoders and the host's session behind them. The
// input is a byte stream cut into frames (in pieces whose sizes the input chooses), each frame
// decoded as a client and as a host message; what is accepted must survive a round trip, and the
// frames go to a RoomSession from a few connections whose clock the input moves.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/net/frame.hpp"
#include "io/net/protocol.hpp"
#include "io/net/room_session.hpp"

using namespace chronik;
using namespace chronik::io::net;

namespace {

// Throws nothing away that the session sends, but keeps no more than its size.
struct CountingOutlet final : Outlet {
    std::size_t sent = 0;
    void send(ConnectionId, std::string_view message) override {
        if (message.empty() || message.size() > kMaxHostMessageBytes) std::abort();
        sent += message.size();
    }
    void close(ConnectionId, Closing) override {}
    std::size_t queued_bytes(ConnectionId) const override { return 0; }
};

classroom::ClassroomGame small_game() {
    classroom::ClassroomSettings settings;
    settings.max_players = 4;
    settings.reading_ms = 50;
    settings.scoring.time_limit_ms = 500;
    settings.reveal_ms = 50;
    settings.leaderboard_ms = 50;
    return classroom::ClassroomGame(
        {{"q0", "Frage", {"A", "B", "C"}, 1, ""}, {"q1", "Zweite", {"A", "B"}, 0, ""}}, settings);
}

void check_round_trips(std::string_view payload) {
    const auto client = parse_client_message(payload);
    if (const auto* m = std::get_if<ClientMessage>(&client)) {
        const auto encoded = encode(*m);
        const auto again = parse_client_message(encoded);
        if (!std::holds_alternative<ClientMessage>(again) ||
            encode(std::get<ClientMessage>(again)) != encoded)
            std::abort();
    }
    const auto host = parse_host_message(payload);
    if (const auto* m = std::get_if<HostMessage>(&host)) {
        const auto encoded = encode(*m);
        const auto again = parse_host_message(encoded);
        if (!std::holds_alternative<HostMessage>(again) ||
            encode(std::get<HostMessage>(again)) != encoded)
            std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    spdlog::set_level(spdlog::level::off);  // the session logs every drop
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The whole input as one message, too (a WebSocket transport hands over whole texts).
    check_round_trips(bytes);

    RoomOptions options;
    options.room_code = "K7QX3M";
    options.strangers = {3, 2, 1'000};
    RoomSession session(options, small_game());
    CountingOutlet outlet;
    TimeMs now = 0;
    ConnectionId links[3] = {session.opened(outlet, "10.0.0.1", "a", now),
                             session.opened(outlet, "10.0.0.2", "b", now),
                             session.opened(outlet, "10.0.0.1", "c", now)};
    FrameDecoder decoders[3] = {FrameDecoder(kMaxClientMessageBytes),
                                FrameDecoder(kMaxClientMessageBytes),
                                FrameDecoder(kMaxClientMessageBytes)};
    std::size_t at = 0;
    std::size_t turn = 0;
    while (at < bytes.size()) {
        // A control byte: which connection sends, how big the piece is, how much time passes.
        const auto control = static_cast<std::uint8_t>(bytes[at++]);
        const std::size_t who = control % 3;
        const std::size_t piece = 1 + (control >> 2) % 64;
        const auto chunk = bytes.substr(at, piece);
        at += chunk.size();
        auto& decoder = decoders[who];
        decoder.feed(chunk);
        while (auto payload = decoder.next()) {
            if (payload->empty() || payload->size() > kMaxClientMessageBytes) std::abort();
            check_round_trips(*payload);
            session.received(links[who], *payload, now);
        }
        if (decoder.failed()) {
            session.oversized(links[who], decoder.refused_length());
            decoder = FrameDecoder(kMaxClientMessageBytes);
            links[who] =
                session.opened(outlet, "10.0.0." + std::to_string(1 + who % 2), "new", now);
        }
        now += control & 0x70;
        if (++turn % 8 == 0) {
            session.tick(now);
            if (session.game().phase() == classroom::Phase::Lobby &&
                session.game().connected_count() > 0)
                session.game().start(now);
            if (!session.seat_questions().empty()) {
                const auto seat = session.seat_questions().front().seat;
                (control & 1) ? session.allow_seat(seat) : session.decline_seat(seat);
            }
            if (control == 0xff) session.set_locked(!session.locked());
        }
    }
    session.tick(now + 10'000);
    if (session.game().players().size() > 4) std::abort();
    if (session.stranger_count() > options.strangers.total) std::abort();
    return 0;
}
