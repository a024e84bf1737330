// The TCP host on 127.0.0.1, on a test clock (the host's time moves only when a test moves it):
// students join, answer and get revealed; garbage, truncated, oversized, replayed, out-of-order
// and unauthenticated messages are dropped and the scores stay right; seats come back only with
// their token or by the teacher's word; a locked room takes no new names.
#include <doctest/doctest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "io/net/client.hpp"
#include "io/net/frame.hpp"
#include "io/net/host.hpp"
#include "support/loopback_socket.hpp"

using namespace chronik;
using namespace chronik::io::net;
using chronik::test::LoopbackSocket;
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

HostOptions loopback_options() {
    HostOptions o;
    o.tcp.bind_address = "127.0.0.1";
    o.room.room_code = "K7QX3M";
    o.room.strangers.hello_deadline_ms = 2'000;
    return o;
}

std::string hello_frame(const std::string& name, const std::string& code = "K7QX3M") {
    return encode_frame(encode(ClientMessage{ClientKind::Hello, 1, code, name, 0, 0}), 4096);
}

struct Fixture {
    TimeMs now = 1'000'000;  // the host's clock: only the test moves it
    classroom::ClassroomSettings settings;
    std::unique_ptr<ClassroomHost> host;

    explicit Fixture(std::size_t n = 2, std::int64_t timer_ms = 5'000,
                     HostOptions options = loopback_options(), std::size_t max_players = 200) {
        settings.scoring.time_limit_ms = timer_ms;
        settings.reading_ms = 100;
        settings.max_players = max_players;
        host = std::make_unique<ClassroomHost>(options,
                                               classroom::ClassroomGame(questions(n), settings));
    }

