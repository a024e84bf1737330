#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question_bank.hpp"
#include "decks/deck_scope.hpp"
#include "progress/profile_progress.hpp"
#include "progress/study_day.hpp"
#include "study/study_session.hpp"

using namespace chronik;
using namespace chronik::study;

namespace {

// 2026-01-01 12:00 UTC: a study day that started at 04:00.
constexpr TimeMs kNoon = 1767268800000;

// The parts joined (not "literal" + std::string, which g++ 12 warns about falsely at -O2).
std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (auto p : parts)
        out.append(p);
    return out;
}

std::string cat(std::string_view prefix, int n) {
    return cat({prefix, std::to_string(n)});
}

bank::Item mc(const std::string& id, std::vector<std::string> tags = {"Thema"}) {
    bank::Item i;
    i.id = id;
    i.quote = cat({"Zitat ", id});
    i.tags = std::move(tags);
    i.body = bank::MultipleChoice{cat({"Frage ", id, "?"}),
                                  cat({"Antwort ", id}),
                                  bank::AnswerType::Term,
                                  {cat({"A ", id}), cat({"B ", id}), cat({"C ", id})},
                                  ""};
    return i;
}

bank::Item event(const std::string& id, int year) {
    bank::Item i;
    i.id = id;
    i.quote = cat({"Zitat ", id});
    i.tags = {"Zeit"};
    bank::TimelineEvent e;
    e.text = cat({"Ereignis ", id});
    e.date = bank::EventDate::in_year(year);
    i.body = e;
    return i;
}

// Deck "a": mc a1..a<n>; deck "ev": events e1900.. one a year; deck "b": mc b1..b3 (one draft).
bank::QuestionBank make_bank(int questions = 12, int events = 10) {
    bank::QuestionBank bank;
    bank::Deck a;
    a.id = "a";
    for (int i = 1; i <= questions; ++i)
        a.items.push_back(mc(cat("a", i)));
    bank.add_deck(a);
    bank::Deck ev;
    ev.id = "ev";
    for (int i = 0; i < events; ++i)
        ev.items.push_back(event(cat("e", 1900 + 10 * i), 1900 + 10 * i));
    bank.add_deck(ev);
    bank::Deck b;
    b.id = "b";
    for (int i = 1; i <= 3; ++i)
        b.items.push_back(mc(cat("b", i), {"Anderes"}));
    b.items.back().draft = true;
    bank.add_deck(b);
    return bank;
}

CardState reviewed(TimeMs last, TimeMs due, double stability = 3.0) {
    CardState s;
    s.phase = CardPhase::Review;
    s.stability = stability;
    s.difficulty = 5.0;
    s.last_review = last;
    s.due = due;
    s.reps = 2;
    s.scheduled_days = static_cast<int>((due - last) / kDayMs);
    return s;
}

// Records that `id` was answered at `t` (by the profile, so today's tallies count it), leaving
// the card in `after`.
void answered(ProfileProgress& p, const std::string& id, TimeMs t, const CardState& after,
              int offset = 0, RoundKind round = RoundKind::Flashcard) {
    const CardState before = p.card(id).value_or(CardState::fresh(t));
    p.apply(ReviewRecord::review(id, t, Rating::Good, round, 2000, offset, before, after));
}

std::vector<std::string> ids(const std::vector<const bank::Item*>& items) {
    std::vector<std::string> out;
    for (const auto* i : items)
        out.push_back(i->id);
    return out;
}

std::vector<std::string> ids(const std::vector<round::DrawnItem>& items) {
    std::vector<std::string> out;
    for (const auto& i : items)
        out.push_back(i.item->id);
    return out;
}

}  // namespace

