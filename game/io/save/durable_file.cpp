#include "io/save/durable_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>

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

}  // namespace

SaveResult<std::string> read_file(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return error_from_errno(errno, file, "opening");
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return SaveError{SaveErrorKind::Corrupt, file, "is not a regular file"};
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

SaveResult<void> write_file_atomically(const fs::path& file, std::string_view bytes) {
    fs::path tmp = file;
    tmp += ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) return error_from_errno(errno, tmp, "creating");
    int err = 0;
    if (!write_all(fd, bytes, err) || (::fsync(fd) != 0 && (err = errno) != 0)) {
        ::close(fd);
        ::unlink(tmp.c_str());  // our own half-written temporary, never user data
        return error_from_errno(err, tmp, "writing");
    }
    if (::close(fd) != 0) {
        err = errno;
        ::unlink(tmp.c_str());
        return error_from_errno(err, tmp, "closing");
    }
    if (::rename(tmp.c_str(), file.c_str()) != 0) {
        err = errno;
        ::unlink(tmp.c_str());
        return error_from_errno(err, file, "replacing");
    }
    return sync_folder(file.parent_path().empty() ? fs::path(".") : file.parent_path());
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
    auto data = read_file(from);
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
