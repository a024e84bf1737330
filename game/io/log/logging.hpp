// Logging set-up for the game and the CLI: console and a rotating file under the saves folder.
#pragma once

#include <filesystem>
#include <string>

namespace chronik::io {

struct LogOptions {
    bool verbose = false;        // debug level on the console
    std::filesystem::path file;  // empty: no log file
    std::string logger_name = "chronik";
};

// Installs the default spdlog logger. A log file that cannot be opened is not
// fatal: the console logger stays and a warning says why.
void init_logging(const LogOptions& options);

// Thin wrappers so that callers need not include spdlog (slow to compile).
void log_info(const std::string& message);
void log_warn(const std::string& message);
void log_error(const std::string& message);
void log_debug(const std::string& message);

}  // namespace chronik::io
