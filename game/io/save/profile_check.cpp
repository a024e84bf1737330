#include "io/save/profile_check.hpp"

#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/review_log.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

struct FullReplay {
    ProfileProgress progress;
    LogScan scan;
    std::int64_t reviews = 0;
    std::int64_t undos = 0;
};

SaveResult<FullReplay> replay_log(const fs::path& folder) {
    FullReplay r;
    auto scan = scan_log(folder / kLogFileName, {}, [&](const ReviewRecord& rec, std::int64_t) {
        (rec.kind == RecordKind::Undo ? r.undos : r.reviews) += 1;
        r.progress.apply(rec);
    });
    if (!scan) return scan.error();
    r.scan = std::move(scan.value());
    return r;
}

// The first difference between two progress states, in words.
std::string difference(const ProfileProgress& snapshot, const ProfileProgress& log) {
    for (const auto& [id, state] : log.cards()) {
        const auto s = snapshot.card(id);
        if (!s) return "card " + in_quotes(id) + " is in the log but not in the snapshot";
        if (!(*s == state)) return "card " + in_quotes(id) + " has another state in the snapshot";
    }
    for (const auto& [id, state] : snapshot.cards())
        if (!log.card(id))
            return "card " + in_quotes(id) + " is in the snapshot but not in the log";
    if (!(snapshot.scores() == log.scores())) return "the scores differ";
    if (!(snapshot.streak() == log.streak())) return "the streak differs";
    if (snapshot.days() != log.days()) return "the daily statistics differ";
    return "the undo information differs";
}

}  // namespace

SaveResult<CheckReport> check_profile(const fs::path& folder) {
    auto storage = ProfileStorage::open(folder, OpenOptions{OpenMode::Inspect, 100});
    if (!storage) return storage.error();
    CheckReport report;
    for (const auto& m : storage.value().report().messages)
        (m.level == MessageLevel::Info ? report.notes : report.problems).push_back(m);
    std::error_code ec;
    if (!fs::exists(folder / kSnapshotFileName, ec))
        report.problems.push_back({MessageLevel::Error, kSnapshotFileName, "missing"});
    if (!fs::exists(folder / kProfileFileName, ec))
        report.problems.push_back({MessageLevel::Warning, kProfileFileName,
                                   "missing (the folder name is used as the name)"});

    auto full = replay_log(folder);
    if (!full) return full.error();
    const FullReplay& f = full.value();
    if (!f.scan.header && f.scan.end.lines > 0)
        report.problems.push_back({MessageLevel::Warning, kLogFileName, "has no header line"});
    if (!(storage.value().progress() == f.progress))
        report.problems.push_back({MessageLevel::Error, kSnapshotFileName,
                                   "does not match the review log: " +
                                       difference(storage.value().progress(), f.progress)});
    report.cards = static_cast<std::int64_t>(f.progress.cards().size());
    report.log_reviews = f.reviews;
    report.log_undos = f.undos;
    report.reviews_in_effect = f.progress.scores().reviews;
    report.log_lines = f.scan.end.lines;
    return report;
}

SaveResult<CheckReport> repair_profile(const fs::path& folder) {
    // Opening for writing moves bad snapshots aside and cuts off a torn last line.
    {
        auto storage = ProfileStorage::open(folder, OpenOptions{OpenMode::ReadWrite, 1});
        if (!storage) return storage.error();
        if (auto blocked = storage.value().write_blocked()) return *blocked;
    }
    auto scan = scan_log(folder / kLogFileName, {}, {});
    if (!scan) return scan.error();
    const bool headerless = !scan.value().header && scan.value().end.lines > 0;
    if (!scan.value().bad_lines.empty() || headerless) {
        // Keep the whole original, then write the log without the damaged lines.
        const fs::path log = folder / kLogFileName;
        auto bytes = read_file(log);
        if (!bytes) return bytes.error();
        const fs::path keep =
            unique_name(folder / kDamagedFolder, std::string(kLogFileName) + ".before-repair");
        if (auto r = make_folder(folder / kDamagedFolder); !r) return r.error();
        if (auto r = write_file_atomically(keep, bytes.value()); !r) return r.error();
        std::string cleaned;
        const auto& bad_lines = scan.value().bad_lines;
        if (headerless || bad_lines.front().line_number == 1) {
            LogHeader header;
            header.profile_id = folder.filename().string();
            header.created_ms = now_ms();
            cleaned = encode_log_header(header) + "\n";
        }
        std::size_t pos = 0;
        std::int64_t line = 0;
        std::size_t bad = 0;
        while (pos < bytes.value().size()) {
            auto nl = bytes.value().find('\n', pos);
            if (nl == std::string::npos) break;
            ++line;
            if (bad < bad_lines.size() && bad_lines[bad].line_number == line)
                ++bad;
            else
                cleaned.append(bytes.value(), pos, nl - pos + 1);
            pos = nl + 1;
        }
        if (auto r = write_file_atomically(log, cleaned); !r) return r.error();
    }
    auto storage = ProfileStorage::open(folder, OpenOptions{OpenMode::ReadWrite, 1});
    if (!storage) return storage.error();
    auto full = replay_log(folder);
    if (!full) return full.error();
    if (!(storage.value().progress() == full.value().progress)) {
        if (auto r = storage.value().rebuild_from_log(); !r) return r.error();
    }
    return check_profile(folder);
}

}  // namespace chronik::io
