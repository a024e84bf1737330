// This device's own segments in devices/ (the copy of every review other computers read) as
// ProfileStorage writes them: converting an old log, copying what a crash left out, appending.
#include <algorithm>

#include "io/save/profile_storage_state.hpp"

namespace chronik::io::storage_parts {

namespace fs = std::filesystem;

// The devices' messages, with their folder in the file name.
void add_device_messages(ProfileStorage::State& s, const LoadReport& report) {
    for (auto m : report.messages) {
        m.file = std::string(kDevicesFolder) + "/" + m.file;
        s.report.messages.push_back(std::move(m));
    }
}

// Copies what this device's reviews.jsonl holds and its segments in devices/ lack: the first
// open of a log from a Chronik before devices converts it whole (under legacy_device(), so that
// copies of one old log converted on two computers count once), and a review a crash kept from
// being copied is copied now. reviews.jsonl itself is not changed. `json_lines` is its line
// count (header included) when known, else -1. The records written are added to `devices.own`
// and returned.
std::vector<sync::LoggedReview> fill_mirror(ProfileStorage::State& s, DevicesRead& devices,
                                            const std::optional<LogHeader>& header,
                                            std::int64_t json_lines, const fs::path& damaged) {
    std::vector<sync::LoggedReview> added;
    const std::int64_t json_records = json_lines < 0 ? -1 : header ? json_lines - 1 : json_lines;
    if (json_records >= 0 && static_cast<std::int64_t>(devices.own.size()) >= json_records)
        return added;
    std::vector<ReviewRecord> records;
    auto scan = scan_log(s.file(kLogFileName), {},
                         [&](const ReviewRecord& r, std::int64_t) { records.push_back(r); });
    if (!scan) {
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "the review log could not be copied for other computers (" +
                         scan.error().describe() + "); it is tried again at the next start");
        return added;
    }
    if (devices.own.size() >= records.size()) return added;
    const bool only_converted =
        std::all_of(devices.own.begin(), devices.own.end(),
                    [](const sync::LoggedReview& r) { return is_legacy_device(r.id.device); });
    const bool legacy = header && header->device.empty() && only_converted;
    const std::string writer = legacy ? legacy_device(header->created_ms) : s.device;
    DeviceLogOptions options;
    options.durable = false;  // one fsync when the segment is sealed, not one per record
    if (legacy) options.first_seq = 1;
    auto log = DeviceLog::open(s.file(kDevicesFolder), writer, s.id, devices.folder, damaged,
                               s.report, options);
    if (!log) {
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "the review log could not be copied for other computers (" +
                         log.error().describe() + "); it is tried again at the next start");
        return added;
    }
    std::vector<sync::RecordId> stack;
    for (std::size_t i = 0; i < records.size(); ++i) {
        sync::RecordId id;
        if (i < devices.own.size()) {
            id = devices.own[i].id;
        } else {
            auto lr = sync::LoggedReview::of(records[i]);
            if (records[i].kind == RecordKind::Undo && !stack.empty()) lr.undoes = stack.back();
            auto r = log.value().append(lr);
            if (!r) {
                s.report.add(MessageLevel::Warning, kDevicesFolder,
                             "the review log could not be copied for other computers whole (" +
                                 r.error().describe() + "); the rest is copied at the next start");
                break;
            }
            id = r.value();
            lr.id = id;
            added.push_back(lr);
        }
        if (records[i].kind == RecordKind::Review)
            stack.push_back(id);
        else if (!stack.empty())
            stack.pop_back();
    }
    if (auto sealed = log.value().seal(); !sealed)
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "the copy for other computers could not be sealed (" +
                         sealed.error().describe() + "); it is sealed at the next start");
    if (!added.empty()) {
        auto& known = devices.folder.devices[writer];
        known.last_seq = std::max(known.last_seq, added.back().id.seq);
        known.open_segments.clear();
    }
    // Reported when an old log is converted; a review or two a crash kept from being copied is
    // copied without a word (it was saved all along).
    if (legacy && !added.empty()) {
        s.report.add(MessageLevel::Info, kDevicesFolder,
                     std::to_string(added.size()) + " records of " + std::string(kLogFileName) +
                         (legacy ? " converted" : " copied") + " into " + kDevicesFolder +
                         "/ for other computers; " + kLogFileName + " is kept as it is");
    }
    devices.own.insert(devices.own.end(), added.begin(), added.end());
    return added;
}

// Opens this device's segments for appending (sealing what a crash left open).
void open_mirror(ProfileStorage::State& s, const DevicesRead& devices, const fs::path& damaged) {
    auto log =
        DeviceLog::open(s.file(kDevicesFolder), s.device, s.id, devices.folder, damaged, s.report);
    if (!log) {
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "reviews cannot be shared with other computers: " + log.error().describe());
        return;
    }
    s.mirror = std::move(log.value());
    s.undo_ids = undo_stack(devices.own);
}

// Writes the record to this device's segment (the copy other computers read).
SaveResult<sync::RecordId> mirror_write(ProfileStorage::State& s, const ReviewRecord& record) {
    if (!s.mirror)
        return SaveError{SaveErrorKind::ReadOnly, s.file(kDevicesFolder),
                         "this device's review segment is not open"};
    auto lr = sync::LoggedReview::of(record);
    if (record.kind == RecordKind::Undo && !s.undo_ids.empty()) lr.undoes = s.undo_ids.back();
    auto id = s.mirror->append(lr);
    if (!id) return id.error();
    if (record.kind == RecordKind::Review)
        s.undo_ids.push_back(id.value());
    else if (!s.undo_ids.empty())
        s.undo_ids.pop_back();
    return id;
}

// Single device: the review is saved in reviews.jsonl; its copy in devices/ is made now or,
// when that fails, at the next start (fill_mirror).
void mirror_or_report(ProfileStorage::State& s, const ReviewRecord& record) {
    if (!s.mirror) return;
    if (auto w = mirror_write(s, record); !w) {
        if (!s.mirror_failing)
            s.report.add(MessageLevel::Warning, kDevicesFolder,
                         "the copy for other computers could not be written (" +
                             w.error().describe() +
                             "); the review is saved in the review log and copied at the next "
                             "start");
        s.mirror_failing = true;
        s.mirror.reset();
    }
}

}  // namespace chronik::io::storage_parts
