// The teacher's side of a classroom game, whatever carries the messages: who is let in, what each
// connection may send, the game and its clock, and what every student is told. A transport (TCP in
// tcp_transport, the browsers' WebSocket in web_transport) hands it whole messages and carries out
// what it sends. The code is in room_session.cpp (transports, clock), room_session_seats.cpp (who
// is let in) and room_session_updates.cpp (what the students are sent).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "classroom/classroom_game.hpp"
#include "hosting/message_budget.hpp"
#include "hosting/room_door.hpp"
#include "hosting/stranger_pool.hpp"
#include "hosting/wrong_code_limiter.hpp"
#include "io/net/protocol.hpp"
#include "time/time_point.hpp"

namespace chronik::io::net {

// Numbered by the session in the order connections arrive, unique across transports.
using ConnectionId = hosting::ConnectionKey;

enum class Closing {
    AfterSending,  // send what is queued (a refusal, "removed"), then close; bounded in time
    Now,
};

// What the session needs of a transport, per connection. Called only from inside the session's
// own calls (single-threaded).
class Outlet {
public:
    virtual ~Outlet() = default;
    // One whole host message (a JSON text); the transport frames it for its wire.
    virtual void send(ConnectionId id, std::string_view message) = 0;
    virtual void close(ConnectionId id, Closing how) = 0;
    // Bytes held for this connection that the peer has not taken yet.
    virtual std::size_t queued_bytes(ConnectionId id) const = 0;
};

// The same limits for every transport.
struct RoomOptions {
    std::string room_code;  // as hosting::normalize_room_code gives it
    hosting::StrangerLimits strangers;
    hosting::WrongCodePolicy wrong_codes;
    hosting::MessageRate message_rate;
    hosting::ReturningName returning = hosting::ReturningName::AskTeacher;
    std::size_t max_seat_requests = 16;
    int max_bad_messages = 20;  // then the connection is closed
    std::size_t max_outbox_bytes =
        std::size_t{1024} * 1024;  // a client that does not read is closed
    // Every seated connection gets a `ping` this often (0: none), so that a browser, which cannot
    // send WebSocket pings itself, notices a link that went silent and comes back with its token
    // (assets/web/app.js). The hosts of the CLI and the game use kPingEveryMs.
    TimeMs ping_every_ms = 0;
};

inline constexpr TimeMs kPingEveryMs = 5'000;

// What the host dropped and why; every drop is also logged (floods once in a while, in sum).
struct HostStats {
    std::size_t connections_accepted = 0;
    std::size_t malformed = 0;        // not a valid message
    std::size_t oversized = 0;        // a message above the limit (connection closed)
    std::size_t unauthenticated = 0;  // anything but hello before a right one
    std::size_t wrong_codes = 0;      // hellos with a wrong room code (refused)
    std::size_t too_early = 0;        // hellos while the address had to wait (refused unheard)
    std::size_t silent = 0;           // no hello within the deadline (closed)
    std::size_t evicted = 0;          // strangers closed to keep their budget
    std::size_t flooded = 0;          // messages above the connection's rate (dropped)
    std::size_t out_of_order = 0;     // a second hello
    std::size_t replayed = 0;         // seq not above the last one
    std::size_t seat_requests = 0;    // returning names put to the teacher
    std::size_t answers_accepted = 0;
    std::size_t answers_rejected = 0;  // late, twice, wrong question, ...
    std::size_t pings = 0;             // pings sent (one per seated connection)
    std::size_t pongs = 0;             // their answers
    std::size_t connections_closed = 0;
};

// A returning name waiting for the teacher, as the projector shows it.
struct SeatQuestion {
    classroom::PlayerId seat = 0;
    std::string name;
    TimeMs since = 0;
};

// Single-threaded. The host never trusts a client's clock: answers are timed by the `now` given
// with each message, and a question's correct choice leaves the host only in the reveal.
class RoomSession {
public:
    // Throws std::invalid_argument when the room code is not a valid one.
    RoomSession(RoomOptions options, classroom::ClassroomGame game);
    ~RoomSession();
    RoomSession(const RoomSession&) = delete;
    RoomSession& operator=(const RoomSession&) = delete;

