// The one-screen class game: the plan from the bank, team setup helpers, and a game of questions
// and timeline turns played to the podium.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <vector>

#include "classroom/class_game_plan.hpp"
#include "classroom/one_screen_game.hpp"
#include "classroom/timeline_review.hpp"

using namespace chronik;
using namespace chronik::classroom;

namespace {

bank::Item mc(const std::string& id, const std::string& tag) {
    bank::Item item;
    item.id = id;
    item.tags = {tag};
    item.body = bank::MultipleChoice{"Frage " + id,
                                     "Antwort " + id,
                                     bank::AnswerType::Term,
                                     {"x " + id, "y " + id, "z " + id},
                                     "weil"};
    return item;
}

bank::Item event(const std::string& id, int year, const std::string& tag = "Diplomatie") {
    bank::Item item;
    item.id = id;
    item.tags = {tag};
    item.body = bank::TimelineEvent{"Ereignis " + id, bank::EventDate::in_year(year)};
    return item;
}

struct Bank {
    std::vector<bank::Item> items;
    std::vector<const bank::Item*> ptrs() const {
        std::vector<const bank::Item*> out;
        for (const auto& i : items)
            out.push_back(&i);
        return out;
    }
};

Bank sample_bank() {
    Bank b;
    for (int i = 0; i < 12; ++i)
        b.items.push_back(mc("mc" + std::to_string(i), i % 3 == 0 ? "Wirtschaft" : "Politik"));
    for (int i = 0; i < 14; ++i)
        b.items.push_back(event("ev" + std::to_string(i), 1950 + 3 * i));
    return b;
}

ClassroomSettings quick_settings() {
    ClassroomSettings s;
    s.reading_ms = 1'000;
    s.scoring.time_limit_ms = 10'000;
    return s;
}

// The gap the current event belongs in.
std::size_t right_gap(const OneScreenGame& g) {
    std::vector<bank::EventDate> dates;
    for (const auto& c : g.timeline().line())
        dates.push_back(c.date);
    return round::correct_gap(dates, g.timeline().current().date);
}

}  // namespace

TEST_CASE("a plan mixes questions and timeline rounds as the teacher chose, the same for a seed") {
    const auto bank = sample_bank();
    const auto items = bank.ptrs();
    ClassPlanOptions o;
    o.slots = 10;
    o.mix = ClassMix::MultipleChoiceAndTimeline;
    o.team_count = 4;
    Rng rng(5);
    const auto plan = plan_class_game(items, o, rng);
    CHECK(plan.slot_count() == 10);
    REQUIRE(plan.timeline_rounds.size() == 2);
    CHECK(plan.questions.size() == 8);
    for (const auto& q : plan.questions)
        CHECK(q.item_id.starts_with("mc"));
    CHECK(plan.timeline_rounds[0].events.size() == 5);
    CHECK(plan.timeline_rounds[0].before_question < plan.timeline_rounds[1].before_question);
    CHECK(plan.timeline_rounds[1].before_question <= plan.questions.size());
    // Fresh events for the second round while the pool lasts.
    std::set<const bank::Item*> first(plan.timeline_rounds[0].events.begin(),
                                      plan.timeline_rounds[0].events.end());
    for (const auto* e : plan.timeline_rounds[1].events)
        CHECK(first.count(e) == 0);

    Rng again(5);
    const auto same = plan_class_game(items, o, again);
    for (std::size_t i = 0; i < plan.questions.size(); ++i)
        CHECK(same.questions[i].item_id == plan.questions[i].item_id);
}

TEST_CASE("a plan keeps to the topic and the kinds, and says when the bank cannot fill it") {
    const auto bank = sample_bank();
    const auto items = bank.ptrs();
    ClassPlanOptions o;
    o.slots = 4;
    o.mix = ClassMix::MultipleChoice;
    o.topic = "Wirtschaft";
    Rng rng(1);
    const auto plan = plan_class_game(items, o, rng);
    CHECK(plan.timeline_rounds.empty());
    CHECK(plan.questions.size() == 4);
    for (const auto& q : plan.questions) {
        const auto n = std::stoi(q.item_id.substr(2));
        CHECK(n % 3 == 0);
    }
    o.mix = ClassMix::Dates;
    o.topic.reset();
    const auto dates = plan_class_game(items, o, rng);
    for (const auto& q : dates.questions)
        CHECK(q.item_id.starts_with("ev"));
    // Timeline rounds need dated events of the topic.
    o.mix = ClassMix::MultipleChoiceAndTimeline;
    o.topic = "Wirtschaft";
    CHECK_THROWS_WITH_AS(plan_class_game(items, o, rng), doctest::Contains("dated events"),
                         std::invalid_argument);
    o.topic.reset();
    o.slots = 1;
    CHECK_THROWS_AS(plan_class_game(items, o, rng), std::invalid_argument);
    o.slots = 4;
    o.team_count = 7;
    CHECK_THROWS_AS(plan_class_game(items, o, rng), std::invalid_argument);
}

