// check --repair's part of ProfileStorage: rebuilding progress from the log and setting bad log
// lines aside, keeping the original.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/profile_storage_state.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using namespace storage_parts;

SaveResult<void> ProfileStorage::rebuild_from_log() {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    if (s.merged) return write_snapshot();  // progress is merged from every device's records
    ProfileProgress fresh;
    auto scan = scan_log(s.file(kLogFileName), {},
                         [&](const ReviewRecord& r, std::int64_t) { fresh.apply(r); });
    if (!scan) return scan.error();
    const fs::path main = s.file(kSnapshotFileName);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(main, ec))) {
        auto moved = move_aside(main, s.file(kDamagedFolder), "replaced");
        if (!moved) return moved.error();
        s.report.add(MessageLevel::Info, kSnapshotFileName,
                     "rebuilt from the review log; the old snapshot was moved to " +
                         rel(moved.value(), s.folder));
    }
    s.progress = std::move(fresh);
    s.position = scan.value().end;
    return write_snapshot();
}

SaveResult<std::vector<LoadMessage>> ProfileStorage::set_aside_bad_lines() {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    // Merged: reviews.jsonl is not read (a damaged segment record is skipped by its checksum).
    if (s.merged) return std::vector<LoadMessage>{};
    const fs::path log = s.file(kLogFileName);
    std::vector<LoadMessage> bad;
    ProfileProgress replay;
    auto scan = scan_log(log, {}, [&](const ReviewRecord& r, std::int64_t line) {
        const ApplyResult a = replay.apply(r);
        // Rejected records change nothing when replayed, so leaving them out changes nothing
        // for the lines after them.
        if (a.outcome == ApplyOutcome::Rejected || a.outcome == ApplyOutcome::NothingToUndo)
            bad.push_back({MessageLevel::Warning, kLogFileName, a.reason, line});
    });
    if (!scan) return scan.error();
    for (const auto& b : scan.value().bad_lines)
        bad.push_back({MessageLevel::Error, kLogFileName, b.message, b.line});
    const bool headerless = !scan.value().header && scan.value().end.lines > 0;
    if (bad.empty() && !headerless) return bad;
    std::sort(bad.begin(), bad.end(),
              [](const LoadMessage& a, const LoadMessage& b) { return a.line < b.line; });

    const fs::path aside = s.file(kDamagedFolder);
    if (auto r = make_folder(aside); !r) return r.error();
    // The whole original stays, as a second name of the same file (no copy needed).
    const fs::path original = unique_name(aside, std::string(kLogFileName) + ".before-repair");
    if (::link(log.c_str(), original.c_str()) != 0)
        if (auto r = copy_durably(log, original); !r) return r.error();
    auto lines_file = AtomicFile::create(unique_name(aside, std::string(kLogFileName) + ".lines"));
    if (!lines_file) return lines_file.error();
    auto cleaned = AtomicFile::create(log);
    if (!cleaned) return cleaned.error();
    if (headerless || (!bad.empty() && bad.front().line == 1)) {
        LogHeader h;
        h.profile_id = s.id;
        h.display_name = s.display_name;
        h.created_ms = now_ms();
        h.device = s.device;
        if (auto w = cleaned.value().write(encode_log_header(h) + "\n"); !w) return w.error();
    }
    // Stream the log: each complete line goes to the new log or, with its number, aside.
    const int fd = ::open(log.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return error_from_errno(errno, log, "reading the review log");
    std::string pending, chunk(1 << 20, '\0');
    std::int64_t line = 0;
    std::size_t next_bad = 0;
    std::optional<SaveError> failed;
    auto emit = [&](std::string_view text) {
        ++line;
        while (next_bad < bad.size() && bad[next_bad].line < line)
            ++next_bad;
        SaveResult<void> w;
        if (next_bad < bad.size() && bad[next_bad].line == line) {
            std::string entry = "# line " + std::to_string(line) + ": " + bad[next_bad].reason;
            entry += "\n";
            entry += text;
            entry += "\n";
            w = lines_file.value().write(entry);
        } else {
            std::string keep(text);
            keep += "\n";
            w = cleaned.value().write(keep);
        }
        if (!w && !failed) failed = w.error();
    };
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            failed = error_from_errno(errno, log, "reading the review log");
            break;
        }
        if (n == 0) break;
        std::string_view data(chunk.data(), static_cast<std::size_t>(n));
        for (auto nl = data.find('\n'); nl != std::string_view::npos; nl = data.find('\n')) {
            if (pending.empty()) {
                emit(data.substr(0, nl));
            } else {
                pending.append(data.substr(0, nl));
                emit(pending);
                pending.clear();
            }
            data.remove_prefix(nl + 1);
        }
        pending.append(data);  // the writer cut any torn tail when it opened, so this stays ""
    }
    ::close(fd);
    if (failed) return *failed;
    if (auto c = lines_file.value().commit(AtomicFile::Replace::No); !c) return c.error();
    if (auto c = cleaned.value().commit(AtomicFile::Replace::Yes); !c) return c.error();
    // The writer's descriptor still points at the old file: open the new one.
    s.writer.reset();
    auto writer = ReviewLogWriter::open(log, s.id, s.display_name, aside, s.report, s.device);
    if (!writer) {
        s.blocked = writer.error();
        return writer.error();
    }
    s.writer = std::move(writer.value());
    if (auto r = rebuild_from_log(); !r) return r.error();
    return bad;
}

}  // namespace chronik::io
