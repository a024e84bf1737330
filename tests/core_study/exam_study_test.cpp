// A profile preparing for its exam: the exam's cards, the plan from the profile's progress, the
// session following it, and the advice when time is short.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question_bank.hpp"
#include "progress/profile_progress.hpp"
#include "progress/study_day.hpp"
#include "study/exam_preparation.hpp"
#include "study/study_session.hpp"

using namespace chronik;
using namespace chronik::study;

namespace {

// 2026-01-01 17:00 UTC (18:00 in UTC+1): an evening session.
constexpr TimeMs kEvening = 1767286800000;
constexpr int kOffset = 60;

// The parts joined (not "literal" + std::string, which g++ 12 warns about falsely at -O2).
std::string cat(std::string_view a, std::string_view b, std::string_view c = {}) {
    std::string out(a);
    out.append(b);
    out.append(c);
    return out;
}

bank::Item mc(const std::string& id, std::vector<std::string> tags) {
    bank::Item i;
    i.id = id;
    i.quote = cat("Zitat ", id);
    i.tags = std::move(tags);
    i.body = bank::MultipleChoice{cat("Frage ", id, "?"),
                                  cat("Antwort ", id),
                                  bank::AnswerType::Term,
                                  {cat("A ", id), cat("B ", id), cat("C ", id)},
                                  ""};
    return i;
}

bank::Item flashcard(const std::string& id) {
    bank::Item i;
    i.id = id;
    i.tags = {"Begriffe"};
    i.body = bank::Flashcard{cat("Vorne ", id), cat("Hinten ", id)};
    return i;
}

// Deck "krieg": 20 questions, tagged "Koreakrieg" (k1..k10) or "Diplomatie" (k11..k20);
// deck "begriffe": 8 flashcards.
bank::QuestionBank make_bank() {
    bank::QuestionBank bank;
    bank::Deck krieg;
    krieg.id = "krieg";
    for (int i = 1; i <= 20; ++i)
        krieg.items.push_back(
            mc(cat("k", std::to_string(i)), {i <= 10 ? "Koreakrieg" : "Diplomatie", "alle"}));
    bank.add_deck(krieg);
    bank::Deck begriffe;
    begriffe.id = "begriffe";
    for (int i = 1; i <= 8; ++i)
        begriffe.items.push_back(flashcard(cat("f", std::to_string(i))));
    bank.add_deck(begriffe);
    return bank;
}

// An exam on the deck "krieg" `days` days after kEvening's date, at 08:00, with `minutes` a day.
ProfileSettings with_exam(int days, int minutes) {
    ProfileSettings s;
    ExamGoal goal;
    goal.date = civil_from_days(utc_day_number(kEvening) + days);
    goal.decks = {"krieg"};
    goal.minutes_per_day = minutes;
    s.exam = goal;
    return s;
}

void answer(ProfileProgress& progress, StudySession& session, const std::string& id, TimeMs at,
            Rating rating = Rating::Good) {
    const auto step = session.review(progress, id, rating, at);
    progress.apply(ReviewRecord::review(id, at, rating, RoundKind::Flashcard, 8000, kOffset,
                                        step.before, step.after));
}

std::vector<std::string> ids(const std::vector<const bank::Item*>& items) {
    std::vector<std::string> out;
    for (const auto* i : items)
        out.push_back(i->id);
    return out;
}

}  // namespace

TEST_CASE("An exam covers its decks and topics, or the profile's decks when it names none") {
    const auto bank = make_bank();
    ProfileSettings settings;
    ExamGoal goal;
    CHECK(exam_items(bank, settings, goal).size() == 28);
    goal.decks = {"krieg"};
    CHECK(exam_items(bank, settings, goal).size() == 20);
    goal.topics = {"Koreakrieg"};
    const auto korea = ids(exam_items(bank, settings, goal));
    REQUIRE(korea.size() == 10);
    CHECK(korea.front() == "k1");
    CHECK(korea.back() == "k10");
    settings.decks = {"begriffe"};
    goal.decks.clear();
    goal.topics.clear();
    CHECK(exam_items(bank, settings, goal).size() == 8);
    CHECK(topics_of(bank, {"krieg"}) ==
          std::vector<Topic>{{"Diplomatie", 10}, {"Koreakrieg", 10}, {"alle", 20}});
}

