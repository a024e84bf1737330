// Classroom questions: drawn by kind and topic, choices shuffled with the answer among them.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "classroom/classroom_question.hpp"

using namespace chronik;

namespace {

bank::Item mc(const std::string& id, const std::string& tag) {
    bank::Item item;
    item.id = id;
    item.tags = {tag};
    item.body = bank::MultipleChoice{"Frage " + id,
                                     "Antwort " + id,
                                     bank::AnswerType::Term,
                                     {"x " + id, "y " + id, "z " + id, "w " + id},
                                     "weil"};
    return item;
}

bank::Item event(const std::string& id, int year) {
    bank::Item item;
    item.id = id;
    item.tags = {"Diplomatie"};
    item.body = bank::TimelineEvent{"Ereignis " + id, bank::EventDate::in_year(year)};
    return item;
}

}  // namespace

TEST_CASE(
    "questions fit the chosen topics and show four choices with the answer at correct_choice") {
    std::vector<bank::Item> items{mc("a", "Wirtschaft"), mc("b", "Diplomatie"),
                                  mc("c", "Wirtschaft")};
    std::vector<const bank::Item*> ptrs;
    for (const auto& i : items)
        ptrs.push_back(&i);
    classroom::QuestionMix mix;
    mix.topics = {"Wirtschaft"};
    Rng rng(7);
    const auto qs = classroom::pick_classroom_questions(ptrs, mix, 10, rng);
    REQUIRE(qs.size() == 2);
    for (const auto& q : qs) {
        CHECK(q.item_id != "b");
        CHECK(q.choices.size() == 4);
        CHECK(q.choices[q.correct_choice] == "Antwort " + q.item_id);
    }
}

TEST_CASE("timeline events become when-questions with other events' dates as wrong choices") {
    std::vector<bank::Item> items{event("e1", 1950), event("e2", 1961), event("e3", 2000),
                                  mc("m", "Diplomatie")};
    std::vector<const bank::Item*> ptrs;
    for (const auto& i : items)
        ptrs.push_back(&i);
    classroom::QuestionMix mix;
    mix.kinds = {bank::ItemKind::Event};
    Rng rng(3);
    const auto qs = classroom::pick_classroom_questions(ptrs, mix, 3, rng);
    REQUIRE(qs.size() == 3);
    for (const auto& q : qs) {
        CHECK(q.item_id != "m");
        CHECK(q.choices.size() == 3);
        CHECK(q.prompt.find("Ereignis") != std::string::npos);
    }
}

TEST_CASE("no fitting item or a bad choice count is an error") {
    std::vector<bank::Item> items{mc("a", "Wirtschaft")};
    std::vector<const bank::Item*> ptrs{&items[0]};
    classroom::QuestionMix mix;
    mix.topics = {"Sport"};
    Rng rng(1);
    CHECK_THROWS_AS(classroom::pick_classroom_questions(ptrs, mix, 5, rng), std::invalid_argument);
    mix.topics.clear();
    mix.max_choices = 5;
    CHECK_THROWS_AS(classroom::pick_classroom_questions(ptrs, mix, 5, rng), std::invalid_argument);
}

TEST_CASE("a class game never asks two questions of one group (drafts of one sentence)") {
    std::vector<bank::Item> items;
    for (int i = 0; i < 6; ++i)
        items.push_back(mc("g" + std::to_string(i), "Diplomatie"));
    for (int i = 0; i < 4; ++i)
        items[static_cast<std::size_t>(i)].group = "satz-1";  // g0..g3 give each other away
    std::vector<const bank::Item*> ptrs;
    for (const auto& i : items)
        ptrs.push_back(&i);
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Rng rng(seed);
        const auto qs = classroom::pick_classroom_questions(ptrs, {}, 10, rng);
        CHECK(qs.size() == 3);  // one of g0..g3, and g4, g5
        const auto grouped =
            std::count_if(qs.begin(), qs.end(), [](const auto& q) { return q.item_id < "g4"; });
        CHECK(grouped == 1);
    }
}