TEST_CASE("timeline rounds: one per five slots, one turn per team, at least five events") {
    CHECK(timeline_round_count(4, ClassMix::MultipleChoice) == 0);
    CHECK(timeline_round_count(4, ClassMix::Everything) == 1);
    CHECK(timeline_round_count(10, ClassMix::MultipleChoiceAndTimeline) == 2);
    CHECK(timeline_round_events(2) == 5);
    CHECK(timeline_round_events(4) == 5);
    CHECK(timeline_round_events(6) == 7);
    // Every team places equally often (#22 item 4): 3 teams get 6 placements, not 4.
    CHECK(timeline_round_events(3) == 7);
    CHECK(timeline_round_events(5) == 6);
    for (std::size_t teams = kMinTeams; teams <= kMaxTeams; ++teams) {
        CAPTURE(teams);
        CHECK((timeline_round_events(teams) - 1) % teams == 0);
    }
}

TEST_CASE("the topics of a bank are counted over the items a class game can ask") {
    auto bank = sample_bank();
    bank.items.push_back(mc("draft", "Geheim"));
    bank.items.back().draft = true;
    const auto topics = class_topics(bank.ptrs());
    REQUIRE(topics.size() == 3);
    CHECK(topics[0].tag == "Diplomatie");
    CHECK(topics[0].items == 14);
    CHECK(topics[1].tag == "Politik");
    CHECK(topics[2].tag == "Wirtschaft");
    CHECK(topics[2].items == 4);
}

TEST_CASE("remapping: a taken key names its holder, colours and symbols cycle to free ones") {
    auto teams = default_teams(3);
    const auto taken = key_taken(teams, 2, 0, "W");
    REQUIRE(taken);
    CHECK(taken->team == 1);
    CHECK(taken->choice == 1);
    CHECK_FALSE(key_taken(teams, 2, 0, "A"));  // its own key
    CHECK_FALSE(key_taken(teams, 2, 0, "K"));
    // Team 1 is red; blue and green are taken, so the next free colour is yellow.
    CHECK(next_free_colour(teams, 0) == TeamColour::Yellow);
    CHECK(next_free_symbol(teams, 0) == TeamSymbol::Star);
    auto six = default_teams(6);
    CHECK(next_free_colour(six, 0) == TeamColour::Red);
}

TEST_CASE("an added team gets a free name, colour, symbol and key row") {
    auto teams = default_teams(2);
    teams[0].keys = {"Y", "X", "C", "V"};  // team 1 took team 4's row
    teams[1].colour = TeamColour::Green;
    const auto t = add_team(teams);
    CHECK(t.name == "Team 3");
    CHECK(t.colour == TeamColour::Blue);
    CHECK(t.symbol == TeamSymbol::Triangle);
    CHECK(t.keys == std::array<std::string, 4>{"1", "2", "3", "4"});
    teams.push_back(t);
    CHECK_NOTHROW(validate_teams(teams));
    CHECK_THROWS_AS(add_team(default_teams(6)), std::invalid_argument);
}