TEST_CASE("the home screen counts cards due by now and the new cards today's limit allows") {
    const auto bank = make_bank();
    ProfileSettings settings;
    settings.daily_new_limit = 5;
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    // Yesterday: a2 and a3 seen; a2 is due now, a3 next week.
    const TimeMs yesterday = kNoon - kDayMs;
    answered(progress, "a2", yesterday, reviewed(yesterday, kNoon - 1000));
    answered(progress, "a3", yesterday, reviewed(yesterday, kNoon + 7 * kDayMs));
    const auto o = session.overview(progress, kNoon, 0);
    CHECK(o.due_today == 1);
    CHECK(o.new_available == 5);
    // Two new cards today leave three of the five.
    answered(progress, "a4", kNoon - 60'000, reviewed(kNoon - 60'000, kNoon + kDayMs));
    answered(progress, "a5", kNoon - 30'000, reviewed(kNoon - 30'000, kNoon + kDayMs));
    CHECK(session.overview(progress, kNoon, 0).new_available == 3);
}

TEST_CASE("a new card seen before 04:00 local time counts for the previous study day") {
    const auto bank = make_bank();
    ProfileSettings settings;
    settings.daily_new_limit = 5;
    StudySession session(bank, settings, "anna", 1);
    // 02:30 UTC on January 1st: 03:30 in UTC+1 (still December 31st's study day there), 05:30
    // in UTC+3 (January 1st's).
    const TimeMs early = kNoon - 9 * 3'600'000 - 30 * 60'000;
    ProfileProgress in_berlin, in_moscow;
    answered(in_berlin, "a1", early, reviewed(early, early + 3 * kDayMs), 60);
    answered(in_moscow, "a1", early, reviewed(early, early + 3 * kDayMs), 180);
    CHECK(session.overview(in_berlin, kNoon, 60).new_available == 5);
    CHECK(session.overview(in_moscow, kNoon, 180).new_available == 4);
}

TEST_CASE("only the chosen decks are studied, and draft items never") {
    const auto bank = make_bank(12, 10);
    ProfileSettings settings;
    StudySession all(bank, settings, "anna", 1);
    CHECK(all.studied().size() == 12 + 10 + 2);
    settings.decks = {"b"};
    StudySession only_b(bank, settings, "anna", 1);
    CHECK(ids(only_b.studied()) == std::vector<std::string>{"b1", "b2"});
}

TEST_CASE("a quiz draws due cards first, then new ones, then practice, all multiple choice") {
    const auto bank = make_bank(12, 10);
    ProfileSettings settings;
    settings.daily_new_limit = 2;
    StudySession session(bank, settings, "anna", 7);
    ProfileProgress progress;
    const TimeMs last = kNoon - 5 * kDayMs;
    for (const auto* id : {"a7", "a8", "a9"})
        answered(progress, id, last, reviewed(last, kNoon - kDayMs));
    const auto drawn = session.draw_quiz(progress, 10, kNoon, 0);
    REQUIRE(drawn.size() == 10);
    const auto got = ids(drawn);
    // The three due cards lead, then the two new cards the limit allows.
    const std::set<std::string> first3(got.begin(), got.begin() + 3);
    CHECK(first3 == std::set<std::string>{"a7", "a8", "a9"});
    for (const auto& d : drawn)
        CHECK(d.item->kind() == bank::ItemKind::MultipleChoice);
    // Each item at most once, each with its card as it was before the round.
    CHECK(std::set<std::string>(got.begin(), got.end()).size() == got.size());
    for (const auto& d : drawn)
        if (d.item->id == "a7") CHECK(d.card.phase == CardPhase::Review);
}

TEST_CASE("the same seed draws the same quiz, another seed another order") {
    const auto bank = make_bank(30, 10);
    ProfileSettings settings;
    ProfileProgress progress;
    StudySession one(bank, settings, "anna", 11), two(bank, settings, "anna", 11),
        other(bank, settings, "anna", 12);
    const auto a = ids(one.draw_quiz(progress, 10, kNoon, 0));
    CHECK(a == ids(two.draw_quiz(progress, 10, kNoon, 0)));
    // Without a due card the new ones come in bank order; practice after them is shuffled.
    settings.daily_new_limit = 0;
    StudySession p1(bank, settings, "anna", 11), p2(bank, settings, "anna", 12);
    CHECK(ids(p1.draw_quiz(progress, 10, kNoon, 0)) != ids(p2.draw_quiz(progress, 10, kNoon, 0)));
}