TEST_CASE("a multiple-choice item's own time limit goes with its classroom question") {
    std::vector<bank::Item> items{mc("a", "Wirtschaft"), mc("b", "Wirtschaft")};
    std::get<bank::MultipleChoice>(items[0].body).time_limit_s = 30;
    std::vector<const bank::Item*> ptrs{&items[0], &items[1]};
    Rng rng(3);
    const auto qs = classroom::pick_classroom_questions(ptrs, classroom::QuestionMix{}, 10, rng);
    REQUIRE(qs.size() == 2);
    for (const auto& q : qs)
        CHECK(q.time_limit_ms == (q.item_id == "a" ? std::optional<std::int64_t>(30'000)
                                                   : std::optional<std::int64_t>()));
}

TEST_CASE(
    "timeline questions deal events with distinct dates, their ranks and dates, fresh first") {
    std::vector<bank::Item> items;
    for (int i = 0; i < 12; ++i)
        items.push_back(event("e" + std::to_string(i), 1900 + 7 * i));
    items.push_back(mc("m", "Diplomatie"));  // not an event: never dealt
    std::vector<const bank::Item*> ptrs;
    for (const auto& i : items)
        ptrs.push_back(&i);
    Rng rng(3);
    const auto qs = classroom::pick_timeline_questions(ptrs, {}, 3, 5, rng);
    REQUIRE(qs.size() == 3);
    std::vector<std::string> seen;
    for (const auto& q : qs) {
        REQUIRE(q.is_timeline());
        REQUIRE(q.choices.size() == 5);
        REQUIRE(q.timeline_dates.size() == 5);
        std::vector<std::size_t> ranks = q.timeline_ranks;
        std::sort(ranks.begin(), ranks.end());
        CHECK(ranks == std::vector<std::size_t>{0, 1, 2, 3, 4});
        // The rank follows the date ("Ereignis eN" happened in 1900 + 7N).
        for (std::size_t a = 0; a < 5; ++a) {
            for (std::size_t b = 0; b < 5; ++b) {
                const int ya = std::stoi(q.choices[a].substr(10)),
                          yb = std::stoi(q.choices[b].substr(10));
                if (ya < yb) CHECK(q.timeline_ranks[a] < q.timeline_ranks[b]);
            }
            CHECK(q.timeline_dates[a] ==
                  std::to_string(1900 + 7 * std::stoi(q.choices[a].substr(10))));
        }
        CHECK(q.timeline_ranks != std::vector<std::size_t>{0, 1, 2, 3, 4});  // never shown in order
        seen.insert(seen.end(), q.choices.begin(), q.choices.end());
    }
    // The first two deals use 10 different events of the 12; the third has to reuse some.
    std::vector<std::string> first_two(seen.begin(), seen.begin() + 10);
    std::sort(first_two.begin(), first_two.end());
    CHECK(std::adjacent_find(first_two.begin(), first_two.end()) == first_two.end());
    CHECK_THROWS_AS(classroom::pick_timeline_questions(ptrs, {}, 1, 4, rng), std::invalid_argument);
    std::vector<const bank::Item*> few(ptrs.begin(), ptrs.begin() + 4);
    CHECK_THROWS_AS(classroom::pick_timeline_questions(few, {}, 1, 5, rng), std::invalid_argument);
}

TEST_CASE("timeline questions are spread evenly among the others") {
    auto named = [](const std::string& prefix, std::size_t n) {
        std::vector<classroom::ClassroomQuestion> out(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i].item_id = prefix + std::to_string(i);
        return out;
    };
    auto ids = [](const std::vector<classroom::ClassroomQuestion>& qs) {
        std::string s;
        for (const auto& q : qs)
            s += q.item_id + " ";
        return s;
    };
    CHECK(ids(classroom::interleave_questions(named("q", 7), named("t", 3))) ==
          "q0 q1 t0 q2 q3 t1 q4 t2 q5 q6 ");
    CHECK(ids(classroom::interleave_questions(named("q", 0), named("t", 2))) == "t0 t1 ");
    CHECK(ids(classroom::interleave_questions(named("q", 2), named("t", 0))) == "q0 q1 ");
    CHECK(ids(classroom::interleave_questions(named("q", 1), named("t", 1))) == "q0 t0 ");
}
