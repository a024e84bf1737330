#include "io/sync/device_log.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>

#include "io/save/durable_file.hpp"
#include "io/sync/sync_leftovers.hpp"

namespace chronik::io {
namespace {

namespace fs = std::filesystem;

SaveError os_error(int err, const fs::path& file, const std::string& action) {
    SaveErrorKind kind = SaveErrorKind::Io;
    if (err == ENOSPC || err == EDQUOT || err == EFBIG) kind = SaveErrorKind::DiskFull;
    if (err == EACCES || err == EPERM || err == EROFS) kind = SaveErrorKind::ReadOnly;
    return SaveError{kind, file, action + ": " + std::strerror(err)};
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

void sync_dir(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

std::string random_hex() {
    std::random_device rd;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i)
        out += kHex[rd() % 16];
    return out;
}

// Writes `bytes` to `file` (which must not exist) through a hidden temporary: readers skip the
// temporary, and a crash leaves either nothing or the whole file.
SaveResult<void> write_new_file(const fs::path& file, std::string_view bytes) {
    std::string tmp_name = ".";  // appended: g++ 12 warns falsely on "." + std::string
    tmp_name += file.filename().string();
    tmp_name += ".tmp-";
    tmp_name += std::to_string(::getpid());
    tmp_name += '-';
    tmp_name += random_hex();
    const fs::path tmp = file.parent_path() / tmp_name;
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return os_error(errno, tmp, "cannot be created");
    if (!write_all(fd, bytes) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        return os_error(err, file, "cannot be written");
    }
    ::close(fd);
    // link() refuses to replace: a file of that name is never overwritten.
    if (::link(tmp.c_str(), file.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return os_error(err, file, "cannot be put in place");
    }
    ::unlink(tmp.c_str());
    sync_dir(file.parent_path());
    return {};
}

// The decompressed content of a sealed file equals `raw`, byte for byte.
bool sealed_holds(const fs::path& zst, std::string_view raw) {
    const auto bytes = segment_bytes(zst);
    return bytes && *bytes == raw;
}

// A sealed file holds everything of `raw`: a device only appends, so an older copy of its open
// segment (copied back from another computer) is a prefix of what it sealed.
bool sealed_contains(const fs::path& zst, std::string_view raw) {
    const auto bytes = segment_bytes(zst);
    return bytes && bytes->size() >= raw.size() &&
           std::string_view(*bytes).substr(0, raw.size()) == raw;
}

std::string name_in(const fs::path& file, const fs::path& folder) {
    return file.parent_path() == folder ? file.filename().string() : file.string();
}

}  // namespace

namespace {

// (device, number) of a file named as a device names its sealed segments, else nullopt.
std::optional<std::pair<std::string, std::uint64_t>> sealed_segment_key(const std::string& name) {
    constexpr std::string_view kSealed = ".clog.zst";
    if (!name.ends_with(kSealed)) return std::nullopt;
    const std::size_t end = name.size() - kSealed.size();
    const std::size_t dash = name.rfind('-', end);
    if (dash == std::string::npos || dash + 1 >= end || end - dash - 1 > 18) return std::nullopt;
    if (name.find_first_not_of("0123456789", dash + 1) != end) return std::nullopt;
    std::pair<std::string, std::uint64_t> key{name.substr(0, dash),
                                              std::stoull(name.substr(dash + 1, end - dash - 1))};
    if (segment_name(key.first, key.second, true) != name) return std::nullopt;
    return key;
}

}  // namespace

LogFolderRead read_log_folder(const fs::path& folder, const std::string& profile,
                              const SeenSegments* skip) {
    LogFolderRead out;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return out;
    std::vector<fs::path> names;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path());
    if (ec)
        out.report.add(MessageLevel::Error, folder.filename().string(),
                       "cannot be listed: " + ec.message());
    std::sort(names.begin(), names.end());
    for (const auto& file : names) {
        const std::string name = file.filename().string();
        // Folders are not Chronik's (a sync tool's marker such as Syncthing's .stfolder).
        if (fs::is_directory(file, ec) && !fs::is_symlink(file, ec)) continue;
        if (skip != nullptr) {
            // A sealed segment the checkpoint read whole: its records are in the checkpoint.
            if (const auto key = sealed_segment_key(name)) {
                const auto it = skip->find(*key);
                if (it != skip->end() && it->second.sealed) {
                    auto& dev = out.devices[key->first];
                    dev.last_segment = std::max(dev.last_segment, key->second);
                    dev.last_seq = std::max(dev.last_seq, it->second.last_seq);
                    out.seen[*key] = it->second;
                    continue;
                }
            }
        }
        const auto kind = classify_sync_file(name);
        if (kind.kind == SyncFileKind::Temporary) {
            out.report.add(MessageLevel::Info, name,
                           "is a temporary file of " + kind.tool +
                               " (still being written or transferred); not read");
            continue;
        }
        if (fs::is_symlink(file, ec) || !fs::is_regular_file(file, ec)) {
            out.report.add(MessageLevel::Warning, name,
                           "is not a regular file (a link or a folder); not read");
            continue;
        }
        auto seg = read_segment(file);
        const auto size = fs::file_size(file, ec);
        switch (seg.state) {
            case SegmentRead::State::NotASegment:
                out.report.add(MessageLevel::Info, name, "is not a Chronik log segment; ignored");
                continue;
            case SegmentRead::State::NewerVersion:
                out.newer.push_back(file);
                out.report.add(MessageLevel::Warning, name, seg.problems.front());
                continue;
            case SegmentRead::State::Unreadable:
                out.report.add(
                    MessageLevel::Warning, name,
                    (seg.problems.empty() ? std::string("cannot be read") : seg.problems.front()) +
                        "; not read (kept as it is)");
                continue;
            case SegmentRead::State::Ok:
                break;
        }
        if (seg.header.profile != profile) {
            out.report.add(MessageLevel::Warning, name,
                           "belongs to the profile " + in_quotes(seg.header.profile) +
                               ", not this one; not read (kept as it is)");
            continue;
        }
        if (kind.kind == SyncFileKind::ConflictCopy)
            out.report.add(MessageLevel::Info, name,
                           "is a conflict copy made by " + kind.tool +
                               "; its reviews are read and each counts once");
        for (const auto& p : seg.problems)
            out.report.add(seg.torn_tail && &p == &seg.problems.back() ? MessageLevel::Info
                                                                       : MessageLevel::Warning,
                           name, p);
        auto& dev = out.devices[seg.header.device];
        dev.last_segment = std::max(dev.last_segment, seg.header.number);
        const bool sealed = name.size() > 4 && name.substr(name.size() - 4) == ".zst";
        if (!sealed && name == segment_name(seg.header.device, seg.header.number, false))
            dev.open_segments.push_back(file);
        const std::pair<std::string, std::uint64_t> key{seg.header.device, seg.header.number};
        std::uint64_t covered = 0;
        if (skip != nullptr)
            if (const auto it = skip->find(key); it != skip->end()) covered = it->second.last_seq;
        auto& seen = out.seen[key];
        seen.sealed = seen.sealed || (sealed && !seg.torn_tail && seg.problems.empty() &&
                                      name == segment_name(key.first, key.second, true));
        seen.last_seq = std::max(seen.last_seq, covered);
        for (auto& r : seg.records) {
            const std::uint64_t seq = record_id(r).seq;
            dev.last_seq = std::max(dev.last_seq, seq);
            seen.last_seq = std::max(seen.last_seq, seq);
            if (seq <= covered) continue;  // in the checkpoint
            if (auto* lr = std::get_if<sync::LoggedReview>(&r))
                out.reviews.push_back(std::move(*lr));
            else
                out.fields.push_back(std::move(std::get<sync::FieldChange>(r)));
        }
        out.bytes += ec ? 0 : size;
        ++out.files;
    }
    return out;
}

SaveResult<void> seal_segment_file(const fs::path& file, const fs::path& damaged, int zstd_level,
                                   LoadReport& report) {
    const auto read = read_segment(file);
    if (read.state != SegmentRead::State::Ok)
        return SaveError{SaveErrorKind::Corrupt, file,
                         read.problems.empty() ? "cannot be read" : read.problems.front()};
    std::string raw;
    {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) return os_error(errno, file, "cannot be read");
        char buf[65536];
        ssize_t n = 0;
        while ((n = ::read(fd, buf, sizeof buf)) > 0)
            raw.append(buf, static_cast<std::size_t>(n));
        ::close(fd);
    }
    const std::string name = file.filename().string();
    if (read.good_bytes < raw.size()) {
        std::error_code ec;
        fs::create_directories(damaged, ec);
        const fs::path keep = damaged / (name + ".torn-" + utc_stamp());
        if (auto w = write_new_file(keep, raw); !w) return w.error();
        report.add(MessageLevel::Warning, name,
                   "ended inside a record (a crash while writing); the " +
                       std::to_string(raw.size() - read.good_bytes) +
                       " bytes after the last whole record are kept in " + keep.string());
        raw.resize(read.good_bytes);
    }
    const fs::path zst = file.string() + ".zst";
    std::error_code ec;
    if (fs::exists(zst, ec)) {
        if (!sealed_contains(zst, raw)) {
            report.add(MessageLevel::Warning, name,
                       "and " + zst.filename().string() +
                           " differ; both are kept and read (each review counts once)");
            return {};
        }
    } else {
        const auto packed = compress_segment(raw, zstd_level);
        if (packed.empty()) return SaveError{SaveErrorKind::Io, file, "cannot be compressed"};
        if (auto w = write_new_file(zst, packed); !w) return w.error();
        if (!sealed_holds(zst, raw))
            return SaveError{SaveErrorKind::Corrupt, zst,
                             "does not read back as written; the open segment is kept"};
    }
    if (::unlink(file.c_str()) != 0)
        return os_error(errno, file, "cannot be removed after sealing");
    sync_dir(file.parent_path());
    return {};
}

SaveResult<DeviceLog> DeviceLog::open(fs::path folder, std::string device, std::string profile,
                                      const LogFolderRead& known, const fs::path& damaged,
                                      LoadReport& report, DeviceLogOptions options) {
    if (const auto problem = sync::device_id_problem(device))
        return SaveError{SaveErrorKind::InvalidInput, {}, *problem};
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return SaveError{SaveErrorKind::Io, folder, "cannot be created: " + ec.message()};
    DeviceLog log;
    log.folder_ = std::move(folder);
    log.device_ = std::move(device);
    log.profile_ = std::move(profile);
    log.options_ = options;
    // The highest number among this device's own names too: a file of ours whose header cannot
    // be read still holds its name.
    const std::string prefix = log.device_ + "-";
    for (fs::directory_iterator it(log.folder_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const auto rest = name.substr(prefix.size());
        const auto dot = rest.find('.');
        if (dot == std::string::npos || dot == 0 || dot > 18) continue;
        const auto suffix = rest.substr(dot);
        if (suffix != ".clog" && suffix != ".clog.zst") continue;
        if (rest.find_first_not_of("0123456789") != dot) continue;
        log.segment_ = std::max<std::uint64_t>(log.segment_, std::stoull(rest.substr(0, dot)));
    }
    if (const auto it = known.devices.find(log.device_); it != known.devices.end()) {
        log.last_seq_ = it->second.last_seq;
        log.segment_ = std::max(log.segment_, it->second.last_segment);
        for (const auto& open : it->second.open_segments) {
            // Killed between creating the segment and writing its header: nothing to keep.
            if (fs::file_size(open, ec) == 0 && !ec) {
                fs::remove(open, ec);
                continue;
            }
            if (auto sealed = seal_segment_file(open, damaged, options.zstd_level, report); !sealed)
                report.add(MessageLevel::Warning, name_in(open, log.folder_),
                           "could not be sealed (" + sealed.error().describe() +
                               "); it is kept and read as it is");
        }
    }
    return log;
}

DeviceLog::DeviceLog(DeviceLog&& other) noexcept
    : folder_(std::move(other.folder_)),
      device_(std::move(other.device_)),
      profile_(std::move(other.profile_)),
      options_(other.options_),
      last_seq_(other.last_seq_),
      segment_(other.segment_),
      base_seq_(other.base_seq_),
      fd_(std::exchange(other.fd_, -1)),
      raw_(std::move(other.raw_)) {}

DeviceLog& DeviceLog::operator=(DeviceLog&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        folder_ = std::move(other.folder_);
        device_ = std::move(other.device_);
        profile_ = std::move(other.profile_);
        options_ = other.options_;
        last_seq_ = other.last_seq_;
        segment_ = other.segment_;
        base_seq_ = other.base_seq_;
        fd_ = std::exchange(other.fd_, -1);
        raw_ = std::move(other.raw_);
    }
    return *this;
}

DeviceLog::~DeviceLog() {
    // An open segment stays as it is (every record in it is already durable); the next open of
    // this device seals it.
    if (fd_ >= 0) ::close(fd_);
}

SaveResult<void> DeviceLog::start_segment(std::int64_t now) {
    SegmentHeader h;
    h.device = device_;
    h.number = segment_ + 1;
    h.profile = profile_;
    h.created_ms = now;
    const std::uint64_t floor = options_.first_seq > 0 ? options_.first_seq
                                : now > 0              ? static_cast<std::uint64_t>(now)
                                                       : 1;
    h.first_seq = std::max<std::uint64_t>(last_seq_ + 1, floor);
    const fs::path file = folder_ / segment_name(device_, h.number, false);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return os_error(errno, file, "cannot be created");
    std::string header = encode_segment_header(h);
    if (!write_all(fd, header) || (options_.durable && ::fdatasync(fd) != 0)) {
        const int err = errno;
        ::close(fd);
        ::unlink(file.c_str());
        return os_error(err, file, "cannot be written");
    }
    if (options_.durable) sync_dir(folder_);
    fd_ = fd;
    segment_ = h.number;
    raw_ = std::move(header);
    base_seq_ = h.first_seq;
    last_seq_ = h.first_seq - 1;
    return {};
}

SaveResult<sync::RecordId> DeviceLog::append(DeviceRecord record) {
    if (fd_ < 0) {
        if (auto started = start_segment(now_ms()); !started) return started.error();
    }
    const sync::RecordId id{device_, last_seq_ + 1};
    std::visit([&id](auto& r) { r.id = id; }, record);
    const std::string bytes = encode_record(record, base_seq_);
    const fs::path file = folder_ / segment_name(device_, segment_, false);
    if (!write_all(fd_, bytes) || (options_.durable && ::fdatasync(fd_) != 0)) {
        const int err = errno;
        // Cut back to what this writer wrote and verified before: no partial record is left.
        if (::ftruncate(fd_, static_cast<off_t>(raw_.size())) == 0 && options_.durable)
            ::fdatasync(fd_);
        return os_error(err, file, "the review could not be saved");
    }
    raw_ += bytes;
    last_seq_ = id.seq;
    if (raw_.size() >= options_.seal_bytes) {
        if (auto sealed = seal(); !sealed) return sealed.error();
    }
    return id;
}

SaveResult<void> DeviceLog::flush() {
    if (fd_ >= 0 && ::fdatasync(fd_) != 0)
        return os_error(errno, folder_ / segment_name(device_, segment_, false),
                        "the reviews could not be saved");
    return {};
}

SaveResult<void> DeviceLog::seal() {
    if (fd_ < 0) return {};
    ::close(fd_);
    fd_ = -1;
    const fs::path file = folder_ / segment_name(device_, segment_, false);
    const fs::path zst = folder_ / segment_name(device_, segment_, true);
    const auto packed = compress_segment(raw_, options_.zstd_level);
    if (packed.empty()) return SaveError{SaveErrorKind::Io, file, "cannot be compressed"};
    if (auto w = write_new_file(zst, packed); !w) return w.error();
    if (!sealed_holds(zst, raw_))
        return SaveError{SaveErrorKind::Corrupt, zst,
                         "does not read back as written; the open segment is kept"};
    if (::unlink(file.c_str()) != 0)
        return os_error(errno, file, "cannot be removed after sealing");
    if (options_.durable) sync_dir(folder_);
    raw_.clear();
    return {};
}

}  // namespace chronik::io
