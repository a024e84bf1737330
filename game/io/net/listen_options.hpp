// Where a host's transport (TCP, WebSocket) listens, and how long its connections may take to
// say their last words: what TcpOptions and WebOptions share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace chronik::io::net {

// What both transports' options hold: where to listen, and how connections close after their
// last words (a refusal, "removed"): at most max_closing linger at once, none longer than
// linger_ms; beyond, they are cut.
struct ListenOptions {
    unsigned short port = 0;  // 0: an ephemeral port (see the transport's port())
    std::string bind_address = "0.0.0.0";
    std::size_t max_closing = 64;
    std::int64_t linger_ms = 2'000;
};

}  // namespace chronik::io::net
