#include "io/save/device_mirror.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "io/save/save_formats.hpp"
#include "io/sync/device_id.hpp"
#include "io/sync/sync_leftovers.hpp"
#include "study/profile_study.hpp"

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
    std::string fallback = device_id_stem(host) + "-nostate";
    report.add(MessageLevel::Warning, kDevicesFolder,
               "this computer's device id: " + id.error().describe() + "; " + in_quotes(fallback) +
                   " is used");
    return fallback;
}

std::string device_snapshot_name(const std::string& device) {
    return "snapshot." + device + ".json";
}

std::string writer_lock_name(const std::string& device) {
    return "writer." + device + ".lock";
}

std::string legacy_device(std::int64_t created_ms) {
    char hex[24];
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(created_ms));
    return std::string(kLegacyPrefix) + hex;
}

bool is_legacy_device(const std::string& device) {
    return device.starts_with(kLegacyPrefix);
}

namespace {

// Converted logs first, then this device's own records by sequence number; copies once.
void order_own_records(std::vector<sync::LoggedReview>& own) {
    std::sort(own.begin(), own.end(), [](const sync::LoggedReview& a, const sync::LoggedReview& b) {
        const bool la = is_legacy_device(a.id.device);
        const bool lb = is_legacy_device(b.id.device);
        if (la != lb) return la;
        return a.id < b.id;
    });
    own.erase(std::unique(own.begin(), own.end(),
                          [](const sync::LoggedReview& a, const sync::LoggedReview& b) {
                              return a.id == b.id;
                          }),
              own.end());
}

}  // namespace

DevicesRead read_devices(const fs::path& profile_folder, const std::string& profile_id,
                         const std::string& device, const SeenSegments* skip) {
    DevicesRead out;
    out.folder = read_log_folder(profile_folder / kDevicesFolder, profile_id, skip);
    for (const auto& [id, files] : out.folder.devices)
        if (id != device && !is_legacy_device(id)) out.others.push_back(id);
    for (const auto& r : out.folder.reviews)
        if (r.id.device == device || is_legacy_device(r.id.device)) out.own.push_back(r);
    order_own_records(out.own);
    return out;
}

DevicesRead read_own_devices(const fs::path& profile_folder, const std::string& profile_id,
                             const std::string& device) {
    struct Named {
        std::string device;
        std::uint64_t number = 0;
        fs::path file;
        bool open = false;
    };
    std::vector<Named> files;
    const fs::path folder = profile_folder / kDevicesFolder;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (classify_sync_file(name).kind == SyncFileKind::Temporary) continue;
        const bool open = name.ends_with(".clog");
        const std::size_t stem_end = name.size() - (open ? 5 : name.ends_with(".clog.zst") ? 9 : 0);
        const std::size_t dash = name.rfind('-', stem_end);
        const bool numbered = stem_end != name.size() && dash != std::string::npos &&
                              stem_end - dash - 1 == 6 &&
                              name.find_first_not_of("0123456789", dash + 1) == stem_end;
        const std::string owner = numbered ? name.substr(0, dash) : std::string();
        if (!numbered || (owner != device && !is_legacy_device(owner)))
            return read_devices(profile_folder, profile_id, device);  // another device's
        files.push_back(
            {owner, std::stoull(name.substr(dash + 1, stem_end - dash - 1)), it->path(), open});
    }
    DevicesRead out;
    out.partial = true;
    std::uint64_t newest = 0;
    bool any_own = false;
    for (const auto& f : files)
        if (f.device == device) {
            newest = std::max(newest, f.number);
            any_own = true;
        }
    for (const auto& f : files) {
        auto& dev = out.folder.devices[f.device];
        dev.last_segment = std::max(dev.last_segment, f.number);
        if (f.open) dev.open_segments.push_back(f.file);
    }
    // The converted log's newest segment stands in while this device has written none.
    if (!any_own)
        for (const auto& f : files)
            newest = std::max(newest, f.number);
    for (const auto& f : files) {
        if (any_own && f.device != device) continue;
        if (!f.open && f.number + 1 < newest) continue;
        auto seg = read_segment(f.file);
        if (seg.state != SegmentRead::State::Ok || seg.header.profile != profile_id) continue;
        auto& dev = out.folder.devices[seg.header.device];
        for (auto& r : seg.records) {
            dev.last_seq = std::max(dev.last_seq, record_id(r).seq);
            if (auto* lr = std::get_if<sync::LoggedReview>(&r)) out.own.push_back(std::move(*lr));
        }
    }
    order_own_records(out.own);
    return out;
}

std::optional<ReviewRecord> last_log_record(const fs::path& log) {
    std::ifstream in(log, std::ios::binary);
    if (!in) return std::nullopt;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    const std::streamoff take = std::min<std::streamoff>(size, std::streamoff{64} * 1024);
    std::string tail(static_cast<std::size_t>(take), '\0');
    in.seekg(size - take);
    in.read(tail.data(), take);
    if (!in) return std::nullopt;
    while (!tail.empty() && tail.back() != '\n')
        tail.pop_back();  // a torn last line is not a record
    if (tail.empty()) return std::nullopt;
    tail.pop_back();
    const auto start = tail.rfind('\n');
    if (start == std::string::npos && take < size) return std::nullopt;  // a line over 64 KiB
    try {
        return decode_record(
            std::string_view(tail).substr(start == std::string::npos ? 0 : start + 1));
    } catch (const FormatError&) {
        return std::nullopt;
    }
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
