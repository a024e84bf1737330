// chronik-cli host: runs a network classroom game without a window and prints the final standings.
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "classroom/classroom_game.hpp"
#include "classroom/classroom_question.hpp"
#include "cli/args.hpp"
#include "cli/command.hpp"
#include "hosting/host_endpoints.hpp"
#include "hosting/join_url.hpp"
#include "hosting/room_code.hpp"
#include "io/classroom/classroom_bank.hpp"
#include "io/classroom/standings_file.hpp"
#include "io/desktop/data_location.hpp"
#include "io/log/logging.hpp"
#include "io/net/host.hpp"
#include "io/net/local_addresses.hpp"
#include "io/net/open_files.hpp"
#include "io/qr/qr_code.hpp"
#include "random/rng.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage = R"(Usage: chronik-cli host --port P --code C --players K [options]

Runs a classroom game host on the local network without a window: students
join with `chronik-cli join` (or the game's "join") or from a browser at the
printed web address (the web app, assets/web, and a WebSocket on a second
port), the game starts once K
players are in, runs every question to the podium by itself, and prints the
final standings.

The questions come from the shipped bank (share/chronik/questions beside an
installed chronik-cli, the checkout's questions/ in a build tree) or --deck.

Required:
  --port P          TCP port to listen on; 0 picks a free port (printed on stderr)
  --code C          room code the students must give: 6-12 letters or digits
                    (students may type it in any case and with spaces)
  --players K       start once K players have joined (1-1000); the host refuses
                    to start when K students would not fit the process's
                    open-file limit (ulimit -n), with the figures

Options:
  --questions N     number of questions (default 10)
  --deck FILE       play from this deck file instead of the shipped bank
  --timer S         seconds to answer (default 20); "none" for no timer
  --reading S       reading pause before answers open, seconds (default 3)
  --reveal S        seconds the reveal and the leaderboard stay up (default 3)
  --seed S          seed for the question draw and the shuffled choices (default 1)
  --kinds LIST      comma-separated: mc, event (default mc)
  --timeline N      N of the questions are timeline questions (default 0):
                    students put 5 dated events of the bank in order (the
                    desktop's timeline score: the share of pairs in the right
                    order gives that share of the points; all in order counts
                    as correct), spread evenly among the others
  --timeline-events K  events per timeline question, 5-8 (default 5)
  --topics LIST     comma-separated tags; only items with one of them
  --no-speed-bonus  every correct answer scores 1000
  --no-streak-bonus no bonus for answers in a row
  --podium N        podium places, 3-10 (default 3)
  --bind ADDR       address to listen on (default 0.0.0.0, every interface)
  --port-file FILE  write the port number into FILE once listening; a second
                    line holds the web port (none with --no-web)
  --web-port P      port of the browsers' web app and WebSocket (default 0: a
                    free port, printed on stderr with the address to open)
  --no-web          serve no browsers (desktop clients only)
  --qr-file FILE    write the browsers' address as a QR code into FILE (PBM
                    image, 8 pixels a module); on a terminal the code is also
                    drawn on stderr
  --web-root DIR    the web app's folder (default: assets/web next to the
                    program or one folder above it, or ./assets/web)
  --saves DIR       also write the standings as CSV and JSON into DIR
  --join-timeout S  give up when K players have not joined after S seconds (default 300)
  --lock-at-start   close the room to new names once the game starts (what the
                    teacher's "Raum schließen" does); seats still come back with
                    their token
  --trust-names     a hello with the name of a player who left takes that seat
                    and score without the secret token (only where everyone in
                    the room is trusted). Without it such a name plays as a new
                    player ("Anna 2"): there is no teacher here to ask
  --json            print the standings as JSON (players with name, score,
                    correct answers and every answer; per-question distributions)
  --verbose         log every join and refused answer too (stderr)
  --help            this text

Exit status: 0 when the game ran to the podium, 1 when it could not start or
run (no bank, port busy, too few players in time), 2 for a bad command line.
)";

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        if (!part.empty()) out.push_back(part);
    }
    return out;
}