    // --- for transports ----------------------------------------------------------------------
    // A new connection from `address` (the peer's address; for IPv6 its /64, so that budgets
    // count one computer once); `peer` names it in the log. Costs nothing until tick().
    ConnectionId opened(Outlet& via, std::string address, std::string peer, TimeMs now);
    // One whole message from the connection, read at `now` by the host's clock.
    void received(ConnectionId id, std::string_view message, TimeMs now);
    // A message the transport could not hand over as text (a WebSocket's binary message): as
    // malformed as bad JSON, and counted the same way.
    void unreadable(ConnectionId id, std::string_view why);
    // The transport cut the connection for a message above kMaxClientMessageBytes.
    void oversized(ConnectionId id, std::size_t length);
    // The peer went away (or the transport closed the connection on its own).
    void closed(ConnectionId id);
    // Closes strangers over their budgets or silent past the deadline (so: after the transports
    // read what arrived), advances the game to `now` and sends what changed.
    void tick(TimeMs now);

    // --- for the teacher -------------------------------------------------------------------
    classroom::ClassroomGame& game() { return game_; }
    const classroom::ClassroomGame& game() const { return game_; }
    // Removes the player from the game, tells the student and closes.
    bool remove_player(classroom::PlayerId id);
    // Locked: no new names join; seats still come back by token or by the teacher's word.
    bool set_locked(bool locked);
    bool locked() const { return door_.locked(); }
    // Returning names waiting for the teacher, oldest first.
    std::vector<SeatQuestion> seat_questions() const;
    // The teacher's answer about a returning name: the seat with its score, or not (then a new
    // player while the room is open). False when no one waits for that seat any more.
    bool allow_seat(classroom::PlayerId seat);
    bool decline_seat(classroom::PlayerId seat);

    const HostStats& stats() const { return stats_; }
    std::size_t connection_count() const { return links_.size(); }
    std::size_t stranger_count() const { return strangers_.size(); }
    const RoomOptions& options() const { return options_; }

private:
    struct Link;
    struct Summary;
    void handle_hello(Link& link, const ClientMessage& m);
    void handle_answer(Link& link, const ClientMessage& m);
    void drop(Link& link, std::size_t& counter, const std::string& why);
    void send(Link& link, const HostMessage& m);
    void refuse(Link& link, hosting::Refusal reason, std::optional<std::int64_t> retry_ms = {});
    void close(Link& link, Closing how);
    enum class SeatToken { Keep, Renew };
    void take_seat(Link& link, classroom::PlayerId seat, std::string_view how, SeatToken token);
    void join_new(Link& link);
    void act(Link& link, const hosting::HelloDecision& d);
    Link* take_request(classroom::PlayerId seat);
    void catch_up(Link& link);
    void send_end(Link& link);
    void send_end(Link& link, const std::vector<round::Standing>& standings,
                  const std::vector<round::Standing>& podium);
    void broadcast(const HostMessage& m);
    void send_reveal(const classroom::QuestionResult& r);
    void send_changes();
    void sweep();
    void log_summary(bool force);
    std::string new_token();
    Link* find(ConnectionId id);
    StandingRow row_of(const round::Standing& s) const;
    std::optional<StandingRow> you(classroom::PlayerId id,
                                   const std::vector<round::Standing>& standings) const;
    HostMessage question_message() const;

    RoomOptions options_;
    classroom::ClassroomGame game_;
    hosting::RoomDoor door_;
    hosting::StrangerPool strangers_;
    hosting::WrongCodeLimiter wrong_codes_;
    std::map<ConnectionId, std::unique_ptr<Link>> links_;
    ConnectionId next_id_ = 1;
    HostStats stats_;
    TimeMs now_ = 0;
    TimeMs next_ping_ = 0;
    std::size_t ping_number_ = 0;
    // A secret per player, given in the welcome: only its holder takes the seat back.
    std::map<classroom::PlayerId, std::string> tokens_;
    std::random_device entropy_;
    // What has been sent to everyone so far.
    std::size_t results_sent_ = 0;
    std::optional<std::size_t> question_sent_, open_sent_, leaderboard_sent_;
    bool end_sent_ = false;
    bool paused_sent_ = false;
    std::unique_ptr<Summary> summary_;  // strangers closed since the last log line
};

}  // namespace chronik::io::net
