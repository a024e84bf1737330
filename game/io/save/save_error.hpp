// Errors of the save storage (and of the files io reads whole) as values: a closed kind, the file
// and line, and an English message for the log and chronik-cli. The game says the kind to the
// player in the UI language (app/save_error_text), never this message as it is.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>  // callers use it with their results

#include "result/result.hpp"

namespace chronik::io {

enum class SaveErrorKind {
    NotFound,       // no such profile or file
    AlreadyExists,  // a profile or file is in the way
    InvalidInput,   // a bad name, record or setting; nothing was written
    NewerVersion,   // written by a newer Chronik: refused, never overwritten
    Corrupt,        // unreadable and no way around it
    DiskFull,       // no space (or a file size limit); nothing already saved was lost
    ReadOnly,       // no permission to write; nothing already saved was lost
    Unsafe,         // a path would leave the saves folder (symlink, hostile name)
    Locked,         // another process writes this profile (or the log changed under us)
    TooLarge,       // a file above its documented size limit: refused without reading it
    Io,             // any other failure of the operating system
};

struct SaveError {
    SaveErrorKind kind;
    std::filesystem::path file;  // may be empty
    std::string message;
    std::int64_t line = 0;  // 1-based line of `file` the problem is on; 0: the file as a whole

    // "<file>: <message>", "<file>:<line>: <message>"
    // (Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on a + chain here.)
    std::string describe() const {
        if (file.empty()) return message;
        std::string out = file.string();
        if (line > 0) out.append(1, ':').append(std::to_string(line));
        return out.append(": ").append(message);
    }
};

// `s` in double quotes (built with += : g++ 12 warns falsely on "\"" + std::string).
inline std::string in_quotes(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    out += s;
    out += '"';
    return out;
}

// An error from errno after a failed system call on `file`; `action` says what was tried.
SaveError error_from_errno(int err, const std::filesystem::path& file, const std::string& action);

// A value or a SaveError: the one result type (result/result.hpp) with the save storage's problem.
template <class T>
using SaveResult = Result<T, SaveError>;

}  // namespace chronik::io
