// Whole-file write locks held by a process for as long as it writes: one writer per profile.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "io/save/save_error.hpp"

namespace chronik::io {

// An exclusive lock on `lock_file` (created if missing), released when the object goes away
// or the process ends in any way, SIGKILL included: it is an open file description lock
// (fcntl F_OFD_SETLK) held by the kernel, not the file's existence, so a lock file left behind
// by a killed process never blocks anybody. Two opens in one process exclude each other too.
// Where the file system has no such locks (EINVAL), flock() is used instead.
//
// Across computers the lock is as good as the shared file system's locking: on NFS (v4, or v3
// with lockd) and on SMB/CIFS mounted without "nobrl" it is a byte-range lock the server
// enforces; on a share without working locks two computers can both "hold" it (the review
// log's length check in ReviewLogWriter then catches the second writer).
class FileLock {
public:
    // Takes the lock without waiting. Locked if another process or another open in this
    // process holds it (the message is who: see holder()); ReadOnly/Io if the file cannot be
    // opened for writing.
    static SaveResult<FileLock> try_acquire(const std::filesystem::path& lock_file);
    // Waits for the lock: for short critical sections only (creating, renaming profiles).
    static SaveResult<FileLock> acquire_waiting(const std::filesystem::path& lock_file);
    // Whether someone holds the lock now, without taking it (so a reader never makes a writer
    // fail): nullopt when free or missing, else a description of the holder such as
    // "process 1234 on host 'pc-7' since 2026-01-05 08:12:03 UTC" (or "another process").
    static std::optional<std::string> holder(const std::filesystem::path& lock_file);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    const std::filesystem::path& file() const { return file_; }

private:
    FileLock(int fd, std::filesystem::path file) : fd_(fd), file_(std::move(file)) {}
    int fd_ = -1;
    std::filesystem::path file_;
};

// Locks an open file (a temporary being written) for this open file description, without
// waiting; false if another holds it or the file system has no locks.
bool lock_open_file(int fd);
// True when `file` is locked by someone (checked without taking the lock).
bool is_locked(const std::filesystem::path& file);

}  // namespace chronik::io