TEST_CASE("a quiz deals at most one item of a group, in the schedule and in practice") {
    bank::QuestionBank bank;
    bank::Deck a;
    a.id = "a";
    for (int i = 1; i <= 8; ++i) {
        a.items.push_back(mc(cat("a", i)));
        if (i <= 4) a.items.back().group = "satz-1";  // a1..a4 give each other away
    }
    bank.add_deck(a);
    ProfileSettings settings;
    settings.daily_new_limit = 2;  // a1, a2 are new today: the second yields to its group
    ProfileProgress progress;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        StudySession session(bank, settings, "anna", seed);
        const auto got = ids(session.draw_quiz(progress, 10, kNoon, 0));
        CHECK(got.size() == 5);  // one of a1..a4, and a5..a8
        const auto grouped =
            std::count_if(got.begin(), got.end(), [](const std::string& id) { return id <= "a4"; });
        CHECK(grouped == 1);
    }
}

TEST_CASE("items are drawn by id with their cards, unknown ids are skipped") {
    const auto bank = make_bank();
    StudySession session(bank, ProfileSettings{}, "anna", 1);
    ProfileProgress progress;
    answered(progress, "a1", kNoon - kDayMs, reviewed(kNoon - kDayMs, kNoon + kDayMs));
    const auto drawn = session.draw_items(progress, {"a1", "nope", "a2"}, kNoon);
    REQUIRE(ids(drawn) == std::vector<std::string>{"a1", "a2"});
    CHECK(drawn[0].card.phase == CardPhase::Review);
    CHECK(drawn[1].card.phase == CardPhase::New);
}

TEST_CASE("a timeline deals the most overdue event cards first") {
    const auto bank = make_bank(4, 12);
    StudySession session(bank, ProfileSettings{}, "anna", 3);
    ProfileProgress progress;
    const TimeMs last = kNoon - 40 * kDayMs;
    // Eight due events, e1900 overdue by one day ... e1970 by eight; e1980 is not due.
    for (int i = 0; i < 8; ++i)
        answered(progress, cat("e", 1900 + 10 * i), last, reviewed(last, kNoon - (i + 1) * kDayMs));
    answered(progress, "e1980", last, reviewed(last, kNoon + 5 * kDayMs));
    auto dealt = ids(session.deal_timeline(progress, kNoon));
    std::sort(dealt.begin(), dealt.end());
    CHECK(dealt == std::vector<std::string>{"e1920", "e1930", "e1940", "e1950", "e1960", "e1970"});
}

TEST_CASE("a timeline the studied decks cannot fill is refused with a reason") {
    const auto bank = make_bank(4, 3);
    StudySession session(bank, ProfileSettings{}, "anna", 3);
    CHECK_THROWS_AS(session.deal_timeline(ProfileProgress{}, kNoon), std::invalid_argument);
}

TEST_CASE("practice ahead takes the cards due soonest, then unseen ones") {
    const auto bank = make_bank(5, 0);
    StudySession session(bank, ProfileSettings{}, "anna", 1);
    ProfileProgress progress;
    const TimeMs last = kNoon - kDayMs;
    answered(progress, "a3", last, reviewed(last, kNoon + 9 * kDayMs));
    answered(progress, "a1", last, reviewed(last, kNoon + 2 * kDayMs));
    answered(progress, "a5", last, reviewed(last, kNoon + 4 * kDayMs));
    CHECK(ids(session.practice_cards(progress, PracticeKind::Ahead, 4, kNoon)) ==
          std::vector<std::string>{"a1", "a5", "a3", "a2"});
}