    std::unique_ptr<ClassroomClient> client() {
        return std::make_unique<ClassroomClient>("127.0.0.1", host->port(), 2'000);
    }

    void poll() { host->poll(now, 0); }
    // The host's clock moves on by `ms`, in frames of 10 ms.
    void advance(TimeMs ms) {
        for (TimeMs done = 0; done < ms; done += 10) {
            now += std::min<TimeMs>(10, ms - done);
            poll();
        }
    }
    // Polls the host (its clock stands still) and waits for the client's input until `done` holds
    // for a message. The wall-clock bound only stops a hung test; nothing is timed by it.
    std::vector<HostMessage> until(ClassroomClient& c,
                                   const std::function<bool(const HostMessage&)>& done) {
        std::vector<HostMessage> got;
        const TimeMs guard = steady_now_ms() + 10'000;
        while (steady_now_ms() < guard) {
            poll();
            for (auto& m : c.poll(1)) {
                got.push_back(m);
                if (done(m)) return got;
            }
        }
        FAIL("no awaited message");
        return got;
    }
    // Polls until the host sees `done` (e.g. a dropped connection noticed). Never waits inside
    // the host: a host that waits adds the time waited to its clock.
    void until_host(const std::function<bool()>& done) {
        const TimeMs guard = steady_now_ms() + 10'000;
        while (steady_now_ms() < guard && !done()) {
            poll();
            std::this_thread::yield();
        }
        REQUIRE(done());
    }

    // Joins and returns the welcome (or refusal, or the wait for the teacher).
    HostMessage join(ClassroomClient& c, const std::string& name,
                     const std::string& code = "K7QX3M", const std::string& token = "") {
        c.send({ClientKind::Hello, 0, code, name, 0, 0, token});
        const auto got = until(c, [](const HostMessage& m) {
            return m.kind == HostKind::Welcome || m.kind == HostKind::Refused ||
                   m.kind == HostKind::Waiting;
        });
        return got.back();
    }

    void start() { host->game().start(now); }
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

// A player who answered the first question right; returns the points.
std::int64_t play_first_question(Fixture& f, ClassroomClient& c) {
    f.start();
    f.advance(100);  // the reading pause
    f.until(c, [](const HostMessage& m) { return is(m, HostKind::Open); });
    f.advance(400);  // 400 ms to think, by the host's clock
    c.send(answer(0, 1));
    f.until(c, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    return f.host->game().players().front().score.points;
}

}  // namespace

TEST_CASE("a student joins with the room code, answers once, and is scored at the reveal") {
    Fixture f;
    auto c = f.client();
    const auto w = f.join(*c, "  Lena\t ");
    CHECK(w.kind == HostKind::Welcome);
    CHECK(w.text == "Lena");
    CHECK(w.token.size() == 32);
    f.start();
    f.until(*c, [](const HostMessage& m) { return is(m, HostKind::Question); });
    f.advance(100);  // the reading pause, exactly
    f.until(*c, [](const HostMessage& m) { return is(m, HostKind::Open); });
    f.advance(1'000);
    c->send(answer(0, 1));  // correct: (0 + 1) % 4
    const auto got = f.until(*c, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    CHECK(is(got.front(), HostKind::Locked));
    const auto& reveal = got.back();
    CHECK(reveal.correct_choice == 1u);
    CHECK(reveal.your_choice == 1u);
    // Timed by the host's clock alone: 1 s of 5 s (the speed bonus takes 500 over the limit).
    CHECK(reveal.points == 900);
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
    LoopbackSocket raw(f.host->port());  // sees every byte the host sends
    REQUIRE(raw.ok());
    raw.send(hello_frame("Spy"));
    f.until_host([&] { return f.host->game().players().size() == 1; });
    f.start();
    f.advance(100);
    REQUIRE(f.host->game().phase() == Phase::Answering);
    f.advance(200);  // nobody answers; the teacher reveals
    f.host->game().reveal_now(f.now);
    FrameDecoder decoder(kMaxHostMessageBytes);
    std::vector<nlohmann::json> before_reveal;
    bool revealed = false;
    const TimeMs guard = steady_now_ms() + 10'000;
    while (!revealed && steady_now_ms() < guard) {
        f.poll();
        decoder.feed(raw.receive(1));
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
    const auto refused = f.join(*c, "Mallory", "WRONG1");
    CHECK(refused.kind == HostKind::Refused);
    CHECK(refused.refusal == hosting::Refusal::WrongCode);
    CHECK(f.host->stats().unauthenticated == 1);
    CHECK(f.host->stats().wrong_codes == 1);
    CHECK(f.host->game().players().empty());
    // The host closed the connection after the refusal.
    const TimeMs guard = steady_now_ms() + 10'000;
    while (c->connected() && steady_now_ms() < guard) {
        f.poll();
        c->poll(1);
    }
    CHECK_FALSE(c->connected());
}

TEST_CASE(
    "garbage, truncated and oversized input closes only that connection, a good student plays on") {
    Fixture f;
    auto good = f.client();
    f.join(*good, "Good");

    LoopbackSocket garbage(f.host->port()), truncated(f.host->port()), oversized(f.host->port()),
        silent(f.host->port());
    // Random bytes with a small length prefix, so several frames parse as junk.
    std::string junk;
    for (int i = 0; i < 30; ++i)
        junk += encode_frame("\x01\x02 not json {{{" + std::to_string(i), 4096);
    garbage.send(junk);
    const auto frame = hello_frame("Half");
    truncated.send(frame.substr(0, frame.size() / 2));
    oversized.send(std::string("\x7f\xff\xff\xff", 4) + std::string(4096, 'A'));
    f.until_host([&] { return f.host->stats().malformed == 21 && f.host->stats().oversized == 1; });
    { LoopbackSocket gone = std::move(truncated); }  // closes it

    f.start();
    f.until(*good, [](const HostMessage& m) { return is(m, HostKind::Question); });
    f.advance(100);
    f.until(*good, [](const HostMessage& m) { return is(m, HostKind::Open); });
    good->send(answer(0, 1));
    const auto got = f.until(*good, [](const HostMessage& m) { return is(m, HostKind::Reveal); });
    CHECK(got.back().your_choice == 1u);
    f.advance(2'100);  // the silent connection never says hello; closing ones stop lingering

    const auto& st = f.host->stats();
    CHECK(st.malformed == 21);  // closed after 20 bad messages; the rest were never read
    CHECK(st.oversized == 1);
    CHECK(st.silent >= 1);  // the silent one (and the truncated one, if its end came late)
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
    f.start();
    f.advance(100);
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Open); });
    const auto frame = a->send(answer(0, 2));  // wrong
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Locked); });
    a->send_raw(frame);     // replay: same seq
    a->send(answer(0, 1));  // the right one, too late: the first press is locked
    a->send(answer(1, 1));  // another question
    a->send({ClientKind::Hello, 0, "K7QX3M", "A again", 0, 0});
    const auto rejected = f.until(
        *a, [](const HostMessage& m) { return is(m, HostKind::Rejected) && m.question == 1; });
    CHECK(rejected.back().rejection == classroom::AnswerVerdict::WrongQuestion);
    f.until_host([&] { return f.host->stats().out_of_order == 1; });
    CHECK(f.host->stats().replayed == 1);
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
    f.start();
    f.advance(100);
    f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Open); });
    b->send(answer(0, 1));
    f.until(*b, [](const HostMessage& m) { return is(m, HostKind::Locked); });
    f.advance(300);  // the limit is over by the host's clock: A's answer comes too late
    a->send(answer(0, 1));
    const auto got = f.until(*a, [](const HostMessage& m) { return is(m, HostKind::Rejected); });
    CHECK(got.back().rejection == classroom::AnswerVerdict::NotAnswering);  // revealed already
    CHECK(f.host->game().player(1)->score.points == 0);
    CHECK(f.host->game().player(2)->score.correct_answers == 1);
    check_scores_follow_the_rules(f.host->game());
}

