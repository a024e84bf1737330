#include "io/save/profile_check.hpp"

#include <algorithm>
#include <limits>
#include <system_error>
#include <tuple>

#include "io/save/device_mirror.hpp"
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
    std::vector<LoadMessage> rejected;  // readable lines the rules do not accept
};

SaveResult<FullReplay> replay_log(const fs::path& folder, std::int64_t limit) {
    FullReplay r;
    auto scan = scan_log(
        folder / kLogFileName, {},
        [&](const ReviewRecord& rec, std::int64_t line) {
            (rec.kind == RecordKind::Undo ? r.undos : r.reviews) += 1;
            const ApplyResult a = r.progress.apply(rec);
            if (a.outcome == ApplyOutcome::Rejected || a.outcome == ApplyOutcome::NothingToUndo)
                r.rejected.push_back(
                    {MessageLevel::Warning, kLogFileName,
                     "line " + std::to_string(line) + ": " + a.reason + " (ignored)", line});
        },
        limit);
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
    // Loading stops at the first good snapshot; a backup from a newer Chronik further down
    // still means that a newer Chronik wrote this profile.
    std::error_code ec;
    for (fs::directory_iterator it(folder / kBackupsFolder, ec), end; !ec && it != end;
         it.increment(ec)) {
        auto bytes = read_file(it->path(), kMaxSnapshotBytes);
        if (!bytes) continue;
        try {
            (void)decode_snapshot(bytes.value());
        } catch (const NewerSchemaError& e) {
            return SaveError{SaveErrorKind::NewerVersion, it->path(), e.what()};
        } catch (const FormatError&) {
        }
    }
    CheckReport report;
    auto already = [&](const std::string& file, std::int64_t line) {
        return line > 0 &&
               std::any_of(report.problems.begin(), report.problems.end(),
                           [&](const LoadMessage& m) { return m.file == file && m.line == line; });
    };
    for (const auto& m : storage.value().report().messages)
        (m.level == MessageLevel::Info ? report.notes : report.problems).push_back(m);
    if (storage.value().merged()) {
        // Several devices: the profile is the merge of every device's segments, each record
        // checked by its CRC-32 when read (problems are in the report). reviews.jsonl and
        // snapshot.json are the creator's and are not part of it.
        const ProfileStorage& p = storage.value();
        report.cards = static_cast<std::int64_t>(p.progress().cards().size());
        for (const auto& d : p.devices()) {
            report.log_reviews += d.reviews + d.undone;
            report.log_undos += d.undone;
            report.notes.push_back({MessageLevel::Info, kDevicesFolder,
                                    "device " + d.device + ": " + std::to_string(d.reviews) +
                                        " reviews in effect, " + std::to_string(d.undone) +
                                        " undone"});
        }
        report.reviews_in_effect = static_cast<std::int64_t>(p.merged_reviews().size());
        // The progress as opened (from this computer's checkpoint and what came since) against
        // every device's reviews replayed in merge order.
        ProfileProgress replayed;
        for (const auto& r : p.merged_reviews())
            replayed.apply(r);
        ProgressState want = replayed.state();
        ProgressState got = p.progress().state();
        want.undo.reset();
        want.undo_history.clear();
        got.undo.reset();
        got.undo_history.clear();
        if (!(want == got))
            report.problems.push_back(
                {MessageLevel::Error, device_snapshot_name(p.device()),
                 "the progress opened from this computer's checkpoint differs from every "
                 "device's reviews merged anew"});
        return report;
    }
    if (const auto other = ProfileStorage::writer_elsewhere(folder))
        report.notes.push_back(
            {MessageLevel::Info, ".",
             "open for writing in another Chronik (" + *other + "); checked as it was up to line " +
                 std::to_string(storage.value().log_position().lines) + " of the review log"});
    if (!fs::exists(folder / kSnapshotFileName, ec))
        report.problems.push_back({MessageLevel::Error, kSnapshotFileName, "missing"});

    // The whole log, up to where the load above read it: every line older than the snapshot
    // is checked too, not only the ones loading replays.
    auto full = replay_log(folder, storage.value().log_position().bytes);
    if (!full) return full.error();
    const FullReplay& f = full.value();
    for (const auto& bad : f.scan.bad_lines)
        if (!already(kLogFileName, bad.line))
            report.problems.push_back(
                {MessageLevel::Error, kLogFileName,
                 "line " + std::to_string(bad.line) + " is damaged (" + bad.message + ")",
                 bad.line});
    for (const auto& r : f.rejected)
        if (!already(kLogFileName, r.line)) report.problems.push_back(r);
    if (!f.scan.header && f.scan.end.lines > 0)
        report.problems.push_back({MessageLevel::Warning, kLogFileName, "has no header line", 1});
    if (!(storage.value().progress() == f.progress))
        report.problems.push_back({MessageLevel::Error, kSnapshotFileName,
                                   "does not match the review log: " +
                                       difference(storage.value().progress(), f.progress)});
    std::sort(report.problems.begin(), report.problems.end(),
              [](const LoadMessage& a, const LoadMessage& b) {
                  return std::tie(a.file, a.line) < std::tie(b.file, b.line);
              });
    report.cards = static_cast<std::int64_t>(f.progress.cards().size());
    report.log_reviews = f.reviews;
    report.log_undos = f.undos;
    report.reviews_in_effect = f.progress.scores().reviews;
    report.log_lines = f.scan.end.lines;
    return report;
}

SaveResult<CheckReport> repair_profile(const fs::path& folder) {
    std::vector<LoadMessage> done;
    {
        // Opening for writing takes the profile's lock (Locked while a game has it open),
        // moves bad snapshots aside, restores a damaged profile.json and cuts off a torn
        // last line.
        auto storage = ProfileStorage::open(folder, OpenOptions{OpenMode::ReadWrite, 1});
        if (!storage) return storage.error();
        if (auto blocked = storage.value().write_blocked()) return *blocked;
        auto aside = storage.value().set_aside_bad_lines();
        if (!aside) return aside.error();
        for (const auto& m : aside.value())
            done.push_back({MessageLevel::Info, kLogFileName,
                            "line " + std::to_string(m.line) + " set aside into " +
                                std::string(kDamagedFolder) + "/ (" + m.reason + ")",
                            m.line});
        if (aside.value().empty() && !storage.value().merged()) {
            auto full = replay_log(folder, std::numeric_limits<std::int64_t>::max());
            if (!full) return full.error();
            if (!(storage.value().progress() == full.value().progress)) {
                if (auto r = storage.value().rebuild_from_log(); !r) return r.error();
            }
        }
        for (const auto& m : storage.value().report().messages)
            if (m.level == MessageLevel::Info) done.push_back(m);
        if (auto r = storage.value().close(); !r) return r.error();
    }
    auto after = check_profile(folder);
    if (!after) return after.error();
    after.value().notes.insert(after.value().notes.begin(), done.begin(), done.end());
    return after;
}

}  // namespace chronik::io
