#include "io/save/merge_checkpoint.hpp"

#include <nlohmann/json.hpp>

namespace chronik::io {

using nlohmann::json;

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
            c.last =
                sync::MergePoint{last.at(0).get<TimeMs>(),
                                 {last.at(1).get<std::string>(), last.at(2).get<std::uint64_t>()}};
        for (const auto& d : j.at("devices")) {
            sync::DeviceShare share;
            share.device = d.at(0).get<std::string>();
            share.reviews = d.at(1).get<std::int64_t>();
            share.undone = d.at(2).get<std::int64_t>();
            share.first_ms = d.at(3).get<TimeMs>();
            share.last_ms = d.at(4).get<TimeMs>();
            share.last_seq = d.at(5).get<std::uint64_t>();
            c.devices.push_back(std::move(share));
        }
        for (const auto& id : j.at("awaited_undone"))
            c.awaited_undone.push_back(
                {id.at(0).get<std::string>(), id.at(1).get<std::uint64_t>()});
        std::sort(c.awaited_undone.begin(), c.awaited_undone.end());
        for (const auto& s : j.at("segments"))
            c.segments[{s.at(0).get<std::string>(), s.at(1).get<std::uint64_t>()}] =
                SeenSegment{s.at(2).get<std::uint64_t>(), s.at(3).get<bool>()};
        return c;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

}  // namespace chronik::io