TEST_CASE("practice of weak cards takes the least likely to be recalled first") {
    const auto bank = make_bank(3, 0);
    StudySession session(bank, ProfileSettings{}, "anna", 1);
    ProfileProgress progress;
    const TimeMs long_ago = kNoon - 30 * kDayMs;
    answered(progress, "a1", long_ago, reviewed(long_ago, kNoon + kDayMs, 40.0));  // strong
    answered(progress, "a2", long_ago, reviewed(long_ago, kNoon + kDayMs, 2.0));   // weak
    answered(progress, "a3", long_ago, reviewed(long_ago, kNoon + kDayMs, 10.0));
    CHECK(ids(session.practice_cards(progress, PracticeKind::Weak, 2, kNoon)) ==
          std::vector<std::string>{"a2", "a3"});
}

TEST_CASE("today's flashcard queue shows a card with the wait each grade would give") {
    const auto bank = make_bank(3, 0);
    ProfileSettings settings;
    settings.decks = {"a"};
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    const auto turn = session.next_card(progress, kNoon, 0);
    REQUIRE(turn);
    CHECK(turn->item->id == "a1");
    CHECK(turn->remaining == 3);
    CHECK(turn->preview_problem.empty());
    // Again waits the first learning step (1 min), Easy days.
    CHECK(turn->intervals_ms[0] == 60'000);
    CHECK(turn->intervals_ms[3] >= kDayMs);
    CHECK(turn->intervals_ms[0] < turn->intervals_ms[2]);
}

TEST_CASE("the queue counts new, learning and review cards apart, so answering moves them") {
    const auto bank = make_bank(3, 0);
    ProfileSettings settings;
    settings.decks = {"a"};
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    auto turn = session.next_card(progress, kNoon, 0);
    REQUIRE(turn);
    CHECK(turn->new_left == 3);
    CHECK(turn->learning_left == 0);
    CHECK(turn->review_left == 0);
    // Good on a new card: it leaves the new cards and waits in its learning steps.
    const auto step = session.review(progress, turn->item->id, Rating::Good, kNoon);
    progress.apply(ReviewRecord::review(turn->item->id, kNoon, Rating::Good, RoundKind::Flashcard,
                                        2000, 0, step.before, step.after));
    turn = session.next_card(progress, kNoon + 1000, 0);
    REQUIRE(turn);
    CHECK(turn->new_left == 2);
    CHECK(turn->learning_left == 1);
    CHECK(turn->remaining == 3);  // the total alone did not move
}

TEST_CASE("a review starts an unseen card fresh and ends where the scheduler puts it") {
    const auto bank = make_bank(3, 0);
    StudySession session(bank, ProfileSettings{}, "anna", 1);
    ProfileProgress progress;
    const auto step = session.review(progress, "a1", Rating::Easy, kNoon);
    CHECK(step.before.phase == CardPhase::New);
    CHECK(step.after.phase == CardPhase::Review);
    CHECK(step.after.due > kNoon + kDayMs / 2);
}

TEST_CASE("after an undo the card whose answer was taken back comes next, once") {
    const auto bank = make_bank(3, 0);
    ProfileSettings settings;
    settings.decks = {"a"};
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    // a3 was learnt long ago and is not due; the undo brings it back anyway.
    const TimeMs last = kNoon - kDayMs;
    answered(progress, "a3", last, reviewed(last, kNoon + 5 * kDayMs));
    session.answer_undone("a3");
    REQUIRE(session.next_card(progress, kNoon, 0));
    CHECK(session.next_card(progress, kNoon + 1, 0)->item->id == "a1");
    session.answer_undone("a3");
    CHECK(session.next_card(progress, kNoon, 0)->item->id == "a3");
    // A new answer in between forgets the undo.
    session.answer_undone("a3");
    (void)session.review(progress, "a1", Rating::Good, kNoon);
    CHECK(session.next_card(progress, kNoon, 0)->item->id == "a1");
}

TEST_CASE("when today's queue is done the outlook counts tomorrow's cards") {
    const auto bank = make_bank(4, 0);
    ProfileSettings settings;
    settings.decks = {"a"};
    settings.daily_new_limit = 3;
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    const TimeMs last = kNoon - kDayMs;
    // Due tomorrow afternoon (before tomorrow's study day ends), and in a week.
    answered(progress, "a1", last, reviewed(last, kNoon + kDayMs + 3'600'000));
    answered(progress, "a2", last, reviewed(last, kNoon + 7 * kDayMs));
    const auto o = session.outlook(progress, kNoon, 0);
    CHECK(o.due_tomorrow == 1);
    CHECK(o.new_tomorrow == 2);  // two unseen cards, within the limit of three
    CHECK(o.learning_later == 0);
}

TEST_CASE("statistics keep the six largest tags, listed by name") {
    bank::QuestionBank bank;
    bank::Deck d;
    d.id = "t";
    // Tag "T<n>" on n items (T1 on one ... T8 on eight).
    int k = 0;
    for (int n = 1; n <= 8; ++n)
        for (int i = 0; i < n; ++i) {
            d.items.push_back(mc(cat("q", k++), {cat("T", n)}));
        }
    bank.add_deck(d);
    ProfileSettings settings;
    settings.desired_retention = 0.85;
    StudySession session(bank, settings, "anna", 1);
    const auto st = session.statistics(ProfileProgress{}, kNoon, 0);
    std::vector<std::string> names;
    for (const auto& [tag, m] : st.mastery)
        names.push_back(tag);
    CHECK(names == std::vector<std::string>{"T3", "T4", "T5", "T6", "T7", "T8"});
    CHECK(st.reviews_per_day.size() == 30);
    CHECK(st.forecast.size() == 30);
    CHECK(st.calendar.size() == 84);
    CHECK(st.counts.new_cards == 36);
    CHECK(st.desired_retention == doctest::Approx(0.85));
}

TEST_CASE("settings the validation refuses are named, and new settings apply at once") {
    ProfileSettings bad;
    bad.desired_retention = 1.5;
    CHECK_FALSE(StudySession::settings_problems(bad).empty());
    CHECK(StudySession::settings_problems(ProfileSettings{}).empty());

    const auto bank = make_bank(4, 0);
    StudySession session(bank, ProfileSettings{}, "anna", 1);
    ProfileSettings only_b;
    only_b.decks = {"b"};
    session.use_settings(only_b);
    CHECK(session.settings().decks == std::vector<std::string>{"b"});
    CHECK(ids(session.studied()) == std::vector<std::string>{"b1", "b2"});
}

TEST_CASE("new cards seen in quiz, timeline, exam and class rounds leave Lernen's limit alone") {
    const auto bank = make_bank();
    ProfileSettings settings;
    settings.daily_new_limit = 3;
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    const TimeMs t = kNoon - 60'000;
    answered(progress, "a1", t, reviewed(t, kNoon + kDayMs), 0, RoundKind::MultipleChoice);
    answered(progress, "e1900", t, reviewed(t, kNoon + kDayMs), 0, RoundKind::Timeline);
    answered(progress, "a2", t, reviewed(t, kNoon + kDayMs), 0, RoundKind::Classroom);
    answered(progress, "a3", t, reviewed(t, kNoon + kDayMs), 0, RoundKind::Exam);
    auto o = session.overview(progress, kNoon, 0);
    CHECK(o.new_available == 3);
    CHECK(o.held == NewCardsHeld::No);
    const auto turn = session.next_card(progress, kNoon, 0);
    REQUIRE(turn);
    CHECK(turn->new_left == 3);
    // Three new cards in Lernen use the limit up: home says so, and agrees with Lernen.
    for (const char* id : {"a4", "a5", "a6"})
        answered(progress, id, t, reviewed(t, kNoon + kDayMs));
    o = session.overview(progress, kNoon, 0);
    CHECK(o.new_available == 0);
    CHECK(o.new_studied_today == 3);
    CHECK(o.held == NewCardsHeld::LimitReached);
    CHECK_FALSE(session.next_card(progress, kNoon, 0));
    settings.daily_new_limit = 0;
    session.use_settings(settings);
    CHECK(session.overview(progress, kNoon, 0).held == NewCardsHeld::LimitZero);
}

TEST_CASE("home's new cards are the new cards of Lernen's queue, also when reviews fill the day") {
    const auto bank = make_bank();
    ProfileSettings settings;
    settings.daily_new_limit = 5;
    settings.daily_review_limit = 2;
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    const TimeMs yesterday = kNoon - kDayMs;
    for (const char* id : {"a1", "a2", "a3"})
        answered(progress, id, yesterday, reviewed(yesterday, kNoon - 1000));
    const auto o = session.overview(progress, kNoon, 0);
    const auto turn = session.next_card(progress, kNoon, 0);
    REQUIRE(turn);
    CHECK(o.new_available == turn->new_left);
    CHECK(o.new_available == 0);
    CHECK(o.held == NewCardsHeld::ReviewLimit);
}

TEST_CASE("new cards come from every studied deck in turn") {
    const auto bank = make_bank(4, 5);
    ProfileSettings settings;
    settings.daily_new_limit = 6;
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    std::vector<std::string> shown;
    TimeMs t = kNoon;
    for (int i = 0; i < 6; ++i) {
        const auto turn = session.next_card(progress, t, 0);
        REQUIRE(turn);
        shown.push_back(turn->item->id);
        // Answered Easy: the card leaves today's queue for days.
        answered(progress, turn->item->id, t, reviewed(t, t + 5 * kDayMs));
        t += 10'000;
    }
    CHECK(shown == std::vector<std::string>{"a1", "e1900", "b1", "a2", "e1910", "b2"});
    CHECK(ids(decks::interleave_decks(bank, bank.items())).size() == bank.items().size());
}

TEST_CASE("a deck studied on its own has its own new-card allowance, even after the day's limit") {
    const auto bank = make_bank(4, 5);
    ProfileSettings settings;
    settings.daily_new_limit = 2;
    StudySession session(bank, settings, "anna", 1);
    ProfileProgress progress;
    const TimeMs t = kNoon - 60'000;
    answered(progress, "a1", t, reviewed(t, kNoon + 5 * kDayMs));
    answered(progress, "a2", t, reviewed(t, kNoon + 5 * kDayMs));
    CHECK_FALSE(session.next_card(progress, kNoon, 0));  // the day's limit is used up
    session.focus_deck("ev");
    std::vector<std::string> shown;
    TimeMs now = kNoon;
    while (const auto turn = session.next_card(progress, now, 0)) {
        REQUIRE(shown.size() < 5);
        CHECK(turn->new_left == 2 - static_cast<long long>(shown.size()));
        shown.push_back(turn->item->id);
        const auto step = session.review(progress, turn->item->id, Rating::Easy, now);
        progress.apply(ReviewRecord::review(turn->item->id, now, Rating::Easy, RoundKind::Flashcard,
                                            1000, 0, step.before, step.after));
        now += 10'000;
    }
    CHECK(shown == std::vector<std::string>{"e1900", "e1910"});
    // An undo gives the allowance back; back to all decks the day's limit holds again.
    progress.apply(ReviewRecord::undo("e1910", now, 0));
    session.answer_undone("e1910");
    const auto again = session.next_card(progress, now, 0);
    REQUIRE(again);
    CHECK(again->item->id == "e1910");
    CHECK(again->new_left == 1);
    session.focus_deck(std::nullopt);
    CHECK_FALSE(session.next_card(progress, now, 0));
}
