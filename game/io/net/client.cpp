#include "io/net/client.hpp"

#include <boost/asio.hpp>
#include <charconv>
#include <chrono>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "io/net/frame.hpp"

#if defined(__unix__) || defined(__APPLE__)
#include <poll.h>
#endif

namespace chronik::io::net {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

struct ClassroomClient::Impl {
    asio::io_context io{1};
    tcp::socket socket{io};
    FrameDecoder decoder{kMaxHostMessageBytes};
    std::uint64_t seq = 0;
    bool connected = true;
    std::size_t dropped = 0;

    // Whether the socket has input (or its end) within wait_ms. poll(2), not select(2): a test
    // process may hold thousands of descriptors.
    bool readable(int wait_ms) {
#if defined(__unix__) || defined(__APPLE__)
        pollfd p{socket.native_handle(), POLLIN, 0};
        return ::poll(&p, 1, wait_ms) > 0;
#else
        (void)wait_ms;
        error_code ec;
        return socket.available(ec) > 0;
#endif
    }
};

ClassroomClient::ClassroomClient(const std::string& host, unsigned short port,
                                 std::int64_t timeout_ms)
    : impl_(std::make_unique<Impl>()) {
    auto& s = *impl_;
    const auto where = host + ":" + std::to_string(port);
    error_code ec;
    tcp::resolver resolver(s.io);
    const auto endpoints = resolver.resolve(host, std::to_string(port), ec);
    if (ec)
        throw std::runtime_error("classroom client: cannot connect to " + where + ": " +
                                 ec.message());
    error_code connect_ec = asio::error::timed_out;
    bool done = false;
    asio::async_connect(s.socket, endpoints, [&](const error_code& e, const tcp::endpoint&) {
        connect_ec = e;
        done = true;
    });
    s.io.run_for(std::chrono::milliseconds(timeout_ms));
    if (!done) {
        s.socket.close(ec);
        s.io.restart();
        s.io.run();  // lets the cancelled connect finish before its state goes away
    }
    if (connect_ec)
        throw std::runtime_error("classroom client: cannot connect to " + where + ": " +
                                 connect_ec.message());
    s.socket.set_option(tcp::no_delay(true), ec);
}

ClassroomClient::~ClassroomClient() {
    error_code ec;
    impl_->socket.shutdown(tcp::socket::shutdown_both, ec);
    impl_->socket.close(ec);
}

std::string ClassroomClient::send(ClientMessage message) {
    message.seq = ++impl_->seq;
    auto frame = encode_frame(encode(message), kMaxClientMessageBytes);
    send_raw(frame);
    return frame;
}

void ClassroomClient::send_raw(std::string_view bytes) {
    if (!impl_->connected) throw std::runtime_error("classroom client: not connected");
    // Blocking send: the messages are small and the host reads them at once.
    error_code ec;
    asio::write(impl_->socket, asio::buffer(bytes.data(), bytes.size()), ec);
    if (ec) {
        impl_->connected = false;
        throw std::runtime_error("classroom client: the connection to the host is gone");
    }
}

std::vector<HostMessage> ClassroomClient::poll(int wait_ms) {
    std::vector<HostMessage> out;
    auto& s = *impl_;
    if (!s.connected) return out;
    // Everything that has arrived, waiting up to wait_ms for the first bytes.
    for (int wait = std::max(wait_ms, 0); s.readable(wait); wait = 0) {
        char buffer[8192];
        error_code ec;
        const auto got = s.socket.read_some(asio::buffer(buffer), ec);
        if (ec) {  // the end of the stream, or an error
            s.connected = false;
            break;
        }
        s.decoder.feed(std::string_view(buffer, got));
        while (auto payload = s.decoder.next()) {
            auto parsed = parse_host_message(*payload);
            if (auto* m = std::get_if<HostMessage>(&parsed)) {
                out.push_back(std::move(*m));
            } else {
                ++s.dropped;
                log_warn("classroom client: dropped a message from the host: " +
                         std::get<ParseError>(parsed).reason);
            }
        }
        if (s.decoder.failed()) {
            log_warn("classroom client: the host sent an oversized frame; disconnecting");
            s.connected = false;
            break;
        }
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
