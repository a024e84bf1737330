// The browser client's transport on 127.0.0.1, on a test clock: the web app's files and nothing
// else (no traversal, no hidden files, no unknown types, bounded requests); WebSocket students
// and TCP students in one game, with the same authority rules and the same handling of bad input
// (garbage, binary, oversized, before hello, replays); a seat comes back with its token.
#include <doctest/doctest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "io/net/client.hpp"
#include "io/net/host.hpp"
#include "io/net/web_files.hpp"

using namespace chronik;
using namespace chronik::io::net;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

std::vector<classroom::ClassroomQuestion> questions(std::size_t n) {
    std::vector<classroom::ClassroomQuestion> qs;
    for (std::size_t i = 0; i < n; ++i)
        qs.push_back({"q" + std::to_string(i),
                      "Frage " + std::to_string(i),
                      {"A", "B", "C", "D"},
                      (i + 1) % 4,
                      "x"});
    return qs;
}

struct WebRoot {
    fs::path dir;
    WebRoot() {
        dir = fs::temp_directory_path() /
              ("chronik-web-" + std::to_string(::getpid()) + "-" +
               std::to_string(reinterpret_cast<std::uintptr_t>(this) % 100000));
        fs::remove_all(dir);
        fs::create_directories(dir / "img");
        write("index.html", "<!doctype html><title>Chronik</title>");
        write("app.js", "console.log('hi');");
        write("img/logo.svg", "<svg/>");
        write("README.md", "not served");
        write(".secret.js", "hidden");
        fs::create_symlink("/etc/hostname", dir / "link.txt");
    }
    ~WebRoot() { fs::remove_all(dir); }
    void write(const std::string& name, const std::string& text) {
        std::ofstream(dir / name) << text;
    }
};

struct Fixture {
    TimeMs now = 1'000'000;
    WebRoot root;
    std::unique_ptr<ClassroomHost> host;

    explicit Fixture(std::size_t n = 3) {
        classroom::ClassroomSettings settings;
        settings.scoring.time_limit_ms = 5'000;
        settings.reading_ms = 100;
        settings.reveal_ms = 1'000;
        settings.leaderboard_ms = 1'000;
        HostOptions o;
        o.tcp.bind_address = "127.0.0.1";
        o.room.room_code = "K7QX3M";
        o.room.strangers.hello_deadline_ms = 2'000;
        WebOptions web;
        web.bind_address = "127.0.0.1";
        web.files = WebFiles::load(root.dir);
        web.request_timeout_ms = 1'500;  // real time: Beast's timers
        o.web = std::move(web);
        host = std::make_unique<ClassroomHost>(o, classroom::ClassroomGame(questions(n), settings));
    }
    unsigned short web_port() const { return *host->web_port(); }
    void poll() { host->poll(now, 0); }
    void advance(TimeMs ms) {
        for (TimeMs done = 0; done < ms; done += 10) {
            now += std::min<TimeMs>(10, ms - done);
            poll();
        }
    }
};

// Sends raw bytes to the web port and reads until the host closes (or `enough` bytes came),
// polling the host meanwhile.
std::string raw_http(Fixture& f, const std::string& request, std::size_t enough = SIZE_MAX) {
    asio::io_context io;
    asio::ip::tcp::socket s(io);
    s.connect({asio::ip::make_address("127.0.0.1"), f.web_port()});
    asio::write(s, asio::buffer(request));
    s.non_blocking(true);
    std::string got;
    const TimeMs guard = steady_now_ms() + 10'000;
    while (steady_now_ms() < guard && got.size() < enough) {
        f.poll();
        char buffer[4096];
        boost::system::error_code ec;
        const auto n = s.read_some(asio::buffer(buffer), ec);
        if (ec == asio::error::would_block) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        if (ec) break;
        got.append(buffer, n);
    }
    return got;
}

std::string get(Fixture& f, const std::string& target, const std::string& extra = "") {
    return raw_http(f, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra +
                           "Connection: close\r\n\r\n");
}

std::string status_line(const std::string& response) {
    return response.substr(0, response.find("\r\n"));
}

// A browser's WebSocket, pumped together with the host.
struct WsStudent {
    Fixture& f;
    asio::io_context io;
    websocket::stream<beast::tcp_stream> ws{io};
    beast::flat_buffer buffer;
    std::deque<Json> inbox;
    bool reading = false;
    bool closed = false;
    std::uint64_t seq = 0;

