// Strangers cannot block a class: a student joins and plays while 1,000 silent connections are
// held open and a connect flood runs, and the host never holds more than its budgets. The host
// listens on 127.0.0.1; the strangers come from other loopback addresses (127.0.0.2 and up: all
// of 127.0.0.0/8 is this machine), as they would from other computers.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "io/net/client.hpp"
#include "io/net/frame.hpp"
#include "io/net/host.hpp"
#include "io/net/open_files.hpp"
#include "support/loopback_socket.hpp"

using namespace chronik;
using namespace chronik::io::net;
using chronik::test::LoopbackSocket;

TEST_CASE("a student joins while 1,000 silent connections are held and a connect flood runs") {
    const auto limit = raise_open_file_limit();
    // 1,000 held here, the host's side of them while it reads, the flood's, the student's.
    REQUIRE_MESSAGE(limit >= 2'600, "this test needs 2,600 open files; ulimit -Hn allows ", limit);

    HostOptions options;
    options.tcp.bind_address = "127.0.0.1";
    options.room.room_code = "K7QX3M";
    classroom::ClassroomSettings settings;
    settings.reading_ms = 0;
    settings.scoring.time_limit_ms = 10'000;
    ClassroomHost host(options, classroom::ClassroomGame(
                                    {{"q0", "Frage", {"A", "B", "C", "D"}, 2, ""}}, settings));
    const auto capacity = host_capacity(options, settings.max_players);
    TimeMs now = 1'000'000;  // the host's clock; it moves only where the test says
    std::size_t most_open = 0;
    const auto poll = [&] {
        host.poll(now, 0);
        most_open = std::max(most_open, host.connection_count());
    };

    // 1,000 silent connections from eight other computers, held open by the test.
    std::vector<LoopbackSocket> silent;
    silent.reserve(1'000);
    for (int i = 0; i < 1'000; ++i) {
        silent.emplace_back(host.port(), ("127.0.0." + std::to_string(2 + i % 8)).c_str());
        REQUIRE(silent.back().ok());
        if (i % 100 == 99) poll();
    }
    for (int i = 0; i < 20; ++i)
        poll();

    // A connect flood from 16 more addresses, on its own thread, for as long as the student joins.
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> flooded{0};
    std::thread flood([&] {
        std::vector<std::string> sources;
        for (int a = 10; a < 26; ++a)
            sources.push_back("127.0.0." + std::to_string(a));
        for (std::size_t n = 0; !stop; ++n) {
            LoopbackSocket s(host.port(), sources[n % sources.size()].c_str());
            if (n % 3 == 0) s.send(std::string("\0\0", 2));  // half a length prefix, then silence
            flooded += s.ok() ? 1 : 0;
        }
    });

    // The flood is in full swing before the student comes.
    const TimeMs flood_start = steady_now_ms();
    while (flooded < 5'000 && steady_now_ms() - flood_start < 20'000)
        poll();
    const std::size_t before_student = flooded;
    const TimeMs started = steady_now_ms();
    ClassroomClient student("127.0.0.1", host.port(), 10'000);
    student.send({ClientKind::Hello, 0, "K7QX3M", "Lena", 0, 0});
    std::optional<HostMessage> welcome;
    // The wall-clock bound only stops a hung test.
    while (!welcome && steady_now_ms() - started < 20'000) {
        poll();
        for (auto& m : student.poll(1))
            if (m.kind == HostKind::Welcome) welcome = m;
    }
    const auto join_ms = steady_now_ms() - started;
    REQUIRE(welcome);
    CHECK(welcome->text == "Lena");

    // And plays while the flood goes on.
    host.game().start(now);
    poll();
    student.send({ClientKind::Answer, 0, "", "", 0, 2});
    std::optional<HostMessage> reveal;
    while (!reveal && steady_now_ms() - started < 30'000) {
        poll();
        for (auto& m : student.poll(1))
            if (m.kind == HostKind::Reveal) reveal = m;
    }
    stop = true;
    flood.join();
    REQUIRE(reveal);
    CHECK(reveal->your_choice == 2u);
    CHECK(reveal->points == 1'000);  // answered at once by the host's clock

    const auto& st = host.stats();
    MESSAGE("student joined in " << join_ms << " ms; " << flooded.load() << " flood connections ("
                                 << before_student << " before the student came); the host closed "
                                 << st.evicted << " strangers over budget and " << st.silent
                                 << " silent ones; at most " << most_open
                                 << " connections open (budget " << capacity.open_files() << ")");
    CHECK(st.evicted + st.silent >= 1'000 - options.room.strangers.total);
    CHECK(most_open <= capacity.open_files() - capacity.reserve);
    CHECK(host.game().players().size() == 1);
    // Silence past the deadline: every stranger is gone, the student stays.
    now += options.room.strangers.hello_deadline_ms;
    for (int i = 0; i < 5; ++i)
        poll();
    CHECK(host.room().stranger_count() == 0);
    CHECK(host.game().player(1)->connected);
}
