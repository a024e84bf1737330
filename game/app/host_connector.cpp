#include "app/host_connector.hpp"

#include "io/desktop/data_location.hpp"

#include <SFML/Network/IpAddress.hpp>
#include <cstdlib>
#include <exception>
#include <functional>
#include <string_view>

#include "app/save_error_text.hpp"
#include "classroom/classroom_question.hpp"
#include "hosting/host_endpoints.hpp"
#include "hosting/join_url.hpp"
#include "hosting/room_code.hpp"
#include "io/classroom/standings_file.hpp"
#include "io/log/logging.hpp"
#include "io/net/host.hpp"
#include "io/net/local_addresses.hpp"
#include "io/net/open_files.hpp"
#include "io/net/web_files.hpp"
#include "io/qr/qr_code.hpp"
#include "ui/text/network_host_strings.hpp"

namespace chronik::app {
namespace {

constexpr unsigned short kDefaultWebPort = 47880;
// Events per timeline question: the fewest the CLI allows (--timeline-events 5-8), the most that
// stay readable on a phone and on the projector.
constexpr std::size_t kTimelineEvents = 5;
using ClassroomGameFactory = std::function<classroom::ClassroomGame()>;

// The web app in the game's assets (the build copies assets/; installed: share/chronik/assets),
// else the source tree's.
std::filesystem::path web_root() {
    auto beside = io::locate_data().assets / "web";
    std::error_code ec;
    if (std::filesystem::is_regular_file(beside / "index.html", ec)) return beside;
    return io::net::find_web_root().value_or(beside);
}

using ui::NetworkHostText;

// Every IPv4 address of this machine: SFML's guess at the LAN address first, then each interface
// (a teacher's laptop may be on Wi-Fi and cable at once).
std::vector<std::string> local_ipv4_addresses() {
    std::vector<std::string> out;
    const auto guess = sf::IpAddress::getLocalAddress();
    if (guess != sf::IpAddress::None) out.push_back(guess.toString());
    for (auto& a : io::net::local_ipv4_addresses())
        out.push_back(std::move(a));
    return out;
}

class NetworkHostSession final : public ui::HostSession {
public:
    NetworkHostSession(const io::net::HostOptions& options, classroom::ClassroomGame game,
                       std::filesystem::path saves, const ui::StringTable& strings,
                       std::function<TimeMs()> clock)
        : host_(options, std::move(game)),
          code_(options.room.room_code),
          saves_(std::move(saves)),
          strings_(strings),
          clock_(std::move(clock)) {
        const auto found = local_ipv4_addresses();
        const auto endpoints = hosting::host_endpoints(found, host_.port());
        addresses_ = endpoints.lines;
        loopback_only_ = endpoints.loopback_only;
        if (const auto web_port = host_.web_port()) {
            // The first LAN address: the one the lobby names first too.
            const auto& first =
                addresses_.empty() ? std::string("127.0.0.1:0") : addresses_.front();
            ui::HostWebJoin web;
            web.url = hosting::join_url(first.substr(0, first.rfind(':')), *web_port, code_);
            try {
                const auto qr = io::QrCode::encode(web.url);
                web.modules = qr.size();
                for (int y = 0; y < qr.size(); ++y)
                    for (int x = 0; x < qr.size(); ++x)
                        web.dark.push_back(qr.dark(x, y));
            } catch (const std::exception& e) {
                io::log_warn(std::string("no QR code for the join address: ") + e.what());
            }
            io::log_info("browsers join at " + web.url);
            web_ = std::move(web);
        }
        io::log_info("network game hosted on port " + std::to_string(host_.port()) +
                     ", room code " + code_);
    }

    void poll() override {
        try {
            host_.poll(clock_(), 0);
        } catch (const std::exception& e) {
            // One bad poll (a message that cannot be encoded, ...) must not end the lesson.
            io::log_error(std::string("network host: ") + e.what());
        }
        if (game().phase() == classroom::Phase::Podium && !saved_) save();
    }