    explicit WsStudent(Fixture& fixture, const std::string& origin = "") : f(fixture) {
        beast::get_lowest_layer(ws).connect(
            asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), f.web_port()));
        if (!origin.empty()) {
            ws.set_option(websocket::stream_base::decorator(
                [origin](websocket::request_type& r) { r.set("Origin", origin); }));
        }
        bool done = false;
        boost::system::error_code result;
        const auto host = "127.0.0.1:" + std::to_string(f.web_port());
        ws.async_handshake(host, "/ws", [&](const boost::system::error_code& ec) {
            done = true;
            result = ec;
        });
        pump([&] { return done; });
        if (result) throw std::runtime_error("handshake: " + result.message());
        arm();
    }
    void arm() {
        if (reading || closed) return;
        reading = true;
        ws.async_read(buffer, [this](const boost::system::error_code& ec, std::size_t) {
            reading = false;
            if (ec) {
                closed = true;
                return;
            }
            inbox.push_back(Json::parse(beast::buffers_to_string(buffer.data())));
            buffer.consume(buffer.size());
            arm();
        });
    }
    void pump(const std::function<bool()>& done) {
        const TimeMs guard = steady_now_ms() + 10'000;
        while (steady_now_ms() < guard && !done()) {
            f.poll();
            io.poll();
            io.restart();
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }
    void send_text(const std::string& text) {
        ws.text(true);
        ws.write(asio::buffer(text));
    }
    void send(Json m) {
        m["v"] = 1;
        m["seq"] = ++seq;
        send_text(m.dump());
    }
    // Waits for a message of type t; earlier ones are dropped from the inbox.
    Json until(const std::string& t) {
        std::optional<Json> found;
        pump([&] {
            while (!inbox.empty() && !found) {
                if (inbox.front()["t"] == t) found = inbox.front();
                inbox.pop_front();
            }
            return found.has_value() || closed;
        });
        REQUIRE_MESSAGE(found.has_value(), "no " << t);
        return *found;
    }
    // Everything that arrived within ms of host polling (the host clock stands still).
    std::vector<Json> settle(int ms = 100) {
        const TimeMs end = steady_now_ms() + ms;
        pump([&] { return steady_now_ms() >= end; });
        std::vector<Json> out(inbox.begin(), inbox.end());
        inbox.clear();
        return out;
    }
};

}  // namespace

TEST_CASE("web target: only plain names under the web folder, the query ignored") {
    CHECK(parse_web_target("/").key == "index.html");
    CHECK(parse_web_target("/?code=K7QX3M").key == "index.html");
    CHECK(parse_web_target("/app.js#x").key == "app.js");
    CHECK(parse_web_target("/img/").key == "img/index.html");
    for (const auto* bad : {"", "app.js", "/../etc/passwd", "/img/../app.js", "/%2e%2e/x",
                            "/.secret", "/img//x.js", "/a b.js", "/a\\b.js", "//etc/passwd"}) {
        CHECK_MESSAGE(parse_web_target(bad).status == WebTarget::Status::BadRequest, bad);
    }
    CHECK(parse_web_target("/" + std::string(300, 'a') + ".js").status ==
          WebTarget::Status::BadRequest);
    CHECK(web_content_type("x.html") == "text/html; charset=utf-8");
    CHECK(web_content_type("x.js") == "text/javascript; charset=utf-8");
    CHECK(web_content_type("x.md").empty());
    CHECK(web_content_type("x").empty());
}

TEST_CASE("web files: regular files of served types only, a missing folder is a warning") {
    WebRoot root;
    const auto files = WebFiles::load(root.dir);
    CHECK(files.find("index.html"));
    CHECK(files.find("app.js"));
    CHECK(files.find("img/logo.svg"));
    CHECK_FALSE(files.find("README.md"));
    CHECK_FALSE(files.find(".secret.js"));
    CHECK_FALSE(files.find("link.txt"));
    CHECK(files.size() == 3);
    const auto none = WebFiles::load(root.dir / "nowhere");
    CHECK(none.size() == 0);
    REQUIRE_FALSE(none.warnings().empty());
    CHECK(none.warnings().front().find("nowhere") != std::string::npos);
    WebFileLimits small;
    small.max_file_bytes = 10;
    const auto limited = WebFiles::load(root.dir, small);
    CHECK_FALSE(limited.find("index.html"));  // 37 bytes
    CHECK(limited.find("img/logo.svg"));
}

