#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "round/timeline_round.hpp"
#include "timeline_test_events.hpp"

using namespace chronik;
using namespace chronik::round;
using chronik::round::test::event_item;
using chronik::round::test::pointers;
using chronik::round::test::yearly_events;

namespace {

// Five events dealt in the order 1953, 1950, 1954, 1951, 1952.
struct Fixture {
    std::vector<bank::Item> items;
    std::vector<const bank::Item*> dealt;
    Fixture() {
        items = yearly_events(1950, 5);
        const auto all = pointers(items);
        dealt = {all[3], all[0], all[4], all[1], all[2]};
    }
};

std::vector<std::string> order(const TimelineRound& round) {
    std::vector<std::string> ids;
    for (std::size_t s = 0; s < round.size(); ++s)
        ids.push_back(round.card_in_slot(s).item_id);
    return ids;
}

// Puts the cards into chronological order with mouse moves.
void solve_by_mouse(TimelineRound& round) {
    for (std::size_t target = 0; target < round.size(); ++target) {
        for (std::size_t card = 0; card < round.size(); ++card) {
            if (round.correct_ranks()[card] == target) {
                round.move(round.slot_of_card(card), target);
            }
        }
    }
}

}  // namespace

TEST_CASE("A new timeline shows the cards in the dealt order") {
    const Fixture f;
    const TimelineRound round(f.dealt);
    CHECK(order(round) == std::vector<std::string>{"y1953", "y1950", "y1954", "y1951", "y1952"});
    CHECK(round.correct_ranks() == std::vector<std::size_t>{3, 0, 4, 1, 2});
    CHECK(round.phase() == TimelinePhase::Placing);
}

TEST_CASE("Dragging a card to a slot shifts the cards in between") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.move(1, 4);
    CHECK(order(round) == std::vector<std::string>{"y1953", "y1954", "y1951", "y1952", "y1950"});
    round.move(4, 0);
    CHECK(order(round) == std::vector<std::string>{"y1950", "y1953", "y1954", "y1951", "y1952"});
}

TEST_CASE("Moving the focus without a card held does not change the order") {
    const Fixture f;
    TimelineRound round(f.dealt);
    CHECK(round.move_right());
    CHECK(round.move_right());
    CHECK(round.focus() == 2);
    CHECK_FALSE(round.holding());
    CHECK(order(round) == std::vector<std::string>{"y1953", "y1950", "y1954", "y1951", "y1952"});
}

TEST_CASE("A selected card is carried by the arrow keys and put down with place") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.select(0);  // 1953
    CHECK(round.holding());
    CHECK(round.move_right());
    CHECK(round.move_right());
    CHECK(round.move_right());
    CHECK(round.held_slot() == 3u);
    CHECK(round.focus() == 3);
    round.place();
    CHECK_FALSE(round.holding());
    CHECK(order(round) == std::vector<std::string>{"y1950", "y1954", "y1951", "y1953", "y1952"});
}

TEST_CASE("Pick up takes the focused card") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.set_focus(2);  // 1954
    round.pick_up();
    round.move_right();
    round.move_right();
    round.place();
    CHECK(order(round) == std::vector<std::string>{"y1953", "y1950", "y1951", "y1952", "y1954"});
}

TEST_CASE("Moving past either end of the timeline changes nothing") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.select(0);
    CHECK_FALSE(round.move_left());
    round.set_focus(4);
    CHECK_FALSE(round.holding());  // focusing elsewhere puts the card down
    round.pick_up();
    CHECK_FALSE(round.move_right());
    CHECK(order(round) == std::vector<std::string>{"y1953", "y1950", "y1954", "y1951", "y1952"});
}

TEST_CASE("A held card stays held when the mouse moves another card") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.select(2);  // 1954
    round.move(0, 4);
    CHECK(round.held_slot() == 1u);
    CHECK(round.focus() == 1);
}

TEST_CASE("Slots that do not exist are rejected") {
    const Fixture f;
    TimelineRound round(f.dealt);
    CHECK_THROWS_AS(round.move(0, 5), std::out_of_range);
    CHECK_THROWS_AS(round.select(5), std::out_of_range);
    CHECK_THROWS_AS(round.card_in_slot(7), std::out_of_range);
}

