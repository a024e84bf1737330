// The TCP host on 127.0.0.1: students join, answer and get revealed; garbage, truncated, oversized,
// replayed, out-of-order and unauthenticated messages are dropped and the scores stay right.
#include <doctest/doctest.h>

#include <SFML/Network.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/net/client.hpp"
#include "io/net/frame.hpp"
#include "io/net/host.hpp"

using namespace chronik;
using namespace chronik::io::net;
using classroom::Phase;

namespace {

std::vector<classroom::ClassroomQuestion> questions(std::size_t n) {
    std::vector<classroom::ClassroomQuestion> qs;
    for (std::size_t i = 0; i < n; ++i) {
        qs.push_back({"q" + std::to_string(i),
                      "Frage " + std::to_string(i),
                      {"A", "B", "C", "D"},
                      (i + 1) % 4,
                      "x"});
    }
    return qs;
}

struct Fixture {
    classroom::ClassroomSettings settings;
    std::unique_ptr<ClassroomHost> host;

    explicit Fixture(std::size_t n = 2, std::int64_t timer_ms = 5'000) {
        settings.scoring.time_limit_ms = timer_ms;
        settings.reading_ms = 100;
        HostOptions o;
        o.bind_address = "127.0.0.1";
        o.room_code = "K7QX3M";
        o.hello_timeout_ms = 2'000;
        host = std::make_unique<ClassroomHost>(o, classroom::ClassroomGame(questions(n), settings));
    }