TEST_CASE("web transport: the app's files with their types, and nothing else") {
    Fixture f;
    auto r = get(f, "/?code=K7QX3M");
    CHECK(status_line(r) == "HTTP/1.1 200 OK");
    CHECK(r.find("Content-Type: text/html; charset=utf-8") != std::string::npos);
    CHECK(r.find("Content-Security-Policy: default-src 'self'") != std::string::npos);
    CHECK(r.find("X-Content-Type-Options: nosniff") != std::string::npos);
    CHECK(r.find("Set-Cookie") == std::string::npos);
    CHECK(r.ends_with("<!doctype html><title>Chronik</title>"));
    r = get(f, "/app.js");
    CHECK(status_line(r) == "HTTP/1.1 200 OK");
    CHECK(r.find("Content-Type: text/javascript") != std::string::npos);
    CHECK(status_line(get(f, "/img/logo.svg")) == "HTTP/1.1 200 OK");
    CHECK(status_line(get(f, "/../../etc/passwd")) == "HTTP/1.1 400 Bad Request");
    CHECK(status_line(get(f, "/%2e%2e/%2e%2e/etc/passwd")) == "HTTP/1.1 400 Bad Request");
    CHECK(status_line(get(f, "/.secret.js")) == "HTTP/1.1 400 Bad Request");
    CHECK(status_line(get(f, "/README.md")) == "HTTP/1.1 404 Not Found");
    CHECK(status_line(get(f, "/link.txt")) == "HTTP/1.1 404 Not Found");
    CHECK(status_line(get(f, "/nothing.js")) == "HTTP/1.1 404 Not Found");
    CHECK(status_line(raw_http(f,
                               "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                               "Connection: close\r\n\r\n")) == "HTTP/1.1 405 Method Not Allowed");
    CHECK(status_line(get(f, "/", "X-Big: " + std::string(20'000, 'a') + "\r\n")) ==
          "HTTP/1.1 431 Request Header Fields Too Large");
    CHECK(status_line(raw_http(f,
                               "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                               "Connection: close\r\n\r\nhello")) == "HTTP/1.1 400 Bad Request");
    CHECK(status_line(raw_http(f, "garbage\r\n\r\n")) == "HTTP/1.1 400 Bad Request");
    // Keep-alive: two requests on one connection.
    r = raw_http(f,
                 "GET /app.js HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n"
                 "Connection: close\r\n\r\n");
    CHECK(r.find("console.log") != std::string::npos);
    CHECK(r.find("<title>Chronik") != std::string::npos);
    // A WebSocket only at /ws, and only from this host's own pages.
    const std::string upgrade =
        "HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(f.web_port()) +
        "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    CHECK(status_line(raw_http(f, "GET /other " + upgrade + "\r\n")) == "HTTP/1.1 404 Not Found");
    CHECK(status_line(raw_http(f, "GET /ws " + upgrade + "Origin: http://evil.example\r\n\r\n")) ==
          "HTTP/1.1 403 Forbidden");
    CHECK_THROWS(WsStudent(f, "http://evil.example"));
    WsStudent own(f, "http://127.0.0.1:" + std::to_string(f.web_port()));
    CHECK_FALSE(own.closed);
}

TEST_CASE("web transport: a silent HTTP connection is closed after the request timeout") {
    Fixture f;
    asio::io_context io;
    asio::ip::tcp::socket s(io);
    s.connect({asio::ip::make_address("127.0.0.1"), f.web_port()});
    asio::write(s, asio::buffer(std::string("GET / HTTP/1.1\r\n")));  // never finished
    s.non_blocking(true);
    bool closed = false;
    const TimeMs guard = steady_now_ms() + 10'000;
    while (!closed && steady_now_ms() < guard) {
        f.poll();
        char b[64];
        boost::system::error_code ec;
        s.read_some(asio::buffer(b), ec);
        if (ec && ec != asio::error::would_block) closed = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(closed);
}

TEST_CASE("web transport: browser and desktop students play one game by the same rules") {
    Fixture f(2);
    WsStudent anna(f);
    auto w = [&] {
        anna.send({{"t", "hello"}, {"code", "k7q x3m"}, {"name", "Anna"}});
        return anna.until("welcome");
    }();
    CHECK(w["name"] == "Anna");
    const std::string token = w["token"];
    CHECK(token.size() == 32);

    ClassroomClient ben("127.0.0.1", f.host->port(), 2'000);
    ben.send({ClientKind::Hello, 0, "K7QX3M", "Ben", 0, 0});
    bool ben_in = false;
    const TimeMs guard = steady_now_ms() + 10'000;
    while (!ben_in && steady_now_ms() < guard) {
        f.poll();
        for (const auto& m : ben.poll(1))
            ben_in = ben_in || m.kind == HostKind::Welcome;
    }
    REQUIRE(ben_in);
    CHECK(f.host->game().connected_count() == 2);

    // Before the game: an answer is not answering; garbage, binary and replays are dropped.
    anna.send({{"t", "answer"}, {"q", 0}, {"choice", 0}});
    CHECK(anna.until("rejected")["reason"] == "not-answering");
    anna.send_text("not json at all");
    anna.ws.binary(true);
    anna.ws.write(asio::buffer(std::string("\x01\x02\x03")));
    anna.send_text(R"({"v":1,"t":"answer","seq":1,"q":0,"choice":0})");  // seq replayed
    anna.settle();
    CHECK(f.host->stats().malformed == 2);
    CHECK(f.host->stats().replayed == 1);
    CHECK_FALSE(anna.closed);

    f.host->game().start(f.now);
    const auto q = anna.until("question");
    CHECK(q["choices"].size() == 4);
    CHECK_FALSE(q.contains("correct"));
    CHECK_FALSE(q.contains("correct_choice"));
    f.advance(150);
    anna.until("open");
    f.advance(1'000);
    anna.send({{"t", "answer"}, {"q", 0}, {"choice", 1}});  // question 0's right choice is 1
    anna.until("locked");
    anna.send({{"t", "answer"}, {"q", 0}, {"choice", 2}});
    CHECK(anna.until("rejected")["reason"] == "already-answered");
    anna.send({{"t", "answer"}, {"q", 0}, {"choice", 9}});
    CHECK(anna.until("rejected")["reason"] == "already-answered");
    ben.send({ClientKind::Answer, 0, "", "", 0, 3});
    const auto reveal = anna.until("reveal");
    CHECK(reveal["correct"] == 1);
    CHECK(reveal["your_choice"] == 1);
    CHECK(reveal["points"].get<int>() > 0);

    // The Wi-Fi drops; the page comes back with its token and takes its seat with its score.
    const auto score = reveal["score"].get<int>();
    anna.ws.next_layer().socket().close();
    anna.closed = true;
    f.advance(50);
    CHECK(f.host->game().connected_count() == 1);
    WsStudent again(f);
    again.send({{"t", "hello"}, {"code", "K7QX3M"}, {"name", "Anna"}, {"token", token}});
    const auto back = again.until("welcome");
    CHECK(back["rejoined"] == true);
    CHECK(back["name"] == "Anna");
    CHECK(f.host->game().connected_count() == 2);
    f.advance(4'000);
    const auto board = again.until("leaderboard");
    CHECK(board["you"]["score"] == score);

    // A stranger's message over the limit closes its connection, as over TCP.
    WsStudent big(f);
    big.send_text(std::string(5'000, 'x'));
    big.pump([&] { return big.closed && f.host->stats().oversized == 1; });
    CHECK(big.closed);
    CHECK(f.host->stats().oversized == 1);
    // A wrong code is refused with its reason, then closed.
    WsStudent wrong(f);
    wrong.send({{"t", "hello"}, {"code", "AAAAAA"}, {"name", "Mallory"}});
    CHECK(wrong.until("refused")["reason"] == "wrong-code");
    wrong.pump([&] { return wrong.closed; });
    CHECK(wrong.closed);
    CHECK(f.host->game().players().size() == 2);
}

TEST_CASE(
    "web transport: idle connections from one address evict their own, a student still joins") {
    Fixture f(1);
    asio::io_context io;
    std::vector<std::unique_ptr<asio::ip::tcp::socket>> idle;
    for (int i = 0; i < 60; ++i) {
        idle.push_back(std::make_unique<asio::ip::tcp::socket>(io));
        idle.back()->connect({asio::ip::make_address("127.0.0.1"), f.web_port()});
        f.poll();
    }
    const TimeMs until = steady_now_ms() + 300;
    while (steady_now_ms() < until)
        f.poll();
    WsStudent anna(f);
    anna.send({{"t", "hello"}, {"code", "K7QX3M"}, {"name", "Anna"}});
    CHECK(anna.until("welcome")["name"] == "Anna");
    // At most 16 of the idle ones are still held (all from 127.0.0.1).
    std::size_t open = 0;
    for (auto& s : idle) {
        s->non_blocking(true);
        char b[8];
        boost::system::error_code ec;
        s->read_some(asio::buffer(b), ec);
        if (ec == asio::error::would_block) ++open;
    }
    CHECK(open <= 16);
    CHECK(open >= 1);
}
