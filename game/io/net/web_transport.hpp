// The browser client's transport: HTTP for the web app's files (web_files) and a WebSocket at
// /ws carrying the classroom protocol's JSON messages, one per text message, into the same
// RoomSession as TCP (Boost.Beast on the host's io_context).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

#include "io/net/host_transport.hpp"
#include "io/net/listen_options.hpp"
#include "io/net/room_session.hpp"
#include "io/net/web_files.hpp"
#include "time/time_point.hpp"

namespace boost::asio {
class io_context;
}

namespace chronik::io::net {

// The WebSocket's path; everything else is a file or "not found".
inline constexpr std::string_view kWebSocketPath = "/ws";

struct WebOptions : ListenOptions {
    WebFiles files;
    // Plain HTTP connections (the page and its files, or a WebSocket not yet upgraded): at most
    // this many at once, and per address; over either, the newcomer stays and the oldest (of its
    // own address first) is closed. Each must send a whole request within request_timeout_ms.
    std::size_t max_http = 128;
    std::size_t max_http_per_address = 16;
    std::int64_t request_timeout_ms = 10'000;
    std::size_t max_requests_per_connection = 100;
    std::size_t max_header_bytes = std::size_t{8} * 1024;
    // WebSockets: a peer that answers no ping for this long is gone (a phone's Wi-Fi dropped).
    std::int64_t idle_timeout_ms = 20'000;
};

// The browser client's transport (see HostTransport).
std::unique_ptr<HostTransport> make_web_transport(boost::asio::io_context& io, RoomSession& session,
                                                  WebOptions options,
                                                  std::function<TimeMs()> clock);

}  // namespace chronik::io::net