    std::unique_ptr<ClassroomClient> client() {
        return std::make_unique<ClassroomClient>("127.0.0.1", host->port(), 2'000);
    }

    // Polls host and client until `done` holds for a message (bounded: 5 s).
    std::vector<HostMessage> until(ClassroomClient& c,
                                   const std::function<bool(const HostMessage&)>& done) {
        std::vector<HostMessage> got;
        const TimeMs deadline = steady_now_ms() + 5'000;
        while (steady_now_ms() < deadline) {
            host->poll(steady_now_ms(), 2);
            for (auto& m : c.poll(2)) {
                got.push_back(m);
                if (done(m)) return got;
            }
        }
        FAIL("no awaited message within 5 s");
        return got;
    }

    void pump(int ms) {
        const TimeMs end = steady_now_ms() + ms;
        while (steady_now_ms() < end)
            host->poll(steady_now_ms(), 2);
    }

    // Joins and returns the welcome.
    HostMessage join(ClassroomClient& c, const std::string& name,
                     const std::string& code = "K7QX3M") {
        c.send({ClientKind::Hello, 0, code, name, 0, 0});
        const auto got = until(c, [](const HostMessage& m) {
            return m.kind == HostKind::Welcome || m.kind == HostKind::Refused;
        });
        return got.back();
    }
};

bool is(const HostMessage& m, HostKind k) {
    return m.kind == k;
}

ClientMessage answer(std::size_t q, std::size_t choice) {
    return {ClientKind::Answer, 0, "", "", q, choice};
}

// Scores recomputed from the host's own record of answer times: they must follow the rules.
void check_scores_follow_the_rules(const classroom::ClassroomGame& g) {
    for (const auto& p : g.players()) {
        round::ClassroomScore s;
        for (const auto& r : g.results()) {
            for (const auto& a : r.answers) {
                if (a.player != p.id) continue;
                const auto kind = !a.choice   ? round::ClassroomAnswer::NoAnswer
                                  : a.correct ? round::ClassroomAnswer::Correct
                                              : round::ClassroomAnswer::Wrong;
                CHECK(a.correct == (a.choice == g.questions()[r.question].correct_choice));
                s = round::award_classroom_answer(s, kind, a.response_ms, g.settings().scoring)
                        .after;
            }
        }
        CHECK(p.score.points == s.points);
        CHECK(p.score.correct_answers == s.correct_answers);
    }
}

}  // namespace

TEST_CASE("a student joins with the room code, answers once, and is scored at the reveal") {
    Fixture f;
    auto c = f.client();
    const auto w = f.join(*c, "  Lena\t ");
    CHECK(w.kind == HostKind::Welcome);
    CHECK(w.text == "Lena");
    f.host->game().start(steady_now_ms());
    f.until(*c, [](const HostMessage& m) { return is(m, HostKind::Open); });
    c->send(answer(0, 1));  // correct: (0 + 1) % 4
    const auto got = f.until(*c, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    CHECK(is(got.front(), HostKind::Locked));
    const auto& reveal = got.back();
    CHECK(reveal.correct_choice == 1u);
    CHECK(reveal.your_choice == 1u);
    CHECK(reveal.points >= 500);
    CHECK(reveal.points <= 1000);
    CHECK(reveal.distribution == std::vector<std::size_t>{0, 1, 0, 0});
    CHECK(f.host->stats().answers_accepted == 1);
    check_scores_follow_the_rules(f.host->game());
}

TEST_CASE("a room code is heard whatever its case and spaces") {
    Fixture f;
    auto a = f.client();
    CHECK(f.join(*a, "Lena", "k7q x3m").kind == HostKind::Welcome);
    auto b = f.client();
    CHECK(f.join(*b, "Ben", " K7Q\tX3M ").kind == HostKind::Welcome);
    auto c = f.client();
    CHECK(f.join(*c, "Cem", "K7QX3").refusal == hosting::Refusal::WrongCode);
}

TEST_CASE("nothing a student receives before the reveal tells the correct choice") {
    Fixture f(1);
    // A raw socket sees every byte the host sends.
    sf::TcpSocket raw;
    REQUIRE(raw.connect("127.0.0.1", f.host->port(), sf::seconds(2)) == sf::Socket::Done);
    raw.send(encode_frame(encode(ClientMessage{ClientKind::Hello, 1, "K7QX3M", "Spy", 0, 0}), 4096)
                 .data(),
             encode_frame(encode(ClientMessage{ClientKind::Hello, 1, "K7QX3M", "Spy", 0, 0}), 4096)
                 .size());
    raw.setBlocking(false);
    FrameDecoder decoder(kMaxHostMessageBytes);
    std::vector<nlohmann::json> before_reveal;
    bool revealed = false, started = false;
    const TimeMs deadline = steady_now_ms() + 5'000;
    while (!revealed && steady_now_ms() < deadline) {
        f.host->poll(steady_now_ms(), 2);
        if (!started && f.host->game().players().size() == 1) {
            f.host->game().start(steady_now_ms());
            started = true;
        }
        if (f.host->game().phase() == Phase::Answering && f.host->game().answered_count() == 0) {
            // Nobody answers; the teacher reveals after a moment.
            if (*f.host->game().time_left_ms(steady_now_ms()) < 4'800)
                f.host->game().reveal_now(steady_now_ms());
        }
        char buf[4096];
        std::size_t got = 0;
        if (raw.receive(buf, sizeof buf, got) == sf::Socket::Done)
            decoder.feed(std::string_view(buf, got));
        while (auto p = decoder.next()) {
            auto j = nlohmann::json::parse(*p);
            if (j["t"] == "reveal") {
                revealed = true;
                CHECK(j["correct"] == 1);
            } else {
                before_reveal.push_back(j);
            }
        }
    }
    REQUIRE(revealed);
    bool saw_question = false;
    for (const auto& j : before_reveal) {
        CHECK_FALSE(j.contains("correct"));
        CHECK_FALSE(j.contains("correct_choice"));
        CHECK_FALSE(j.contains("explanation"));
        if (j["t"] == "question") {
            saw_question = true;
            CHECK(j["choices"].size() == 4);
            CHECK(j.dump().find("\"x\"") == std::string::npos);  // the explanation text
        }
    }
    CHECK(saw_question);
}

TEST_CASE("a wrong room code is refused and anything before hello is dropped") {
    Fixture f;
    auto c = f.client();
    c->send(answer(0, 0));  // before hello
    const auto refused = f.join(*c, "Mallory", "WRONG");
    CHECK(refused.kind == HostKind::Refused);
    CHECK(refused.refusal == hosting::Refusal::WrongCode);
    f.pump(100);
    CHECK(f.host->stats().unauthenticated == 2);
    CHECK(f.host->game().players().empty());
    // The host closed the connection after the refusal.
    bool closed = false;
    for (int i = 0; i < 50 && !closed; ++i) {
        f.host->poll(steady_now_ms(), 2);
        c->poll(10);
        closed = !c->connected();
    }
    CHECK(closed);
}

TEST_CASE(
    "garbage, truncated and oversized input closes only that connection; a good student plays on") {
    Fixture f;
    auto good = f.client();
    f.join(*good, "Good");

    sf::TcpSocket garbage, truncated, oversized, silent;
    for (auto* s : {&garbage, &truncated, &oversized, &silent}) {
        REQUIRE(s->connect("127.0.0.1", f.host->port(), sf::seconds(2)) == sf::Socket::Done);
    }
    // Random bytes with a small length prefix, so several frames parse as junk.
    std::string junk;
    for (int i = 0; i < 30; ++i)
        junk += encode_frame("\x01\x02 not json {{{" + std::to_string(i), 4096);
    garbage.send(junk.data(), junk.size());
    const auto frame =
        encode_frame(encode(ClientMessage{ClientKind::Hello, 1, "K7QX3M", "Half", 0, 0}), 4096);
    truncated.send(frame.data(), frame.size() / 2);
    const std::string huge_prefix("\x7f\xff\xff\xff", 4);
    oversized.send(huge_prefix.data(), huge_prefix.size());
    const std::string big(4096, 'A');
    oversized.send(big.data(), big.size());
    f.pump(300);
    truncated.disconnect();

    f.host->game().start(steady_now_ms());
    f.until(*good, [](const HostMessage& m) { return is(m, HostKind::Open); });
    good->send(answer(0, 1));
    const auto got = f.until(*good, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    CHECK(got.back().your_choice == 1u);
    f.pump(2'100);  // the silent connection never says hello

    const auto& st = f.host->stats();
    CHECK(st.malformed == 21);  // closed after 20 bad messages; the rest were never read
    CHECK(st.oversized == 1);
    CHECK(st.unauthenticated >= 1);  // the silent one
    CHECK(f.host->connection_count() == 1);
    CHECK(f.host->game().players().size() == 1);
    CHECK(f.host->game().player(1)->score.correct_answers == 1);
    check_scores_follow_the_rules(f.host->game());
}

TEST_CASE(
    "a replayed answer, a second answer, a second hello and an answer to another question change "
    "nothing") {
    Fixture f;
    auto a = f.client();
    auto b = f.client();
    f.join(*a, "A");
    f.join(*b, "B");
    f.host->game().start(steady_now_ms());
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Open); });
    const auto frame = a->send(answer(0, 2));  // wrong
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Locked); });
    a->send_raw(frame);     // replay: same seq
    a->send(answer(0, 1));  // the right one, too late: the first press is locked
    a->send(answer(1, 1));  // another question
    a->send({ClientKind::Hello, 0, "K7QX3M", "A again", 0, 0});
    const auto rejected = f.until(
        *a, [](const HostMessage& m) { return is(m, HostKind::Rejected) && m.question == 1; });
    CHECK(f.host->stats().replayed == 1);
    CHECK(f.host->stats().out_of_order == 1);
    CHECK(f.host->stats().answers_rejected == 2);
    CHECK(f.host->game().players().size() == 2);
    b->send(answer(0, 1));
    f.until(*b, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    const auto& g = f.host->game();
    CHECK(g.player(1)->score.points == 0);
    CHECK(g.player(1)->score.correct_answers == 0);
    CHECK(g.player(2)->score.correct_answers == 1);
    CHECK(g.results()[0].choice_counts == std::vector<std::size_t>{0, 1, 1, 0});
    check_scores_follow_the_rules(g);
}

