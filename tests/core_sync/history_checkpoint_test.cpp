// Checkpoints of merged histories: a checkpoint plus the records it did not cover gives exactly
// the progress of merging everything, or says that it cannot (then the caller merges all).
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core_sync/sync_fixtures.hpp"
#include "sync/history_merge.hpp"

using namespace chronik;
using namespace chronik::sync;
using chronik::test::card_name;
using chronik::test::Device;
using chronik::test::kSyncNoon;
using chronik::test::rescheduler;

namespace {

// Devices studying apart and meeting now and then; some answers are undone right away.
std::vector<Device> study(std::mt19937& rng, int devices, int reviews_each) {
    std::vector<Device> out;
    for (int d = 0; d < devices; ++d)
        out.emplace_back("dev" + std::to_string(d));
    std::uniform_int_distribution<int> card(0, 11);
    std::uniform_int_distribution<int> rating(1, 4);
    std::uniform_int_distribution<int> gap_min(1, 600);
    for (auto& dev : out) {
        TimeMs t = kSyncNoon + static_cast<TimeMs>(rng() % 1000);
        for (int i = 0; i < reviews_each; ++i) {
            t += gap_min(rng) * 60'000LL;
            const std::string c = card_name(card(rng));
            const auto it = dev.known.find(c);
            const CardState prior = it == dev.known.end() ? CardState::fresh(t) : it->second;
            const auto id = dev.review(c, t, static_cast<Rating>(rating(rng)));
            if (rng() % 8 == 0) dev.undo(id, c, prior, t + 1000);
        }
    }
    return out;
}

struct Split {
    std::vector<LoggedReview> covered;
    std::vector<LoggedReview> tail;
};

// Each device's log cut at a random place (what a device had read when it wrote its
// checkpoint); the tail with a few copies (conflict copies, files that arrived twice).
Split split(std::mt19937& rng, const std::vector<Device>& devices) {
    Split s;
    for (const auto& d : devices) {
        const std::size_t cut = rng() % (d.log.size() + 1);
        s.covered.insert(s.covered.end(), d.log.begin(), d.log.begin() + cut);
        s.tail.insert(s.tail.end(), d.log.begin() + cut, d.log.end());
    }
    const std::size_t n = s.tail.size();
    for (std::size_t i = 0; i < n; ++i)
        if (rng() % 5 == 0) s.tail.push_back(s.tail[i]);
    std::shuffle(s.tail.begin(), s.tail.end(), rng);
    return s;
}

std::vector<LoggedReview> all_of(const std::vector<Device>& devices) {
    std::vector<LoggedReview> all;
    for (const auto& d : devices)
        all.insert(all.end(), d.log.begin(), d.log.end());
    return all;
}

}  // namespace

TEST_CASE("checkpoint + tail == full merge, on random interleavings of two and three devices") {
    std::mt19937 rng(2312);
    int resumed = 0;
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        const auto devices = study(rng, 2 + round % 2, 5 + round % 40);
        const auto all = all_of(devices);
        const auto full = checkpoint_of(merge_histories(all, rescheduler()));
        const auto s = split(rng, devices);
        const auto checkpoint = checkpoint_of(merge_histories(s.covered, rescheduler()));
        const auto r = resume_history(checkpoint, s.tail, rescheduler());
        if (!r) {
            ++refused;
            continue;
        }
        ++resumed;
        CAPTURE(round);
        CHECK(r->history.progress == full.progress);
        CHECK(r->history.devices == full.devices);
        CHECK(r->history.last == full.last);
    }
    // Both ways are taken: random cuts often leave older records in a tail.
    CHECK(resumed > 10);
    CHECK(refused > 20);
}

TEST_CASE("a tail later than the checkpoint is always resumed (one device after another)") {
    std::mt19937 rng(17);
    for (int round = 0; round < 100; ++round) {
        auto devices = study(rng, 2, 10 + round % 30);
        // The second device studied only after the first had finished (home, then school):
        // its reviews move after the first's last one.
        const TimeMs first_last = devices[0].log.back().record.time_ms;
        Device later{"dev1"};
        later.known = devices[0].known;
        TimeMs t = first_last + kHourMs;
        for (int i = 0; i < 10 + round % 7; ++i) {
            t += (1 + static_cast<TimeMs>(rng() % 300)) * 60'000LL;
            later.review(card_name(static_cast<int>(rng() % 12)), t, Rating::Good);
        }
        const auto checkpoint = checkpoint_of(merge_histories(devices[0].log, rescheduler()));
        const auto r = resume_history(checkpoint, later.log, rescheduler());
        REQUIRE(r.has_value());
        std::vector<LoggedReview> all = devices[0].log;
        all.insert(all.end(), later.log.begin(), later.log.end());
        const auto full = merge_histories(all, rescheduler());
        CHECK(r->history.progress == checkpoint_of(full).progress);
        CHECK(r->history.devices == full.devices);
        CHECK(r->reviews.size() == later.log.size());
        CHECK(r->recomputed == 0);  // it knew the first's cards: nothing to compute anew
    }
}

TEST_CASE("a late older record, an undo of a covered review: no resume, the full merge decides") {
    Device a{"a"};
    Device b{"b"};
    a.review("c1", kSyncNoon, Rating::Good);
    const auto id = a.review("c2", kSyncNoon + kHourMs, Rating::Good);
    const auto checkpoint = checkpoint_of(merge_histories(a.log, rescheduler()));
    b.review("c1", kSyncNoon + 1000, Rating::Again);  // studied while apart, earlier
    CHECK_FALSE(resume_history(checkpoint, b.log, rescheduler()).has_value());

    Device a2 = a;
    a2.undo(id, "c2", CardState::fresh(kSyncNoon), kSyncNoon + 2 * kHourMs);
    CHECK_FALSE(resume_history(checkpoint, {a2.log.back()}, rescheduler()).has_value());

    // Nothing new: the checkpoint as it was.
    const auto same = resume_history(checkpoint, {}, rescheduler());
    REQUIRE(same.has_value());
    CHECK(same->history == checkpoint);
}

TEST_CASE("an undo covered before its review arrived: the review's arrival is not resumed") {
    Device a{"a"};
    a.review("c0", kSyncNoon, Rating::Good);
    const auto id = a.review("c1", kSyncNoon + kHourMs, Rating::Good);
    a.undo(id, "c1", CardState::fresh(kSyncNoon), kSyncNoon + 2 * kHourMs);
    // The undo's segment arrived first, the review's later.
    std::vector<LoggedReview> covered{a.log[0], a.log[2]};
    const auto merged = merge_histories(covered, rescheduler());
    CHECK(merged.missing_undone == std::vector<RecordId>{id});
    const auto checkpoint = checkpoint_of(merged);
    CHECK_FALSE(resume_history(checkpoint, {a.log[1]}, rescheduler()).has_value());
}
