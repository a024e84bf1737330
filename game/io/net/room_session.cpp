// RoomSession's life and its transports' side: connections opened, messages read and checked,
// the clock, closing; who is let in is in room_session_seats.cpp, what the students are sent in
// room_session_updates.cpp.
#include "io/net/room_session.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "hosting/room_code.hpp"
#include "io/log/logging.hpp"
#include "io/net/frame.hpp"
#include "io/net/room_session_link.hpp"

namespace chronik::io::net {

using hosting::Refusal;

namespace {
// Strangers closed by the budgets are summed up in one line at most this often.
constexpr TimeMs kSummaryEveryMs = 10'000;
}  // namespace

RoomSession::RoomSession(RoomOptions options, classroom::ClassroomGame game)
    : options_(std::move(options)),
      game_(std::move(game)),
      door_(options_.returning, options_.max_seat_requests),
      strangers_(options_.strangers),
      wrong_codes_(options_.wrong_codes),
      summary_(std::make_unique<Summary>()) {
    const auto code = hosting::normalize_room_code(options_.room_code);
    if (!code) {
        throw std::invalid_argument(
            "classroom host: the room code needs " + std::to_string(hosting::kMinRoomCodeLength) +
            "-" + std::to_string(hosting::kMaxRoomCodeLength) + " letters or digits");
    }
    options_.room_code = *code;
}

RoomSession::~RoomSession() = default;

std::string RoomSession::new_token() {
    std::string t;
    for (int i = 0; i < 4; ++i) {
        char part[9];
        std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(entropy_()));
        t += part;
    }
    return t;
}

RoomSession::Link* RoomSession::find(ConnectionId id) {
    const auto it = links_.find(id);
    return it == links_.end() || it->second->dead ? nullptr : it->second.get();
}

// ------------------------------------------------------------------ transports

ConnectionId RoomSession::opened(Outlet& via, std::string address, std::string peer, TimeMs now) {
    now_ = std::max(now_, now);
    auto link = std::make_unique<Link>();
    link->id = next_id_++;
    link->via = &via;
    link->address = std::move(address);
    link->peer = std::move(peer);
    link->budget = hosting::MessageBudget(options_.message_rate, now_);
    strangers_.add(link->id, link->address, now_);
    ++stats_.connections_accepted;
    const auto id = link->id;
    links_.emplace(id, std::move(link));
    return id;
}

void RoomSession::received(ConnectionId id, std::string_view message, TimeMs now) {
    now_ = std::max(now_, now);
    auto* link = find(id);
    if (!link) return;
    if (message.size() > kMaxClientMessageBytes || message.empty()) {
        oversized(id, message.size());
        return;
    }
    if (!link->budget.take(now_)) {
        drop(
            *link, stats_.flooded,
            "more messages than " + std::to_string(options_.message_rate.per_second) + " a second");
    } else {
        const auto parsed = parse_client_message(message);
        if (const auto* err = std::get_if<ParseError>(&parsed)) {
            drop(*link, stats_.malformed, err->reason);
        } else {
            const auto& m = std::get<ClientMessage>(parsed);
            if (link->last_seq && m.seq <= *link->last_seq) {
                drop(*link, stats_.replayed,
                     "seq " + std::to_string(m.seq) + " after " + std::to_string(*link->last_seq));
            } else {
                link->last_seq = m.seq;
                switch (m.kind) {
                    case ClientKind::Hello:
                        handle_hello(*link, m);
                        break;
                    case ClientKind::Answer:
                        handle_answer(*link, m);
                        break;
                    case ClientKind::Bye:
                        close(*link, Closing::Now);
                        break;
                    case ClientKind::Pong:
                        if (!link->player) {
                            drop(*link, stats_.unauthenticated, "a pong before a hello was let in");
                        } else {
                            ++stats_.pongs;
                        }
                        break;
                }
            }
        }
    }
    sweep();
}

void RoomSession::unreadable(ConnectionId id, std::string_view why) {
    auto* link = find(id);
    if (!link) return;
    drop(*link, stats_.malformed, std::string(why));
    sweep();
}

