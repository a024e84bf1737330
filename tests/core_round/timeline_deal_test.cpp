#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "round/timeline_deal.hpp"
#include "timeline_test_events.hpp"

using namespace chronik;
using namespace chronik::round;
using chronik::round::test::event_item;
using chronik::round::test::pointers;
using chronik::round::test::yearly_events;

namespace {

std::vector<std::string> ids(const std::vector<const bank::Item*>& items) {
    std::vector<std::string> out;
    for (const auto* i : items)
        out.push_back(i->id);
    return out;
}

bool pairwise_distinct(const std::vector<const bank::Item*>& dealt) {
    for (std::size_t i = 0; i < dealt.size(); ++i) {
        for (std::size_t j = i + 1; j < dealt.size(); ++j) {
            if (bank::overlaps(dealt[i]->event()->date, dealt[j]->event()->date)) return false;
        }
    }
    return true;
}

bool chronological(const std::vector<const bank::Item*>& dealt) {
    return std::is_sorted(dealt.begin(), dealt.end(), [](const auto* a, const auto* b) {
        return bank::timeline_before(a->event()->date, b->event()->date);
    });
}

// Years 1950–1969, plus for every year a month of it and a decade over all:
// many pairs that must never meet on one timeline.
std::vector<bank::Item> crowded_pool() {
    std::vector<bank::Item> items = yearly_events(1950, 20);
    for (int y = 1950; y < 1970; ++y) {
        std::string id = "m";
        id += std::to_string(y);
        items.push_back(event_item(id, bank::EventDate::in_month(y, 6)));
    }
    items.push_back(event_item("d1950", bank::EventDate::in_decade(1950)));
    items.push_back(event_item("d1960", bank::EventDate::in_decade(1960)));
    return items;
}

}  // namespace

TEST_CASE("A deal has the requested number of events with pairwise distinct dates") {
    const auto items = crowded_pool();
    const auto pool = pointers(items);
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        for (std::size_t count = kMinTimelineEvents; count <= kMaxTimelineEvents; ++count) {
            Rng rng{seed};
            const auto dealt = deal_timeline(pool, TimelineDealOptions{count, 0}, rng);
            REQUIRE(dealt.size() == count);
            CHECK(pairwise_distinct(dealt));
        }
    }
}

TEST_CASE("The same seed deals the same events in the same order, another seed differently") {
    const auto items = crowded_pool();
    const auto pool = pointers(items);
    Rng a{5}, b{5}, c{6};
    const auto first = ids(deal_timeline(pool, TimelineDealOptions{}, a));
    CHECK(first == ids(deal_timeline(pool, TimelineDealOptions{}, b)));
    CHECK(first != ids(deal_timeline(pool, TimelineDealOptions{}, c)));
}

TEST_CASE("A dealt timeline is never already in chronological order") {
    const auto items = yearly_events(1900, 5);
    const auto pool = pointers(items);
    for (std::uint64_t seed = 0; seed < 500; ++seed) {
        Rng rng{seed};
        CHECK_FALSE(chronological(deal_timeline(pool, TimelineDealOptions{5, 0}, rng)));
    }
}

TEST_CASE("Priority candidates are dealt before all others") {
    const auto items = yearly_events(1900, 30);
    std::vector<const bank::Item*> pool = pointers(items);
    // The caller puts the due cards first: here the years 1920–1925.
    std::rotate(pool.begin(), pool.begin() + 20, pool.end());
    Rng rng{9};
    auto dealt = ids(deal_timeline(pool, TimelineDealOptions{6, 6}, rng));
    std::sort(dealt.begin(), dealt.end());
    CHECK(dealt == std::vector<std::string>{"y1920", "y1921", "y1922", "y1923", "y1924", "y1925"});
}