std::int64_t seconds_to_ms(const Args& args, const std::string& name, double fallback, double max) {
    const double s = args.get_double(name).value_or(fallback);
    if (!(s >= 0.0) || s > max) {
        throw UsageError(name + " must be between 0 and " + std::to_string(static_cast<int>(max)) +
                         " seconds");
    }
    return static_cast<std::int64_t>(std::llround(s * 1000.0));
}

// The address a browser opens; a host on every interface names its first LAN address.
std::string join_url(const std::string& bind, unsigned short port, const std::string& code) {
    std::string host = bind;
    if (bind == "0.0.0.0" || bind == "::") {
        const auto lan = hosting::host_endpoints(io::net::local_ipv4_addresses(), port);
        host = lan.lines.empty() ? "127.0.0.1"
                                 : lan.lines.front().substr(0, lan.lines.front().rfind(':'));
    }
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return hosting::join_url(host, port, code);
}

int run_host(const std::vector<std::string>& raw) {
    const Args args(raw,
                    {"--port",      "--code",     "--players",         "--questions", "--deck",
                     "--timer",     "--reading",  "--reveal",          "--seed",      "--kinds",
                     "--topics",    "--timeline", "--timeline-events", "--podium",    "--bind",
                     "--port-file", "--saves",    "--join-timeout",    "--web-port",  "--web-root",
                     "--qr-file"},
                    {"--help", "--json", "--no-speed-bonus", "--no-streak-bonus", "--verbose",
                     "--lock-at-start", "--trust-names", "--no-web"});
    // Dropped messages are logged on stderr (stdout carries the result).
    io::LogOptions log;
    log.verbose = args.has("--verbose");
    io::init_logging(log);
    const auto port = args.get_int("--port");
    const auto code = args.get("--code");
    const auto players = args.get_int("--players");
    if (!port || !code || !players) throw UsageError("--port, --code and --players are required");
    if (*port < 0 || *port > 65535) throw UsageError("--port must be 0-65535");
    const auto room_code = hosting::normalize_room_code(*code);
    if (!room_code)
        throw UsageError("--code must have 6-12 letters or digits (shorter codes can be guessed)");
    if (*players < 1 || *players > 1000) throw UsageError("--players must be 1-1000");
    const auto count = args.get_int("--questions").value_or(10);
    if (count < 1 || count > 1000) throw UsageError("--questions must be 1-1000");
    const auto timeline_count = args.get_int("--timeline").value_or(0);
    if (timeline_count < 0 || timeline_count > count)
        throw UsageError("--timeline must be 0 to the number of questions");
    const auto timeline_events = args.get_int("--timeline-events").value_or(5);
    if (timeline_events < 5 || timeline_events > 8)
        throw UsageError("--timeline-events must be 5-8");

    classroom::ClassroomSettings settings;
    if (args.get("--timer") == "none") {
        settings.scoring.time_limit_ms.reset();
    } else {
        settings.scoring.time_limit_ms = seconds_to_ms(args, "--timer", 20, 3600);
        if (*settings.scoring.time_limit_ms == 0)
            throw UsageError("--timer must be above 0 (or none)");
    }
    settings.reading_ms = seconds_to_ms(args, "--reading", 3, 600);
    settings.reveal_ms = seconds_to_ms(args, "--reveal", 3, 600);
    settings.leaderboard_ms = settings.reveal_ms;
    if (args.has("--no-speed-bonus")) settings.scoring.speed_bonus = round::SpeedBonus::Off;
    if (args.has("--no-streak-bonus")) settings.scoring.streak_bonus = round::StreakBonus::Off;
    settings.podium_size = static_cast<int>(args.get_int("--podium").value_or(3));
    if (settings.podium_size < 3 || settings.podium_size > 10)
        throw UsageError("--podium must be 3-10");

    io::net::HostOptions options;
    options.tcp.port = static_cast<unsigned short>(*port);
    options.tcp.bind_address = args.get_or("--bind", "0.0.0.0");
    options.room.room_code = *room_code;
    options.room.ping_every_ms = io::net::kPingEveryMs;
    options.room.returning = args.has("--trust-names") ? hosting::ReturningName::GiveSeat
                                                       : hosting::ReturningName::NewPlayer;
    if (args.has("--no-web") &&
        (args.has("--web-port") || args.has("--web-root") || args.has("--qr-file")))
        throw UsageError("--no-web cannot go with --web-port, --web-root or --qr-file");
    if (!args.has("--no-web")) {
        io::net::WebOptions web;
        const auto web_port = args.get_int("--web-port").value_or(0);
        if (web_port < 0 || web_port > 65535) throw UsageError("--web-port must be 0-65535");
        web.port = static_cast<unsigned short>(web_port);
        web.bind_address = options.tcp.bind_address;
        const auto root = args.get("--web-root") ? std::optional<fs::path>(*args.get("--web-root"))
                                                 : io::net::find_web_root();
        if (root) {
            web.files = io::net::WebFiles::load(*root);
            for (const auto& w : web.files.warnings())
                std::cerr << "chronik-cli host: " << w << "\n";
        } else {
            std::cerr << "chronik-cli host: the web app (assets/web) was not found; browsers "
                         "cannot load it (give --web-root DIR)\n";
        }
        options.web = std::move(web);
    }
    // K players must fit the open files this process may have; beyond K, latecomers get seats up
    // to 200 (or what fits), and are refused as "game full" with a word after that.
    const auto class_size = static_cast<std::size_t>(*players);
    const auto file_limit = io::net::raise_open_file_limit();
    const auto capacity = io::net::host_capacity(options, class_size);
    if (const auto problem = hosting::capacity_problem(capacity, file_limit); !problem.empty()) {
        std::cerr << "chronik-cli host: " << problem << "\n";
        return 1;
    }
    settings.max_players = std::max(
        class_size, std::min<std::size_t>(200, hosting::players_that_fit(capacity, file_limit)));

    classroom::QuestionMix mix;
    if (const auto kinds = args.get("--kinds")) {
        mix.kinds.clear();
        for (const auto& k : split_list(*kinds)) {
            if (k == "mc")
                mix.kinds.push_back(bank::ItemKind::MultipleChoice);
            else if (k == "event")
                mix.kinds.push_back(bank::ItemKind::Event);
            else
                throw UsageError("--kinds: unknown kind \"" + k + "\" (mc, event)");
        }
        if (mix.kinds.empty()) throw UsageError("--kinds is empty");
    }
    if (const auto topics = args.get("--topics")) mix.topics = split_list(*topics);

    const auto deck = args.get("--deck");
    const auto loaded = io::load_classroom_bank(
        deck ? std::optional<fs::path>(*deck) : std::nullopt,
        deck ? fs::path{} : io::question_bank_folder(std::nullopt, io::locate_data()));
    for (const auto& w : loaded.warnings)
        std::cerr << w << "\n";
    const auto items = loaded.bank.items();
    Rng rng(static_cast<std::uint64_t>(args.get_int("--seed").value_or(1)));
    const auto choice_count = static_cast<std::size_t>(count - timeline_count);
    std::vector<classroom::ClassroomQuestion> questions;
    if (choice_count > 0) {
        questions = classroom::pick_classroom_questions(items, mix, choice_count, rng);
        if (questions.size() < choice_count) {
            std::cerr << "chronik-cli host: only " << questions.size()
                      << " questions fit; playing those\n";
        }
    }
    if (timeline_count > 0) {
        questions = classroom::interleave_questions(
            std::move(questions),
            classroom::pick_timeline_questions(items, mix, static_cast<std::size_t>(timeline_count),
                                               static_cast<std::size_t>(timeline_events), rng));
    }

    io::net::ClassroomHost host(options, classroom::ClassroomGame(std::move(questions), settings));
    std::cerr << "chronik-cli host: listening on " << options.tcp.bind_address << ":" << host.port()
              << ", room code " << *room_code << ", waiting for " << *players
              << " players (room for " << settings.max_players << ")\n";
    if (const auto web_port = host.web_port()) {
        const auto url = join_url(options.tcp.bind_address, *web_port, *room_code);
        std::cerr << "chronik-cli host: browsers join at " << url << " (web port " << *web_port
                  << ")\n";
        const auto qr = io::QrCode::encode(url);
        if (::isatty(STDERR_FILENO)) std::cerr << io::qr_text(qr);
        if (const auto qr_file = args.get("--qr-file")) {
            if (!io::write_qr_pbm(qr, *qr_file))
                throw std::runtime_error(*qr_file + ": cannot write the QR code");
        }
    }
    if (const auto port_file = args.get("--port-file")) {
        std::ofstream out(*port_file + ".tmp");
        out << host.port() << "\n";
        if (const auto web_port = host.web_port()) out << *web_port << "\n";
        out.close();
        fs::rename(*port_file + ".tmp", *port_file);  // readers never see half a number
    }

    const TimeMs join_deadline =
        io::net::steady_now_ms() + seconds_to_ms(args, "--join-timeout", 300, 86400);
    while (host.game().connected_count() < static_cast<std::size_t>(*players)) {
        if (io::net::steady_now_ms() > join_deadline) {
            std::cerr << "chronik-cli host: only " << host.game().connected_count() << " of "
                      << *players << " players joined in time\n";
            return 1;
        }
        host.poll(io::net::steady_now_ms(), 20);
    }
    host.game().start(io::net::steady_now_ms());
    if (args.has("--lock-at-start")) host.room().set_locked(true);
    std::cerr << "chronik-cli host: started with " << host.game().players().size() << " players"
              << (host.room().locked() ? "; the room is closed to new names" : "") << "\n";

    // Every phase has a timer except answering without one; that waits for
    // all answers, but never longer than an hour per question.
    const auto& s = host.game().settings();
    const TimeMs per_question =
        s.reading_ms + s.scoring.time_limit_ms.value_or(3'600'000) + 2 * *s.reveal_ms + 1'000;
    const TimeMs game_deadline = io::net::steady_now_ms() +
                                 per_question * static_cast<TimeMs>(host.game().question_count()) +
                                 10'000;
    while (host.game().phase() != classroom::Phase::Podium) {
        if (io::net::steady_now_ms() > game_deadline) {
            std::cerr << "chronik-cli host: the game took too long; ending it\n";
            host.game().end(io::net::steady_now_ms());
        }
        host.poll(io::net::steady_now_ms(), 10);
    }
    // Let the students receive the end and leave (bounded).
    const TimeMs linger = io::net::steady_now_ms() + 2'000;
    while (host.connection_count() > 0 && io::net::steady_now_ms() < linger)
        host.poll(io::net::steady_now_ms(), 20);

    const auto& st = host.stats();
    std::cerr << "chronik-cli host: answers taken " << st.answers_accepted << ", refused "
              << st.answers_rejected << "; dropped messages: malformed " << st.malformed
              << ", oversized " << st.oversized << ", unauthenticated " << st.unauthenticated
              << ", out of order " << st.out_of_order << ", replayed " << st.replayed
              << ", flooding " << st.flooded << "; wrong room codes " << st.wrong_codes
              << ", tries too early " << st.too_early << "; connections closed without a hello "
              << st.silent << ", over the newcomers' budget " << st.evicted << "; pings "
              << st.pings << ", answered " << st.pongs << "\n";
    if (const auto saves = args.get("--saves")) {
        auto saved = io::save_standings(*saves, host.game());
        if (!saved) throw std::runtime_error(saved.error().describe());
        std::cerr << "chronik-cli host: standings saved to " << saved.value().csv.string()
                  << " and " << saved.value().json.string() << "\n";
    }
    if (args.has("--json")) {
        std::cout << io::standings_json(host.game());
    } else {
        std::cout << io::standings_csv(host.game());
    }
    return 0;
}

const CommandRegistration kRegistration{
    {"host", "run a classroom game host on the network (no window)", kUsage, run_host}};

}  // namespace
}  // namespace chronik::cli
