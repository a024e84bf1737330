#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core_sync/sync_fixtures.hpp"
#include "sync/history_merge.hpp"

using namespace chronik;
using namespace chronik::sync;
using chronik::test::card_name;
using chronik::test::Device;
using chronik::test::joined;
using chronik::test::kSyncNoon;
using chronik::test::rescheduler;

namespace {

std::vector<RecordId> ids_of(const MergedHistory& h) {
    std::vector<RecordId> out;
    for (const auto& r : h.reviews)
        out.push_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("one device's history is kept bit for bit") {
    Device a{"laptop"};
    a.review("c1", kSyncNoon, Rating::Good);
    a.review("c2", kSyncNoon + 1000, Rating::Again);
    a.review("c1", kSyncNoon + 2 * kDayMs, Rating::Hard);
    const auto merged = merge_histories(a.log, rescheduler());
    REQUIRE(merged.reviews.size() == 3);
    CHECK(merged.recomputed == 0);
    CHECK(merged.duplicates == 0);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(merged.reviews[i] == a.log[i]);
    CHECK(progress_of(merged).card("c1") == a.known.at("c1"));
}

TEST_CASE("two devices apart: the union, ordered by time, each review once") {
    Device a{"home"};
    Device b{"school"};
    a.review("c1", kSyncNoon, Rating::Good);
    b.review("c2", kSyncNoon + 500, Rating::Good);
    a.review("c3", kSyncNoon + 1000, Rating::Easy);
    b.review("c4", kSyncNoon + 1000, Rating::Again);  // same time: "home" < "school"
    const auto merged = merge_histories(joined({&b, &a}), rescheduler());
    CHECK(ids_of(merged) ==
          std::vector<RecordId>{{"home", 1}, {"school", 1}, {"home", 2}, {"school", 2}});
    CHECK(merged.recomputed == 0);  // no card was studied on both
    REQUIRE(merged.devices.size() == 2);
    CHECK(merged.devices[0].device == "home");
    CHECK(merged.devices[0].reviews == 2);
    CHECK(merged.devices[0].first_ms == kSyncNoon);
    CHECK(merged.devices[0].last_ms == kSyncNoon + 1000);
    CHECK(merged.devices[1].reviews == 2);
    CHECK(merged.devices[1].last_seq == 2);
    CHECK(progress_of(merged).scores().reviews == 4);
}

TEST_CASE("a file that arrives twice or renamed counts once, in any order") {
    Device a{"a"};
    Device b{"b"};
    for (int i = 0; i < 20; ++i) {
        a.review(card_name(i % 5), kSyncNoon + i * kHourMs, Rating::Good);
        b.review(card_name(i % 7), kSyncNoon + i * kHourMs + 1, Rating::Hard);
    }
    const auto reference = merge_histories(joined({&a, &b}), rescheduler());
    CHECK(reference.reviews.size() == 40);

    auto copies = joined({&a, &b, &a, &b, &b});  // a conflict copy, a renamed copy, ...
    std::mt19937 rng(7);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(copies.begin(), copies.end(), rng);
        const auto merged = merge_histories(copies, rescheduler());
        CHECK(merged.duplicates == 60);
        CHECK(merged.differing_copies == 0);
        CHECK(merged.reviews == reference.reviews);
        CHECK(progress_of(merged) == progress_of(reference));
    }
}

TEST_CASE("a card studied on both devices while apart is rescheduled in time order") {
    Device a{"a"};
    Device b{"b"};
    a.review("c1", kSyncNoon, Rating::Good);
    b.review("c1", kSyncNoon + kDayMs, Rating::Again);  // b never saw a's review
    b.review("c1", kSyncNoon + 3 * kDayMs, Rating::Good);
    const auto merged = merge_histories(joined({&a, &b}), rescheduler());
    REQUIRE(merged.reviews.size() == 3);
    CHECK(merged.recomputed == 2);

    // The same three answers given on one device in this order give the same states.
    Device one{"one"};
    one.review("c1", kSyncNoon, Rating::Good);
    one.review("c1", kSyncNoon + kDayMs, Rating::Again);
    one.review("c1", kSyncNoon + 3 * kDayMs, Rating::Good);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(merged.reviews[i].record.before == one.log[i].record.before);
        CHECK(merged.reviews[i].record.after == one.log[i].record.after);
    }
    CHECK(progress_of(merged).card("c1") == one.known.at("c1"));
    CHECK(merged.reviews[1].id == RecordId{"b", 1});  // ids and answers stay as logged
    CHECK(merged.reviews[1].record.rating == Rating::Again);
}