TEST_CASE("an answer after the host's timer ran out is rejected whatever the client claims") {
    Fixture f(2, 300);
    auto a = f.client();
    auto b = f.client();
    f.join(*a, "A");
    f.join(*b, "B");
    f.host->game().start(steady_now_ms());
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Open); });
    b->send(answer(0, 1));
    f.pump(600);  // A waits past the limit
    a->send(answer(0, 1));
    const auto got = f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Rejected); });
    CHECK((got.back().rejection == classroom::AnswerVerdict::TooLate ||
           got.back().rejection == classroom::AnswerVerdict::NotAnswering));
    CHECK(f.host->game().player(1)->score.points == 0);
    CHECK(f.host->game().player(2)->score.correct_answers == 1);
    check_scores_follow_the_rules(f.host->game());
}

TEST_CASE("a rejoin by name alone gets neither the seat, the token nor the score") {
    Fixture f;
    auto a = f.client();
    const auto welcome = f.join(*a, "Mia");
    f.host->game().start(steady_now_ms());
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Open); });
    a->send(answer(0, 1));
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    const auto points = f.host->game().player(1)->score.points;
    CHECK(points > 0);
    a.reset();  // Mia's laptop is gone
    f.pump(200);
    CHECK_FALSE(f.host->game().player(1)->connected);
    auto other = f.client();
    const auto w = f.join(*other, "Mia");
    CHECK(w.kind == HostKind::Welcome);
    CHECK_FALSE(w.rejoined);
    CHECK(w.text == "Mia 2");
    CHECK(w.token != welcome.token);
    CHECK(f.host->game().players().size() == 2);
    CHECK_FALSE(f.host->game().player(1)->connected);
    CHECK(f.host->game().player(1)->score.points == points);
    CHECK(f.host->game().player(2)->score.points == 0);
}

