#include "io/save/review_log.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string_view>

#include "io/save/durable_file.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kChunk = 1 << 20;
constexpr std::int64_t kMaxLineBytes = 1 << 20;

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

bool pread_all(int fd, char* buf, std::size_t n, std::int64_t offset) {
    while (n > 0) {
        const ssize_t r = ::pread(fd, buf, n, offset);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        buf += r;
        n -= static_cast<std::size_t>(r);
        offset += r;
    }
    return true;
}

// Offset just after the last '\n' before `end` (0 if none), reading backwards.
std::int64_t last_newline_end(int fd, std::int64_t end, bool& io_ok) {
    io_ok = true;
    std::string buf;
    std::int64_t pos = end;
    while (pos > 0) {
        const std::int64_t n = std::min<std::int64_t>(pos, 65536);
        buf.resize(static_cast<std::size_t>(n));
        if (!pread_all(fd, buf.data(), buf.size(), pos - n)) {
            io_ok = false;
            return 0;
        }
        const auto at = buf.rfind('\n');
        if (at != std::string::npos) return pos - n + static_cast<std::int64_t>(at) + 1;
        pos -= n;
    }
    return 0;
}

// The complete line that ends just before `end` (which follows a '\n'), without the newline.
// Reads backwards in growing pieces: lines are short, but a hostile one may not be.
std::optional<std::string> line_before(int fd, std::int64_t end) {
    if (end <= 0) return std::string();
    for (std::int64_t n = std::min<std::int64_t>(end, 4096);;
         n = std::min<std::int64_t>(end, n * 16)) {
        std::string buf(static_cast<std::size_t>(n), '\0');
        if (!pread_all(fd, buf.data(), buf.size(), end - n)) return std::nullopt;
        if (buf.back() != '\n') return std::nullopt;
        buf.pop_back();
        const auto at = buf.rfind('\n');
        if (at != std::string::npos) return buf.substr(at + 1);
        if (end - n == 0) return buf;                 // the first line of the file
        if (n >= kMaxLineBytes) return std::nullopt;  // longer than any line we write
    }
}

}  // namespace

std::int64_t log_size(const fs::path& file) {
    struct stat st {};
    return ::stat(file.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_size) : 0;
}

SaveResult<LogScan> scan_log(const fs::path& file, const LogPosition& start,
                             const RecordVisitor& visit, std::int64_t limit) {
    LogScan scan;
    scan.end = start;
    Fd f{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0) {
        if (errno == ENOENT && start.bytes == 0) return scan;
        return error_from_errno(errno, file, "opening the review log");
    }
    struct stat st {};
    if (::fstat(f.fd, &st) != 0) return error_from_errno(errno, file, "reading the review log");
    if (!S_ISREG(st.st_mode))
        return SaveError{SaveErrorKind::Corrupt, file, "is not a regular file"};
    scan.file_size = std::min<std::int64_t>(st.st_size, limit);
    if (start.bytes > scan.file_size)
        return SaveError{SaveErrorKind::Corrupt, file, "is shorter than the snapshot's position"};

    std::string pending;
    // A short tail needs no megabyte buffer.
    std::string chunk(static_cast<std::size_t>(
                          std::clamp<std::int64_t>(scan.file_size - start.bytes + 1, 4096, kChunk)),
                      '\0');
    std::int64_t offset = start.bytes;
    std::int64_t line_start = start.bytes;
    bool oversized = false;
    auto handle_line = [&](std::string_view line, std::int64_t end_offset) {
        const std::int64_t number = scan.end.lines + 1;
        scan.end.lines = number;
        scan.end.bytes = end_offset;
        scan.end.last_line_hash = line_hash(line);
        if (number == 1) {
            try {
                if ((scan.header = decode_log_header(line))) return;
            } catch (const NewerSchemaError&) {
                throw;
            } catch (const FormatError& e) {
                scan.bad_lines.push_back({number, std::string("bad header: ") + e.what()});
                return;
            }
        }
        if (line.empty()) return;
        try {
            const ReviewRecord record = decode_record(line);
            scan.records += 1;
            if (visit) visit(record, number);
        } catch (const FormatError& e) {
            scan.bad_lines.push_back({number, e.what()});
        }
    };
    try {
        for (;;) {
            const auto want = static_cast<std::size_t>(
                std::min<std::int64_t>(static_cast<std::int64_t>(chunk.size()), limit - offset));
            if (want == 0) break;
            const ssize_t n = ::pread(f.fd, chunk.data(), want, offset);
            if (n < 0) {
                if (errno == EINTR) continue;
                return error_from_errno(errno, file, "reading the review log");
            }
            if (n == 0) break;
            std::string_view data(chunk.data(), static_cast<std::size_t>(n));
            std::size_t pos = 0;
            while (pos < data.size()) {
                const auto nl = data.find('\n', pos);
                if (nl == std::string_view::npos) {
                    if (pending.size() < static_cast<std::size_t>(kMaxLineBytes))
                        pending.append(data.substr(pos));
                    else
                        oversized = true;
                    break;
                }
                const std::int64_t end_offset = offset + static_cast<std::int64_t>(nl) + 1;
                if (pending.empty() && !oversized) {
                    handle_line(data.substr(pos, nl - pos), end_offset);
                } else {
                    pending.append(data.substr(pos, nl - pos));
                    if (oversized) {
                        scan.end.lines += 1;
                        scan.end.bytes = end_offset;
                        scan.end.last_line_hash = 0;
                        scan.bad_lines.push_back({scan.end.lines, "line longer than 1 MiB"});
                    } else {
                        handle_line(pending, end_offset);
                    }
                    pending.clear();
                    oversized = false;
                }
                line_start = end_offset;
                pos = nl + 1;
            }
            offset += n;
        }
    } catch (const NewerSchemaError& e) {
        return SaveError{SaveErrorKind::NewerVersion, file, e.what()};
    }
    scan.torn_bytes = offset - line_start;
    scan.file_size = offset;
    return scan;
}

