#include "io/net/tcp_transport.hpp"

#include <boost/asio.hpp>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "io/net/address_key.hpp"
#include "io/net/frame.hpp"
#include "io/net/transport_bookkeeping.hpp"

#if defined(__linux__)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace chronik::io::net {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

bool would_block(const error_code& ec) {
    return ec == asio::error::would_block || ec == asio::error::try_again;
}

// A vanished laptop (Wi-Fi gone, lid shut) is noticed in about 25 s instead of TCP's minutes, so
// that its seat shows as left and can come back.
void keep_alive(tcp::socket& s) {
    error_code ec;
    s.set_option(asio::socket_base::keep_alive(true), ec);
#if defined(__linux__)
    const int idle = 10, interval = 5, count = 3;
    const auto fd = s.native_handle();
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#endif
}

struct Conn {
    explicit Conn(tcp::socket s) : socket(std::move(s)) {}
    tcp::socket socket;
    FrameDecoder decoder{kMaxClientMessageBytes};
    std::string outbox;
    std::size_t sent = 0;  // bytes of outbox already written
    bool reading = false;  // a wait for input is pending
    bool writing = false;  // a wait for room to write is pending
    bool closing = false;  // sending its last words; input is read and thrown away
    bool dead = false;     // closed; forgotten at the end of the poll
    TimeMs closing_since = 0;
    std::string peer;
    std::size_t queued() const { return outbox.size() - sent; }
    void cut() {
        error_code ec;
        socket.close(ec);
    }
};

class TcpTransport final : public HostTransport {
public:
    TcpTransport(asio::io_context& io_, RoomSession& session_, TcpOptions options_,
                 std::function<TimeMs()> clock_)
        : io(io_),
          session(session_),
          options(std::move(options_)),
          clock(std::move(clock_)),
          acceptor(io_) {
        listen_on(acceptor, options.bind_address, options.port, "listen on");
        error_code ec;
        acceptor.non_blocking(true, ec);
        if (ec)
            throw std::runtime_error("classroom host: cannot listen on " + options.bind_address +
                                     ":" + std::to_string(options.port) + ": " + ec.message());
    }

    ~TcpTransport() override {
        error_code ec;
        acceptor.close(ec);
        conns.shut_all();
    }

    unsigned short port() const override {
        error_code ec;
        return acceptor.local_endpoint(ec).port();
    }

    void begin_poll() override {
        accept_left = options.accept_burst;
        arm_accept();
    }

    void end_poll(TimeMs now) override { conns.end_poll(now, options, session); }
    std::size_t connection_count() const override { return conns.size(); }
    bool has_unsent() const override { return conns.has_unsent(); }

    void send(ConnectionId id, std::string_view message) override {
        auto* c = live(id);
        if (!c || c->closing) return;
        try {
            c->outbox += encode_frame(message, kMaxHostMessageBytes);
        } catch (const std::length_error& e) {
            log_error(std::string("classroom host: a message for ") + c->peer +
                      " was not sent: " + e.what());
            return;
        }
        if (!c->writing) write_ready(id);
    }

    void close(ConnectionId id, Closing how) override {
        conns.close(id, how, options, clock, [&](Conn& c) {
            if (c.queued() == 0) finish_closing(c, id);
        });
    }

    std::size_t queued_bytes(ConnectionId id) const override { return conns.queued_bytes(id); }

private:
    asio::io_context& io;
    RoomSession& session;
    TcpOptions options;
    std::function<TimeMs()> clock;
    tcp::acceptor acceptor;
    bool accept_armed = false;
    std::size_t accept_left = 0;
    ConnectionTable<std::unique_ptr<Conn>> conns;
    TimeMs accept_problem_logged = -1'000'000;

    Conn* live(ConnectionId id) const { return conns.live(id); }

    // ------------------------------------------------------------ accepting
    void arm_accept() {
        if (accept_armed || accept_left == 0) return;
        accept_armed = true;
        acceptor.async_wait(tcp::acceptor::wait_read, [this](const error_code& ec) {
            accept_armed = false;
            if (!ec) accept_ready();
        });
    }

