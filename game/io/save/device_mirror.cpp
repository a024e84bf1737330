#include "io/save/device_mirror.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "io/sync/device_id.hpp"
#include "study/study_session.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kLegacyPrefix = "legacy-";

}  // namespace

std::string this_device(LoadReport& report) {
    auto id = device_id();
    if (id) return id.value();
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
    const std::string fallback = device_id_stem(host) + "-nostate";
    report.add(MessageLevel::Warning, kDevicesFolder,
               "this computer's device id: " + id.error().describe() + "; " + in_quotes(fallback) +
                   " is used");
    return fallback;
}

std::string device_snapshot_name(const std::string& device) {
    return "snapshot." + device + ".json";
}

std::string legacy_device(std::int64_t created_ms) {
    char hex[24];
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(created_ms));
    return std::string(kLegacyPrefix) + hex;
}

bool is_legacy_device(const std::string& device) {
    return device.starts_with(kLegacyPrefix);
}

DevicesRead read_devices(const fs::path& profile_folder, const std::string& profile_id,
                         const std::string& device) {
    DevicesRead out;
    out.folder = read_log_folder(profile_folder / kDevicesFolder, profile_id);
    for (const auto& [id, files] : out.folder.devices)
        if (id != device && !is_legacy_device(id)) out.others.push_back(id);
    for (const auto& r : out.folder.reviews)
        if (r.id.device == device || is_legacy_device(r.id.device)) out.own.push_back(r);
    // Converted logs first, then this device's own records by sequence number; copies once.
    std::sort(out.own.begin(), out.own.end(),
              [](const sync::LoggedReview& a, const sync::LoggedReview& b) {
                  const bool la = is_legacy_device(a.id.device);
                  const bool lb = is_legacy_device(b.id.device);
                  if (la != lb) return la;
                  return a.id < b.id;
              });
    out.own.erase(std::unique(out.own.begin(), out.own.end(),
                              [](const sync::LoggedReview& a, const sync::LoggedReview& b) {
                                  return a.id == b.id;
                              }),
                  out.own.end());
    return out;
}

std::vector<sync::RecordId> undo_stack(const std::vector<sync::LoggedReview>& records) {
    std::vector<sync::RecordId> stack;
    for (const auto& r : records) {
        if (r.record.kind == RecordKind::Review) {
            stack.push_back(r.id);
        } else if (r.undoes) {
            const auto it = std::find(stack.rbegin(), stack.rend(), *r.undoes);
            if (it != stack.rend()) stack.erase(std::next(it).base());
        }
    }
    return stack;
}

sync::MergedHistory merge_devices(std::vector<sync::LoggedReview> records,
                                  const ProfileSettings& settings, const std::string& profile_id) {
    const Scheduler scheduler = study::scheduler_for(settings, profile_id);
    return sync::merge_histories(
        std::move(records), [&scheduler](std::string_view, const CardState& before, Rating rating,
                                         TimeMs t) { return scheduler.next(before, rating, t); });
}

}  // namespace chronik::io
