#include "io/net/web_transport.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "io/net/address_key.hpp"
#include "io/net/frame.hpp"
#include "io/net/transport_bookkeeping.hpp"

namespace chronik::io::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using boost::system::error_code;

std::string target_path(std::string_view target) {
    return std::string(target.substr(0, target.find_first_of("?#")));
}

// A page of another site may not open a seat for itself in the student's browser: a WebSocket
// whose Origin names another host than the one it asks is refused (tools send no Origin).
bool same_origin(const http::request<http::empty_body>& req) {
    const auto origin = req[http::field::origin];
    if (origin.empty()) return true;
    const auto host = req[http::field::host];
    return !host.empty() &&
           (origin == "http://" + std::string(host) || origin == "https://" + std::string(host));
}

// One accepted connection: plain HTTP first, a WebSocket after an upgrade at /ws.
struct Conn : std::enable_shared_from_this<Conn> {
    explicit Conn(tcp::socket s) : http_stream(std::move(s)) {}
    std::optional<beast::tcp_stream> http_stream;
    std::optional<websocket::stream<beast::tcp_stream>> ws;
    beast::flat_buffer buffer;
    std::optional<http::request_parser<http::empty_body>> parser;
    http::request<http::empty_body> upgrade;  // kept until the handshake is done
    http::response<http::string_body> response;
    std::uint64_t serial = 0;  // in the HTTP budget while not a WebSocket
    bool in_http_budget = false;
    std::string address, peer;
    std::size_t requests = 0;
    // As a WebSocket:
    ConnectionId id = 0;
    std::deque<std::string> outbox;
    std::size_t unsent = 0;  // bytes in the outbox
    bool writing = false;
    bool closing = false;
    bool dead = false;
    TimeMs closing_since = 0;

    std::size_t queued() const { return unsent; }
    void cut() {
        error_code ec;
        if (ws)
            beast::get_lowest_layer(*ws).socket().close(ec);
        else if (http_stream)
            http_stream->socket().close(ec);
    }
};
using ConnPtr = std::shared_ptr<Conn>;

class WebTransport final : public HostTransport {
public:
    WebTransport(asio::io_context& io_, RoomSession& session_, WebOptions options_,
                 std::function<TimeMs()> clock_)
        : session(session_),
          options(std::move(options_)),
          clock(std::move(clock_)),
          acceptor(io_),
          retry(io_) {
        listen_on(acceptor, options.bind_address, options.port, "serve the web app on");
        arm_accept();
    }

    ~WebTransport() override {
        error_code ec;
        acceptor.close(ec);
        try {
            retry.cancel();
        } catch (const boost::system::system_error&) {
            // Only when the reactor itself failed: the timer goes with the transport anyway.
        }
        for (auto& [serial, c] : http_conns) {
            c->dead = true;
            c->cut();
        }
        sockets.shut_all();
    }

    unsigned short port() const override {
        error_code ec;
        return acceptor.local_endpoint(ec).port();
    }

    void end_poll(TimeMs now) override { sockets.end_poll(now, options, session); }
    // Open WebSockets (plain HTTP connections are not in the session).
    std::size_t connection_count() const override { return sockets.size(); }
    bool has_unsent() const override { return sockets.has_unsent(); }

    void send(ConnectionId id, std::string_view message) override {
        auto* c = sockets.live(id);
        if (!c || c->closing) return;
        if (message.size() > kMaxHostMessageBytes) {
            log_error("classroom host (web): a message of " + std::to_string(message.size()) +
                      " bytes for " + c->peer + " was not sent (limit " +
                      std::to_string(kMaxHostMessageBytes) + ")");
            return;
        }
        c->outbox.emplace_back(message);
        c->unsent += message.size();
        write_next(c->shared_from_this());
    }

    void close(ConnectionId id, Closing how) override {
        sockets.close(id, how, options, clock, [&](Conn& c) {
            if (!c.writing) write_next(c.shared_from_this());
        });
    }

    std::size_t queued_bytes(ConnectionId id) const override { return sockets.queued_bytes(id); }

private:
    RoomSession& session;
    WebOptions options;
    std::function<TimeMs()> clock;
    tcp::acceptor acceptor;
    asio::steady_timer retry;  // after the process ran out of open files
    // Plain HTTP connections, oldest first, and how many each address holds.
    std::map<std::uint64_t, ConnPtr> http_conns;
    std::map<std::string, std::size_t> http_by_address;
    std::uint64_t next_serial = 1;
    ConnectionTable<ConnPtr> sockets;  // WebSockets in the session
    TimeMs accept_problem_logged = -1'000'000;

