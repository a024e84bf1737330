#include <doctest/doctest.h>

#include "classroom/class_review.hpp"

using namespace chronik;
using namespace chronik::classroom;
using namespace chronik::classroom;

namespace {

std::vector<ClassroomQuestion> questions(std::size_t n) {
    std::vector<ClassroomQuestion> qs;
    for (std::size_t i = 0; i < n; ++i)
        qs.push_back(
            {"q" + std::to_string(i), "Frage " + std::to_string(i), {"A", "B", "C"}, 1, ""});
    return qs;
}

}  // namespace

TEST_CASE("the review counts each question's choices and lists the most often wrong first") {
    ClassroomSettings s;
    s.reading_ms = 0;
    ClassroomGame g(questions(4), s);
    const auto a = g.join("Anna").id, b = g.join("Ben").id, c = g.join("Cem").id;
    TimeMs now = 0;
    g.start(now);
    g.tick(now);
    // Question 0: everyone right.
    for (const auto p : {a, b, c})
        REQUIRE(g.answer(p, 0, 1, now) == AnswerVerdict::Accepted);
    REQUIRE(g.phase() == Phase::Reveal);
    g.next(now);
    g.next(now);
    // Question 1: one right, one wrong, one no answer (the teacher reveals).
    g.tick(now);
    REQUIRE(g.answer(a, 1, 1, now) == AnswerVerdict::Accepted);
    REQUIRE(g.answer(b, 1, 2, now) == AnswerVerdict::Accepted);
    REQUIRE(g.reveal_now(now));
    g.next(now);
    g.next(now);
    // Question 2: skipped. Question 3: nobody right.
    REQUIRE(g.skip(now));
    g.tick(now);
    for (const auto p : {a, b, c})
        REQUIRE(g.answer(p, 3, 0, now) == AnswerVerdict::Accepted);
    REQUIRE(g.phase() == Phase::Reveal);

    const auto review = review_questions(g);
    REQUIRE(review.size() == 4);
    CHECK(review[0].correct == 3);
    CHECK(review[0].players == 3);
    CHECK(review[0].counts == std::vector<std::size_t>{0, 3, 0});
    CHECK(review[0].correct_answer == "B");
    CHECK(review[1].correct == 1);
    CHECK(review[1].no_answer == 1);
    CHECK(review[1].counts == std::vector<std::size_t>{0, 1, 1});
    CHECK(review[2].skipped);
    CHECK(review[2].correct_share() == 0.0);
    CHECK(review[3].correct == 0);
    CHECK(review[3].counts == std::vector<std::size_t>{3, 0, 0});
    CHECK(review[3].prompt == "Frage 3");

    // Worst first; the skipped question is left out.
    CHECK(hardest_first(review) == std::vector<std::size_t>{3, 1, 0});
}

TEST_CASE(
    "equal shares of right answers keep the game order and an empty class counts as none right") {
    std::vector<QuestionReview> r(3);
    r[0].players = 4;
    r[0].correct = 2;
    r[1].players = 2;
    r[1].correct = 1;
    r[2].players = 0;
    CHECK(r[2].correct_share() == 0.0);
    CHECK(hardest_first(r) == std::vector<std::size_t>{2, 0, 1});
}

TEST_CASE("the class missed a question when fewer than half of its players were right") {
    QuestionReview q;
    q.players = 4;
    q.correct = 1;
    CHECK(q.missed_by_class());
    q.correct = 2;  // half is not fewer than half
    CHECK_FALSE(q.missed_by_class());
    q.players = 5;  // two of five
    CHECK(q.missed_by_class());
    q.skipped = true;
    CHECK_FALSE(q.missed_by_class());
    QuestionReview empty;  // nobody played: nobody was right
    CHECK(empty.missed_by_class());
}

TEST_CASE("a student who left before the reveal without answering is not counted") {
    ClassroomSettings s;
    s.reading_ms = 0;
    ClassroomGame g(questions(2), s);
    const auto a = g.join("Anna").id, b = g.join("Ben").id, c = g.join("Cem").id;
    TimeMs now = 0;
    g.start(now);
    g.tick(now);
    REQUIRE(g.answer(a, 0, 1, now) == AnswerVerdict::Accepted);
    REQUIRE(g.answer(b, 0, 2, now) == AnswerVerdict::Accepted);
    g.disconnect(c);
    g.tick(now);
    if (g.phase() != Phase::Reveal) REQUIRE(g.reveal_now(now));
    const auto review = review_questions(g);
    REQUIRE(review.size() == 1);
    CHECK(review[0].players == 2);
    CHECK(review[0].correct == 1);
    CHECK(review[0].no_answer == 0);
    CHECK(g.results()[0].absent == 1);
}
