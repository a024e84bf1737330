#include "io/save/merge_checkpoint.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace chronik::io {

using nlohmann::json;

namespace {

struct NotACheckpoint {};

// Exact types only: a number of another kind (a float, a negative sequence number) is not
// converted (a float too large for an integer would be undefined behaviour).
std::int64_t int_at(const json& j, std::size_t i) {
    const json& v = j.at(i);
    if (!v.is_number_integer()) throw NotACheckpoint{};
    return v.get<std::int64_t>();
}
std::uint64_t uint_at(const json& j, std::size_t i) {
    const json& v = j.at(i);
    if (!v.is_number_unsigned()) throw NotACheckpoint{};
    return v.get<std::uint64_t>();
}
std::string string_at(const json& j, std::size_t i) {
    const json& v = j.at(i);
    if (!v.is_string()) throw NotACheckpoint{};
    return v.get<std::string>();
}
bool bool_at(const json& j, std::size_t i) {
    const json& v = j.at(i);
    if (!v.is_boolean()) throw NotACheckpoint{};
    return v.get<bool>();
}
const json& list_at(const json& j, const char* key) {
    const json& v = j.at(key);
    if (!v.is_array()) throw NotACheckpoint{};
    return v;
}

}  // namespace

json checkpoint_to_json(const MergeCheckpointFile& c) {
    json devices = json::array();
    for (const auto& d : c.devices)
        devices.push_back(
            json::array({d.device, d.reviews, d.undone, d.first_ms, d.last_ms, d.last_seq}));
    json awaited = json::array();
    for (const auto& id : c.awaited_undone)
        awaited.push_back(json::array({id.device, id.seq}));
    json segments = json::array();
    for (const auto& [key, seen] : c.segments)
        segments.push_back(json::array({key.first, key.second, seen.last_seq, seen.sealed}));
    json last = nullptr;
    if (c.last) last = json::array({c.last->time_ms, c.last->id.device, c.last->id.seq});
    return json{{"last", std::move(last)},
                {"devices", std::move(devices)},
                {"awaited_undone", std::move(awaited)},
                {"segments", std::move(segments)}};
}

std::optional<MergeCheckpointFile> checkpoint_from_json(const json& j) {
    try {
        MergeCheckpointFile c;
        const json& last = j.at("last");
        if (!last.is_null())
            c.last = sync::MergePoint{int_at(last, 0), {string_at(last, 1), uint_at(last, 2)}};
        for (const auto& d : list_at(j, "devices")) {
            sync::DeviceShare share;
            share.device = string_at(d, 0);
            share.reviews = int_at(d, 1);
            share.undone = int_at(d, 2);
            share.first_ms = int_at(d, 3);
            share.last_ms = int_at(d, 4);
            share.last_seq = uint_at(d, 5);
            c.devices.push_back(std::move(share));
        }
        for (const auto& id : list_at(j, "awaited_undone"))
            c.awaited_undone.push_back({string_at(id, 0), uint_at(id, 1)});
        std::sort(c.awaited_undone.begin(), c.awaited_undone.end());
        for (const auto& s : list_at(j, "segments"))
            c.segments[{string_at(s, 0), uint_at(s, 1)}] =
                SeenSegment{uint_at(s, 2), bool_at(s, 3)};
        return c;
    } catch (const json::exception&) {
        return std::nullopt;
    } catch (const NotACheckpoint&) {
        return std::nullopt;
    }
}

}  // namespace chronik::io
