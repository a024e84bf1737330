#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "io/sync/log_segment.hpp"
#include "io/sync/record_codec.hpp"
#include "io_sync/sync_io_fixtures.hpp"

using namespace chronik;
using namespace chronik::io;
using chronik::test::kT0;
using chronik::test::logged_review;

namespace {

DeviceRecord round_trip(const DeviceRecord& r, std::uint64_t base = 0) {
    const auto bytes = encode_record(r, base);
    const auto d = decode_record(bytes, record_id(r).device, base);
    REQUIRE(d.status == DecodeStatus::Ok);
    CHECK(d.size == bytes.size());
    return *d.record;
}

}  // namespace

TEST_CASE("reviews, undos and field changes come back exactly, doubles bit for bit") {
    auto first =
        logged_review("pc", 1700000000001, "q-017", kT0, Rating::Good, CardState::fresh(kT0));
    auto second = logged_review("pc", 1700000000002, "q-017", kT0 + 3 * kDayMs + 17, Rating::Hard,
                                first.record.after);
    second.record.round = RoundKind::Imported;
    second.record.utc_offset_minutes = -600;
    second.record.response_ms = 0;
    CHECK(round_trip(first, 1700000000000) == DeviceRecord(first));
    CHECK(round_trip(second, 1700000000000) == DeviceRecord(second));
    CHECK(std::get<sync::LoggedReview>(round_trip(second)).record.after.stability ==
          second.record.after.stability);

    sync::LoggedReview undo;  // set field by field: g++ 12 warns falsely on the braced form
    undo.id.device = "pc";
    undo.id.seq = 5;
    undo.record = ReviewRecord::undo("q-017", kT0 + 99, 120);
    undo.undoes = sync::RecordId{"pc", 2};
    CHECK(round_trip(undo) == DeviceRecord(undo));
    undo.undoes = sync::RecordId{"laptop-1", 77};
    CHECK(round_trip(undo) == DeviceRecord(undo));

    sync::FieldChange change;
    change.id.device = "pc";
    change.id.seq = 9;
    change.field = "settings.decks";
    change.value = "[\"napoleon\",\"vormärz\"]";
    change.time_ms = -5;
    change.replaces = {{"pc", 3}, {"school-7", 12}};
    CHECK(round_trip(change, 4) == DeviceRecord(change));
}

TEST_CASE("a compact review takes a fifth of the JSON line") {
    const auto r = logged_review("pc", 1733561234567, "napoleon-q-017", kT0, Rating::Good,
                                 CardState::fresh(kT0));
    const auto bytes = encode_record(r, 1733561234000);
    MESSAGE("one review: ", bytes.size(), " bytes (the JSON line: about 430)");
    CHECK(bytes.size() < 90);
}

TEST_CASE("damage is found: a changed byte, a cut record, an impossible length") {
    const auto r = logged_review("pc", 3, "c1", kT0, Rating::Again, CardState::fresh(kT0));
    const auto bytes = encode_record(r, 0);
    for (std::size_t i = 1; i < bytes.size(); ++i) {
        auto bad = bytes;
        bad[i] = static_cast<char>(bad[i] ^ 0x20);
        const auto d = decode_record(bad, "pc", 0);
        CHECK(d.status == DecodeStatus::Damaged);
        CHECK(d.size == bytes.size());  // the next record can still be read
    }
    for (std::size_t n = 0; n < bytes.size(); ++n)
        CHECK(decode_record(std::string_view(bytes).substr(0, n), "pc", 0).status ==
              DecodeStatus::Incomplete);
    CHECK(decode_record(std::string("\xff\xff\xff\xff\x7f", 5) + bytes, "pc", 0).status ==
          DecodeStatus::Unreadable);
    CHECK(decode_record(std::string(1, '\0') + bytes, "pc", 0).status == DecodeStatus::Unreadable);
}