TEST_CASE("a rejoin by name alone gets neither the token nor the score: the teacher decides") {
    Fixture f;
    auto mia = f.client();
    const auto welcome = f.join(*mia, "Mia");
    const auto points = play_first_question(f, *mia);
    CHECK(points > 0);
    mia.reset();  // Mia's laptop is gone
    f.until_host([&] { return !f.host->game().player(1)->connected; });

    auto other = f.client();
    const auto waiting = f.join(*other, "Mia");
    REQUIRE(waiting.kind == HostKind::Waiting);  // no welcome, no token, no score
    CHECK(waiting.text == "Mia");
    CHECK(waiting.token.empty());
    CHECK_FALSE(f.host->game().player(1)->connected);
    REQUIRE(f.host->room().seat_questions().size() == 1);
    CHECK(f.host->room().seat_questions().front().name == "Mia");

    SUBCASE("the teacher says no: a new player with nothing of Mia's") {
        CHECK(f.host->room().decline_seat(1));
        const auto w =
            f.until(*other, [](const HostMessage& m) { return is(m, HostKind::Welcome); }).back();
        CHECK_FALSE(w.rejoined);
        CHECK(w.text == "Mia 2");
        CHECK(w.token != welcome.token);
        CHECK(f.host->game().players().size() == 2);
        CHECK_FALSE(f.host->game().player(1)->connected);
        CHECK(f.host->game().player(1)->score.points == points);
        CHECK(f.host->game().player(2)->score.points == 0);
    }
    SUBCASE("the teacher lets her back: the seat and the score, under a new token") {
        CHECK(f.host->room().allow_seat(1));
        const auto w =
            f.until(*other, [](const HostMessage& m) { return is(m, HostKind::Welcome); }).back();
        CHECK(w.rejoined);
        CHECK(w.text == "Mia");
        CHECK(w.token != welcome.token);  // the old one takes the seat no more
        CHECK(f.host->game().players().size() == 1);
        CHECK(f.host->game().player(1)->connected);
        CHECK(f.host->game().player(1)->score.points == points);
        auto stale = f.client();
        const auto refused = f.join(*stale, "x", "K7QX3M", welcome.token);
        CHECK(refused.kind == HostKind::Welcome);
        CHECK(refused.text == "x");  // a new player: the old token is worth nothing now
    }
    CHECK(f.host->room().seat_questions().empty());
}

