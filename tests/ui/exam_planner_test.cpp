// The exam planner of game/app: plans on its worker from copied inputs, delivers the plan of the
// newest request, drops a plan that a newer request replaced, and turns a failure into a problem.
#include <doctest/doctest.h>

#include <chrono>
#include <future>
#include <stdexcept>
#include <string>

#include "app/exam_planner.hpp"
#include "bank/question_bank.hpp"
#include "progress/profile_progress.hpp"
#include "progress/study_day.hpp"
#include "study/exam_preparation.hpp"

using namespace chronik;
using namespace std::chrono_literals;

namespace {

constexpr TimeMs kEvening = 1767286800000;  // 2026-01-01 17:00 UTC
constexpr int kOffset = 60;

bank::QuestionBank flashcard_bank(int cards) {
    bank::QuestionBank bank;
    bank::Deck deck;
    deck.id = "karten";
    for (int i = 0; i < cards; ++i) {
        bank::Item item;
        // Appended (g++ 12 warns falsely about "c" + std::string at -O2).
        item.id = "c";
        item.id.append(std::to_string(i));
        std::string front = "Vorne ", back = "Hinten ";
        front.append(item.id);
        back.append(item.id);
        item.body = bank::Flashcard{front, back};
        deck.items.push_back(std::move(item));
    }
    bank.add_deck(deck);
    return bank;
}

ProfileSettings exam_in(int days, int minutes) {
    ProfileSettings s;
    ExamGoal goal;
    goal.date = civil_from_days(utc_day_number(kEvening) + days);
    goal.minutes_per_day = minutes;
    s.exam = goal;
    return s;
}

app::ExamPlanResult ticketed(std::string problem) {
    app::ExamPlanResult r;
    r.problem = std::move(problem);
    return r;
}

}  // namespace

TEST_CASE("The planner delivers on its worker the plan prepare_exam makes, with its advice") {
    const auto bank = flashcard_bank(300);
    const ProfileProgress progress;
    const auto settings = exam_in(30, 10);
    auto inputs =
        study::exam_plan_inputs(bank, settings, progress, kDefaultFsrsWeights, kEvening, kOffset);
    REQUIRE(inputs);
    const auto direct =
        study::prepare_exam(bank, settings, progress, kDefaultFsrsWeights, kEvening, kOffset);
    REQUIRE(direct);

    app::ExamPlanner planner;
    CHECK_FALSE(planner.take());
    const auto ticket = planner.request(std::move(*inputs));
    REQUIRE(planner.wait(20s));
    auto done = planner.take();
    REQUIRE(done);
    CHECK(done->ticket == ticket);
    CHECK(done->problem.empty());
    REQUIRE(done->preparation);
    CHECK(done->preparation->items == direct->items);
    CHECK(done->preparation->today == direct->today);
    CHECK(done->preparation->plan.days.size() == direct->plan.days.size());
    CHECK(done->preparation->plan.exam_recall == doctest::Approx(direct->plan.exam_recall));
    REQUIRE(done->advice);
    CHECK(done->advice->minutes == 10);
    CHECK(done->advice->recall == doctest::Approx(direct->plan.exam_recall));
    // Delivered once.
    CHECK_FALSE(planner.take());
}

TEST_CASE("A plan finished for a request that a newer one replaced is dropped, not delivered") {
    app::ExamPlanner planner;
    std::promise<void> started, release;
    auto released = release.get_future().share();
    int waiting_runs = 0;
    // The first request runs until released; the second waits and is replaced by the third.
    planner.request_job([&] {
        started.set_value();
        released.wait();
        return ticketed("first");
    });
    started.get_future().wait();
    planner.request_job([&] {
        ++waiting_runs;
        return ticketed("second");
    });
    const auto third = planner.request_job([] { return ticketed("third"); });
    release.set_value();
    REQUIRE(planner.wait(20s));
    auto done = planner.take();
    REQUIRE(done);
    CHECK(done->ticket == third);
    CHECK(done->problem == "third");
    CHECK(waiting_runs == 0);       // replaced before it started
    CHECK(planner.dropped() == 1);  // the first, finished after the third was asked for
    CHECK_FALSE(planner.take());
}

TEST_CASE("A plan that cannot be made comes back as a problem, and the worker goes on") {
    app::ExamPlanner planner;
    planner.request_job([]() -> app::ExamPlanResult { throw std::invalid_argument("zu weit"); });
    REQUIRE(planner.wait(20s));
    auto done = planner.take();
    REQUIRE(done);
    CHECK(done->problem == "zu weit");
    CHECK_FALSE(done->preparation);

    // An exam more than 400 days away, planned for real.
    const auto bank = flashcard_bank(10);
    auto inputs = study::exam_plan_inputs(bank, exam_in(500, 10), ProfileProgress{},
                                          kDefaultFsrsWeights, kEvening, kOffset);
    REQUIRE(inputs);
    planner.request(std::move(*inputs));
    REQUIRE(planner.wait(20s));
    done = planner.take();
    REQUIRE(done);
    CHECK_FALSE(done->problem.empty());
    CHECK_FALSE(done->preparation);
}
