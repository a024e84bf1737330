#include "io/net/client.hpp"

#include <SFML/Network.hpp>
#include <charconv>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "io/net/frame.hpp"

namespace chronik::io::net {

struct ClassroomClient::Impl {
    sf::TcpSocket socket;
    sf::SocketSelector selector;
    FrameDecoder decoder{kMaxHostMessageBytes};
    std::uint64_t seq = 0;
    bool connected = true;
    std::size_t dropped = 0;
};

ClassroomClient::ClassroomClient(const std::string& host, unsigned short port,
                                 std::int64_t timeout_ms)
    : impl_(std::make_unique<Impl>()) {
    const sf::IpAddress address(host);
    if (address == sf::IpAddress::None ||
        impl_->socket.connect(address, port,
                              sf::milliseconds(static_cast<sf::Int32>(timeout_ms))) !=
            sf::Socket::Done) {
        throw std::runtime_error("classroom client: cannot connect to " + host + ":" +
                                 std::to_string(port));
    }
    impl_->selector.add(impl_->socket);
}

ClassroomClient::~ClassroomClient() {
    impl_->socket.disconnect();
}

std::string ClassroomClient::send(ClientMessage message) {
    message.seq = ++impl_->seq;
    const auto frame = encode_frame(encode(message), kMaxClientMessageBytes);
    send_raw(frame);
    return frame;
}

void ClassroomClient::send_raw(std::string_view bytes) {
    if (!impl_->connected) throw std::runtime_error("classroom client: not connected");
    // Blocking send: the messages are small and the host reads them at once.
    if (impl_->socket.send(bytes.data(), bytes.size()) != sf::Socket::Done) {
        impl_->connected = false;
        throw std::runtime_error("classroom client: the connection to the host is gone");
    }
}

std::vector<HostMessage> ClassroomClient::poll(int wait_ms) {
    std::vector<HostMessage> out;
    if (!impl_->connected) return out;
    // SFML's selector waits forever for a zero timeout; "do not wait" is the shortest wait.
    const sf::Time wait = wait_ms > 0 ? sf::milliseconds(wait_ms) : sf::microseconds(1);
    if (!impl_->selector.wait(wait)) return out;
    char buffer[8192];
    std::size_t got = 0;
    impl_->socket.setBlocking(false);
    const auto status = impl_->socket.receive(buffer, sizeof buffer, got);
    impl_->socket.setBlocking(true);
    if (status == sf::Socket::Disconnected || status == sf::Socket::Error) {
        impl_->connected = false;
    }
    if (got > 0) impl_->decoder.feed(std::string_view(buffer, got));
    while (auto payload = impl_->decoder.next()) {
        auto parsed = parse_host_message(*payload);
        if (auto* m = std::get_if<HostMessage>(&parsed)) {
            out.push_back(std::move(*m));
        } else {
            ++impl_->dropped;
            log_warn("classroom client: dropped a message from the host: " +
                     std::get<ParseError>(parsed).reason);
        }
    }
    if (impl_->decoder.failed()) {
        log_warn("classroom client: the host sent an oversized frame; disconnecting");
        impl_->connected = false;
    }
    return out;
}

bool ClassroomClient::connected() const {
    return impl_->connected;
}
std::size_t ClassroomClient::dropped() const {
    return impl_->dropped;
}

HostAddress parse_host_address(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0) {
        throw std::invalid_argument("expected HOST:PORT, got \"" + std::string(text) + "\"");
    }
    HostAddress a;
    a.host = std::string(text.substr(0, colon));
    const auto port_text = text.substr(colon + 1);
    unsigned value = 0;
    const auto [end, ec] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), value);
    if (ec != std::errc{} || end != port_text.data() + port_text.size() || value == 0 ||
        value > 65535) {
        throw std::invalid_argument("bad port in \"" + std::string(text) + "\"");
    }
    a.port = static_cast<unsigned short>(value);
    return a;
}

}  // namespace chronik::io::net
