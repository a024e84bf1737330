// What a device's own snapshot of a merged profile holds besides its progress: the checkpoint of
// the merged history (core/sync) and the segments it covers, so the next open reads only what
// came since (README "Several computers").
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <vector>

#include "io/sync/device_log.hpp"
#include "sync/history_merge.hpp"

namespace chronik::io {

struct MergeCheckpointFile {
    std::vector<sync::DeviceShare> devices;
    std::optional<sync::MergePoint> last;
    std::vector<sync::RecordId> awaited_undone;
    SeenSegments segments;
    friend bool operator==(const MergeCheckpointFile&, const MergeCheckpointFile&) = default;
};

// {"last":[time, device, seq] or null, "devices":[[device, reviews, undone, first, last,
// last_seq]], "awaited_undone":[[device, seq]], "segments":[[device, number, last_seq, sealed]]}
nlohmann::json checkpoint_to_json(const MergeCheckpointFile& checkpoint);
// nullopt when it is not one this Chronik understands (then the profile is merged whole).
std::optional<MergeCheckpointFile> checkpoint_from_json(const nlohmann::json& j);

}  // namespace chronik::io
