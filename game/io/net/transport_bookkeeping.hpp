// What the host's transports (TCP, WebSocket) share: the listening socket, the accept errors that
// mean "out of open files", peer names, and the connections lingering to say their last words.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/system/error_code.hpp>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

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

// Connections closing after their last words (a refusal, "removed"), oldest first: at most
// max_closing linger at once and none longer than linger_ms. The transport (`Owner`) has
// `live(id)`, the open connection or nullptr, and `shut(conn)`, which closes it and calls
// `mark_shut`; a connection has `dead`, `closing` and `closing_since`.
struct LingeringConnections {
    std::deque<ConnectionId> closing;  // in the order they began closing
    std::size_t lingering = 0;         // of those, still open

    // `id` began closing.
    void add(ConnectionId id) {
        ++lingering;
        closing.push_back(id);
    }

    // Marks `c` closed; false when it was already.
    template <class Conn>
    bool mark_shut(Conn& c) {
        if (c.dead) return false;
        c.dead = true;
        if (c.closing) --lingering;
        return true;
    }

    // Refusals under a flood: no more than max_closing linger at once, the oldest are cut.
    template <class Owner>
    void cut_beyond(std::size_t max_closing, Owner& owner) {
        while (lingering > max_closing && !closing.empty()) {
            if (auto* old = owner.live(closing.front())) owner.shut(*old);
            closing.pop_front();
        }
    }

    // At the end of a poll: cuts the ones that lingered linger_ms, forgets the closed ones.
    template <class Owner>
    void expire(TimeMs now, std::int64_t linger_ms, Owner& owner) {
        while (!closing.empty()) {
            auto* c = owner.live(closing.front());
            if (c && now - c->closing_since < linger_ms) break;
            if (c) owner.shut(*c);
            closing.pop_front();
        }
        std::erase_if(closing, [&](ConnectionId id) { return !owner.live(id); });
    }
};

}  // namespace chronik::io::net