TEST_CASE("a record that decodes but breaks the rules is damaged, not taken") {
    auto r = logged_review("pc", 3, "c1", kT0, Rating::Good, CardState::fresh(kT0));
    r.record.after.stability = std::nan("");
    CHECK(decode_record(encode_record(r, 0), "pc", 0).status == DecodeStatus::Damaged);
    r = logged_review("pc", 3, std::string("c\x01", 2), kT0, Rating::Good, CardState::fresh(kT0));
    CHECK(decode_record(encode_record(r, 0), "pc", 0).status == DecodeStatus::Damaged);
}

TEST_CASE("a segment: header, records, a damaged record skipped, a torn tail noted") {
    SegmentHeader h{"pc", 4, "anna", kT0, 1000};
    std::string raw = encode_segment_header(h);
    std::vector<sync::LoggedReview> rs;
    for (int i = 0; i < 3; ++i)
        rs.push_back(logged_review("pc", 1000 + static_cast<std::uint64_t>(i), "c1",
                                   kT0 + i * kDayMs, Rating::Good, CardState::fresh(kT0)));
    const auto r0 = encode_record(rs[0], 1000);
    auto r1 = encode_record(rs[1], 1000);
    const auto r2 = encode_record(rs[2], 1000);
    r1[r1.size() / 2] = static_cast<char>(r1[r1.size() / 2] ^ 1);
    raw += r0 + r1 + r2;
    auto read = parse_segment(raw);
    REQUIRE(read.state == SegmentRead::State::Ok);
    CHECK(read.header == h);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1] == DeviceRecord(rs[2]));
    CHECK(read.problems.size() == 1);
    CHECK_FALSE(read.torn_tail);
    CHECK(read.good_bytes == raw.size());

    read = parse_segment(raw.substr(0, raw.size() - 3));
    CHECK(read.records.size() == 1);
    CHECK(read.torn_tail);
    CHECK(read.good_bytes == raw.size() - r2.size());
}

TEST_CASE(
    "a segment from a newer Chronik is recognised and not read, other files are not "
    "segments") {
    std::string raw = encode_segment_header({"pc", 1, "anna", kT0, 1});
    raw[kSegmentMagic.size()] = static_cast<char>(kSegmentSchema + 1);
    CHECK(parse_segment(raw).state == SegmentRead::State::NewerVersion);
    CHECK(parse_segment("{\"kind\":\"review\"}").state == SegmentRead::State::NotASegment);
    CHECK(parse_segment("").state == SegmentRead::State::NotASegment);
    std::string bad_header = encode_segment_header({"pc", 1, "anna", kT0, 1});
    bad_header[12] = static_cast<char>(bad_header[12] ^ 4);
    CHECK(parse_segment(bad_header).state == SegmentRead::State::Unreadable);
}

TEST_CASE("random damage to a segment never crashes the reader and never invents records") {
    SegmentHeader h{"pc", 1, "anna", kT0, 500};
    std::string raw = encode_segment_header(h);
    CardState state = CardState::fresh(kT0);
    for (int i = 0; i < 40; ++i) {
        auto r = logged_review("pc", 500 + static_cast<std::uint64_t>(i), "c1", kT0 + i * kDayMs,
                               i % 3 == 0 ? Rating::Again : Rating::Good, state);
        state = r.record.after;
        raw += encode_record(r, 500);
    }
    const auto whole = parse_segment(raw);
    REQUIRE(whole.records.size() == 40);
    std::uint64_t x = 0x9e3779b97f4a7c15ULL;
    const auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    for (int round = 0; round < 3000; ++round) {
        std::string bad = raw;
        const int edits = 1 + static_cast<int>(next() % 4);
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<std::size_t>(next() % bad.size());
            switch (next() % 3) {
                case 0:
                    bad[at] = static_cast<char>(next());
                    break;
                case 1:
                    bad.erase(at, 1 + next() % 8);
                    break;
                default:
                    bad.resize(at);
                    break;
            }
            if (bad.empty()) break;
        }
        const auto read = parse_segment(bad);
        // Whatever is read back is one of the records that were written, unchanged.
        for (const auto& r : read.records) {
            const bool known =
                std::find(whole.records.begin(), whole.records.end(), r) != whole.records.end();
            CHECK_MESSAGE(known, "round ", round);
        }
    }
}