    // ------------------------------------------------------------ HTTP budget
    void leave_http_budget(Conn& c) {
        if (!c.in_http_budget) return;
        c.in_http_budget = false;
        http_conns.erase(c.serial);
        if (auto it = http_by_address.find(c.address); it != http_by_address.end()) {
            if (--it->second == 0) http_by_address.erase(it);
        }
    }

    void drop_http(const ConnPtr& c) {
        c->dead = true;
        c->cut();
        leave_http_budget(*c);
    }

    // ------------------------------------------------------------ accepting
    void arm_accept() {
        acceptor.async_accept([this](const error_code& ec, tcp::socket s) {
            if (ec == asio::error::operation_aborted) return;
            if (out_of_descriptors(ec)) {
                const TimeMs now = clock();
                if (now - accept_problem_logged >= 10'000) {
                    log_error("classroom host (web): cannot accept connections: " + ec.message());
                    accept_problem_logged = now;
                }
                retry.expires_after(std::chrono::milliseconds(100));
                retry.async_wait([this](const error_code& e) {
                    if (!e) arm_accept();
                });
                return;
            }
            if (!ec) admit(std::move(s));
            arm_accept();
        });
    }

    void admit(tcp::socket s) {
        error_code ec;
        const auto remote = s.remote_endpoint(ec);
        if (ec) return;
        s.set_option(tcp::no_delay(true), ec);
        auto c = std::make_shared<Conn>(std::move(s));
        c->address = address_key(remote.address());
        c->peer = peer_name(remote);
        // Over a budget the newcomer stays (a page loads in milliseconds) and the oldest goes:
        // first the oldest of its own address, so a flood from one computer evicts its own
        // connections.
        if (http_by_address[c->address] >= options.max_http_per_address) {
            for (const auto& [serial, other] : http_conns) {
                if (other->address == c->address) {
                    drop_http(ConnPtr(other));
                    break;
                }
            }
        }
        if (http_conns.size() >= options.max_http) {
            auto oldest = http_conns.begin()->second;
            drop_http(oldest);
        }
        ++http_by_address[c->address];
        c->serial = next_serial++;
        c->in_http_budget = true;
        http_conns.emplace(c->serial, c);
        read_request(c);
    }

    // ------------------------------------------------------------ HTTP
    void read_request(const ConnPtr& c) {
        c->parser.emplace();
        c->parser->header_limit(static_cast<std::uint32_t>(options.max_header_bytes));
        c->parser->body_limit(0);
        c->http_stream->expires_after(std::chrono::milliseconds(options.request_timeout_ms));
        http::async_read(*c->http_stream, c->buffer, *c->parser,
                         [this, c](const error_code& ec, std::size_t) { on_request(c, ec); });
    }

