// The classroom protocol over TCP (length-prefixed frames, frame.hpp) for one RoomSession, on a
// Boost.Asio io_context that other transports (a WebSocket one) can share.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

#include "io/net/listen_options.hpp"
#include "io/net/room_session.hpp"
#include "time/time_point.hpp"

namespace boost::asio {
class io_context;
}

namespace chronik::io::net {

struct TcpOptions : ListenOptions {
    std::size_t accept_burst = 128;  // connections accepted per poll before the budgets apply
};

class TcpTransport final : public Outlet {
public:
    // Listens at once; throws std::runtime_error naming the address and port when it cannot.
    // `clock` is the host's clock at the moment a message is read. `io` and `session` must
    // outlive the transport; the io_context must not run after the transport is gone.
    TcpTransport(boost::asio::io_context& io, RoomSession& session, TcpOptions options,
                 std::function<TimeMs()> clock);
    ~TcpTransport() override;
    TcpTransport(const TcpTransport&) = delete;
    TcpTransport& operator=(const TcpTransport&) = delete;

    unsigned short port() const;
    // Before the io_context runs for one poll: a fresh accept budget.
    void begin_poll();
    // After it ran: reports connections that broke while sending, cuts the ones that lingered
    // too long, forgets the closed ones.
    void end_poll(TimeMs now);
    std::size_t connection_count() const;
    bool has_unsent() const;

    void send(ConnectionId id, std::string_view message) override;
    void close(ConnectionId id, Closing how) override;
    std::size_t queued_bytes(ConnectionId id) const override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace chronik::io::net
