// One way into the host's RoomSession (TCP, the browser's WebSocket): what the host asks of it
// around each poll of their shared io_context, besides the session's Outlet.
#pragma once

#include <cstddef>

#include "io/net/room_session.hpp"
#include "time/time_point.hpp"

namespace chronik::io::net {

// A transport listens from its making on (make_tcp_transport, make_web_transport: they throw
// std::runtime_error naming the address and port when they cannot); `clock` is the host's clock
// at the moment a message is read. The io_context and the session must outlive the transport, and
// the io_context must not run after it is gone.
class HostTransport : public Outlet {
public:
    HostTransport() = default;
    HostTransport(const HostTransport&) = delete;
    HostTransport& operator=(const HostTransport&) = delete;

    virtual unsigned short port() const = 0;
    // Before the io_context runs for one poll (TCP: a fresh budget of connections to accept).
    virtual void begin_poll() {}
    // After it ran: reports connections that broke while sending, cuts the ones that lingered
    // too long, forgets the closed ones.
    virtual void end_poll(TimeMs now) = 0;
    // Connections of the session (a browser's plain HTTP requests are not).
    virtual std::size_t connection_count() const = 0;
    // Whether some connection holds bytes its peer has not taken yet (the host then does not wait).
    virtual bool has_unsent() const = 0;
};

}  // namespace chronik::io::net
