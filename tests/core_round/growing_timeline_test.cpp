#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "round/growing_timeline.hpp"
#include "timeline_test_events.hpp"

using namespace chronik;
using namespace chronik::round;
using chronik::round::test::event_item;
using chronik::round::test::pointers;
using chronik::round::test::yearly_events;

namespace {

std::vector<bank::EventDate> years(std::vector<int> ys) {
    std::vector<bank::EventDate> out;
    for (const int y : ys)
        out.push_back(bank::EventDate::in_year(y));
    return out;
}

std::vector<std::string> line_ids(const GrowingTimeline& t) {
    std::vector<std::string> ids;
    for (const auto& c : t.line())
        ids.push_back(c.item_id);
    return ids;
}

}  // namespace

TEST_CASE("An event belongs in the gap after every earlier event of the line") {
    const auto line = years({1950, 1960, 1970});
    CHECK(correct_gap(line, bank::EventDate::in_year(1940)) == 0);
    CHECK(correct_gap(line, bank::EventDate::in_year(1955)) == 1);
    CHECK(correct_gap(line, bank::EventDate::in_month(1965, 3)) == 2);
    CHECK(correct_gap(line, bank::EventDate::in_year(1990)) == 3);
}

TEST_CASE("An event fits only the gap between its true neighbours") {
    const auto line = years({1950, 1960, 1970});
    const auto d = bank::EventDate::in_year(1955);
    CHECK_FALSE(fits_gap(line, d, 0));
    CHECK(fits_gap(line, d, 1));
    CHECK_FALSE(fits_gap(line, d, 2));
    CHECK_FALSE(fits_gap(line, d, 3));
    CHECK_THROWS_AS(fits_gap(line, d, 4), std::out_of_range);
}

TEST_CASE("An event that overlaps the line has no clear gap") {
    const auto line = years({1950, 1960});
    CHECK_THROWS_AS(correct_gap(line, bank::EventDate::in_month(1960, 5)), std::invalid_argument);
}

TEST_CASE("A growing timeline starts with the first dealt event on the line") {
    const auto items = yearly_events(1990, 4);
    const auto all = pointers(items);
    const std::vector<const bank::Item*> dealt{all[2], all[0], all[3], all[1]};
    const GrowingTimeline t(dealt);
    CHECK(line_ids(t) == std::vector<std::string>{"y1992"});
    CHECK(t.current().item_id == "y1990");
    CHECK(t.turns_left() == 3);
}

TEST_CASE(
    "Right and wrong placements are revealed and the event joins the line in its true place") {
    const auto items = yearly_events(1990, 4);
    const auto all = pointers(items);
    const std::vector<const bank::Item*> dealt{all[2], all[0], all[3], all[1]};
    GrowingTimeline t(dealt);
    const TurnResult first = t.place(0);  // 1990 before 1992: right
    CHECK(first.correct);
    CHECK(first.rating == Rating::Good);
    const TurnResult second = t.place(0);  // 1993 before 1990: wrong
    CHECK_FALSE(second.correct);
    CHECK(second.correct_gap == 2);
    CHECK(second.rating == Rating::Again);
    CHECK(line_ids(t) == std::vector<std::string>{"y1990", "y1992", "y1993"});
    const TurnResult third = t.place(1);  // 1991 between 1990 and 1992: right
    CHECK(third.correct);
    CHECK(t.finished());
    CHECK(line_ids(t) == std::vector<std::string>{"y1990", "y1991", "y1992", "y1993"});
    CHECK_THROWS_AS(t.place(0), std::logic_error);
}

TEST_CASE("A gap that does not exist is rejected and the turn is not used up") {
    const auto items = yearly_events(1990, 3);
    GrowingTimeline t(pointers(items));
    CHECK_THROWS_AS(t.place(2), std::out_of_range);
    CHECK(t.turns_left() == 2);
}

TEST_CASE("A growing timeline rejects overlapping dates and non-events") {
    std::vector<bank::Item> items = yearly_events(1990, 3);
    items.push_back(event_item("mai1991", bank::EventDate::in_month(1991, 5)));
    CHECK_THROWS_WITH_AS(GrowingTimeline{pointers(items)}, doctest::Contains("\"mai1991\""),
                         std::invalid_argument);
    bank::Item card;
    card.id = "fc";
    card.body = bank::Flashcard{"Vorne", "Hinten"};
    const std::vector<const bank::Item*> mixed{&items[0], &card};
    CHECK_THROWS_WITH_AS(GrowingTimeline{mixed}, doctest::Contains("\"fc\""),
                         std::invalid_argument);
}
