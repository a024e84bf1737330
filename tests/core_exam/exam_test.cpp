#include <doctest/doctest.h>

#include "exam/exam.hpp"

using namespace chronik;
using namespace chronik::exam;

namespace {

round::PresentedQuestion question(const std::string& id, std::size_t correct) {
    round::PresentedQuestion q;
    q.item_id = id;
    q.prompt = std::string("Frage ").append(id);
    q.choices = {"a", "b", "c", "d"};
    q.correct_choice = correct;
    return q;
}

// Five events dealt in the order given by `ranks`.
std::vector<ExamEvent> events(std::vector<std::size_t> ranks) {
    std::vector<ExamEvent> out;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        ExamEvent e;
        e.item_id = std::string("e").append(std::to_string(i));
        e.text = "Ereignis";
        e.rank = ranks[i];
        out.push_back(e);
    }
    return out;
}

Exam paper(TimeMs started = 1000) {
    return Exam({question("q1", 0), question("q2", 1), question("q3", 2), question("q4", 3)},
                events({2, 0, 4, 1, 3}), ExamRules{}, started);
}

}  // namespace

TEST_CASE("an exam counts the choices and one timeline question, the timeline last") {
    auto e = paper();
    CHECK(e.question_count() == 5);
    CHECK(e.is_timeline(4));
    CHECK_FALSE(e.is_timeline(3));
    CHECK(e.answered_count() == 0);
}

TEST_CASE("answers can be changed until the paper is handed in, then not at all") {
    auto e = paper();
    e.choose(0, 3);
    e.choose(0, 0);
    CHECK(e.chosen(0) == 0u);
    e.submit(2000);
    CHECK_THROWS_AS(e.choose(1, 1), ExamError);
    CHECK_THROWS_AS(e.place_timeline({0, 1, 2, 3, 4}), ExamError);
}

TEST_CASE("a perfect paper earns every point and grade 1") {
    auto e = paper();
    for (std::size_t q = 0; q < 4; ++q)
        e.choose(q, q);
    e.place_timeline({1, 3, 0, 4, 2});  // events by rank 0..4
    const auto& r = e.submit(61'000);
    CHECK(r.points == 12);
    CHECK(r.max_points == 12);
    CHECK(r.grade.grade == 1);
    CHECK(r.questions[4].correct);
    CHECK(r.time_used_ms == 60'000);
    CHECK_FALSE(r.timed_out);
}

TEST_CASE("unanswered questions and an untouched timeline earn nothing") {
    auto e = paper();
    e.choose(0, 0);
    const auto& r = e.submit(5000);
    CHECK(r.points == 2);
    CHECK_FALSE(r.questions[1].answered);
    CHECK_FALSE(r.questions[4].answered);
    CHECK(r.questions[4].points == 0);
    CHECK(r.timeline_pairs.total == 0);
    CHECK(r.grade.grade == 6);  // 2 of 12 = 16.7 %
}

TEST_CASE("the timeline earns its points by the share of ordered pairs, rounded down") {
    auto e = paper();
    // Ranks in the placed order: 0 1 2 4 3 -> 9 of 10 pairs ordered -> floor(4 * 0.9) = 3.
    e.place_timeline({1, 3, 0, 4, 2});
    std::vector<std::size_t> swapped{1, 3, 0, 2, 4};
    e.place_timeline(swapped);
    const auto& r = e.submit(5000);
    CHECK(r.timeline_pairs.ordered == 9);
    CHECK(r.timeline_pairs.total == 10);
    CHECK(r.questions[4].points == 3);
    CHECK_FALSE(r.questions[4].correct);
    CHECK(r.questions[4].partial());
    CHECK_FALSE(r.questions[0].partial());  // a choice earns all or nothing
}

TEST_CASE("the grade follows the IHK key on the exact share of points") {
    auto e = paper();
    // 3 choices right (6) + timeline 3 of 4 = 9 of 12 = 75 % -> 3 befriedigend.
    e.choose(0, 0);
    e.choose(1, 1);
    e.choose(2, 2);
    e.choose(3, 0);
    e.place_timeline({1, 3, 0, 2, 4});
    const auto& r = e.submit(5000);
    CHECK(r.points == 9);
    CHECK(r.grade.grade == 3);
    CHECK(r.grade.name_de == "befriedigend");
}

TEST_CASE("the clock runs from the start, after the limit the paper is graded as it stands") {
    auto e = paper(1000);
    CHECK(e.remaining_ms(1000) == 10 * kMinuteMs);
    CHECK(e.remaining_ms(1000 + 4 * kMinuteMs) == 6 * kMinuteMs);
    CHECK_FALSE(e.time_up(1000 + 10 * kMinuteMs - 1));
    CHECK(e.time_up(1000 + 10 * kMinuteMs));
    CHECK(e.remaining_ms(1000 + 20 * kMinuteMs) == 0);
    e.choose(0, 0);
    const auto& r = e.submit(1000 + 11 * kMinuteMs);
    CHECK(r.timed_out);
    CHECK(r.time_used_ms == 10 * kMinuteMs);
    CHECK(r.points == 2);
    // Handing in again changes nothing.
    CHECK(e.submit(1000 + 12 * kMinuteMs).time_used_ms == 10 * kMinuteMs);
}

TEST_CASE("bad papers and bad answers are rejected with a reason") {
    CHECK_THROWS_AS(Exam({}, {}, ExamRules{}, 0), std::invalid_argument);
    CHECK_THROWS_AS(Exam({question("q", 0)}, events({0}), ExamRules{}, 0), std::invalid_argument);
    CHECK_THROWS_AS(Exam({question("q", 0)}, events({0, 0}), ExamRules{}, 0),
                    std::invalid_argument);
    CHECK_THROWS_AS(Exam({question("q", 9)}, {}, ExamRules{}, 0), std::invalid_argument);
    ExamRules no_time;
    no_time.time_limit_ms = 0;
    CHECK_THROWS_AS(Exam({question("q", 0)}, {}, no_time, 0), std::invalid_argument);
    auto e = paper();
    CHECK_THROWS_AS(e.choose(0, 4), ExamError);
    CHECK_THROWS_AS(e.choose(4, 0), ExamError);  // the timeline is not a choice question
    CHECK_THROWS_AS(e.place_timeline({0, 1, 2, 3}), ExamError);
    CHECK_THROWS_AS(e.place_timeline({0, 0, 1, 2, 3}), ExamError);
    CHECK_THROWS_AS(e.result(), ExamError);
}

TEST_CASE("the scoring rule is written out with the grade key in both languages") {
    const auto de = scoring_rule_text(ExamRules{}, round::GradeKeyLanguage::German);
    CHECK(de.find("Je Auswahlfrage 2 Punkte") != std::string::npos);
    CHECK(de.find("Zeitleiste 4 Punkte") != std::string::npos);
    CHECK(de.find("IHK") == std::string::npos);  // a school app names school grades
    CHECK(de.find("92") != std::string::npos);
    const auto en = scoring_rule_text(ExamRules{}, round::GradeKeyLanguage::English);
    CHECK(en.find("2 points per multiple-choice question") != std::string::npos);
}