TEST_CASE("The exam's figures: days left, today's planned cards and the predicted recall") {
    const auto bank = make_bank();
    ProfileProgress progress;
    const auto settings = with_exam(5, 2);  // 2 minutes at 20 s an answer: 6 answers a day
    const auto prep =
        prepare_exam(bank, settings, progress, kDefaultFsrsWeights, kEvening, kOffset);
    REQUIRE(prep);
    CHECK(prep->active());
    CHECK(prep->days_left == 5);
    CHECK(prep->items.size() == 20);
    CHECK(prep->seconds_per_answer == kDefaultSecondsPerAnswer);
    CHECK(prep->answers_per_day() == 6);
    CHECK(ids(prep->today) == std::vector<std::string>{"k1", "k2", "k3", "k4", "k5", "k6"});
    // Today and the next four evenings; the exam is on the fifth morning.
    CHECK(prep->plan.days.size() == 5);
    CHECK(prep->plan.new_cards_introduced == 20);
    CHECK(prep->plan.exam_recall > 0.5);
    CHECK(!prepare_exam(bank, ProfileSettings{}, progress, kDefaultFsrsWeights, kEvening, kOffset));
}

TEST_CASE("Lernen follows the plan: today's planned cards first, then the other decks' queue") {
    const auto bank = make_bank();
    ProfileProgress progress;
    auto settings = with_exam(5, 2);
    // The profile's limits count every answer of the day, the plan's too: 6 + 3 new cards.
    settings.daily_new_limit = 9;
    StudySession session(bank, settings, "anna", 1);
    std::vector<std::string> shown;
    TimeMs now = kEvening;
    for (int i = 0; i < 9; ++i) {
        const auto turn = session.next_card(progress, now, kOffset);
        REQUIRE(turn);
        shown.push_back(turn->item->id);
        answer(progress, session, turn->item->id, now);
        now += 20'000;
    }
    // The plan's six new exam cards, then the flashcards of the other deck within what the
    // new-card limit leaves; no exam card twice a day.
    CHECK(std::vector<std::string>(shown.begin(), shown.begin() + 6) ==
          std::vector<std::string>{"k1", "k2", "k3", "k4", "k5", "k6"});
    CHECK(std::vector<std::string>(shown.begin() + 6, shown.end()) ==
          std::vector<std::string>{"f1", "f2", "f3"});
    // Learning steps of the other deck come back later today; no exam card does.
    const auto later = session.next_card(progress, now + 15 * kMinuteMs, kOffset);
    if (later) CHECK(later->item->id[0] == 'f');

    // Tomorrow the plan goes on from what happened, within one day's budget.
    const TimeMs tomorrow = kEvening + kDayMs;
    const auto prep = session.exam(progress, tomorrow, kOffset);
    REQUIRE(prep);
    CHECK(prep->today.size() == 6);
    CHECK(prep->plan.new_cards == 14);
    CHECK(session.next_card(progress, tomorrow, kOffset)->item->id == prep->today.front()->id);
}

TEST_CASE("A missed day is re-planned without a pile-up") {
    const auto bank = make_bank();
    ProfileProgress progress;
    const auto settings = with_exam(6, 2);
    const auto today =
        prepare_exam(bank, settings, progress, kDefaultFsrsWeights, kEvening, kOffset);
    const auto after_missing =
        prepare_exam(bank, settings, progress, kDefaultFsrsWeights, kEvening + 2 * kDayMs, kOffset);
    REQUIRE(today);
    REQUIRE(after_missing);
    CHECK(after_missing->today.size() == 6);  // a day's budget, not three
    for (const auto& day : after_missing->plan.days)
        CHECK(day.reviews + day.new_cards <= 6);
    CHECK(after_missing->plan.exam_recall < today->plan.exam_recall);
}