TEST_CASE("four teams play questions and a timeline round in turns to the podium") {
    const auto bank = sample_bank();
    const auto items = bank.ptrs();
    ClassPlanOptions o;
    o.slots = 4;
    o.mix = ClassMix::MultipleChoiceAndTimeline;
    o.team_count = 4;
    Rng rng(11);
    auto plan = plan_class_game(items, o, rng);
    REQUIRE(plan.questions.size() == 3);
    REQUIRE(plan.timeline_rounds.size() == 1);
    REQUIRE(plan.timeline_rounds[0].before_question == 1);
    OneScreenGame g(default_teams(4), plan, quick_settings());
    TimeMs now = 0;
    g.start(now);
    CHECK(g.stage() == Stage::Reading);
    CHECK(g.slot_number() == 1);
    CHECK(g.answer(0, 0, now) == AnswerVerdict::NotAnswering);
    now += 1'000;
    g.tick(now);
    REQUIRE(g.stage() == Stage::Answering);
    const auto right = g.game().current_question().correct_choice;
    const auto wrong = (right + 1) % g.game().current_question().choices.size();
    CHECK(g.answer(0, right, now + 2'000) == AnswerVerdict::Accepted);
    CHECK(g.has_answered(0));
    CHECK(g.answer(0, wrong, now + 2'100) == AnswerVerdict::AlreadyAnswered);
    CHECK(g.answer(1, wrong, now + 3'000) == AnswerVerdict::Accepted);
    CHECK(g.answer(2, right, now + 5'000) == AnswerVerdict::Accepted);
    CHECK(g.stage() == Stage::Answering);
    CHECK(g.answer(3, right, now + 9'999) == AnswerVerdict::Accepted);  // 500.05 -> 500
    now += 10'000;
    CHECK(g.stage() == Stage::Reveal);
    CHECK(g.next(now));
    CHECK(g.stage() == Stage::Leaderboard);
    // 2 s of 10: round(1000 * (1 - 2/20)) = 900; 5 s: 750; 10 s: 500.
    const auto board = g.standings();
    CHECK(board[0].id == "Team 1");
    CHECK(board[0].score == 900);
    CHECK(board[1].score == 750);
    CHECK(board[2].score == 500);
    CHECK(board[3].score == 0);

    // The timeline round comes before question 2: four turns, one per team.
    CHECK(g.next(now));
    REQUIRE(g.stage() == Stage::Turn);
    CHECK(g.in_timeline());
    CHECK(g.slot_number() == 2);
    CHECK(g.answer(1, 0, now) == AnswerVerdict::NotAnswering);
    CHECK_FALSE(g.reveal_now(now));
    CHECK_FALSE(g.next(now));  // a turn needs a placement (or the teacher's skip)
    std::vector<std::size_t> order;
    for (int turn = 0; turn < 4; ++turn) {
        REQUIRE(g.stage() == Stage::Turn);
        order.push_back(g.turn_team());
        const auto gap = right_gap(g);
        // Team 3 (index 2) gets its event wrong; the others place it right after 1 s.
        const bool miss = g.turn_team() == 2;
        const auto placed = g.place(miss ? (gap == 0 ? 1 : 0) : gap, now + 1'000);
        REQUIRE(placed);
        CHECK(placed->result.correct == !miss);
        CHECK(g.stage() == Stage::TurnResult);
        CHECK_FALSE(g.place(gap, now));  // once per turn
        now += 2'000;
        CHECK(g.next(now));
    }
    CHECK(order == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(g.timeline().line().size() == 5);
    REQUIRE(g.stage() == Stage::Leaderboard);
    CHECK(g.in_timeline());
    // Team 1: 900 then 950 + streak bonus 100; team 2: 0 + 950; team 4: 500 + 950 + 100.
    const auto after_turns = g.standings();
    CHECK(after_turns[0].id == "Team 1");
    CHECK(after_turns[0].score == 900 + 950 + 100);
    const auto before = g.standings_before();
    CHECK(before[0].score == 900);

    CHECK(g.next(now));
    CHECK_FALSE(g.in_timeline());
    CHECK(g.stage() == Stage::Reading);
    CHECK(g.slot_number() == 3);
    CHECK(g.game().question_index() == 1);

    // Teacher controls: pause stops the clock, reveal now, skip the last question.
    CHECK(g.pause(now));
    CHECK(g.paused());
    g.tick(now + 60'000);
    CHECK(g.stage() == Stage::Reading);
    CHECK(g.resume(now + 60'000));
    now += 61'000;
    g.tick(now);
    REQUIRE(g.stage() == Stage::Answering);
    CHECK(g.reveal_now(now));
    CHECK(g.stage() == Stage::Reveal);
    CHECK(g.skip(now));  // from the reveal: on to the leaderboard
    CHECK(g.stage() == Stage::Leaderboard);
    CHECK(g.next(now));
    CHECK(g.stage() == Stage::Reading);
    CHECK(g.skip(now));
    CHECK(g.stage() == Stage::Podium);
    CHECK(g.slot_number() == 4);
    CHECK(g.game().results().size() == 3);
    CHECK(g.game().results()[2].skipped);
    CHECK(g.turns().size() == 4);
    const auto podium = g.podium();
    REQUIRE(podium.size() >= 3);
    CHECK(g.team_of(podium[0].id) == std::size_t{0});
    CHECK_FALSE(g.team_of("nobody"));
}

TEST_CASE("a turn whose time runs out places the event at its true place and scores nothing") {
    const auto bank = sample_bank();
    const auto items = bank.ptrs();
    ClassPlanOptions o;
    o.slots = 2;
    o.mix = ClassMix::Everything;
    o.team_count = 2;
    Rng rng(3);
    auto plan = plan_class_game(items, o, rng);
    REQUIRE(plan.timeline_rounds.size() == 1);
    OneScreenGame g(default_teams(2), plan, quick_settings());
    TimeMs now = 0;
    g.start(now);
    // Skipping the question before a timeline round opens the round; the next question waits.
    CHECK(g.skip(now));
    REQUIRE(g.stage() == Stage::Turn);
    CHECK(g.slot_number() == 2);
    CHECK(g.pause(now));
    g.tick(now + 50'000);
    CHECK(g.stage() == Stage::Turn);
    CHECK(g.resume(now + 50'000));
    now += 50'000;
    CHECK(g.time_left_ms(now) == 10'000);
    g.tick(now + 10'000);
    REQUIRE(g.stage() == Stage::TurnResult);
    const auto& t = g.turns().back();
    CHECK(t.timed_out);
    CHECK_FALSE(t.result.correct);
    CHECK(t.award.gained() == 0);
    CHECK(g.timeline().line().size() == 2);
    // The teacher skips the rest of the round: its leaderboard, then the podium (no questions
    // were left).
    CHECK(g.next(now + 10'000));
    CHECK(g.skip(now + 10'000));
    CHECK(g.stage() == Stage::Leaderboard);
    CHECK(g.turns().back().skipped);
    CHECK(g.next(now + 10'000));
    CHECK(g.stage() == Stage::Podium);
}

TEST_CASE("ending the game from a timeline turn goes straight to the podium") {
    const auto bank = sample_bank();
    const auto items = bank.ptrs();
    ClassPlanOptions o;
    o.slots = 4;
    o.mix = ClassMix::MultipleChoiceAndTimeline;
    Rng rng(2);
    OneScreenGame g(default_teams(4), plan_class_game(items, o, rng), quick_settings());
    g.start(0);
    CHECK(g.reveal_now(0));
    CHECK(g.next(0));
    CHECK(g.next(0));
    REQUIRE(g.stage() == Stage::Turn);
    CHECK(g.end(0));
    CHECK(g.stage() == Stage::Podium);
    CHECK_FALSE(g.end(0));
}

TEST_CASE("a game refuses teams that cannot play and an empty plan") {
    auto teams = default_teams(3);
    teams[1].keys[0] = "1";
    ClassPlan plan;
    plan.questions.push_back({"q", "Frage", {"A", "B"}, 0, ""});
    CHECK_THROWS_AS(OneScreenGame(teams, plan, quick_settings()), std::invalid_argument);
    CHECK_THROWS_AS(OneScreenGame(default_teams(3), ClassPlan{}, quick_settings()),
                    std::invalid_argument);
}

TEST_CASE("three teams get equal timeline turns and each team is listed once in the review") {
    const auto bank = sample_bank();
    const auto items = bank.ptrs();
    ClassPlanOptions o;
    o.slots = 2;
    o.mix = ClassMix::MultipleChoiceAndTimeline;
    o.team_count = 3;
    Rng rng(5);
    auto plan = plan_class_game(items, o, rng);
    REQUIRE(plan.timeline_rounds.size() == 1);
    REQUIRE(plan.timeline_rounds[0].events.size() == 7);
    OneScreenGame g(default_teams(3), plan, quick_settings());
    TimeMs now = 0;
    g.start(now);
    now += 1'000;
    g.tick(now);
    REQUIRE(g.stage() == Stage::Answering);
    CHECK(g.reveal_now(now));
    CHECK(g.next(now));  // reveal -> leaderboard
    CHECK(g.next(now));  // leaderboard -> the timeline round
    std::vector<std::size_t> per_team(3, 0);
    int turns = 0;
    while (g.stage() == Stage::Turn || g.stage() == Stage::TurnResult) {
        REQUIRE(g.stage() == Stage::Turn);
        ++per_team[g.turn_team()];
        // Team 2 (index 1) misses its first placement only.
        const auto gap = right_gap(g);
        const bool miss = g.turn_team() == 1 && per_team[1] == 1;
        REQUIRE(g.place(miss ? (gap == 0 ? 1 : 0) : gap, now + 1'000));
        now += 2'000;
        CHECK(g.next(now));
        ++turns;
    }
    CHECK(turns == 6);
    CHECK(per_team == std::vector<std::size_t>{2, 2, 2});
    const auto by_team = turns_by_team(g.turns(), 0);
    REQUIRE(by_team.size() == 3);
    std::set<std::size_t> listed;
    for (const auto& t : by_team) {
        listed.insert(t.team);
        CHECK(t.turns.size() == 2);
        CHECK(t.placed == 2);
        CHECK(t.right == (t.team == 1 ? 1u : 2u));
    }
    CHECK(listed.size() == 3);
    // The standings hold the timeline points: every team scored placements.
    for (const auto& s : g.standings())
        CHECK(s.score > 0);
}
