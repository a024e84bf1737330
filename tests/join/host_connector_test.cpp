// The game's network host on a test clock (#21 item 7): the host session reads the time only from
// the clock it was given, so the test moves the class game on without sleeping on the wall clock.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/host_connector.hpp"
#include "bank/question_bank.hpp"
#include "io/net/client.hpp"
#include "ui/text/strings.hpp"

using namespace chronik;
namespace fs = std::filesystem;

namespace {

bank::QuestionBank four_questions() {
    bank::Deck deck;
    deck.id = "test";
    for (int i = 0; i < 4; ++i) {
        bank::Item item;
        item.id = "q" + std::to_string(i);
        item.body = bank::MultipleChoice{"Frage " + std::to_string(i) + "?",
                                         "Ja",
                                         bank::AnswerType::Term,
                                         {"Nein", "Vielleicht", "Nie"},
                                         ""};
        deck.items.push_back(item);
    }
    bank::QuestionBank bank;
    bank.add_deck(deck);
    return bank;
}

}  // namespace

TEST_CASE("the game's host session counts down by the clock it is given, not the wall clock") {
    ::setenv("CHRONIK_WEB_PORT", "off", 1);  // no browsers: one port, nothing else
    const auto bank = four_questions();
    const fs::path saves =
        fs::temp_directory_path() / ("chronik-host-connector-" + std::to_string(::getpid()));
    fs::create_directories(saves);
    const ui::StringTable strings(ui::Language::German);
    TimeMs now = 5'000'000;
    app::NetworkHostConnector connector(bank, saves, strings, 7, [&now] { return now; });

    ui::HostSettings settings;
    settings.port = 0;  // a free port
    settings.room_code = "K7QX3M";
    settings.question_count = 2;
    settings.time_limit_ms = 20'000;
    settings.reading_ms = 3'000;
    auto started = connector.start(settings);
    REQUIRE(started.ok());
    auto& host = *started.value();

    io::net::ClassroomClient lena("127.0.0.1", host.port(), 2'000);
    lena.send({io::net::ClientKind::Hello, 0, "K7QX3M", "Lena", 0, 0});
    bool welcomed = false;
    for (int i = 0; i < 2'000 && !welcomed; ++i) {  // a bound against a hang, not a timing
        host.poll();
        for (const auto& m : lena.poll(5))
            welcomed = welcomed || m.kind == io::net::HostKind::Welcome;
    }
    REQUIRE(welcomed);

    REQUIRE(host.start());
    CHECK(host.game().phase() == classroom::Phase::Reading);
    CHECK(host.time_left_ms() == 3'000);
    now += 1'000;
    host.poll();
    CHECK(host.time_left_ms() == 2'000);
    now += 2'000;
    host.poll();
    CHECK(host.game().phase() == classroom::Phase::Answering);
    CHECK(host.time_left_ms() == 20'000);

    // A pause of a minute costs the class no time; after it the countdown goes on.
    REQUIRE(host.pause());
    now += 60'000;
    host.poll();
    CHECK(host.time_left_ms() == 20'000);
    REQUIRE(host.resume());
    now += 5'000;
    host.poll();
    CHECK(host.time_left_ms() == 15'000);
    CHECK(host.game().phase() == classroom::Phase::Answering);

    std::error_code ec;
    fs::remove_all(saves, ec);
}

TEST_CASE("a web app port that is taken makes the host serve the web app on a free port") {
    // Another program listens on the port the web app was to use.
    const int blocker = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(blocker >= 0);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    at.sin_port = 0;
    REQUIRE(::bind(blocker, reinterpret_cast<sockaddr*>(&at), sizeof at) == 0);
    REQUIRE(::listen(blocker, 1) == 0);
    socklen_t len = sizeof at;
    REQUIRE(::getsockname(blocker, reinterpret_cast<sockaddr*>(&at), &len) == 0);
    const auto taken = std::to_string(ntohs(at.sin_port));
    ::setenv("CHRONIK_WEB_PORT", taken.c_str(), 1);

    const auto bank = four_questions();
    const fs::path saves =
        fs::temp_directory_path() / ("chronik-host-web-port-" + std::to_string(::getpid()));
    fs::create_directories(saves);
    const ui::StringTable strings(ui::Language::English);
    app::NetworkHostConnector connector(bank, saves, strings, 7, [] { return TimeMs{5'000'000}; });
    ui::HostSettings settings;
    settings.port = 0;
    settings.room_code = "K7QX3M";
    settings.question_count = 2;
    auto started = connector.start(settings);
    ::setenv("CHRONIK_WEB_PORT", "off", 1);
    ::close(blocker);
    REQUIRE(started.ok());
    const auto& host = *started.value();
    REQUIRE(host.web_join());
    const auto& url = host.web_join()->url;
    CAPTURE(url);
    CHECK(url.find(':' + taken + '/') == std::string::npos);
    CHECK(url.find("?code=K7QX3M") != std::string::npos);

    std::error_code ec;
    fs::remove_all(saves, ec);
}
