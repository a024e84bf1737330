#include "io/save/durable_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <limits>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

#include "io/save/file_lock.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

SaveError error_from_errno(int err, const fs::path& file, const std::string& action) {
    SaveErrorKind kind = SaveErrorKind::Io;
    std::string hint;
    switch (err) {
        case ENOSPC:
        case EDQUOT:
        case EFBIG:
            kind = SaveErrorKind::DiskFull;
            hint = " (the disk is full: free some space; everything saved before is kept)";
            break;
        case EACCES:
        case EPERM:
        case EROFS:
            kind = SaveErrorKind::ReadOnly;
            hint =
                " (the saves folder is read-only: nothing could be saved, everything saved before "
                "is kept)";
            break;
        case ENOENT:
            kind = SaveErrorKind::NotFound;
            break;
        case EEXIST:
            kind = SaveErrorKind::AlreadyExists;
            break;
        default:
            break;
    }
    return SaveError{kind, file, action + " failed: " + std::strerror(err) + hint};
}

namespace {

// Writes all bytes, retrying after short writes and EINTR.
bool write_all(int fd, std::string_view bytes, int& err) {
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            err = errno;
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

SaveError too_large(const fs::path& file, std::uint64_t size, std::uint64_t limit) {
    auto mib = [](std::uint64_t b) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(b) / (1024.0 * 1024.0));
        return std::string(buf);
    };
    return SaveError{SaveErrorKind::TooLarge, file,
                     "is " + mib(size) + "; files of this kind over " + mib(limit) +
                         " are refused without reading them (not changed)"};
}

std::uint64_t random64() {
    std::uint64_t v = 0;
    if (::getrandom(&v, sizeof v, GRND_NONBLOCK) == static_cast<ssize_t>(sizeof v)) return v;
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
}

bool all_of(std::string_view s, bool (*pred)(char)) {
    if (s.empty()) return false;
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}
bool is_dec(char c) {
    return c >= '0' && c <= '9';
}
bool is_hex(char c) {
    return is_dec(c) || (c >= 'a' && c <= 'f');
}

// The pid of a name ending in "-<pid>-<16 hex digits>", or -1; `stem` gets what comes before.
long owner_suffix(std::string_view name, std::string_view& stem) {
    const auto last = name.rfind('-');
    if (last == std::string_view::npos || last == 0) return -1;
    const auto before = name.rfind('-', last - 1);
    if (before == std::string_view::npos) return -1;
    const std::string_view pid = name.substr(before + 1, last - before - 1);
    const std::string_view hex = name.substr(last + 1);
    if (!all_of(pid, is_dec) || pid.size() > 9 || hex.size() != 16 || !all_of(hex, is_hex))
        return -1;
    stem = name.substr(0, before);
    return std::stol(std::string(pid));
}

constexpr std::string_view kTempMarker = ".tmp";  // then "-<pid>-<hex>"

bool owner_gone_or_old(long pid, const struct stat& st) {
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return true;
    const auto age = std::chrono::system_clock::now() -
                     std::chrono::system_clock::from_time_t(st.st_mtim.tv_sec);
    return age > std::chrono::hours(1);
}

bool remove_if_stale(const fs::path& entry, long pid) {
    struct stat st {};
    if (::lstat(entry.c_str(), &st) != 0) return false;
    if (S_ISDIR(st.st_mode)) {
        if (!owner_gone_or_old(pid, st)) return false;
        std::error_code ec;
        return fs::remove_all(entry, ec) > 0 && !ec;
    }
    if (!S_ISREG(st.st_mode) || is_locked(entry) || !owner_gone_or_old(pid, st)) return false;
    return ::unlink(entry.c_str()) == 0;
}

// Leftover temporaries of `file` only (one folder scan; for every atomic write).
void remove_stale_temporaries_of(const fs::path& file) {
    const std::string prefix = file.filename().string() + std::string(kTempMarker) + "-";
    std::error_code ec;
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        long pid = -1;
        if (name.starts_with(prefix) && is_temporary_name(name, pid))
            remove_if_stale(it->path(), pid);
    }
}

}  // namespace

