// The student's side of a network classroom game: a TCP connection that speaks the protocol.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/net/protocol.hpp"

namespace chronik::io::net {

class ClassroomClient {
public:
    // Connects within timeout_ms; throws std::runtime_error naming the address.
    ClassroomClient(const std::string& host, unsigned short port, std::int64_t timeout_ms);
    ~ClassroomClient();
    ClassroomClient(const ClassroomClient&) = delete;
    ClassroomClient& operator=(const ClassroomClient&) = delete;

    // Numbers the message (seq), sends it and returns the frame's bytes (a
    // test can send them again as a replay). Throws std::runtime_error when
    // the connection is gone.
    std::string send(ClientMessage message);
    // Sends bytes as they are (for tests of bad input).
    void send_raw(std::string_view bytes);

    // Waits up to wait_ms for messages and returns those complete; malformed
    // ones are dropped and logged.
    std::vector<HostMessage> poll(int wait_ms);
    bool connected() const;
    std::size_t dropped() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// "HOST:PORT" split; throws std::invalid_argument naming the text.
struct HostAddress {
    std::string host;
    unsigned short port = 0;
};
HostAddress parse_host_address(std::string_view text);

}  // namespace chronik::io::net
