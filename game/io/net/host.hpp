// The teacher's side of a network classroom game: a TCP host that owns the game and its clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "classroom/classroom_game.hpp"
#include "time/time_point.hpp"

namespace chronik::io::net {

struct HostOptions {
    unsigned short port = 0;  // 0: an ephemeral port (see ClassroomHost::port)
    std::string bind_address = "0.0.0.0";
    std::string room_code;  // students must say it in their hello (hosting::normalize_room_code)
    std::int64_t hello_timeout_ms = 5'000;  // a connection must say hello by then
    int max_bad_messages = 20;              // then the connection is closed
    std::size_t max_connections = 256;
    std::size_t max_outbox_bytes = 1024 * 1024;  // a client that does not read is closed
};

// What the host dropped and why; every drop is also logged.
struct HostStats {
    std::size_t connections_accepted = 0;
    std::size_t malformed = 0;        // not a valid message
    std::size_t oversized = 0;        // length prefix 0 or above the limit (connection closed)
    std::size_t unauthenticated = 0;  // wrong room code, or anything but hello before it
    std::size_t out_of_order = 0;     // a second hello
    std::size_t replayed = 0;         // seq not above the last one
    std::size_t answers_accepted = 0;
    std::size_t answers_rejected = 0;  // late, twice, wrong question, ...
    std::size_t connections_closed = 0;
};

// Single-threaded: call poll() in a loop. The host never trusts a client's
// clock: answers are timed by the `now` passed to poll(), and a question's
// correct choice leaves the host only in the reveal.
class ClassroomHost {
public:
    // Listens at once; throws std::runtime_error naming the address and port
    // when it cannot.
    ClassroomHost(HostOptions options, classroom::ClassroomGame game);
    ~ClassroomHost();
    ClassroomHost(const ClassroomHost&) = delete;
    ClassroomHost& operator=(const ClassroomHost&) = delete;

    unsigned short port() const;

    // Waits up to wait_ms (0: not at all) for network activity, handles it, advances the
    // game to `now` and sends what changed.
    void poll(TimeMs now, int wait_ms);

    // The game, for the teacher's controls; changes are sent on the next poll().
    classroom::ClassroomGame& game();
    const classroom::ClassroomGame& game() const;
    // Removes the player from the game, tells the student and closes.
    bool remove_player(classroom::PlayerId id);

    const HostStats& stats() const;
    std::size_t connection_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Milliseconds of a monotonic clock, for the host's `now`.
TimeMs steady_now_ms();

}  // namespace chronik::io::net