    const std::vector<std::string>& addresses() const override { return addresses_; }
    bool loopback_only() const override { return loopback_only_; }
    unsigned short port() const override { return host_.port(); }
    const ui::HostWebJoin* web_join() const override { return web_ ? &*web_ : nullptr; }
    const std::string& room_code() const override { return code_; }
    const classroom::ClassroomGame& game() const override { return host_.game(); }
    std::optional<std::int64_t> time_left_ms() const override {
        return host_.game().time_left_ms(clock_());
    }

    bool start() override {
        auto& g = host_.game();
        if (g.phase() != classroom::Phase::Lobby || g.connected_count() == 0) return false;
        g.start(clock_());
        return true;
    }
    bool pause() override { return host_.game().pause(clock_()); }
    bool resume() override { return host_.game().resume(clock_()); }
    bool skip() override { return host_.game().skip(clock_()); }
    bool reveal_now() override { return host_.game().reveal_now(clock_()); }
    bool next() override { return host_.game().next(clock_()); }
    bool end() override {
        if (host_.game().phase() == classroom::Phase::Lobby) return false;
        return host_.game().end(clock_());
    }
    bool remove_player(classroom::PlayerId id) override { return host_.remove_player(id); }
    bool locked() const override { return host_.room().locked(); }
    bool set_locked(bool locked) override { return host_.room().set_locked(locked); }
    std::vector<ui::HostSeatQuestion> seat_questions() const override {
        std::vector<ui::HostSeatQuestion> out;
        for (const auto& q : host_.room().seat_questions())
            out.push_back({q.seat, q.name});
        return out;
    }
    bool allow_seat(classroom::PlayerId seat) override { return host_.room().allow_seat(seat); }
    bool decline_seat(classroom::PlayerId seat) override { return host_.room().decline_seat(seat); }

    std::optional<ui::HostSavedStandings> saved() const override { return saved_; }

private:
    void save() {
        ui::HostSavedStandings s;
        try {
            auto result = io::save_standings(saves_, host_.game());
            if (result) {
                s.csv_path = result.value().csv.string();
                s.json_path = result.value().json.string();
                io::log_info("class game standings saved to " + s.csv_path + " and " + s.json_path);
            } else {
                io::log_error("class game standings not saved: " + result.error().describe());
                s.problem = save_error_text(strings_, result.error());
            }
        } catch (const std::exception& e) {
            s.problem = saves_.string() + ": " + e.what();
            io::log_error("class game standings not saved: " + s.problem);
        }
        saved_ = std::move(s);
    }

