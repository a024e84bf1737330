// The game's JoinConnector against a real host on 127.0.0.1: welcome, answer, reveal, end;
// refusals and unreachable hosts as states; a cut connection is Lost, and reconnecting takes
// the seat and the score back.
#include <doctest/doctest.h>

#include <SFML/Network.hpp>
#include <cstdlib>
#include <functional>
#include <memory>

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
    std::unique_ptr<ClassroomHost> host;
    std::unique_ptr<Relay> relay;
    app::NetJoinConnector connector{2'000};

    explicit Fixture(std::size_t n = 1) {
        classroom::ClassroomSettings s;
        s.scoring.time_limit_ms = 5'000;
        s.reading_ms = 100;
        s.reveal_ms = 300;
        s.leaderboard_ms = 300;
        HostOptions o;
        o.bind_address = "127.0.0.1";
        o.room_code = "K7QX3M";
        host = std::make_unique<ClassroomHost>(o, classroom::ClassroomGame(questions(n), s));
    }

    // Polls host, relay and session until an event arrives (bounded: 5 s); false when none.
    bool until(ui::JoinSession& session, JoinEvent wanted) {
        const TimeMs deadline = steady_now_ms() + 5'000;
        while (steady_now_ms() < deadline) {
            host->poll(steady_now_ms(), 1);
            if (relay) relay->pump();
            for (const auto e : session.poll())
                if (e == wanted) return true;
        }
        return false;
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
    f.host->game().start(steady_now_ms());
    REQUIRE(f.until(*session, JoinEvent::QuestionShown));
    CHECK(session->view().question->phase == QuestionPhase::Reading);
    CHECK_FALSE(session->time_left_ms());
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    CHECK(session->time_left_ms().value_or(0) > 4'000);
    CHECK(session->answer(1));
    CHECK_FALSE(session->answer(2));  // one answer per question
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    const auto& q = *session->view().question;
    CHECK(q.phase == QuestionPhase::Revealed);
    CHECK(q.correct_choice == 1u);
    CHECK(q.chosen == 1u);
    REQUIRE(q.response_ms);  // from the question appearing, by our clock
    CHECK(*q.response_ms >= 0);
    CHECK(q.points >= 500);
    CHECK(session->view().score == q.points);
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
    f.host->game().start(steady_now_ms());
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
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));  // the second question
    CHECK(session->answer(2));                           // correct: (1 + 1) % 4
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    CHECK(session->view().score > score);
}

TEST_CASE("while the teacher pauses, the student's countdown stands still") {
    Fixture f;
    auto session = f.connector.connect({"127.0.0.1", f.host->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    f.host->game().start(steady_now_ms());
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    REQUIRE(f.host->game().pause(steady_now_ms()));
    REQUIRE(f.until(*session, JoinEvent::Paused));
    CHECK(session->view().paused);
    const auto frozen = session->time_left_ms();
    REQUIRE(frozen);
    const TimeMs later = steady_now_ms() + 300;
    while (steady_now_ms() < later) {
        f.host->poll(steady_now_ms(), 1);
        session->poll();
    }
    CHECK(session->time_left_ms() == frozen);
    REQUIRE(f.host->game().resume(steady_now_ms()));
    REQUIRE(f.until(*session, JoinEvent::Resumed));
    CHECK_FALSE(session->view().paused);
    // Running again from where it stood, not 300 ms less.
    CHECK(*session->time_left_ms() <= *frozen);
    CHECK(*session->time_left_ms() > *frozen - 250);
}

TEST_CASE("a student who comes back during a question counts down from the host's time") {
    Fixture f;
    f.relay = std::make_unique<Relay>(f.host->port());
    auto session = f.connector.connect({"127.0.0.1", f.relay->port(), "K7QX3M", "Lena"});
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    f.host->game().start(steady_now_ms());
    REQUIRE(f.until(*session, JoinEvent::AnswersOpen));
    REQUIRE(session->time_left_ms());

    f.relay->cut();
    REQUIRE(f.until(*session, JoinEvent::Lost));
    CHECK_FALSE(session->time_left_ms());  // no countdown while away
    // Away for a while: the host's clock runs on.
    const TimeMs away = steady_now_ms() + 1'200;
    while (steady_now_ms() < away) {
        f.host->poll(steady_now_ms(), 1);
        session->poll();
    }
    session->reconnect();
    REQUIRE(f.until(*session, JoinEvent::Welcomed));
    // The host's catch-up gives the time still left: the countdown goes on, not from 5 s.
    const TimeMs settle = steady_now_ms() + 200;
    while (steady_now_ms() < settle) {
        f.host->poll(steady_now_ms(), 1);
        if (f.relay) f.relay->pump();
        session->poll();
    }
    const auto left = session->time_left_ms();
    REQUIRE(left);
    const auto host_left = f.host->game().time_left_ms(steady_now_ms());
    REQUIRE(host_left);
    CHECK(*left < 5'000 - 1'000);
    CHECK(std::abs(*left - *host_left) < 250);
    CHECK(session->answer(1));  // still open: the answer counts
    REQUIRE(f.until(*session, JoinEvent::Revealed));
    CHECK(session->view().score > 0);
}
