// The classroom game: phases, the host's clock, one locked answer, scoring rules, teacher controls.
#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

#include "classroom/classroom_game.hpp"

using namespace chronik;
using namespace chronik::classroom;

namespace {

std::vector<ClassroomQuestion> questions(std::size_t n) {
    std::vector<ClassroomQuestion> qs;
    for (std::size_t i = 0; i < n; ++i) {
        qs.push_back({"q" + std::to_string(i),
                      "Frage " + std::to_string(i),
                      {"A", "B", "C", "D"},
                      i % 4,
                      ""});
    }
    return qs;
}

ClassroomSettings settings() {
    ClassroomSettings s;
    s.scoring.time_limit_ms = 20'000;
    s.reading_ms = 1'000;
    return s;
}

// Starts at t=0; answers open at t=1000.
constexpr TimeMs kOpen = 1'000;

std::int64_t points_of(const ClassroomGame& g, PlayerId id) {
    return g.player(id)->score.points;
}

}  // namespace

TEST_CASE("correct answers score round(1000 x (1 - t/2T)), at least 500, wrong ones score 0") {
    ClassroomGame g(questions(1), settings());
    const auto a = g.join("A").id, b = g.join("B").id, c = g.join("C").id, d = g.join("D").id;
    g.start(0);
    g.tick(kOpen);
    REQUIRE(g.phase() == Phase::Answering);
    CHECK(g.answer(a, 0, 0, kOpen) == AnswerVerdict::Accepted);           // t = 0
    CHECK(g.answer(b, 0, 0, kOpen + 10'000) == AnswerVerdict::Accepted);  // t = T/2
    CHECK(g.answer(d, 0, 1, kOpen + 12'000) == AnswerVerdict::Accepted);  // wrong
    CHECK(g.answer(c, 0, 0, kOpen + 19'999) == AnswerVerdict::Accepted);  // last moment
    CHECK(g.phase() == Phase::Reveal);
    CHECK(points_of(g, a) == 1000);
    CHECK(points_of(g, b) == 750);
    CHECK(points_of(g, c) == 500);  // round(500.0125)
    CHECK(points_of(g, d) == 0);
    CHECK(g.player(a)->score.correct_answers == 1);
    CHECK(g.player(d)->score.correct_answers == 0);
}

TEST_CASE("a streak earns min(100 x (streak - 1), 500) and a wrong answer ends it") {
    auto s = settings();
    s.reveal_ms = 0;
    s.leaderboard_ms = 0;
    s.reading_ms = 0;
    ClassroomGame g(questions(9), s);
    const auto a = g.join("A").id;
    g.start(0);
    std::vector<std::int64_t> gained;
    TimeMs now = 0;
    for (std::size_t q = 0; q < 9; ++q) {
        const std::size_t choice = q == 7 ? (q + 1) % 4 : q % 4;  // question 7 wrong
        const auto before = points_of(g, a);
        REQUIRE(g.answer(a, q, choice, now) == AnswerVerdict::Accepted);
        gained.push_back(points_of(g, a) - before);
        now += 10;
        g.tick(now);
    }
    // Instant answers: 1000 each plus 0,100,...,500,500 then 0 (wrong) then 1000+0.
    CHECK(gained == std::vector<std::int64_t>{1000, 1100, 1200, 1300, 1400, 1500, 1500, 0, 1000});
    CHECK(g.phase() == Phase::Podium);
}

TEST_CASE("with both bonuses off every correct answer scores 1000 flat") {
    auto s = settings();
    s.scoring.speed_bonus = round::SpeedBonus::Off;
    s.scoring.streak_bonus = round::StreakBonus::Off;
    s.reveal_ms = 0;
    s.leaderboard_ms = 0;
    ClassroomGame g(questions(3), s);
    const auto a = g.join("A").id;
    g.start(0);
    TimeMs now = 0;
    for (std::size_t q = 0; q < 3; ++q) {
        now += 1'000;
        g.tick(now);
        REQUIRE(g.answer(a, q, q % 4, now + 15'000) == AnswerVerdict::Accepted);
        now += 15'000;
        g.tick(now + 1);
    }
    CHECK(points_of(g, a) == 3000);
}

TEST_CASE("the first press locks the answer, later presses and late answers are rejected") {
    ClassroomGame g(questions(2), settings());
    const auto a = g.join("A").id, b = g.join("B").id;
    g.start(0);
    CHECK(g.answer(a, 0, 0, 500) == AnswerVerdict::NotAnswering);  // reading pause
    g.tick(kOpen);
    CHECK(g.answer(a, 0, 1, kOpen + 100) == AnswerVerdict::Accepted);
    CHECK(g.answer(a, 0, 0, kOpen + 200) == AnswerVerdict::AlreadyAnswered);
    CHECK(g.answer(b, 0, 9, kOpen + 200) == AnswerVerdict::NoSuchChoice);
    CHECK(g.answer(b, 1, 0, kOpen + 200) == AnswerVerdict::WrongQuestion);
    CHECK(g.answer(99, 0, 0, kOpen + 200) == AnswerVerdict::UnknownPlayer);
    CHECK(g.phase() == Phase::Answering);  // b has not answered yet
    CHECK(g.answer(b, 0, 0, kOpen + 20'000) == AnswerVerdict::TooLate);
    CHECK(g.phase() == Phase::Reveal);
    CHECK(points_of(g, a) == 0);  // the locked (wrong) first answer counts
    CHECK(points_of(g, b) == 0);
    REQUIRE(g.results().size() == 1);
    CHECK(g.results()[0].choice_counts == std::vector<std::size_t>{0, 1, 0, 0});
    CHECK(g.results()[0].no_answer == 1);
}

TEST_CASE("the reveal waits until every connected player answered or the time is up") {
    ClassroomGame g(questions(1), settings());
    const auto a = g.join("A").id, b = g.join("B").id, c = g.join("C").id;
    g.start(0);
    g.tick(kOpen);
    g.answer(a, 0, 0, kOpen + 1);
    g.answer(b, 0, 0, kOpen + 2);
    g.tick(kOpen + 19'999);
    CHECK(g.phase() == Phase::Answering);
    SUBCASE("a disconnected player is not waited for") {
        g.disconnect(c);
        g.tick(kOpen + 19'999);
        CHECK(g.phase() == Phase::Reveal);
        // Gone without an answer: absent, not "no answer" (the summary does not count them).
        CHECK(g.results()[0].no_answer == 0);
        CHECK(g.results()[0].absent == 1);
    }
    SUBCASE("time up reveals") {
        g.tick(kOpen + 20'000);
        CHECK(g.phase() == Phase::Reveal);
    }
}

TEST_CASE("without a timer only all answers or the teacher reveal, and points are 1000") {
    auto s = settings();
    s.scoring.time_limit_ms.reset();
    ClassroomGame g(questions(1), s);
    const auto a = g.join("A").id;
    g.join("B");
    g.start(0);
    g.tick(kOpen);
    g.answer(a, 0, 0, kOpen + 500'000);
    g.tick(kOpen + 10'000'000);
    CHECK(g.phase() == Phase::Answering);
    CHECK_FALSE(g.time_left_ms(kOpen + 10'000'000).has_value());
    CHECK(g.reveal_now(kOpen + 10'000'001));
    CHECK(g.phase() == Phase::Reveal);
    CHECK(points_of(g, a) == 1000);
}

TEST_CASE("a pause stops the clock for the countdown and the response time") {
    ClassroomGame g(questions(1), settings());
    const auto a = g.join("A").id;
    g.start(0);
    g.tick(kOpen);
    CHECK(g.pause(kOpen + 5'000));
    CHECK(g.answer(a, 0, 0, kOpen + 6'000) == AnswerVerdict::Paused);
    g.tick(kOpen + 60'000);
    CHECK(g.phase() == Phase::Answering);
    CHECK(g.resume(kOpen + 60'000));
    CHECK(*g.time_left_ms(kOpen + 60'000) == 15'000);
    CHECK(g.answer(a, 0, 0, kOpen + 65'000) == AnswerVerdict::Accepted);  // 10 s of play
    CHECK(points_of(g, a) == 750);
}

TEST_CASE("skip drops a question unscored and keeps streaks, end goes to the podium") {
    auto s = settings();
    s.reading_ms = 0;
    ClassroomGame g(questions(3), s);
    const auto a = g.join("A").id;
    g.start(0);
    g.answer(a, 0, 0, 0);
    CHECK(g.phase() == Phase::Reveal);
    CHECK(g.next(1));
    CHECK(g.phase() == Phase::Leaderboard);
    CHECK(g.next(2));
    CHECK(g.question_index() == 1);
    CHECK(g.skip(3));
    CHECK(g.question_index() == 2);
    CHECK(g.results()[1].skipped);
    CHECK(g.answer(a, 2, 2, 3) == AnswerVerdict::Accepted);
    CHECK(g.player(a)->score.streak == 2);
    CHECK(points_of(g, a) == 1000 + 1100);
    CHECK(g.end(4));
    CHECK(g.phase() == Phase::Podium);
    CHECK_FALSE(g.end(5));
}

TEST_CASE("equal scores share a rank and the podium takes every tie") {
    auto s = settings();
    s.reading_ms = 0;
    ClassroomGame g(questions(1), s);
    const auto a = g.join("A").id, b = g.join("B").id, c = g.join("C").id, d = g.join("D").id;
    g.start(0);
    g.answer(a, 0, 0, 0);
    g.answer(b, 0, 0, 10'000);
    g.answer(c, 0, 0, 10'000);
    g.answer(d, 0, 0, 10'000);
    const auto st = g.standings();
    REQUIRE(st.size() == 4);
    CHECK(st[0].id == "A");
    CHECK(st[0].rank == 1);
    CHECK(st[1].rank == 2);
    CHECK(st[3].rank == 2);
    CHECK(g.podium().size() == 4);
}

TEST_CASE(
    "the same name again is a new player, also after the first left, only reconnect gives the "
    "seat back") {
    auto s = settings();
    s.reading_ms = 0;
    ClassroomGame g(questions(2), s);
    const auto first = g.join("  Lena ");
    REQUIRE(first.accepted());
    const auto other = g.join("Lena");
    CHECK(other.verdict == JoinVerdict::Joined);
    CHECK(other.name == "Lena 2");
    g.start(0);
    g.answer(first.id, 0, 0, 0);
    g.answer(other.id, 0, 1, 0);
    const auto points = points_of(g, first.id);
    CHECK(points == 1000);
    g.disconnect(first.id);
    REQUIRE(g.player_named(" Lena"));
    CHECK(g.player_named(" Lena")->id == first.id);
    const auto stranger = g.join("Lena");
    CHECK(stranger.verdict == JoinVerdict::Joined);
    CHECK(stranger.id != first.id);
    CHECK(stranger.name == "Lena 3");
    CHECK(points_of(g, stranger.id) == 0);
    CHECK_FALSE(g.player(first.id)->connected);
    CHECK(g.reconnect(first.id));
    CHECK(g.player(first.id)->connected);
    CHECK(points_of(g, first.id) == points);
    CHECK(g.join("\x01\x02 ").verdict == JoinVerdict::EmptyName);
}

TEST_CASE("a removed player leaves the standings and is no longer waited for") {
    ClassroomGame g(questions(1), settings());
    const auto a = g.join("A").id, b = g.join("B").id;
    g.start(0);
    g.tick(kOpen);
    g.answer(a, 0, 0, kOpen);
    CHECK(g.phase() == Phase::Answering);
    CHECK(g.remove_player(b));
    g.tick(kOpen + 1);
    CHECK(g.phase() == Phase::Reveal);
    CHECK(g.standings().size() == 1);
    CHECK(g.answer(b, 0, 0, kOpen + 2) == AnswerVerdict::UnknownPlayer);
}

TEST_CASE(
    "a whole game runs by itself to the podium with timers and keeps a distribution per question") {
    auto s = settings();
    s.reveal_ms = 2'000;
    s.leaderboard_ms = 2'000;
    s.podium_size = 3;
    ClassroomGame g(questions(4), s);
    for (int i = 0; i < 5; ++i)
        g.join("P" + std::to_string(i));
    g.start(0);
    // Nobody answers: a long silence passes every phase, one tick at a time.
    for (TimeMs t = 0; t <= 4 * 25'000 && g.phase() != Phase::Podium; t += 100)
        g.tick(t);
    CHECK(g.phase() == Phase::Podium);
    REQUIRE(g.results().size() == 4);
    for (const auto& r : g.results())
        CHECK(r.no_answer == 5);
    CHECK(g.podium().size() == 5);  // all tied at 0
}

TEST_CASE("settings that cannot work are refused") {
    auto s = settings();
    s.podium_size = 2;
    CHECK_THROWS_AS(ClassroomGame(questions(1), s), std::invalid_argument);
    s.podium_size = 11;
    CHECK_THROWS_AS(ClassroomGame(questions(1), s), std::invalid_argument);
    s = settings();
    s.scoring.time_limit_ms = 0;
    CHECK_THROWS_AS(ClassroomGame(questions(1), s), std::invalid_argument);
    CHECK_THROWS_AS(ClassroomGame({}, settings()), std::invalid_argument);
    ClassroomGame g(questions(1), settings());
    g.start(0);
    CHECK_THROWS_AS(g.start(1), std::logic_error);
}

TEST_CASE("a clock that goes back is treated as standing still") {
    ClassroomGame g(questions(1), settings());
    const auto a = g.join("A").id;
    g.start(10'000);
    g.tick(11'000);
    CHECK(g.answer(a, 0, 0, 5'000) == AnswerVerdict::Accepted);
    CHECK(points_of(g, a) == 1000);
}

TEST_CASE("a question's own time limit (from a Kahoot sheet) replaces the game's timer") {
    auto qs = questions(2);
    qs[0].time_limit_ms = 5'000;
    ClassroomGame g(qs, settings());
    const auto a = g.join("A").id;
    g.join("B");
    g.start(0);
    g.tick(kOpen);
    CHECK(g.current_scoring().time_limit_ms == 5'000);
    CHECK(g.time_left_ms(kOpen + 1'000) == 4'000);
    CHECK(g.answer(a, 0, 0, kOpen + 2'500) == AnswerVerdict::Accepted);  // half of 5 s
    g.tick(kOpen + 4'999);
    CHECK(g.phase() == Phase::Answering);
    g.tick(kOpen + 5'000);
    CHECK(g.phase() == Phase::Reveal);
    CHECK(points_of(g, a) == 750);
    // Without a timer the teacher reveals; a question's limit does not switch one on.
    ClassroomSettings untimed = settings();
    untimed.scoring.time_limit_ms.reset();
    ClassroomGame h(qs, untimed);
    h.join("A");
    h.start(0);
    h.tick(kOpen + 60'000);
    CHECK(h.phase() == Phase::Answering);
    CHECK_FALSE(h.current_scoring().time_limit_ms);
}

namespace {

// Events shown as C A D B; the true order is A B C D (ranks 2 0 3 1).
ClassroomQuestion timeline_question() {
    ClassroomQuestion q;
    q.item_id = "timeline:a,b,c,d";
    q.prompt = "Ordne";
    q.choices = {"C", "A", "D", "B"};
    q.timeline_ranks = {2, 0, 3, 1};
    q.timeline_dates = {"1930", "1910", "1940", "1920"};
    return q;
}

}  // namespace

TEST_CASE("a timeline question takes an order of its events and scores it by ordered pairs") {
    auto qs = questions(1);
    qs.insert(qs.begin(), timeline_question());
    ClassroomGame g(qs, settings());
    const auto a = g.join("A").id, b = g.join("B").id, c = g.join("C").id, d = g.join("D").id;
    g.start(0);
    g.tick(kOpen);
    const std::vector<std::size_t> right{1, 3, 0, 2}, swapped{3, 1, 0, 2}, reversed{2, 0, 3, 1};
    // Not a permutation of the offered ids, or the wrong kind of answer: rejected, nothing locked.
    CHECK(g.answer_order(a, 0, std::vector<std::size_t>{1, 3, 0}, kOpen) ==
          AnswerVerdict::BadOrder);
    CHECK(g.answer_order(a, 0, std::vector<std::size_t>{1, 3, 0, 0}, kOpen) ==
          AnswerVerdict::BadOrder);
    CHECK(g.answer_order(a, 0, std::vector<std::size_t>{1, 3, 0, 4}, kOpen) ==
          AnswerVerdict::BadOrder);
    CHECK(g.answer_order(a, 0, std::vector<std::size_t>{1, 3, 0, 2, 2}, kOpen) ==
          AnswerVerdict::BadOrder);
    CHECK(g.answer(a, 0, 1, kOpen) == AnswerVerdict::BadOrder);
    CHECK_FALSE(g.has_answered(a));
    CHECK(g.answer_order(a, 0, right, kOpen) == AnswerVerdict::Accepted);
    CHECK(g.answer_order(a, 0, swapped, kOpen) == AnswerVerdict::AlreadyAnswered);
    CHECK(g.answer_order(b, 0, swapped, kOpen + 10'000) == AnswerVerdict::Accepted);  // 5 of 6
    CHECK(g.answer_order(c, 0, reversed, kOpen) == AnswerVerdict::Accepted);
    g.tick(kOpen + 20'000);  // d gives no answer
    REQUIRE(g.phase() == Phase::Reveal);
    CHECK(points_of(g, a) == 1000);
    CHECK(points_of(g, b) == (2 * 750 * 83 + 100) / 200);  // 83 % of 750 = 623
    CHECK(points_of(g, c) == 0);
    CHECK(points_of(g, d) == 0);
    CHECK(g.player(a)->score.correct_answers == 1);
    CHECK(g.player(b)->score.correct_answers == 0);
    const auto& r = g.results().back();
    CHECK(r.correct_count() == 1);
    CHECK(r.no_answer == 1);
    // Per event: how many put it in its right slot (a: all four; b: C and D; c: none).
    CHECK(r.choice_counts == std::vector<std::size_t>{2, 1, 2, 1});
    CHECK(r.answers[1].pairs->ordered == 5);
    CHECK(r.answers[1].order == swapped);
    // A multiple-choice question takes no order.
    g.next(kOpen + 20'001);
    g.next(kOpen + 20'002);
    g.tick(kOpen + 30'000);
    REQUIRE(g.phase() == Phase::Answering);
    CHECK(g.answer_order(a, 1, right, kOpen + 30'000) == AnswerVerdict::NoSuchChoice);
}

TEST_CASE("a timeline question must carry a permutation of ranks and a date per event") {
    auto q = timeline_question();
    q.timeline_ranks = {0, 0, 1, 2};
    CHECK_THROWS_AS(ClassroomGame({q}, settings()), std::invalid_argument);
    q = timeline_question();
    q.timeline_dates.pop_back();
    CHECK_THROWS_AS(ClassroomGame({q}, settings()), std::invalid_argument);
}
