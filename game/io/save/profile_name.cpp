// profile.json of a profile being opened: read, and written anew when missing or damaged.
#include "io/save/durable_file.hpp"
#include "io/save/profile_storage_state.hpp"
#include "progress/profile_id.hpp"

namespace chronik::io::storage_parts {

namespace fs = std::filesystem;

ProfileFile read_profile_file(const fs::path& file) {
    ProfileFile out;
    auto bytes = read_file(file, kMaxProfileInfoBytes);
    if (!bytes) {
        out.missing = bytes.error().kind == SaveErrorKind::NotFound;
        out.problem = bytes.error().message;
        return out;
    }
    out.bytes = bytes.value();
    try {
        out.info = decode_profile_info(out.bytes);
    } catch (const NewerSchemaError&) {
        throw;
    } catch (const FormatError& e) {
        out.problem = e.what();
    }
    return out;
}

void restore_profile_file(ProfileStorage::State& s, const ProfileFile& file,
                          const std::string& snapshot_name, const std::optional<LogHeader>& header,
                          bool writable) {
    if (file.info) return;
    std::string name;
    std::string from;
    std::optional<std::string> salvaged;
    try {
        if (auto found = salvage_display_name(file.bytes))
            salvaged = normalize_display_name(*found);
    } catch (const ProfileNameError&) {
    }
    if (salvaged) {
        name = *salvaged;
        from = "what was readable of it";
    } else if (!snapshot_name.empty()) {
        name = snapshot_name;
        from = "the snapshot";
    } else if (header && !header->display_name.empty()) {
        name = header->display_name;
        from = "the review log";
    } else {
        name = s.id;
        from = "the folder name: no copy of the name survived";
    }
    s.display_name = name;
    const std::string what =
        file.missing ? std::string("missing") : "damaged (" + file.problem + ")";
    if (!writable) {
        s.report.add(file.missing ? MessageLevel::Warning : MessageLevel::Error, kProfileFileName,
                     what + "; the name " + in_quotes(name) + " from " + from + " is used");
        return;
    }
    std::string done;
    if (!file.missing) {
        auto moved = move_aside(s.file(kProfileFileName), s.file(kDamagedFolder), "bad");
        if (!moved) {
            s.report.add(MessageLevel::Error, kProfileFileName,
                         what + "; it could not be set aside (" + moved.error().message + ")");
            return;
        }
        done = "moved to " + rel(moved.value(), s.folder) + ", ";
    }
    ProfileInfoFile restored{s.id, name, header ? header->created_ms : now_ms()};
    auto written = write_file_atomically(s.file(kProfileFileName), encode_profile_info(restored));
    s.report.add(file.missing ? MessageLevel::Warning : MessageLevel::Error, kProfileFileName,
                 what + "; " + done +
                     (written ? "written anew with the name " + in_quotes(name) + " from " + from
                              : "not written anew (" + written.error().message + ")"));
}

}  // namespace chronik::io::storage_parts