fs::path temporary_name(const fs::path& file) {
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, "%s-%ld-%016llx", kTempMarker.data(),
                  static_cast<long>(::getpid()), static_cast<unsigned long long>(random64()));
    fs::path tmp = file;
    tmp += suffix;
    return tmp;
}

fs::path staging_folder_name(const fs::path& parent, const std::string& what) {
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, "-%ld-%016llx", static_cast<long>(::getpid()),
                  static_cast<unsigned long long>(random64()));
    return parent / ("." + what + suffix);
}

bool is_temporary_name(const std::string& name, long& pid) {
    std::string_view stem;
    pid = owner_suffix(name, stem);
    return pid >= 0 && stem.size() > kTempMarker.size() && stem.ends_with(kTempMarker);
}

int remove_stale_temporaries(const fs::path& folder) {
    int removed = 0;
    std::error_code ec;
    std::vector<std::pair<fs::path, long>> found;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        long pid = -1;
        std::string_view stem;
        const bool temporary = is_temporary_name(name, pid);
        // Staging folders are ".<what>-<pid>-<hex>" (hidden); temporaries are files.
        if (!temporary && (!name.starts_with(".") || (pid = owner_suffix(name, stem)) < 0))
            continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode) == temporary) continue;
        found.emplace_back(it->path(), pid);
    }
    for (const auto& [path, pid] : found)
        removed += remove_if_stale(path, pid) ? 1 : 0;
    return removed;
}

SaveResult<std::string> read_file(const fs::path& file, std::uint64_t max_bytes) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return error_from_errno(errno, file, "opening");
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return SaveError{SaveErrorKind::Corrupt, file, "is not a regular file"};
    }
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
        ::close(fd);
        return too_large(file, static_cast<std::uint64_t>(st.st_size), max_bytes);
    }
    std::string data;
    data.reserve(static_cast<std::size_t>(st.st_size));
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            return error_from_errno(err, file, "reading");
        }
        if (n == 0) break;
        data.append(buf, static_cast<std::size_t>(n));
        // The file grew while being read (or its size lied): never hold more than the limit.
        if (data.size() > max_bytes) {
            ::close(fd);
            return too_large(file, data.size(), max_bytes);
        }
    }
    ::close(fd);
    return data;
}

SaveResult<void> sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return error_from_errno(errno, folder, "opening the folder");
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    // Some file systems cannot fsync folders (EINVAL); the rename is still done.
    if (rc != 0 && err != EINVAL) return error_from_errno(err, folder, "syncing the folder");
    return {};
}

namespace {

// Creates `file`'s temporary, locked, and checks that the name still leads to it (a cleaner
// could have removed it between the creation and the lock).
SaveResult<std::pair<int, fs::path>> create_temporary(const fs::path& file) {
    for (int attempt = 0;; ++attempt) {
        const fs::path tmp = temporary_name(file);
        const int fd =
            ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0) {
            if (errno == EEXIST && attempt < 8) continue;
            return error_from_errno(errno, tmp, "creating");
        }
        lock_open_file(fd);  // best effort: a file system without locks still works
        struct stat mine {
        }, named{};
        if (::fstat(fd, &mine) == 0 && ::lstat(tmp.c_str(), &named) == 0 &&
            mine.st_ino == named.st_ino && mine.st_dev == named.st_dev)
            return std::pair{fd, tmp};
        ::close(fd);
        if (attempt >= 8) return SaveError{SaveErrorKind::Io, tmp, "the temporary file vanished"};
    }
}

}  // namespace

SaveResult<AtomicFile> AtomicFile::create(const fs::path& file) {
    remove_stale_temporaries_of(file);
    auto created = create_temporary(file);
    if (!created) return created.error();
    return AtomicFile(created.value().first, created.value().second, file);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      tmp_(std::move(other.tmp_)),
      file_(std::move(other.file_)) {}

AtomicFile::~AtomicFile() {
    if (fd_ < 0) return;
    ::unlink(tmp_.c_str());  // our own unfinished temporary, never user data
    ::close(fd_);
}

SaveResult<void> AtomicFile::write(std::string_view bytes) {
    int err = 0;
    if (!write_all(fd_, bytes, err)) return error_from_errno(err, tmp_, "writing");
    return {};
}

SaveResult<void> AtomicFile::commit(Replace replace) {
    if (::fsync(fd_) != 0) return error_from_errno(errno, tmp_, "writing");
    // Renamed while still open and locked: until it has its final name it is visibly ours.
    if (replace == Replace::Yes) {
        if (::rename(tmp_.c_str(), file_.c_str()) != 0)
            return error_from_errno(errno, file_, "replacing");
    } else if (auto r = rename_no_replace(tmp_, file_); !r) {
        return r.error();
    }
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) return error_from_errno(errno, file_, "closing");
    return sync_folder(file_.parent_path().empty() ? fs::path(".") : file_.parent_path());
}

