// What the host's transports (TCP, WebSocket) share: the listening socket, the accept errors that
// mean "out of open files", peer names, and their table of connections with its bookkeeping
// (closing after the last words, broken while sending).
#pragma once

#include <algorithm>
#include <boost/asio/ip/tcp.hpp>
#include <boost/system/error_code.hpp>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/net/listen_options.hpp"
#include "io/net/room_session.hpp"
#include "time/time_point.hpp"

namespace chronik::io::net {

// Opens, binds and listens on bind_address:port (reusing the address). Throws std::runtime_error
// "classroom host: bad address X" or "classroom host: cannot <what> X:P: <reason>".
void listen_on(boost::asio::ip::tcp::acceptor& acceptor, const std::string& bind_address,
               unsigned short port, std::string_view what);

// The accept failed because the process (or the kernel) ran out of descriptors or buffers: wait
// and try again instead of giving up on the newcomers.
bool out_of_descriptors(const boost::system::error_code& ec);

// "address:port" for the log.
std::string peer_name(const boost::asio::ip::tcp::endpoint& remote);

// One transport's open connections by id and their bookkeeping: closing after the last words
// within the ListenOptions' limits, and the connections that broke while sending, told to the
// session after the poll. `Ptr` owns a `Conn` (std::unique_ptr, or std::shared_ptr where
// asynchronous handlers hold it too), which has `dead`, `closing`, `closing_since`, `queued()`
// (bytes not taken by the peer yet) and `cut()` (closes its socket).
template <class Ptr>
class ConnectionTable {
public:
    using Conn = typename Ptr::element_type;

    void add(ConnectionId id, Ptr conn) { conns_.emplace(id, std::move(conn)); }

    // The open connection, or nullptr.
    Conn* live(ConnectionId id) const {
        const auto it = conns_.find(id);
        return it == conns_.end() || it->second->dead ? nullptr : it->second.get();
    }

    // Closes `c`, once.
    void shut(Conn& c) {
        if (c.dead) return;
        c.dead = true;
        if (c.closing) --lingering_;
        c.cut();
    }

    // The peer ended the connection or reading failed: closed, and the session is told unless
    // the connection was closing anyway.
    void ended(Conn& c, ConnectionId id, RoomSession& session) {
        const bool was_closing = c.closing;
        shut(c);
        if (!was_closing) session.closed(id);
    }

    // Sending failed: closed; the session hears of it at the end of the poll (end_poll), never
    // from inside its own send.
    void broke(Conn& c, ConnectionId id) {
        const bool was_closing = c.closing;
        shut(c);
        if (!was_closing) broken_.push_back(id);
    }

    // Outlet::close. Closing::Now closes at once. Otherwise the connection closes after its last
    // words: it is closing from clock() on, `last_words(conn)` sends what is queued (the
    // transport closes it when that is done), and under a flood of refusals the oldest closing
    // ones beyond max_closing are cut.
    template <class LastWords>
    void close(ConnectionId id, Closing how, const ListenOptions& limits,
               const std::function<TimeMs()>& clock, LastWords&& last_words) {
        auto* c = live(id);
        if (!c || c->closing) return;
        if (how == Closing::Now) {
            shut(*c);
            return;
        }
        c->closing = true;
        c->closing_since = clock();
        ++lingering_;
        closing_.push_back(id);
        last_words(*c);
        while (lingering_ > limits.max_closing && !closing_.empty()) {
            if (auto* old = live(closing_.front())) shut(*old);
            closing_.pop_front();
        }
    }

    // After the io_context ran for one poll: tells the session of the connections that broke
    // while sending, cuts the ones that lingered linger_ms, forgets the closed ones.
    void end_poll(TimeMs now, const ListenOptions& limits, RoomSession& session) {
        for (const auto id : std::exchange(broken_, {}))
            session.closed(id);
        while (!closing_.empty()) {
            auto* c = live(closing_.front());
            if (c && now - c->closing_since < limits.linger_ms) break;
            if (c) shut(*c);
            closing_.pop_front();
        }
        std::erase_if(closing_, [&](ConnectionId id) { return !live(id); });
        std::erase_if(conns_, [](const auto& entry) { return entry.second->dead; });
    }

    // The transport goes away: every connection is closed.
    void shut_all() {
        for (auto& [id, c] : conns_)
            shut(*c);
    }

    // Connections not yet forgotten (closed ones stay until the end of the poll).
    std::size_t size() const { return conns_.size(); }

    bool has_unsent() const {
        return std::any_of(conns_.begin(), conns_.end(), [](const auto& entry) {
            return !entry.second->dead && entry.second->queued() > 0;
        });
    }

    std::size_t queued_bytes(ConnectionId id) const {
        const auto it = conns_.find(id);
        return it == conns_.end() ? 0 : it->second->queued();
    }

private:
    std::unordered_map<ConnectionId, Ptr> conns_;
    std::deque<ConnectionId> closing_;  // in the order they began closing
    std::size_t lingering_ = 0;         // of those, still open
    std::vector<ConnectionId> broken_;  // broke while sending: told to the session later
};

}  // namespace chronik::io::net
