#include "io/revlog/profile_reviews.hpp"

#include <optional>
#include <stdexcept>
#include <system_error>
#include <unordered_map>

#include "io/save/durable_file.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/review_log.hpp"
#include "io/save/save_formats.hpp"

namespace chronik::io {

namespace {

std::filesystem::path find_profile(const std::filesystem::path& saves, const std::string& name) {
    std::error_code ec;
    if (!std::filesystem::is_directory(saves, ec)) {
        throw std::runtime_error(saves.string() + ": no such saves folder");
    }
    if (!name.empty() && name.find('/') == std::string::npos && name != "." && name != "..") {
        const auto direct = saves / name;
        if (std::filesystem::is_directory(direct, ec)) return direct;
    }
    for (const auto& entry : std::filesystem::directory_iterator(saves, ec)) {
        if (!entry.is_directory(ec)) continue;
        const auto info_file = entry.path() / kProfileFileName;
        if (!std::filesystem::exists(info_file, ec)) continue;
        auto bytes = read_file(info_file);
        if (!bytes) continue;
        try {
            if (decode_profile_info(bytes.value()).display_name == name) return entry.path();
        } catch (const std::exception&) {
            // A damaged profile.json is the check command's business; it is simply not a match.
        }
    }
    throw std::runtime_error(saves.string() + ": no profile named \"" + name +
                             "\" (neither a folder of that name nor a profile.json with that "
                             "display name)");
}

}  // namespace

ProfileReviews read_profile_reviews(const std::filesystem::path& saves, const std::string& name) {
    ProfileReviews out;
    out.folder = find_profile(saves, name);
    const auto log_file = out.folder / kLogFileName;
    std::unordered_map<std::string, std::int64_t> ids;
    std::vector<char> alive;
    std::optional<std::size_t> undoable;  // one level of undo, as the profile applies it
    auto scan = scan_log(log_file, LogPosition{}, [&](const ReviewRecord& record, std::int64_t) {
        if (record.kind == RecordKind::Undo) {
            if (undoable &&
                out.card_names[static_cast<std::size_t>(out.rows[*undoable].card_id - 1)] ==
                    record.card_id) {
                alive[*undoable] = 0;
                ++out.undone;
            }
            undoable.reset();
            return;
        }
        auto [it, inserted] =
            ids.try_emplace(record.card_id, static_cast<std::int64_t>(out.card_names.size()) + 1);
        if (inserted) out.card_names.push_back(record.card_id);
        out.rows.push_back({it->second, record.time_ms, to_int(record.rating)});
        alive.push_back(1);
        undoable = out.rows.size() - 1;
    });
    if (!scan) throw std::runtime_error(scan.error().describe());
    out.bad_lines = scan.value().bad_lines.size();
    std::vector<optimize::ReviewRow> kept;
    kept.reserve(out.rows.size());
    for (std::size_t i = 0; i < out.rows.size(); ++i)
        if (alive[i]) kept.push_back(out.rows[i]);
    out.rows = std::move(kept);
    return out;
}

}  // namespace chronik::io