TEST_CASE("A priority candidate that overlaps an earlier one gives way to the others") {
    std::vector<bank::Item> items = yearly_events(1900, 10);
    items.insert(items.begin() + 1, event_item("june1900", bank::EventDate::in_month(1900, 6)));
    const auto pool = pointers(items);
    Rng rng{2};
    const auto dealt = ids(deal_timeline(pool, TimelineDealOptions{5, 2}, rng));
    CHECK(std::count(dealt.begin(), dealt.end(), "y1900") == 1);
    CHECK(std::count(dealt.begin(), dealt.end(), "june1900") == 0);
}

TEST_CASE("When the first choices block each other a largest distinct set is dealt instead") {
    // The 1990s come first and overlap every year of the decade; greedily
    // taking them would leave nothing else to deal.
    std::vector<bank::Item> items;
    items.push_back(event_item("nineties", bank::EventDate::in_decade(1990)));
    for (auto& y : yearly_events(1991, 8))
        items.push_back(y);
    const auto pool = pointers(items);
    Rng rng{4};
    const auto dealt = deal_timeline(pool, TimelineDealOptions{6, 1}, rng);
    CHECK(dealt.size() == 6);
    CHECK(pairwise_distinct(dealt));
}

TEST_CASE("A pool with fewer distinct events than asked deals what it has, at least five") {
    const auto items = yearly_events(2000, 6);
    const auto pool = pointers(items);
    Rng rng{1};
    CHECK(deal_timeline(pool, TimelineDealOptions{8, 0}, rng).size() == 6);
}

TEST_CASE("A pool without five distinct events is rejected with the count") {
    std::vector<bank::Item> items = yearly_events(2000, 4);
    items.push_back(event_item("again2001", bank::EventDate::in_month(2001, 3)));
    const auto pool = pointers(items);
    Rng rng{1};
    CHECK(max_distinct_events(pool) == 4);
    CHECK_THROWS_WITH_AS(deal_timeline(pool, TimelineDealOptions{}, rng),
                         doctest::Contains("only 4"), std::invalid_argument);
}

TEST_CASE("Items that are not timeline events are ignored in the pool") {
    std::vector<bank::Item> items = yearly_events(1980, 6);
    bank::Item question;
    question.id = "mc";
    question.body = bank::MultipleChoice{"Frage?", "A", bank::AnswerType::Term, {"B"}, ""};
    items.push_back(question);
    const auto pool = pointers(items);
    Rng rng{3};
    const auto dealt = ids(deal_timeline(pool, TimelineDealOptions{6, 0}, rng));
    CHECK(std::count(dealt.begin(), dealt.end(), "mc") == 0);
    CHECK(dealt.size() == 6);
}

TEST_CASE("A deal of fewer than five or more than eight events is rejected") {
    const auto items = yearly_events(1980, 12);
    const auto pool = pointers(items);
    Rng rng{3};
    CHECK_THROWS_AS(deal_timeline(pool, TimelineDealOptions{4, 0}, rng), std::invalid_argument);
    CHECK_THROWS_AS(deal_timeline(pool, TimelineDealOptions{9, 0}, rng), std::invalid_argument);
}

TEST_CASE("A null item in the pool is rejected") {
    const std::vector<const bank::Item*> pool{nullptr};
    Rng rng{3};
    CHECK_THROWS_AS(deal_timeline(pool, TimelineDealOptions{}, rng), std::invalid_argument);
}

TEST_CASE("The largest distinct set counts events whose dates do not overlap") {
    const auto items = crowded_pool();
    // 20 years, their months and two decades: at most one event per year.
    CHECK(max_distinct_events(pointers(items)) == 20);
}

TEST_CASE("A timeline never deals two events of one group, however the pool is shuffled") {
    auto items = yearly_events(1900, 10);
    items[0].group = "satz";
    items[1].group = "satz";
    items[2].group = "satz";
    const auto pool = pointers(items);
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        Rng rng(seed);
        TimelineDealOptions options;
        options.event_count = 8;
        const auto dealt = deal_timeline(pool, options, rng);
        CHECK(dealt.size() == 8);
        const auto grouped = std::count_if(dealt.begin(), dealt.end(),
                                           [](const bank::Item* i) { return i->group == "satz"; });
        CHECK(grouped == 1);
    }
}