std::optional<std::string> position_problem(const fs::path& file, const LogPosition& position) {
    if (position.bytes == 0) return std::nullopt;
    Fd f{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0)
        return "the review log cannot be opened but the snapshot expects " +
               std::to_string(position.lines) + " lines";
    struct stat st {};
    if (::fstat(f.fd, &st) != 0) return "the review log cannot be read";
    if (st.st_size < position.bytes)
        return "the review log is shorter (" + std::to_string(st.st_size) +
               " bytes) than the snapshot expects (" + std::to_string(position.bytes) + " bytes)";
    const auto line = line_before(f.fd, position.bytes);
    if (!line) return "the snapshot's log position is not at the end of a line";
    if (line_hash(*line) != position.last_line_hash)
        return "the review log differs from the one the snapshot was taken from (line " +
               std::to_string(position.lines) + " does not match)";
    return std::nullopt;
}

ReviewLogWriter::ReviewLogWriter(int fd, fs::path file, std::int64_t size, std::uint64_t last_hash)
    : fd_(fd), file_(std::move(file)), size_(size), last_hash_(last_hash) {}

ReviewLogWriter::ReviewLogWriter(ReviewLogWriter&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      file_(std::move(other.file_)),
      size_(other.size_),
      last_hash_(other.last_hash_) {}

ReviewLogWriter& ReviewLogWriter::operator=(ReviewLogWriter&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        file_ = std::move(other.file_);
        size_ = other.size_;
        last_hash_ = other.last_hash_;
    }
    return *this;
}

ReviewLogWriter::~ReviewLogWriter() {
    if (fd_ >= 0) ::close(fd_);
}

SaveResult<ReviewLogWriter> ReviewLogWriter::open(const fs::path& file,
                                                  const std::string& profile_id,
                                                  const std::string& display_name,
                                                  const fs::path& damaged_dir, LoadReport& report,
                                                  const std::string& device) {
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) return error_from_errno(errno, file, "opening the review log for writing");
    ReviewLogWriter w(fd, file, 0, 0);
    struct stat st {};
    if (::fstat(fd, &st) != 0) return error_from_errno(errno, file, "reading the review log");
    if (!S_ISREG(st.st_mode))
        return SaveError{SaveErrorKind::Corrupt, file, "is not a regular file"};
    bool io_ok = true;
    const std::int64_t keep = last_newline_end(fd, st.st_size, io_ok);
    if (!io_ok) return error_from_errno(errno, file, "reading the review log");
    if (keep < st.st_size) {
        // A torn last line: keep its bytes in a side file, then cut it off.
        std::string torn(static_cast<std::size_t>(st.st_size - keep), '\0');
        if (!pread_all(fd, torn.data(), torn.size(), keep))
            return error_from_errno(errno, file, "reading");
        if (auto r = make_folder(damaged_dir); !r) return r.error();
        const fs::path side = unique_name(damaged_dir, std::string(kLogFileName) + ".torn");
        if (auto r = write_file_atomically(side, torn); !r) return r.error();
        if (::ftruncate(fd, keep) != 0 || ::fsync(fd) != 0)
            return error_from_errno(errno, file, "cutting off the torn last line");
        report.add(
            MessageLevel::Warning, kLogFileName,
            "the last line was incomplete (" + std::to_string(torn.size()) +
                " bytes, probably a crash while saving); it was skipped and its bytes kept in " +
                fs::relative(side, file.parent_path()).string());
    }
    w.size_ = keep;
    if (keep == 0) {
        LogHeader h;
        h.profile_id = profile_id;
        h.display_name = display_name;
        h.created_ms = now_ms();
        h.device = device;
        if (auto r = w.append(encode_log_header(h)); !r) return r.error();
        if (auto r = sync_folder(file.parent_path()); !r) return r.error();
    } else {
        const auto last = line_before(fd, keep);
        w.last_hash_ = last ? line_hash(*last) : 0;
    }
    return w;
}