TEST_CASE("after meeting, a device continues from the merged states: nothing more to recompute") {
    Device a{"a"};
    Device b{"b"};
    a.review("c1", kSyncNoon, Rating::Good);
    b.review("c1", kSyncNoon + kHourMs, Rating::Good);
    auto merged = merge_histories(joined({&a, &b}), rescheduler());
    a.meet(merged);
    b.meet(merged);
    a.review("c1", kSyncNoon + 4 * kDayMs, Rating::Good);
    merged = merge_histories(joined({&a, &b}), rescheduler());
    CHECK(merged.recomputed == 1);  // b's first review, as before; a's new one follows on
    CHECK(merged.reviews.back().record == a.log.back().record);
}

TEST_CASE("an undo takes back the review it names, wherever the merge puts it") {
    Device a{"a"};
    Device b{"b"};
    const auto r1 = a.review("c1", kSyncNoon, Rating::Good);
    b.review("c2", kSyncNoon + 10, Rating::Good);
    a.undo(r1, "c1", CardState::fresh(kSyncNoon), kSyncNoon + 20);
    a.review("c1", kSyncNoon + 30, Rating::Easy);
    const auto merged = merge_histories(joined({&a, &b}), rescheduler());
    CHECK(ids_of(merged) == std::vector<RecordId>{{"b", 1}, {"a", 3}});
    CHECK(merged.undone == 1);
    CHECK(merged.recomputed == 0);
    CHECK(merged.devices[0].undone == 1);
    CHECK(merged.devices[0].reviews == 1);
    CHECK(progress_of(merged).scores().reviews == 2);
}

TEST_CASE("an undo whose review has not arrived yet changes nothing and is counted") {
    Device a{"a"};
    a.review("c1", kSyncNoon, Rating::Good);
    a.undo({"a", 99}, "c1", CardState::fresh(kSyncNoon), kSyncNoon + 5);
    a.undo({"a", 2}, "c1", CardState::fresh(kSyncNoon), kSyncNoon + 6);  // names the undo above
    const auto merged = merge_histories(a.log, rescheduler());
    CHECK(merged.reviews.size() == 1);
    CHECK(merged.unmatched_undos == 2);
    CHECK(merged.undone == 0);
}

TEST_CASE("two records with one id but different content: every device keeps the same one") {
    Device a{"a"};
    Device copy_of_a{"a"};  // a device id file copied to a second computer
    a.review("c1", kSyncNoon + 100, Rating::Good);
    copy_of_a.review("c2", kSyncNoon + 50, Rating::Again);
    const auto one = merge_histories(joined({&a, &copy_of_a}), rescheduler());
    const auto other = merge_histories(joined({&copy_of_a, &a}), rescheduler());
    CHECK(one.differing_copies == 1);
    CHECK(one.reviews == other.reviews);
    REQUIRE(one.reviews.size() == 1);
    CHECK(one.reviews[0].record.card_id == "c2");  // the earlier one
}

TEST_CASE("a review the scheduler cannot take keeps the states it was logged with") {
    Device a{"a"};
    a.review("c1", kSyncNoon, Rating::Good);
    sync::LoggedReview odd = a.log.back();
    odd.id = {"b", 1};
    odd.record.time_ms = kSyncNoon + 1;
    const auto merged = merge_histories(
        {a.log.back(), odd}, [](std::string_view, const CardState&, Rating, TimeMs) -> CardState {
            throw SchedulingError("earlier day");
        });
    REQUIRE(merged.reviews.size() == 2);
    CHECK(merged.recomputed == 0);
    CHECK(merged.reviews[1].record.after == odd.record.after);
}

TEST_CASE("device ids are what file names can carry") {
    CHECK_FALSE(device_id_problem("laptop-3f9a"));
    CHECK_FALSE(device_id_problem("a"));
    CHECK(device_id_problem(""));
    CHECK(device_id_problem("Laptop"));
    CHECK(device_id_problem("a/b"));
    CHECK(device_id_problem("-a"));
    CHECK(device_id_problem("a-"));
    CHECK(device_id_problem(std::string(65, 'a')));
    CHECK_FALSE(device_id_problem(std::string(64, 'a')));
    CHECK(describe(RecordId{"pc", 7}) == "pc#7");
}
