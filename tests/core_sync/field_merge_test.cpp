#include <doctest/doctest.h>

#include <algorithm>

#include "sync/field_merge.hpp"

using namespace chronik;
using namespace chronik::sync;

namespace {

constexpr TimeMs kT = 1767268800000;

FieldChange change(std::string device, std::uint64_t seq, std::string field, std::string value,
                   TimeMs t, std::vector<RecordId> replaces = {}) {
    return {{std::move(device), seq}, std::move(field), std::move(value), t, std::move(replaces)};
}

}  // namespace

TEST_CASE("per field, the last change wins when each device knew the one before") {
    const std::vector<FieldChange> changes{
        change("a", 1, "settings.desired_retention", "0.9", kT),
        change("b", 4, "settings.desired_retention", "0.85", kT + 10, {{"a", 1}}),
        change("a", 2, "name", "\"Anna\"", kT + 20),
        change("a", 5, "settings.desired_retention", "0.8", kT + 30, {{"b", 4}}),
    };
    const auto merged = merge_fields(changes);
    CHECK(merged.current.at("settings.desired_retention").value == "0.8");
    CHECK(merged.current.at("name").value == "\"Anna\"");
    CHECK(merged.conflicts.empty());
    CHECK(heads_of(changes, "settings.desired_retention") == std::vector<RecordId>{{"a", 5}});
    CHECK(heads_of(changes, "settings.decks").empty());
}

TEST_CASE("two devices changing one field while apart: the later is kept, both recorded") {
    const auto base = change("a", 1, "settings.decks", "[]", kT);
    const auto home = change("a", 2, "settings.decks", "[\"napoleon\"]", kT + 100, {{"a", 1}});
    const auto school = change("b", 1, "settings.decks", "[\"vormaerz\"]", kT + 50, {{"a", 1}});
    for (const auto& changes : {std::vector<FieldChange>{base, home, school},
                                std::vector<FieldChange>{school, home, base, school}}) {
        const auto merged = merge_fields(changes);
        CHECK(merged.current.at("settings.decks").value == "[\"napoleon\"]");
        REQUIRE(merged.conflicts.size() == 1);
        CHECK(merged.conflicts[0].field == "settings.decks");
        CHECK(merged.conflicts[0].kept == home);
        REQUIRE(merged.conflicts[0].others.size() == 1);
        CHECK(merged.conflicts[0].others[0] == school);
    }
    // The next change made with both in view settles it.
    const auto settle = change("b", 2, "settings.decks", "[\"napoleon\"]", kT + 200,
                               heads_of({base, home, school}, "settings.decks"));
    CHECK(settle.replaces == std::vector<RecordId>{{"a", 2}, {"b", 1}});
    const auto merged = merge_fields({base, home, school, settle});
    CHECK(merged.conflicts.empty());
    CHECK(merged.current.at("settings.decks") == settle);
}

TEST_CASE("the same value set on both devices while apart is no conflict") {
    const auto merged = merge_fields({change("a", 1, "settings.ui_scale", "1.5", kT),
                                      change("b", 1, "settings.ui_scale", "1.5", kT + 1)});
    CHECK(merged.conflicts.empty());
    CHECK(merged.current.at("settings.ui_scale").id == RecordId{"b", 1});
}

TEST_CASE("equal times are decided by device id, then sequence") {
    const auto merged =
        merge_fields({change("b", 1, "name", "\"B\"", kT), change("a", 9, "name", "\"A\"", kT)});
    CHECK(merged.current.at("name").value == "\"B\"");
    REQUIRE(merged.conflicts.size() == 1);
    CHECK(merged.conflicts[0].others[0].value == "\"A\"");
}

TEST_CASE("changes that replace each other in a circle still give one answer") {
    const auto merged = merge_fields({change("a", 1, "name", "\"X\"", kT, {{"b", 1}}),
                                      change("b", 1, "name", "\"Y\"", kT + 1, {{"a", 1}})});
    CHECK(merged.current.at("name").value == "\"Y\"");
    CHECK(merged.conflicts.empty());
}