TEST_CASE("the teacher removes a player: the student is told and the host no longer waits") {
    Fixture f;
    auto a = f.client();
    auto b = f.client();
    f.join(*a, "A");
    f.join(*b, "B");
    f.host->game().start(steady_now_ms());
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Open); });
    a->send(answer(0, 1));
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Locked); });
    CHECK(f.host->remove_player(2));
    f.until(*b, [](const HostMessage& m) { return is(m, HostKind::Removed); });
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    CHECK(f.host->game().players().size() == 1);
}

TEST_CASE(
    "the welcome's token takes a player back even while the old connection still looks alive") {
    Fixture f;
    auto old_link = f.client();
    const auto w = f.join(*old_link, "Ada");
    REQUIRE(w.token.size() == 32);
    f.host->game().start(steady_now_ms());
    f.until(*old_link, [](const HostMessage& m) { return is(m, HostKind::Open); });
    old_link->send(answer(0, 1));
    f.until(*old_link, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    const auto points = f.host->game().player(1)->score.points;

    // Without the token the same name is someone else.
    auto impostor = f.client();
    CHECK(f.join(*impostor, "Ada").text == "Ada 2");
    // With it, the new connection gets the seat and the old one is told.
    auto new_link = f.client();
    new_link->send({ClientKind::Hello, 0, "K7QX3M", "Ada", 0, 0, w.token});
    const auto back =
        f.until(*new_link, [](const HostMessage& m) { return is(m, HostKind::Welcome); });
    CHECK(back.back().rejoined);
    CHECK(back.back().text == "Ada");
    const auto told =
        f.until(*old_link, [](const HostMessage& m) { return is(m, HostKind::Refused); });
    CHECK(told.back().refusal == hosting::Refusal::Replaced);
    CHECK(f.host->game().player(1)->connected);
    CHECK(f.host->game().player(1)->score.points == points);
}