    io::net::ClassroomHost host_;
    std::string code_;
    std::filesystem::path saves_;
    const ui::StringTable& strings_;
    std::function<TimeMs()> clock_;  // the host's clock: steady time, or a test's
    std::vector<std::string> addresses_;
    bool loopback_only_ = false;
    std::optional<ui::HostWebJoin> web_;
    std::optional<ui::HostSavedStandings> saved_;
};

}  // namespace

NetworkHostConnector::NetworkHostConnector(const bank::QuestionBank& bank,
                                           std::filesystem::path saves,
                                           const ui::StringTable& strings, std::uint64_t seed,
                                           std::function<TimeMs()> clock)
    : bank_(bank),
      saves_(std::move(saves)),
      strings_(strings),
      rng_(seed),
      clock_(std::move(clock)) {}

std::string NetworkHostConnector::new_room_code() {
    return hosting::make_room_code(rng_);
}

ui::HostSettings NetworkHostConnector::defaults() {
    ui::HostSettings s;
    s.room_code = new_room_code();
    if (const char* port = std::getenv("CHRONIK_HOST_PORT")) {
        if (const auto p = hosting::parse_port(port))
            s.port = *p;
        else
            io::log_warn(std::string("CHRONIK_HOST_PORT=") + port + " is not a port 1-65535");
    }
    if (const char* code = std::getenv("CHRONIK_HOST_CODE")) {
        if (const auto c = hosting::normalize_room_code(code))
            s.room_code = *c;
        else
            io::log_warn(std::string("CHRONIK_HOST_CODE=") + code +
                         " is not a room code (6-12 letters or digits)");
    }
    return s;
}

Result<std::unique_ptr<ui::HostSession>, std::string> NetworkHostConnector::start(
    const ui::HostSettings& settings) {
    const auto code = hosting::normalize_room_code(settings.room_code);
    if (!code) return ui::text(strings_, NetworkHostText::ErrorCode);
    std::vector<classroom::ClassroomQuestion> questions;
    classroom::ClassroomSettings game_settings;
    try {
        classroom::QuestionMix mix;
        mix.language = strings_.language() == ui::Language::German ? bank::DateLanguage::German
                                                                   : bank::DateLanguage::English;
        const auto items = bank_.items();
        // Timelines of 5 events, spread evenly among the others (as chronik-cli host --timeline).
        const auto timelines = std::min(settings.timeline_count, settings.question_count);
        const auto choices = settings.question_count - timelines;
        if (choices > 0) questions = classroom::pick_classroom_questions(items, mix, choices, rng_);
        if (timelines > 0)
            questions = classroom::interleave_questions(
                std::move(questions),
                classroom::pick_timeline_questions(items, mix, timelines, kTimelineEvents, rng_));
        game_settings.scoring.time_limit_ms = settings.time_limit_ms;
        game_settings.scoring.speed_bonus =
            settings.speed_bonus ? round::SpeedBonus::On : round::SpeedBonus::Off;
        game_settings.scoring.streak_bonus =
            settings.streak_bonus ? round::StreakBonus::On : round::StreakBonus::Off;
        game_settings.reading_ms = settings.reading_ms;
        game_settings.podium_size = settings.podium_size;
        // The teacher moves on from the reveal and the leaderboard (reveal_ms unset).
        classroom::validate(game_settings);
    } catch (const std::exception& e) {
        return ui::format(strings_, NetworkHostText::ErrorNoQuestions, {e.what()});
    }
    io::net::HostOptions options;
    options.tcp.port = settings.port;
    options.room.room_code = *code;
    options.room.ping_every_ms = io::net::kPingEveryMs;  // browsers notice a silent link by it
    // A class larger than the open files allow gets "game full" with a word, never a silent drop.
    const auto fit = hosting::players_that_fit(io::net::host_capacity(options, 0),
                                               io::net::raise_open_file_limit());
    if (fit < game_settings.max_players) {
        io::log_warn("network game: room for " + std::to_string(fit) +
                     " players only (the open-file limit, ulimit -n)");
        game_settings.max_players = std::max<std::size_t>(fit, 1);
    }
    // Browsers: the web app on its own port (CHRONIK_WEB_PORT, default 47880; "off" serves none),
    // on a free port when that one is taken: the lobby and its QR code name it either way.
    std::optional<unsigned short> web_port = kDefaultWebPort;
    if (const char* env = std::getenv("CHRONIK_WEB_PORT")) {
        if (std::string_view(env) == "off")
            web_port.reset();
        else if (std::string_view(env) == "0")
            web_port = 0;
        else if (const auto p = hosting::parse_port(env))
            web_port = *p;
        else
            io::log_warn(std::string("CHRONIK_WEB_PORT=") + env + " is not a port 0-65535 or off");
    }
    if (web_port) {
        io::net::WebOptions web;
        web.port = *web_port;
        web.bind_address = options.tcp.bind_address;
        const auto root = web_root();
        web.files = io::net::WebFiles::load(root);
        for (const auto& w : web.files.warnings())
            io::log_warn("web app: " + w);
        options.web = std::move(web);
    }
    const ClassroomGameFactory make_game = [&] {
        return classroom::ClassroomGame(questions, game_settings);
    };
    try {
        try {
            return std::unique_ptr<ui::HostSession>(std::make_unique<NetworkHostSession>(
                options, make_game(), saves_, strings_, clock_));
        } catch (const io::net::WebListenError& e) {
            if (options.web->port == 0) throw;
            io::log_warn(std::string(e.what()) + "; the web app takes a free port instead");
            options.web->port = 0;
            return std::unique_ptr<ui::HostSession>(std::make_unique<NetworkHostSession>(
                options, make_game(), saves_, strings_, clock_));
        }
    } catch (const std::exception& e) {
        io::log_warn(std::string("cannot host a network game: ") + e.what());
        return ui::format(strings_, NetworkHostText::ErrorListen,
                          {options.tcp.bind_address + ":" + std::to_string(settings.port)});
    }
}

}  // namespace chronik::app