    void accept_ready() {
        while (accept_left > 0) {
            error_code ec;
            tcp::socket s(io);
            acceptor.accept(s, ec);
            if (would_block(ec)) break;
            if (out_of_descriptors(ec)) {
                // Out of open files despite the budgets: wait for the next poll, say so now and
                // then (the kernel keeps the newcomers in its queue meanwhile).
                const TimeMs now = clock();
                if (now - accept_problem_logged >= 10'000) {
                    log_error("classroom host: cannot accept connections: " + ec.message());
                    accept_problem_logged = now;
                }
                accept_left = 0;
                return;
            }
            if (ec) continue;  // the peer gave up while waiting in the queue
            --accept_left;
            admit(std::move(s));
        }
        arm_accept();
    }

    void admit(tcp::socket s) {
        error_code ec;
        const auto remote = s.remote_endpoint(ec);
        if (ec) return;  // already gone
        s.non_blocking(true, ec);
        s.set_option(tcp::no_delay(true), ec);
        keep_alive(s);
        auto conn = std::make_unique<Conn>(std::move(s));
        conn->peer = peer_name(remote);
        const auto id = session.opened(*this, address_key(remote.address()), conn->peer, clock());
        conns.add(id, std::move(conn));
        read_ready(id);  // a hello may be waiting already: heard before any budget is applied
    }

    // ------------------------------------------------------------ reading
    void arm_read(ConnectionId id) {
        auto* c = live(id);
        if (!c || c->reading) return;
        c->reading = true;
        c->socket.async_wait(tcp::socket::wait_read, [this, id](const error_code& ec) {
            auto* c = live(id);
            if (!c) return;
            c->reading = false;
            if (!ec) read_ready(id);
        });
    }

    void read_ready(ConnectionId id) {
        // A bounded number of reads per turn keeps one flooding client from starving the others.
        for (int round = 0; round < 16; ++round) {
            auto* c = live(id);
            if (!c) return;
            char buffer[4096];
            error_code ec;
            const auto got = c->socket.read_some(asio::buffer(buffer), ec);
            if (would_block(ec)) break;
            if (ec) {  // end of stream or an error
                conns.ended(*c, id, session);
                return;
            }
            if (c->closing) continue;  // last words are being sent: input is thrown away
            c->decoder.feed(std::string_view(buffer, got));
            while (auto payload = c->decoder.next()) {
                session.received(id, *payload, clock());
                c = live(id);
                if (!c || c->closing) break;
            }
            c = live(id);
            if (c && !c->closing && c->decoder.failed()) {
                session.oversized(id, c->decoder.refused_length());
                if ((c = live(id))) conns.shut(*c);
                return;
            }
        }
        arm_read(id);
    }

    // ------------------------------------------------------------ writing
    void arm_write(ConnectionId id) {
        auto* c = live(id);
        if (!c || c->writing) return;
        c->writing = true;
        c->socket.async_wait(tcp::socket::wait_write, [this, id](const error_code& ec) {
            auto* c = live(id);
            if (!c) return;
            c->writing = false;
            if (!ec) write_ready(id);
        });
    }

    void write_ready(ConnectionId id) {
        auto* c = live(id);
        if (!c) return;
        while (c->queued() > 0) {
            error_code ec;
            const auto n =
                c->socket.write_some(asio::buffer(c->outbox.data() + c->sent, c->queued()), ec);
            if (would_block(ec)) {
                arm_write(id);
                return;
            }
            if (ec) {
                conns.broke(*c, id);
                return;
            }
            c->sent += n;
        }
        c->outbox.clear();
        c->sent = 0;
        if (c->closing) finish_closing(*c, id);
    }

    // Everything is said: no more sending; input is drained until the peer closes or the linger
    // time is over (closing with unread input would reset the connection and could lose the
    // last words on the way).
    void finish_closing(Conn& c, ConnectionId id) {
        error_code ec;
        c.socket.shutdown(tcp::socket::shutdown_send, ec);
        if (ec) {
            conns.shut(c);
            return;
        }
        arm_read(id);
    }
};

}  // namespace

std::unique_ptr<HostTransport> make_tcp_transport(asio::io_context& io, RoomSession& session,
                                                  TcpOptions options,
                                                  std::function<TimeMs()> clock) {
    return std::make_unique<TcpTransport>(io, session, std::move(options), std::move(clock));
}

}  // namespace chronik::io::net
