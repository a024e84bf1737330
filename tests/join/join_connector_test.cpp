// The game's JoinConnector against a real host on 127.0.0.1: welcome, answer, reveal, end;
// refusals and unreachable hosts as states; a cut connection is Lost, and reconnecting takes
// the seat and the score back.
#include <doctest/doctest.h>

#include <SFML/Network.hpp>
#include <cstdlib>
#include <functional>
#include <memory>
#include <thread>

#include "app/join_connector.hpp"
#include "io/net/host.hpp"

using namespace chronik;
using namespace chronik::io::net;
using ui::JoinEvent;
using ui::JoinState;
using ui::QuestionPhase;

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

// A TCP relay the test can cut, so the student's connection drops while the host lives on.
struct Relay {
    sf::TcpListener listener;
    unsigned short target;
    std::unique_ptr<sf::TcpSocket> student, host;

    explicit Relay(unsigned short to) : target(to) {
        REQUIRE(listener.listen(sf::Socket::AnyPort, "127.0.0.1") == sf::Socket::Done);
        listener.setBlocking(false);
    }
    unsigned short port() const { return listener.getLocalPort(); }
    void pump() {
        if (!student) {
            auto s = std::make_unique<sf::TcpSocket>();
            if (listener.accept(*s) != sf::Socket::Done) return;
            host = std::make_unique<sf::TcpSocket>();
            REQUIRE(host->connect("127.0.0.1", target, sf::seconds(2)) == sf::Socket::Done);
            student = std::move(s);
            student->setBlocking(false);
            host->setBlocking(false);
        }
        carry(*student, *host);
        if (student) carry(*host, *student);
    }
    void carry(sf::TcpSocket& from, sf::TcpSocket& to) {
        char buffer[4096];
        std::size_t got = 0;
        const auto status = from.receive(buffer, sizeof buffer, got);
        if (got > 0) {
            to.setBlocking(true);
            to.send(buffer, got);
            to.setBlocking(false);
        }
        if (status == sf::Socket::Disconnected) cut();
    }
    void cut() {
        student->disconnect();
        host->disconnect();
        student.reset();
        host.reset();
    }
};

struct Fixture {
    TimeMs now = 1'000'000;  // host and student share this test clock; only the test moves it
    std::unique_ptr<ClassroomHost> host;
    std::unique_ptr<Relay> relay;
    app::NetJoinConnector connector{2'000, [this] { return now; }};

    explicit Fixture(std::size_t n = 1) : Fixture(questions(n)) {}
    explicit Fixture(std::vector<classroom::ClassroomQuestion> qs) {
        classroom::ClassroomSettings s;
        s.scoring.time_limit_ms = 5'000;
        s.reading_ms = 100;
        s.reveal_ms = 300;
        s.leaderboard_ms = 300;
        HostOptions o;
        o.tcp.bind_address = "127.0.0.1";
        o.room.room_code = "K7QX3M";
        host = std::make_unique<ClassroomHost>(o, classroom::ClassroomGame(std::move(qs), s));
    }

    void pump() {
        host->poll(now, 0);
        if (relay) relay->pump();
    }
    // Polls host, relay and session until an event arrives; false when none does. The clock
    // stands still; the wall-clock bound only stops a hung test.
    bool until(ui::JoinSession& session, JoinEvent wanted) {
        const TimeMs guard = steady_now_ms() + 10'000;
        while (steady_now_ms() < guard) {
            pump();
            for (const auto e : session.poll())
                if (e == wanted) return true;
            std::this_thread::yield();
        }
        return false;
    }
    // The clock moves on by `ms` in frames of 10 ms; the session reads what came later.
    void advance(TimeMs ms) {
        for (TimeMs done = 0; done < ms; done += 10) {
            now += std::min<TimeMs>(10, ms - done);
            pump();
        }
    }
};

}  // namespace

