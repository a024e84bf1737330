// The append-only review log reviews.jsonl: a streaming reader and an fsync'ing writer.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "io/save/load_report.hpp"
#include "io/save/save_error.hpp"
#include "io/save/save_formats.hpp"
#include "text/row_problem.hpp"

namespace chronik::io {

inline constexpr const char* kLogFileName = "reviews.jsonl";

struct LogScan {
    std::optional<LogHeader> header;
    LogPosition end;           // after the last complete line
    std::int64_t records = 0;  // lines decoded as records, in this scan
    // Complete lines that are not records: the 1-based line (the header is line 1) and why, in
    // English (reason Other).
    std::vector<text::RowProblem> bad_lines;
    std::int64_t torn_bytes = 0;  // bytes after the last newline (a torn last line)
    std::int64_t file_size = 0;
};

using RecordVisitor = std::function<void(const ReviewRecord& record, std::int64_t line_number)>;

// Reads the log from `start` (a position of a snapshot, or {} for the whole
// file) up to byte `limit` (or its end) and calls `visit` for every record, in
// order, streaming (the file is not held in memory). A missing file reads as
// empty when `start` is the beginning (else it is an error). Only a scan from the beginning
// reads the header (line 1): a header of a newer schema is then a NewerVersion error; a scan from
// a snapshot's position does not see the header (read_log_header does). A line that is not a
// record (a damaged header included) is a bad line and the scan goes on; I/O errors are
// errors: nothing is thrown (but what `visit` throws). Bytes after the last newline before
// `limit` count as torn_bytes.
SaveResult<LogScan> scan_log(const std::filesystem::path& file, const LogPosition& start,
                             const RecordVisitor& visit,
                             std::int64_t limit = std::numeric_limits<std::int64_t>::max());
// The log's size in bytes now (0 when it is missing).
std::int64_t log_size(const std::filesystem::path& file);

// Checks cheaply that `position` lies on a line boundary of the log and that
// the line before it is the one the snapshot saw (by hash); the reason if not.
std::optional<std::string> position_problem(const std::filesystem::path& file,
                                            const LogPosition& position);

// Appends records, each written with one write() and fsync'ed before append returns.
class ReviewLogWriter {
public:
    // Opens (creating with a header line naming `device`, its writer) the log. A torn last line is
    // copied to `damaged_dir` and cut off, so that the next record starts on a fresh line.
    static SaveResult<ReviewLogWriter> open(const std::filesystem::path& file,
                                            const std::string& profile_id,
                                            const std::string& display_name,
                                            const std::filesystem::path& damaged_dir,
                                            LoadReport& report, const std::string& device = {});

    ReviewLogWriter(ReviewLogWriter&& other) noexcept;
    ReviewLogWriter& operator=(ReviewLogWriter&& other) noexcept;
    ReviewLogWriter(const ReviewLogWriter&) = delete;
    ReviewLogWriter& operator=(const ReviewLogWriter&) = delete;
    ~ReviewLogWriter();

    // Appends one line. On failure (disk full ...) the file is cut back to the length this
    // writer itself wrote and verified, so a failed append leaves no partial line behind; the
    // message says what was kept. A log whose length changed since the last append (another
    // writer got in despite the lock) is not written at all: Locked.
    SaveResult<void> append(const std::string& line);
    // Appends many lines (each ending in '\n') with one write and one fsync;
    // `last_line` is the final one without its newline.
    SaveResult<void> append_block(const std::string& lines, std::string_view last_line);
    std::int64_t size() const { return size_; }
    std::uint64_t last_line_hash() const { return last_hash_; }

private:
    ReviewLogWriter(int fd, std::filesystem::path file, std::int64_t size, std::uint64_t last_hash);
    SaveError failed_append(int err, const std::string& action, std::size_t wrote);
    int fd_ = -1;
    std::filesystem::path file_;
    std::int64_t size_ = 0;
    std::uint64_t last_hash_ = 0;
};

}  // namespace chronik::io

namespace chronik::io {

// The header of the log (first line) without reading the rest; nullopt if the
// file is missing, empty or has no header (or a damaged one). A newer schema is a NewerVersion
// error.
SaveResult<std::optional<LogHeader>> read_log_header(const std::filesystem::path& file);

}  // namespace chronik::io