SaveResult<void> write_file_atomically(const fs::path& file, std::string_view bytes) {
    auto out = AtomicFile::create(file);
    if (!out) return out.error();
    if (auto w = out.value().write(bytes); !w) return w.error();
    return out.value().commit(AtomicFile::Replace::Yes);
}

SaveResult<void> write_new_file_atomically(const fs::path& file, std::string_view bytes) {
    auto out = AtomicFile::create(file);
    if (!out) return out.error();
    if (auto w = out.value().write(bytes); !w) return w.error();
    return out.value().commit(AtomicFile::Replace::No);
}

SaveResult<void> rename_no_replace(const fs::path& from, const fs::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return {};
    const int err = errno;
    if (err != EINVAL && err != ENOSYS && err != ENOTSUP)
        return error_from_errno(err, to, "moving into place");
    // No RENAME_NOREPLACE here (NFS, older kernels): a file is linked (which never replaces),
    // a folder renamed after a check (rename never replaces a folder that has entries).
    struct stat st {};
    if (::lstat(from.c_str(), &st) != 0) return error_from_errno(errno, from, "moving into place");
    if (!S_ISDIR(st.st_mode)) {
        if (::link(from.c_str(), to.c_str()) == 0) {
            ::unlink(from.c_str());
            return {};
        }
        if (errno == EEXIST) return error_from_errno(EEXIST, to, "moving into place");
    }
    if (::lstat(to.c_str(), &st) == 0) return error_from_errno(EEXIST, to, "moving into place");
    if (::rename(from.c_str(), to.c_str()) != 0)
        return error_from_errno(errno, to, "moving into place");
    return {};
}

SaveResult<void> make_folder(const fs::path& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec)) return {};
    if (fs::exists(fs::symlink_status(folder, ec)))
        return SaveError{SaveErrorKind::AlreadyExists, folder,
                         "is a file where a folder is expected"};
    fs::create_directories(folder, ec);
    if (ec) return error_from_errno(ec.value(), folder, "creating the folder");
    return sync_folder(folder.parent_path().empty() ? fs::path(".") : folder.parent_path());
}

std::string utc_stamp() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

fs::path unique_name(const fs::path& folder, const std::string& stem, const std::string& suffix) {
    const std::string base = stem + "-" + utc_stamp();
    std::error_code ec;
    fs::path candidate = folder / (base + suffix);
    for (int n = 2; fs::exists(fs::symlink_status(candidate, ec)); ++n)
        candidate = folder / (base + "-" + std::to_string(n) + suffix);
    return candidate;
}

SaveResult<fs::path> move_aside(const fs::path& file, const fs::path& folder,
                                const std::string& tag) {
    if (auto r = make_folder(folder); !r) return r.error();
    const fs::path target = unique_name(folder, file.filename().string() + "." + tag);
    if (::rename(file.c_str(), target.c_str()) != 0)
        return error_from_errno(errno, file, "moving aside");
    if (auto r = sync_folder(folder); !r) return r.error();
    if (auto r = sync_folder(file.parent_path()); !r) return r.error();
    return target;
}

SaveResult<void> copy_durably(const fs::path& from, const fs::path& to) {
    auto data = read_file(from, std::numeric_limits<std::uint64_t>::max());
    if (!data) return data.error();
    const int fd = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return error_from_errno(errno, to, "creating");
    int err = 0;
    if (!write_all(fd, data.value(), err) || (::fsync(fd) != 0 && (err = errno) != 0)) {
        ::close(fd);
        ::unlink(to.c_str());
        return error_from_errno(err, to, "writing");
    }
    ::close(fd);
    return sync_folder(to.parent_path());
}

}  // namespace chronik::io