TEST_CASE("a joined student answers the open question once and learns the reveal and the end") {
    Fixture f;
    auto session = f.connector.connect({"127.0.0.1", f.host->port(), "K7QX3M", "Lena"});
    CHECK(session->view().state == JoinState::Connecting);
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    CHECK(session->view().name == "Lena");
    CHECK_FALSE(session->answer(0));  // no question yet
    f.host->game().start(f.now);
    REQUIRE(f.until(*session, JoinEvent::QuestionShown));
    CHECK(session->view().question->phase == QuestionPhase::Reading);
    CHECK_FALSE(session->time_left_ms());
    f.advance(100);
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    CHECK(session->time_left_ms() == 5'000);
    f.advance(1'200);
    CHECK(session->time_left_ms() == 3'800);
    CHECK(session->answer(1));
    CHECK_FALSE(session->answer(2));  // one answer per question
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    const auto& q = *session->view().question;
    CHECK(q.phase == QuestionPhase::Revealed);
    CHECK(q.correct_choice == 1u);
    CHECK(q.chosen == 1u);
    CHECK(q.response_ms == 1'300);  // from the question appearing, by our clock
    CHECK(q.points == 880);         // 1.2 s of 5 s by the host's clock
    CHECK(session->view().score == q.points);
    f.advance(600);  // the reveal and the leaderboard
    REQUIRE(f.until(*session, JoinEvent::Ended));
    CHECK(session->view().state == JoinState::Ended);
    REQUIRE(session->view().me);
    CHECK(session->view().me->rank == 1);
    CHECK(session->view().final_rows.size() == 1);
}

TEST_CASE("a wrong room code is a refusal with its reason, not a lost connection") {
    Fixture f;
    auto session = f.connector.connect({"127.0.0.1", f.host->port(), "FALSCH", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Refused));
    CHECK(session->view().state == JoinState::Refused);
    CHECK(session->view().refusal == ui::Refusal::WrongCode);
    CHECK(f.connector.last_request()->code == "FALSCH");
}

TEST_CASE("a room code typed in small letters with a space joins") {
    Fixture f;
    auto session = f.connector.connect({"127.0.0.1", f.host->port(), "k7q x3m", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
}

TEST_CASE("a host nobody listens at is Lost with the reason, and connect() does not wait") {
    unsigned short port = 0;
    {
        sf::TcpListener probe;  // a port that was free a moment ago
        REQUIRE(probe.listen(sf::Socket::AnyPort, "127.0.0.1") == sf::Socket::Done);
        port = probe.getLocalPort();
    }
    app::NetJoinConnector connector{2'000};
    const TimeMs before = steady_now_ms();
    auto session = connector.connect({"127.0.0.1", port, "K7QX3M", "Lena"});
    CHECK(steady_now_ms() - before < 200);
    bool lost = false;
    const TimeMs deadline = steady_now_ms() + 5'000;
    while (!lost && steady_now_ms() < deadline)
        for (const auto e : session->poll())
            lost = lost || e == JoinEvent::Lost;
    CHECK(lost);
    CHECK(session->view().state == JoinState::Lost);
    CHECK(session->view().problem.find(std::to_string(port)) != std::string::npos);
}

TEST_CASE("a cut connection is Lost, and connecting again takes the seat and the score back") {
    Fixture f(2);
    f.relay = std::make_unique<Relay>(f.host->port());
    auto session = f.connector.connect({"127.0.0.1", f.relay->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    f.host->game().start(f.now);
    f.advance(100);
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    REQUIRE(session->answer(1));
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    const auto score = session->view().score;
    REQUIRE(score > 0);

    f.relay->cut();
    REQUIRE(f.until(*session, JoinEvent::Lost));
    CHECK(session->view().state == JoinState::Lost);
    CHECK_FALSE(session->answer(0));

    session->reconnect();
    CHECK(session->view().state == JoinState::Connecting);
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    CHECK(session->view().rejoined);
    CHECK(session->view().name == "Lena");
    REQUIRE(f.host->game().players().size() == 1);  // the same seat, not a second player
    CHECK(f.host->game().players().front().score.points == score);
    f.advance(700);                                      // reveal, leaderboard, reading pause
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));  // the second question
    CHECK(session->answer(2));                           // correct: (1 + 1) % 4
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    CHECK(session->view().score > score);
}

TEST_CASE("a name whose player left waits for the teacher, who lets the student back") {
    Fixture f;
    auto first = f.connector.connect({"127.0.0.1", f.host->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*first, JoinEvent::Welcomed));
    first.reset();  // the game was closed: the token is gone with it
    const TimeMs guard = steady_now_ms() + 10'000;
    while (f.host->game().player(1)->connected && steady_now_ms() < guard)
        f.pump();
    app::NetJoinConnector restarted{2'000, [&f] { return f.now; }};
    auto again = restarted.connect({"127.0.0.1", f.host->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*again, JoinEvent::AwaitingSeat));
    CHECK(again->view().state == JoinState::AwaitingSeat);
    f.advance(30'000);  // the teacher takes a while; nothing gives up meanwhile
    for (int i = 0; i < 10; ++i)
        CHECK(again->poll().empty());
    REQUIRE(f.host->room().allow_seat(1));
    REQUIRE(f.until(*again, JoinEvent::Welcomed));
    CHECK(again->view().rejoined);
    CHECK(again->view().name == "Lena");
}

TEST_CASE("while the teacher pauses, the student's countdown stands still") {
    Fixture f;
    auto session = f.connector.connect({"127.0.0.1", f.host->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    f.host->game().start(f.now);
    f.advance(100);
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    f.advance(500);
    REQUIRE(f.host->game().pause(f.now));
    REQUIRE(f.until(*session, JoinEvent::Paused));
    CHECK(session->view().paused);
    CHECK(session->time_left_ms() == 4'500);
    f.advance(3'000);
    session->poll();
    CHECK(session->time_left_ms() == 4'500);
    REQUIRE(f.host->game().resume(f.now));
    REQUIRE(f.until(*session, JoinEvent::Resumed));
    CHECK_FALSE(session->view().paused);
    // Running again from where it stood, as the host's does.
    CHECK(session->time_left_ms() == 4'500);
    CHECK(f.host->game().time_left_ms(f.now) == 4'500);
}

TEST_CASE("a student who comes back during a question counts down from the host's time") {
    Fixture f;
    f.relay = std::make_unique<Relay>(f.host->port());
    auto session = f.connector.connect({"127.0.0.1", f.relay->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    f.host->game().start(f.now);
    f.advance(100);
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    REQUIRE(session->time_left_ms());

    f.relay->cut();
    REQUIRE(f.until(*session, JoinEvent::Lost));
    CHECK_FALSE(session->time_left_ms());  // no countdown while away
    f.advance(1'200);                      // away for a while: the host's clock runs on
    session->reconnect();
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    // The host's catch-up gives the time still left: the countdown goes on, not from 5 s.
    const TimeMs guard = steady_now_ms() + 10'000;
    while (!session->time_left_ms() && steady_now_ms() < guard) {
        f.pump();
        session->poll();
    }
    CHECK(session->time_left_ms() == 3'800);
    CHECK(f.host->game().time_left_ms(f.now) == 3'800);
    CHECK(session->answer(1));  // still open: the answer counts
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    CHECK(session->view().score > 0);
}

TEST_CASE("a timeline partly in order is counted apart from the right answers, on both sides") {
    // Three timeline questions of four events shown in rank order 2,0,3,1: the student sends
    // one partly in order, one right and one reversed; only the first counts as partial.
    std::vector<classroom::ClassroomQuestion> qs;
    for (int i = 0; i < 3; ++i) {
        classroom::ClassroomQuestion q;
        q.item_id = "t" + std::to_string(i);
        q.prompt = "Ordne";
        q.choices = {"C", "A", "D", "B"};
        q.timeline_ranks = {2, 0, 3, 1};
        q.timeline_dates = {"1300", "1100", "1400", "1200"};
        qs.push_back(q);
    }
    Fixture f(qs);
    auto session = f.connector.connect({"127.0.0.1", f.host->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    f.host->game().start(f.now);
    const std::vector<std::vector<std::size_t>> orders = {
        {1, 0, 3, 2},  // A C B D: 5 of 6 pairs in order
        {1, 3, 0, 2},  // A B C D: right
        {2, 0, 3, 1},  // D C B A: reversed
    };
    for (const auto& order : orders) {
        REQUIRE(f.until(*session, JoinEvent::QuestionShown));
        f.advance(100);
        REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
        CHECK(session->answer_order(order));
        REQUIRE(f.until(*session, JoinEvent::Revealed));
        f.advance(600);
    }
    REQUIRE(f.until(*session, JoinEvent::Ended));
    CHECK(session->view().partial_timelines == 1);
    REQUIRE(session->view().me);
    CHECK(session->view().me->correct == 1);
    const auto& players = f.host->game().players();
    REQUIRE(players.size() == 1);
    CHECK(players.front().score.correct_answers == 1);
    CHECK(players.front().score.partial_timelines == 1);
}