TEST_CASE("A quiz during the plan asks today's planned questions first") {
    const auto bank = make_bank();
    ProfileProgress progress;
    auto settings = with_exam(5, 2);
    settings.exam->topics = {"Diplomatie"};
    StudySession session(bank, settings, "anna", 3);
    const auto drawn = session.draw_quiz(progress, 10, kEvening, kOffset);
    REQUIRE(drawn.size() == 10);
    std::vector<std::string> first;
    for (std::size_t i = 0; i < 6; ++i)
        first.push_back(drawn[i].item->id);
    CHECK(first == std::vector<std::string>{"k11", "k12", "k13", "k14", "k15", "k16"});
}

TEST_CASE("After the exam the profile studies with the plain queue again") {
    const auto bank = make_bank();
    ProfileProgress progress;
    const auto settings = with_exam(3, 2);
    StudySession session(bank, settings, "anna", 1);
    const auto prep = session.exam(progress, kEvening, kOffset);
    REQUIRE(prep);
    const TimeMs after = prep->exam_at + kHourMs;
    const auto over = session.exam(progress, after, kOffset);
    REQUIRE(over);
    CHECK(!over->active());
    CHECK(over->today.empty());
    CHECK(over->plan.days.empty());
    // The queue again includes the exam's deck (bank order: k1 first).
    CHECK(session.next_card(progress, after, kOffset)->item->id == "k1");
}

TEST_CASE("With too little time the advice names the minutes that would reach 90 %") {
    const auto bank = make_bank();
    ProfileProgress progress;
    auto settings = with_exam(2, 1);  // 3 answers a day for 20 cards in two days
    auto prep = prepare_exam(bank, settings, progress, kDefaultFsrsWeights, kEvening, kOffset);
    REQUIRE(prep);
    auto advice = budget_advice(*prep, progress, kDefaultFsrsWeights, kEvening, kOffset);
    CHECK(advice.minutes == 1);
    CHECK(!advice.enough);
    CHECK(advice.recall == doctest::Approx(prep->plan.exam_recall));
    REQUIRE(advice.more_minutes);
    CHECK(*advice.more_minutes > 1);
    CHECK(advice.more_recall > advice.recall);

    settings = with_exam(20, 30);
    prep = prepare_exam(bank, settings, progress, kDefaultFsrsWeights, kEvening, kOffset);
    advice = budget_advice(*prep, progress, kDefaultFsrsWeights, kEvening, kOffset);
    CHECK(advice.enough);
    CHECK(!advice.more_minutes);
}

TEST_CASE("The time per answer is measured from the profile's recent days") {
    ProfileProgress progress;
    CHECK(seconds_per_answer(progress, 100) == kDefaultSecondsPerAnswer);
    // 30 answers of 8 s each yesterday: 8 s + 4 s of feedback.
    const TimeMs yesterday = kEvening - kDayMs;
    for (int i = 0; i < 30; ++i) {
        const std::string id = cat("c", std::to_string(i));
        const CardState before = CardState::fresh(yesterday);
        CardState after = before;
        after.phase = CardPhase::Review;
        after.stability = 2;
        after.difficulty = 5;
        after.last_review = yesterday + i * 12'000;
        after.due = *after.last_review + 2 * kDayMs;
        progress.apply(ReviewRecord::review(id, yesterday + i * 12'000, Rating::Good,
                                            RoundKind::Flashcard, 8000, kOffset, before, after));
    }
    const auto today = study_day(kEvening, kOffset);
    CHECK(seconds_per_answer(progress, today) == doctest::Approx(12.0));
    // Long ago is not "recent".
    CHECK(seconds_per_answer(progress, today + 60) == kDefaultSecondsPerAnswer);
}