    void on_request(const ConnPtr& c, const error_code& ec) {
        if (c->dead) return;
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
            ec == asio::error::eof) {
            drop_http(c);
            return;
        }
        if (ec) {
            const bool too_large =
                ec == http::error::header_limit || ec == http::error::buffer_overflow;
            respond(c,
                    too_large ? http::status::request_header_fields_too_large
                              : http::status::bad_request,
                    "text/plain; charset=utf-8",
                    too_large ? "Request too large\n" : "Bad request\n", false);
            return;
        }
        ++c->requests;
        auto& req = c->parser->get();
        if (websocket::is_upgrade(req)) {
            if (target_path(req.target()) != kWebSocketPath) {
                respond(c, http::status::not_found, "text/plain; charset=utf-8", "Not found\n",
                        false);
            } else if (!same_origin(req)) {
                log_warn("classroom host (web): refused a WebSocket from " + c->peer +
                         " opened by another site (" + std::string(req[http::field::origin]) + ")");
                respond(c, http::status::forbidden, "text/plain; charset=utf-8", "Forbidden\n",
                        false);
            } else {
                c->upgrade = c->parser->release();
                start_websocket(c);
            }
            return;
        }
        serve(c, req);
    }

    void serve(const ConnPtr& c, const http::request<http::empty_body>& req) {
        const bool keep = req.keep_alive() && c->requests < options.max_requests_per_connection;
        if (req.method() != http::verb::get && req.method() != http::verb::head) {
            respond(c, http::status::method_not_allowed, "text/plain; charset=utf-8",
                    "Method not allowed\n", keep);
            return;
        }
        const auto target = parse_web_target(req.target());
        if (target.status != WebTarget::Status::File) {
            respond(c, http::status::bad_request, "text/plain; charset=utf-8", "Bad request\n",
                    keep);
            return;
        }
        const auto* file = options.files.find(target.key);
        if (!file) {
            respond(c, http::status::not_found, "text/plain; charset=utf-8", "Not found\n", keep);
            return;
        }
        respond(c, http::status::ok, file->content_type, file->body, keep,
                req.method() == http::verb::head);
    }

    void respond(const ConnPtr& c, http::status status, const std::string& type,
                 const std::string& body, bool keep, bool head = false) {
        auto& res = c->response;
        res = {};
        res.version(11);
        res.result(status);
        res.set(http::field::server, "Chronik");
        res.set(http::field::content_type, type);
        res.set(http::field::cache_control, "no-cache");
        res.set("X-Content-Type-Options", "nosniff");
        res.set("Referrer-Policy", "no-referrer");
        // Nothing from anywhere else: no CDN, no fonts, no frames; the WebSocket is this host's.
        res.set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; connect-src 'self'; "
                "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        if (status == http::status::method_not_allowed) res.set(http::field::allow, "GET, HEAD");
        res.keep_alive(keep);
        if (head) {
            res.content_length(body.size());
        } else {
            res.body() = body;
            res.prepare_payload();
        }
        c->http_stream->expires_after(std::chrono::milliseconds(options.request_timeout_ms));
        http::async_write(*c->http_stream, res, [this, c, keep](const error_code& ec, std::size_t) {
            if (c->dead) return;
            if (ec || !keep) {
                error_code ignored;
                c->http_stream->socket().shutdown(tcp::socket::shutdown_send, ignored);
                drop_http(c);
                return;
            }
            read_request(c);
        });
    }

    // ------------------------------------------------------------ WebSocket
    void start_websocket(const ConnPtr& c) {
        c->http_stream->expires_never();
        c->ws.emplace(std::move(*c->http_stream));
        c->http_stream.reset();
        auto& ws = *c->ws;
        websocket::stream_base::timeout t;
        t.handshake_timeout = std::chrono::seconds(5);
        t.idle_timeout = std::chrono::milliseconds(options.idle_timeout_ms);
        t.keep_alive_pings = true;
        ws.set_option(t);
        ws.set_option(websocket::stream_base::decorator(
            [](websocket::response_type& res) { res.set(http::field::server, "Chronik"); }));
        // A message above the protocol's limit fails the read (message_too_big): cut, like TCP.
        ws.read_message_max(kMaxClientMessageBytes);
        ws.auto_fragment(false);
        ws.async_accept(c->upgrade, [this, c](const error_code& ec) {
            if (c->dead) return;
            leave_http_budget(*c);
            if (ec) {
                c->dead = true;
                c->cut();
                return;
            }
            c->upgrade = {};
            c->id = session.opened(*this, c->address, c->peer + " (web)", clock());
            sockets.add(c->id, c);
            read_message(c);
        });
    }

    void read_message(const ConnPtr& c) {
        c->ws->async_read(c->buffer, [this, c](const error_code& ec, std::size_t) {
            if (c->dead) return;
            const auto id = c->id;
            if (ec) {
                if (ec == websocket::error::message_too_big && !c->closing) {
                    session.oversized(id, kMaxClientMessageBytes + 1);
                    if (!c->dead) sockets.shut(*c);
                    return;
                }
                sockets.ended(*c, id, session);
                return;
            }
            if (!c->closing) {
                if (c->ws->got_text()) {
                    const auto data = c->buffer.cdata();
                    session.received(
                        id, std::string_view(static_cast<const char*>(data.data()), data.size()),
                        clock());
                } else {
                    session.unreadable(id, "a binary WebSocket message");
                }
            }
            c->buffer.consume(c->buffer.size());
            if (!c->dead) read_message(c);
        });
    }

    void write_next(const ConnPtr& c) {
        if (c->dead || c->writing) return;
        if (c->outbox.empty()) {
            if (c->closing) finish_closing(c);
            return;
        }
        c->writing = true;
        c->ws->text(true);
        c->ws->async_write(asio::buffer(c->outbox.front()),
                           [this, c](const error_code& ec, std::size_t) {
                               c->writing = false;
                               if (c->dead) return;
                               if (ec) {
                                   sockets.broke(*c, c->id);
                                   return;
                               }
                               c->unsent -= c->outbox.front().size();
                               c->outbox.pop_front();
                               write_next(c);
                           });
    }

    // Everything is said: the closing handshake, bounded by the linger time.
    void finish_closing(const ConnPtr& c) {
        c->ws->async_close(websocket::close_code::normal, [this, c](const error_code&) {
            if (!c->dead) sockets.shut(*c);
        });
    }
};

}  // namespace

std::unique_ptr<HostTransport> make_web_transport(asio::io_context& io, RoomSession& session,
                                                  WebOptions options,
                                                  std::function<TimeMs()> clock) {
    return std::make_unique<WebTransport>(io, session, std::move(options), std::move(clock));
}

}  // namespace chronik::io::net
