#include "io/save/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

struct flock whole_file(short type) {
    struct flock fl {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 0;  // to the end, however long the file grows
    fl.l_pid = 0;  // required for open file description locks
    return fl;
}

enum class Taken { Yes, Busy, Failed };

// One attempt (or a wait) at the write lock on `fd`; errno is kept on Failed.
Taken take(int fd, bool wait) {
    struct flock fl = whole_file(F_WRLCK);
    for (;;) {
        if (::fcntl(fd, wait ? F_OFD_SETLKW : F_OFD_SETLK, &fl) == 0) return Taken::Yes;
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EACCES) return Taken::Busy;
        if (errno != EINVAL) return Taken::Failed;
        break;
    }
    // No open file description locks on this file system: BSD locks behave the same way.
    for (;;) {
        if (::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0) return Taken::Yes;
        if (errno == EINTR) continue;
        return errno == EWOULDBLOCK ? Taken::Busy : Taken::Failed;
    }
}

std::string host_name() {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0) return "?";
    return buf;
}

std::string utc_text(std::int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return buf;
}

// Who holds the lock, from what the holder wrote into the file ("pid host seconds").
std::string describe_holder(int fd) {
    char buf[512];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return "another process";
    buf[n] = '\0';
    long long pid = 0, since = 0;
    char host[256] = {};
    if (std::sscanf(buf, "chronik-writer %lld %255s %lld", &pid, host, &since) != 3)
        return "another process";
    return "process " + std::to_string(pid) + " on host '" + host + "' since " + utc_text(since);
}

int open_lock_file(const fs::path& file, int& err) {
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    err = errno;
    if (fd < 0) return -1;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        err = EISDIR;
        return -1;
    }
    return fd;
}

// The locked descriptor of `file`.
SaveResult<int> acquire(const fs::path& file, bool wait) {
    int err = 0;
    const int fd = open_lock_file(file, err);
    if (fd < 0) {
        if (err == EISDIR || err == ELOOP)
            return SaveError{SaveErrorKind::Unsafe, file, "is not a plain lock file"};
        return error_from_errno(err, file, "opening the lock file");
    }
    switch (take(fd, wait)) {
        case Taken::Yes:
            break;
        case Taken::Busy: {
            std::string who = describe_holder(fd);
            ::close(fd);
            return SaveError{SaveErrorKind::Locked, file, who};
        }
        case Taken::Failed: {
            const int e = errno;
            ::close(fd);
            return error_from_errno(e, file, "locking");
        }
    }
    // Who holds it, for the message the next one gets. Failing to write this (a full disk)
    // does not matter: the kernel's lock is what counts.
    const std::string who = "chronik-writer " + std::to_string(::getpid()) + " " + host_name() +
                            " " +
                            std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count()) +
                            "\n";
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t n = ::pwrite(fd, who.data(), who.size(), 0);
    }
    return fd;
}

}  // namespace

SaveResult<FileLock> FileLock::try_acquire(const fs::path& lock_file) {
    auto fd = acquire(lock_file, false);
    if (!fd) return fd.error();
    return FileLock(fd.value(), lock_file);
}

SaveResult<FileLock> FileLock::acquire_waiting(const fs::path& lock_file) {
    auto fd = acquire(lock_file, true);
    if (!fd) return fd.error();
    return FileLock(fd.value(), lock_file);
}

std::optional<std::string> FileLock::holder(const fs::path& lock_file) {
    const int fd = ::open(lock_file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return std::nullopt;
    struct flock fl = whole_file(F_WRLCK);
    std::optional<std::string> out;
    if (::fcntl(fd, F_OFD_GETLK, &fl) == 0) {
        if (fl.l_type != F_UNLCK) out = describe_holder(fd);
    } else if (errno == EINVAL) {
        // No such locks here: a shared BSD lock fails only while a writer holds it.
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
            ::flock(fd, LOCK_UN);
        else if (errno == EWOULDBLOCK)
            out = describe_holder(fd);
    }
    ::close(fd);
    return out;
}

FileLock::FileLock(FileLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), file_(std::move(other.file_)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        file_ = std::move(other.file_);
    }
    return *this;
}

FileLock::~FileLock() {
    // Closing the only descriptor of the open file description releases the lock. The file
    // stays: removing it would race with a process that has just opened it to lock it.
    if (fd_ >= 0) ::close(fd_);
}

bool lock_open_file(int fd) {
    return take(fd, false) == Taken::Yes;
}

bool is_locked(const fs::path& file) {
    return FileLock::holder(file).has_value();
}

}  // namespace chronik::io