void RoomSession::oversized(ConnectionId id, std::size_t length) {
    auto* link = find(id);
    if (!link) return;
    ++stats_.oversized;
    log_warn("classroom host: " + link->peer + " sent a message of " + std::to_string(length) +
             " bytes (limit " + std::to_string(kMaxClientMessageBytes) + "); closing");
    close(*link, Closing::Now);
    sweep();
}

void RoomSession::closed(ConnectionId id) {
    auto* link = find(id);
    if (!link) return;
    // Gone on its own: nothing is sent, the transport has already let go of it.
    link->via = nullptr;
    close(*link, Closing::Now);
    sweep();
}

void RoomSession::tick(TimeMs now) {
    now_ = std::max(now_, now);
    for (const auto& c : strangers_.to_close(now_)) {
        auto* link = find(c.key);
        if (!link) continue;
        ++(c.late ? stats_.silent : stats_.evicted);
        ++(c.late ? summary_->silent : summary_->evicted);
        ++summary_->by_address[link->address];
        close(*link, Closing::Now);
    }
    // A returning name whose seat was removed, came back by token, or whose game ended.
    for (const auto& r : door_.take_stale(game_)) {
        if (auto* link = find(r.connection)) {
            link->awaiting = false;
            act(*link, door_.declined(game_, link->hello_name));
        }
    }
    log_summary(false);
    game_.tick(now_);
    send_changes();
    if (options_.ping_every_ms > 0 && now_ >= next_ping_) {
        next_ping_ = now_ + options_.ping_every_ms;
        HostMessage ping;
        ping.kind = HostKind::Ping;
        ping.question = ++ping_number_;
        for (const auto& [id, link] : links_) {
            if (link->player && !link->dead && link->via) ++stats_.pings;
        }
        broadcast(ping);
    }
    sweep();
}

void RoomSession::log_summary(bool force) {
    auto& s = *summary_;
    if (!s.any() || (!force && now_ - s.since < kSummaryEveryMs)) return;
    std::string busiest;
    std::size_t most = 0;
    for (const auto& [address, n] : s.by_address) {
        if (n > most) {
            most = n;
            busiest = address;
        }
    }
    log_warn("classroom host: closed " + std::to_string(s.silent) +
             " connections that said no hello in time and " + std::to_string(s.evicted) +
             " over the budget for newcomers (" + std::to_string(s.by_address.size()) +
             " addresses, most from " + busiest + ": " + std::to_string(most) + ")");
    s = Summary{};
    s.since = now_;
}

// ------------------------------------------------------------------ messages

void RoomSession::drop(Link& link, std::size_t& counter, const std::string& why) {
    ++counter;
    ++link.bad;
    // A student's client never sends these: the first one per connection is worth a line; a
    // stranger's are summed up when it is closed.
    if (link.bad == 1 && (link.player || link.awaiting))
        log_warn("classroom host: dropped a message from " + link.peer + ": " + why);
    if (link.bad > options_.max_bad_messages) {
        log_warn("classroom host: closing " + link.peer + " after " + std::to_string(link.bad) +
                 " bad messages (last: " + why + ")");
        close(link, Closing::Now);
    }
}

void RoomSession::send(Link& link, const HostMessage& m) {
    if (link.dead || !link.via) return;
    link.via->send(link.id, encode(m));
    if (link.via->queued_bytes(link.id) > options_.max_outbox_bytes) {
        log_warn("classroom host: " + link.peer + " does not read; closing");
        close(link, Closing::Now);
    }
}

void RoomSession::close(Link& link, Closing how) {
    if (link.dead) return;
    link.dead = true;
    if (link.player) game_.disconnect(*link.player);
    if (link.awaiting) door_.take(link.id);
    strangers_.remove(link.id);
    if (link.via) link.via->close(link.id, how);
}

void RoomSession::refuse(Link& link, Refusal reason, std::optional<std::int64_t> retry_ms) {
    HostMessage m;
    m.kind = HostKind::Refused;
    m.refusal = reason;
    m.retry_ms = retry_ms;
    send(link, m);
    close(link, Closing::AfterSending);
}

void RoomSession::sweep() {
    const auto before = links_.size();
    std::erase_if(links_, [](const auto& entry) { return entry.second->dead; });
    stats_.connections_closed += before - links_.size();
}

}  // namespace chronik::io::net
