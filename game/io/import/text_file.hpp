// Reading a UTF-8 text file for derive and import, with errors that name the file and the byte
// offset.
#pragma once

#include <filesystem>
#include <string>

namespace chronik::io {

// The file's text. Throws std::runtime_error naming the file when it is
// missing, unreadable, over 32 MiB, or not UTF-8 ("... is not UTF-8 at byte
// offset 123"). A leading UTF-8 byte-order mark is kept (callers skip it).
std::string read_utf8_file(const std::filesystem::path& path);

// Writes `text` to `path` through a temporary file of this process's own
// (io::write_file_atomically) and a rename, so a reader never sees half a file
// and a crash leaves no partial file. Refuses (std::runtime_error) an existing
// file unless `overwrite`; the check and the rename are one step.
enum class Overwrite { No, Yes };
void write_text_file(const std::filesystem::path& path, const std::string& text,
                     Overwrite overwrite);

}  // namespace chronik::io
