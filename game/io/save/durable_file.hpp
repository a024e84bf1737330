// Durable file operations for the saves folder: fsync'ed atomic replace, appends, moving bad files
// aside.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "io/save/save_error.hpp"

namespace chronik::io {

// Reads a whole file as bytes. A file larger than `max_bytes` is refused (TooLarge) from its
// size alone, without reading it, and at most max_bytes + 1 bytes are ever read.
SaveResult<std::string> read_file(const std::filesystem::path& file, std::uint64_t max_bytes);

// Replaces `file` atomically: writes a temporary of this process's own next to it
// (temporary_name), fsyncs it, renames it over `file` and fsyncs the folder. A crash leaves
// either the old or the new content, and at most an unfinished temporary, which
// remove_stale_temporaries deletes later. The temporary is write-locked while it exists, so
// no other process takes it for a leftover.
SaveResult<void> write_file_atomically(const std::filesystem::path& file, std::string_view bytes);
// The same for a file that must not exist yet: AlreadyExists (and nothing written) if it does.
SaveResult<void> write_new_file_atomically(const std::filesystem::path& file,
                                           std::string_view bytes);

// A file written in pieces and then put in place in one rename: its temporary (see
// write_file_atomically) is removed if the object goes away without commit().
class AtomicFile {
public:
    enum class Replace { Yes, No };
    static SaveResult<AtomicFile> create(const std::filesystem::path& file);
    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&&) = delete;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    SaveResult<void> write(std::string_view bytes);
    // fsync, rename over `file` (Replace::No: AlreadyExists if it exists), fsync the folder.
    SaveResult<void> commit(Replace replace);

private:
    AtomicFile(int fd, std::filesystem::path tmp, std::filesystem::path file)
        : fd_(fd), tmp_(std::move(tmp)), file_(std::move(file)) {}
    int fd_ = -1;
    std::filesystem::path tmp_, file_;
};

// "<file>.tmp-<pid>-<16 hex digits>": unique per process and call, recognisable as a temporary.
std::filesystem::path temporary_name(const std::filesystem::path& file);
// True for names temporary_name makes (of any file); `pid` gets the writer's process id.
bool is_temporary_name(const std::string& name, long& pid);

// A name for a hidden staging folder in `parent`: ".<what>-<pid>-<16 hex digits>". What is
// built there is moved into place with one rename (rename_no_replace).
std::filesystem::path staging_folder_name(const std::filesystem::path& parent,
                                          const std::string& what);

// Removes temporaries (temporary_name files and "<prefix>-<pid>-<hex>" staging folders) in
// `folder` that no live process is writing: not locked, and made by a process that is gone
// (or more than an hour old, for temporaries from another computer). Only names of the form
// above are ever touched. Returns how many were removed.
int remove_stale_temporaries(const std::filesystem::path& folder);

// fsync of a folder, so that renames and new entries in it survive a power cut.
SaveResult<void> sync_folder(const std::filesystem::path& folder);

// Creates a folder (and parents) and fsyncs its parent.
SaveResult<void> make_folder(const std::filesystem::path& folder);

// A name that does not exist yet in `folder`: `stem`-<UTC time>[-n]`suffix`.
std::filesystem::path unique_name(const std::filesystem::path& folder, const std::string& stem,
                                  const std::string& suffix = "");

// Renames `file` to a new unique name in `folder` (created if needed) and
// fsyncs both folders; returns the new path. Files are moved, never deleted.
SaveResult<std::filesystem::path> move_aside(const std::filesystem::path& file,
                                             const std::filesystem::path& folder,
                                             const std::string& tag);

// Renames `from` to `to` unless `to` exists (AlreadyExists), in one step where the file system
// can (renameat2 RENAME_NOREPLACE); folders as well as files.
SaveResult<void> rename_no_replace(const std::filesystem::path& from,
                                   const std::filesystem::path& to);

// Copies `from` to `to` (new file) with fsync; used where a hard link is not possible.
SaveResult<void> copy_durably(const std::filesystem::path& from, const std::filesystem::path& to);

// The current UTC time as "20261129T051234Z" (for names of moved files).
std::string utc_stamp();

// Milliseconds since the Unix epoch, UTC.
std::int64_t now_ms();

}  // namespace chronik::io
