#include "io/save/profile_builder.hpp"

#include "io/save/device_mirror.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/review_log.hpp"
#include "io/save/save_formats.hpp"
#include "progress/profile_progress.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

SaveResult<void> write_new_profile(const fs::path& folder, const NewProfile& p) {
    ProfileProgress progress;
    LogHeader header;
    header.profile_id = p.id;
    header.display_name = p.display_name;
    header.created_ms = p.created_ms;
    LoadReport ignored;  // a missing device id is reported when the profile is opened
    header.device = this_device(ignored);
    std::string last = encode_log_header(header);
    std::string log = last + "\n";
    for (std::size_t i = 0; i < p.records.size(); ++i) {
        const ApplyResult r = progress.apply(p.records[i]);
        if (r.outcome != ApplyOutcome::Applied && r.outcome != ApplyOutcome::Undone)
            return SaveError{SaveErrorKind::InvalidInput,
                             {},
                             "record " + std::to_string(i + 1) + ": " + r.reason};
        last = encode_record(p.records[i]);
        log += last;
        log += '\n';
    }
    Snapshot snap;
    snap.profile_id = p.id;
    snap.display_name = p.display_name;
    snap.written_ms = now_ms();
    snap.log = LogPosition{static_cast<std::int64_t>(p.records.size()) + 1,
                           static_cast<std::int64_t>(log.size()), line_hash(last)};
    snap.settings = p.settings;
    snap.progress = progress.state();
    const std::string snapshot = encode_snapshot(snap);
    if (snapshot.size() > kMaxSnapshotBytes)
        return SaveError{SaveErrorKind::TooLarge, folder / kSnapshotFileName,
                         "the progress is too large for a snapshot (" +
                             std::to_string(snapshot.size()) + " bytes)"};
    const ProfileInfoFile info{p.id, p.display_name, p.created_ms};
    if (auto r = write_new_file_atomically(folder / kProfileFileName, encode_profile_info(info));
        !r)
        return r.error();
    if (auto r = write_new_file_atomically(folder / kLogFileName, log); !r) return r.error();
    if (auto r = write_new_file_atomically(folder / kSnapshotFileName, snapshot); !r)
        return r.error();
    return sync_folder(folder);
}

}  // namespace chronik::io