SaveResult<void> ReviewLogWriter::append(const std::string& line) {
    std::string bytes = line;
    bytes += '\n';
    return append_block(bytes, line);
}

SaveResult<void> ReviewLogWriter::append_block(const std::string& bytes, std::string_view line) {
    // Only this process writes the log while it holds the profile's lock; a length other than
    // the one it verified means another writer got in anyway (a share whose locks do not
    // work). Then nothing is written and nothing is cut: what the other wrote stays.
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return error_from_errno(errno, file_, "checking the review log");
    if (st.st_size != size_)
        return SaveError{SaveErrorKind::Locked, file_,
                         "the review log was changed by another program while this Chronik had "
                         "it open (" +
                             std::to_string(size_) + " bytes expected, " +
                             std::to_string(st.st_size) +
                             " found); this review was not saved and nothing was changed. "
                             "Close the other Chronik, then open the profile again"};
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            return failed_append(err, "appending to the review log", done);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fdatasync(fd_) != 0) return failed_append(errno, "syncing the review log", done);
    size_ += static_cast<std::int64_t>(bytes.size());
    last_hash_ = line_hash(line);
    return {};
}

SaveError ReviewLogWriter::failed_append(int err, const std::string& action, std::size_t wrote) {
    SaveError e = error_from_errno(err, file_, action);
    if (wrote == 0) {
        e.message += "; the review log was not changed";
        return e;
    }
    // Cut back only our own partial line, to the length this process wrote and checked; the
    // profile's lock keeps everyone else out. A file longer than what we verified plus what we
    // just wrote holds someone else's bytes (a share whose locks do not work): then nothing is
    // cut, and the next open sets the partial line aside.
    struct stat st {};
    const bool ours = ::fstat(fd_, &st) == 0 && st.st_size >= size_ &&
                      st.st_size <= size_ + static_cast<std::int64_t>(wrote);
    if (ours && ::ftruncate(fd_, size_) == 0 && ::fsync(fd_) == 0) {
        e.message += "; the review log was cut back to the " + std::to_string(size_) +
                     " bytes saved before, so no partial line is left";
    } else {
        e.message +=
            "; a partial last line may be left in the review log: it is set aside into "
            "damaged/ when the profile is opened next, and everything saved before it is kept";
    }
    return e;
}

}  // namespace chronik::io

namespace chronik::io {

SaveResult<std::optional<LogHeader>> read_log_header(const fs::path& file) {
    Fd f{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0) {
        if (errno == ENOENT) return std::optional<LogHeader>();
        return error_from_errno(errno, file, "opening the review log");
    }
    std::string buf(65536, '\0');
    ssize_t n = 0;
    do {
        n = ::pread(f.fd, buf.data(), buf.size(), 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return error_from_errno(errno, file, "reading the review log");
    buf.resize(static_cast<std::size_t>(n));
    const auto nl = buf.find('\n');
    if (nl == std::string::npos) return std::optional<LogHeader>();
    try {
        return decode_log_header(std::string_view(buf).substr(0, nl));
    } catch (const NewerSchemaError& e) {
        return SaveError{SaveErrorKind::NewerVersion, file, e.what()};
    } catch (const FormatError&) {
        return std::optional<LogHeader>();
    }
}

}  // namespace chronik::io
