// Durable file operations for the saves folder: fsync'ed atomic replace, appends, moving bad files
// aside.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "io/save/save_error.hpp"

namespace chronik::io {

// Reads a whole file as bytes.
SaveResult<std::string> read_file(const std::filesystem::path& file);

// Replaces `file` atomically: writes `file`.tmp, fsyncs it, renames it over
// `file` and fsyncs the folder. A crash leaves either the old or the new content.
SaveResult<void> write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

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

// Copies `from` to `to` (new file) with fsync; used where a hard link is not possible.
SaveResult<void> copy_durably(const std::filesystem::path& from, const std::filesystem::path& to);

// The current UTC time as "20261129T051234Z" (for names of moved files).
std::string utc_stamp();

// Milliseconds since the Unix epoch, UTC.
std::int64_t now_ms();

}  // namespace chronik::io
