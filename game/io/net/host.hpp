// The teacher's side of a network classroom game: a host that owns the game and its clock, serves
// it over TCP, and lets the teacher lock the room and answer returning names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "classroom/classroom_game.hpp"
#include "hosting/host_capacity.hpp"
#include "io/net/room_session.hpp"
#include "io/net/steady_clock.hpp"
#include "io/net/tcp_transport.hpp"
#include "io/net/web_transport.hpp"
#include "time/time_point.hpp"

namespace chronik::io::net {

struct HostOptions {
    RoomOptions room;  // the room code, budgets and returning names: the same for every transport
    TcpOptions tcp;    // where to listen
    // The browser client (HTTP + WebSocket) on its own port; none when not set.
    std::optional<WebOptions> web;
};

// The web app's port could not be listened on (taken, or not allowed); the players' TCP port
// was free. The caller may try again with another web port (0: any free one). The message names
// the address and port.
struct WebListenError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The open files a host with these options needs for `max_players` players.
hosting::HostCapacity host_capacity(const HostOptions& options, std::size_t max_players);

// Single-threaded: call poll() in a loop. The host never trusts a client's clock: answers are
// timed by the `now` passed to poll(), and a question's correct choice leaves the host only in the
// reveal.
class ClassroomHost {
public:
    // Raises the process's open-file limit, checks that the game's max_players fit it, and
    // listens at once. Throws std::runtime_error naming the address and port when it cannot
    // listen (WebListenError when only the web app's port failed), or with the figures when the
    // players do not fit (hosting::capacity_problem), and std::invalid_argument for a room code
    // that is not a valid one.
    ClassroomHost(HostOptions options, classroom::ClassroomGame game);
    ~ClassroomHost();
    ClassroomHost(const ClassroomHost&) = delete;
    ClassroomHost& operator=(const ClassroomHost&) = delete;

    unsigned short port() const;
    // The web app's port; nullopt when the host serves no browsers.
    std::optional<unsigned short> web_port() const;

    // Waits up to wait_ms (0: not at all) for network activity, handles it, advances the game to
    // `now` and sends what changed. With wait_ms 0 the host's clock is exactly `now` (tests drive
    // it with a test clock); while waiting, answers are timed by `now` plus the time waited.
    void poll(TimeMs now, int wait_ms);

    // The game, for the teacher's controls; changes are sent on the next poll().
    classroom::ClassroomGame& game();
    const classroom::ClassroomGame& game() const;
    // Removes the player from the game, tells the student and closes.
    bool remove_player(classroom::PlayerId id);
    // The room: lock, returning names waiting for the teacher, and their answers.
    RoomSession& room();
    const RoomSession& room() const;

    const HostStats& stats() const;
    // Open connections (students, newcomers, and refused ones still saying why), TCP and
    // WebSocket; plain HTTP connections (a page loading) are not counted.
    std::size_t connection_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace chronik::io::net
