// What loading a profile found and did, as messages (file and reason) the game can show.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace chronik::io {

enum class MessageLevel {
    Info,     // normal events worth knowing (a migration, a rebuilt snapshot)
    Warning,  // something was damaged and repaired without loss (torn last log line)
    Error,    // something was damaged; a fallback was used (bad snapshot moved aside)
};

struct LoadMessage {
    MessageLevel level;
    std::string file;       // path relative to the profile folder, e.g. "snapshot.json"
    std::string reason;     // what happened and what was done about it
    std::int64_t line = 0;  // 1-based line of `file` the message is about (0: the whole file)
};

struct LoadReport {
    std::vector<LoadMessage> messages;

    void add(MessageLevel level, std::string file, std::string reason, std::int64_t line = 0) {
        messages.push_back({level, std::move(file), std::move(reason), line});
    }
    bool has_problems() const {
        for (const auto& m : messages)
            if (m.level != MessageLevel::Info) return true;
        return false;
    }
};

}  // namespace chronik::io
