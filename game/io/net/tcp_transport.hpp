// The classroom protocol over TCP (length-prefixed frames, frame.hpp) for one RoomSession, on a
// Boost.Asio io_context that other transports (the WebSocket one) share.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

#include "io/net/host_transport.hpp"
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

// The TCP transport (see HostTransport).
std::unique_ptr<HostTransport> make_tcp_transport(boost::asio::io_context& io, RoomSession& session,
                                                  TcpOptions options,
                                                  std::function<TimeMs()> clock);

}  // namespace chronik::io::net