TEST_CASE("Submitting the correct order scores 100 percent and rates every event Good") {
    const Fixture f;
    TimelineRound round(f.dealt);
    solve_by_mouse(round);
    const TimelineResult& r = round.submit(42'000);
    CHECK(r.pairs.percent() == 100);
    CHECK(r.pairs.ordered == 10);
    CHECK(r.out_of_place_count() == 0);
    for (const auto& e : r.events) {
        CHECK(e.rating == Rating::Good);
        CHECK(e.in_correct_slot());
    }
    const RoundSummary s = r.summary();
    CHECK(s.kind == RoundKind::Timeline);
    CHECK(s.score == 100);
    CHECK(s.correct == 5);
    CHECK(s.total_time_ms == 42'000);
    CHECK(s.missed_item_ids.empty());
}

TEST_CASE("A neighbour swap scores 9 of 10 pairs and rates the two events Hard") {
    const Fixture f;
    TimelineRound round(f.dealt);
    solve_by_mouse(round);
    round.move(2, 3);  // 1950 1951 1953 1952 1954
    const TimelineResult& r = round.submit(10'000);
    CHECK(r.pairs.ordered == 9);
    CHECK(r.pairs.percent() == 90);
    CHECK(r.events[2].item_id == "y1953");
    CHECK(r.events[2].mark == PlacementMark::NeighbourSwap);
    CHECK(r.events[2].rating == Rating::Hard);
    CHECK(r.events[3].rating == Rating::Hard);
    CHECK(r.events[0].rating == Rating::Good);
    CHECK(r.events[4].rating == Rating::Good);
    CHECK(r.summary().missed_item_ids == std::vector<std::string>{"y1953", "y1952"});
    CHECK(r.summary().accuracy == doctest::Approx(0.9));
}

TEST_CASE("The result marks the events out of place and reveals the correct order with dates") {
    const Fixture f;
    TimelineRound round(f.dealt);
    // As dealt: 1953 1950 1954 1951 1952. The run 1950 1951 1952 is kept.
    const TimelineResult& r = round.submit(5'000);
    // 1953<1954, 1950<1954, 1950<1951, 1950<1952, 1951<1952
    CHECK(r.pairs.ordered == 5);
    CHECK(r.pairs.percent() == 50);
    CHECK(r.out_of_place_count() == 2);
    CHECK(r.events[0].mark == PlacementMark::OutOfPlace);
    CHECK(r.events[0].correct_slot == 3);
    CHECK(r.events[2].mark == PlacementMark::OutOfPlace);
    CHECK(r.events[1].mark == PlacementMark::InRun);
    std::vector<int> years;
    for (const std::size_t i : r.correct_order)
        years.push_back(r.events[i].date.year);
    CHECK(years == std::vector<int>{1950, 1951, 1952, 1953, 1954});
}

TEST_CASE("Sorting by keyboard and by mouse to the same order gives the same result") {
    const Fixture f;
    TimelineRound by_mouse(f.dealt);
    solve_by_mouse(by_mouse);
    TimelineRound by_keys(f.dealt);
    // 1953 1950 1954 1951 1952: carry 1954 to the end, then 1953 before it.
    by_keys.select(2);
    by_keys.move_right();
    by_keys.move_right();
    by_keys.place();
    by_keys.select(0);
    for (int i = 0; i < 3; ++i)
        by_keys.move_right();
    by_keys.place();
    CHECK(order(by_keys) == order(by_mouse));
    CHECK(by_keys.submit(1).pairs.percent() == by_mouse.submit(1).pairs.percent());
}

TEST_CASE("Submitting while holding a card places it where it is") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.select(1);
    round.move_left();
    const TimelineResult& r = round.submit(1'000);
    CHECK_FALSE(round.holding());
    CHECK(r.events[0].item_id == "y1950");
}

TEST_CASE("Commands after submitting are rejected") {
    const Fixture f;
    TimelineRound round(f.dealt);
    round.submit(1'000);
    CHECK(round.phase() == TimelinePhase::Submitted);
    CHECK(round.result().has_value());
    CHECK_THROWS_AS(round.move(0, 1), std::logic_error);
    CHECK_THROWS_AS(round.move_left(), std::logic_error);
    CHECK_THROWS_AS(round.submit(1'000), std::logic_error);
}

TEST_CASE("A negative time on submit is rejected and the timeline stays open") {
    const Fixture f;
    TimelineRound round(f.dealt);
    CHECK_THROWS_AS(round.submit(-1), std::invalid_argument);
    CHECK(round.phase() == TimelinePhase::Placing);
}

TEST_CASE("Events whose dates overlap cannot share a timeline") {
    std::vector<bank::Item> items = yearly_events(1960, 3);
    items.push_back(event_item("juni1961", bank::EventDate::in_month(1961, 6)));
    const auto dealt = pointers(items);
    CHECK_THROWS_WITH_AS(TimelineRound{dealt}, doctest::Contains("\"juni1961\""),
                         std::invalid_argument);
}

TEST_CASE("A timeline rejects non-events, repeated events and fewer than two cards") {
    std::vector<bank::Item> items = yearly_events(1960, 3);
    bank::Item card;
    card.id = "fc";
    card.body = bank::Flashcard{"Vorne", "Hinten"};
    items.push_back(card);
    const auto all = pointers(items);
    CHECK_THROWS_WITH_AS(TimelineRound{all}, doctest::Contains("\"fc\""), std::invalid_argument);
    const std::vector<const bank::Item*> twice{all[0], all[1], all[0]};
    CHECK_THROWS_WITH_AS(TimelineRound{twice}, doctest::Contains("twice"), std::invalid_argument);
    const std::vector<const bank::Item*> one{all[0]};
    CHECK_THROWS_AS(TimelineRound{one}, std::invalid_argument);
}