TEST_CASE("without a teacher to ask, a returning name is a new player at once") {
    auto options = loopback_options();
    options.room.returning = hosting::ReturningName::NewPlayer;
    Fixture f(2, 5'000, options);
    auto mia = f.client();
    f.join(*mia, "Mia");
    play_first_question(f, *mia);
    mia.reset();
    f.until_host([&] { return !f.host->game().player(1)->connected; });
    auto other = f.client();
    const auto w = f.join(*other, "Mia");
    CHECK(w.kind == HostKind::Welcome);
    CHECK(w.text == "Mia 2");
    CHECK(f.host->game().player(2)->score.points == 0);
}

TEST_CASE("the teacher removes a player: the student is told and the host no longer waits") {
    Fixture f;
    auto a = f.client();
    auto b = f.client();
    f.join(*a, "A");
    f.join(*b, "B");
    f.start();
    f.advance(100);
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
    const auto points = play_first_question(f, *old_link);

    // Without the token the same name is someone else.
    auto impostor = f.client();
    CHECK(f.join(*impostor, "Ada").text == "Ada 2");
    // With it, the new connection gets the seat and the old one is told.
    auto new_link = f.client();
    const auto back = f.join(*new_link, "Ada", "K7QX3M", w.token);
    CHECK(back.rejoined);
    CHECK(back.text == "Ada");
    CHECK(back.token == w.token);
    const auto told =
        f.until(*old_link, [](const HostMessage& m) { return is(m, HostKind::Refused); });
    CHECK(told.back().refusal == hosting::Refusal::Replaced);
    CHECK(f.host->game().player(1)->connected);
    CHECK(f.host->game().player(1)->score.points == points);
}

TEST_CASE("a locked room refuses new names, gives seats back by token and asks about names") {
    Fixture f;
    auto ada = f.client();
    const auto w = f.join(*ada, "Ada");
    auto ben = f.client();
    f.join(*ben, "Ben");
    f.start();
    CHECK(f.host->room().set_locked(true));
    CHECK(f.host->room().locked());

    auto late = f.client();
    const auto refused = f.join(*late, "Cleo");
    CHECK(refused.kind == HostKind::Refused);
    CHECK(refused.refusal == hosting::Refusal::RoomLocked);
    CHECK(f.host->game().players().size() == 2);

    ada.reset();  // Ada's Wi-Fi drops; her game comes back with the token
    f.until_host([&] { return !f.host->game().player(1)->connected; });
    auto ada_again = f.client();
    CHECK(f.join(*ada_again, "Ada", "K7QX3M", w.token).rejoined);

    ben.reset();  // Ben restarted and lost his token: the teacher decides; "no" means out
    f.until_host([&] { return !f.host->game().player(2)->connected; });
    auto ben_again = f.client();
    CHECK(f.join(*ben_again, "Ben").kind == HostKind::Waiting);
    CHECK(f.host->room().decline_seat(2));
    const auto out =
        f.until(*ben_again, [](const HostMessage& m) { return is(m, HostKind::Refused); });
    CHECK(out.back().refusal == hosting::Refusal::RoomLocked);
    CHECK(f.host->game().players().size() == 2);

    CHECK(f.host->room().set_locked(false));
    auto cleo = f.client();
    CHECK(f.join(*cleo, "Cleo").kind == HostKind::Welcome);
}

TEST_CASE("wrong codes from one computer wait longer and longer, another computer is not held up") {
    Fixture f;
    for (int i = 0; i < 4; ++i) {  // three typos are free; the fourth costs a second
        auto c = f.client();
        CHECK(f.join(*c, "Guess", "AAAAA" + std::to_string(i)).refusal ==
              hosting::Refusal::WrongCode);
    }
    auto early = f.client();
    const auto refused = f.join(*early, "Guess", "K7QX3M");  // even the right code is not heard
    CHECK(refused.refusal == hosting::Refusal::TooManyTries);
    CHECK(refused.retry_ms == 1'000);
    CHECK(f.host->stats().too_early == 1);
    // A student on another computer (another loopback address) joins meanwhile.
    LoopbackSocket student(f.host->port(), "127.0.0.2");
    student.send(hello_frame("Lena"));
    f.until_host([&] { return f.host->game().players().size() == 1; });
    f.advance(1'000);
    auto heard = f.client();
    CHECK(f.join(*heard, "Kim").kind == HostKind::Welcome);
}

TEST_CASE("a class of 300 joins and every student is seated and told so") {
    Fixture f(2, 5'000, loopback_options(), 300);
    std::vector<std::unique_ptr<ClassroomClient>> students;
    for (int i = 0; i < 300; ++i) {
        students.push_back(f.client());
        const auto w = f.join(*students.back(), "S" + std::to_string(i));
        REQUIRE(w.kind == HostKind::Welcome);
    }
    CHECK(f.host->game().connected_count() == 300);
    f.start();
    std::size_t told = 0;
    for (auto& s : students)
        told += f.until(*s, [](const HostMessage& m) { return is(m, HostKind::Question); }).empty()
                    ? 0
                    : 1;
    CHECK(told == 300);
}
