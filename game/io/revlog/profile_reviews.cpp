#include "io/revlog/profile_reviews.hpp"

#include <stdexcept>
#include <unordered_map>

#include "io/save/profile_storage.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/review_log.hpp"
#include "progress/profile_progress.hpp"

namespace chronik::io {

ProfileReviews read_profile_reviews(const std::filesystem::path& saves, const std::string& name) {
    const ProfileStore store(saves);
    auto info = store.find(name);
    if (!info) throw std::runtime_error(info.error().describe());
    return read_profile_folder_reviews(info.value().folder);
}

ProfileReviews read_profile_folder_reviews(const std::filesystem::path& folder) {
    ProfileReviews out;
    out.folder = folder;

    // Replaying through ProfileProgress applies undo exactly as the game does.
    ProfileProgress progress;
    std::vector<ReviewRecord> effective;
    auto opened = ProfileStorage::open(folder, OpenOptions{OpenMode::Inspect, 100});
    if (opened && opened.value().merged()) {
        // Several devices: the merged history of every device's segments.
        for (const auto& r : opened.value().merged_reviews()) {
            effective.push_back(r);
        }
    } else {
        auto scan = scan_log(
            out.folder / kLogFileName, LogPosition{}, [&](const ReviewRecord& r, std::int64_t) {
                const ApplyResult applied = progress.apply(r);
                if (applied.outcome == ApplyOutcome::Applied) {
                    effective.push_back(r);
                } else if (applied.outcome == ApplyOutcome::Undone && !effective.empty()) {
                    effective.pop_back();
                    ++out.undone;
                }
            });
        if (!scan) throw std::runtime_error(scan.error().describe());
        out.bad_lines = scan.value().bad_lines.size();
    }

    std::unordered_map<std::string, std::int64_t> ids;
    out.rows.reserve(effective.size());
    for (const ReviewRecord& r : effective) {
        auto [it, inserted] =
            ids.try_emplace(r.card_id, static_cast<std::int64_t>(out.card_names.size()) + 1);
        if (inserted) out.card_names.push_back(r.card_id);
        out.rows.push_back({it->second, r.time_ms, to_int(r.rating)});
    }
    return out;
}

}  // namespace chronik::io
