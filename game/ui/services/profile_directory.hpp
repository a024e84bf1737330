// What the profiles scene needs from save storage: list, create, rename and delete profiles.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace chronik::ui {

// Today's cards of a profile, for the profile list (as the home screen counts them).
struct ProfileToday {
    long long due = 0;
    long long fresh = 0;  // new cards today's limit still lets in
};

struct ProfileEntry {
    std::string id;                     // the folder id, stable
    std::string name;                   // the display name the user typed (UTF-8)
    std::optional<ProfileToday> today;  // none when the profile could not be read
    // When two computers renamed the profile while apart: (name, device id) of each, the name
    // kept first; empty otherwise.
    std::vector<std::pair<std::string, std::string>> name_conflict;
};

// Implemented in game/app over the save storage. Every call may throw std::exception
// with a message fit for the user (the scene shows it and keeps running).
class ProfileDirectory {
public:
    virtual ~ProfileDirectory() = default;
    virtual std::vector<ProfileEntry> list() = 0;
    virtual ProfileEntry create(const std::string& name) = 0;
    virtual void rename(const std::string& id, const std::string& name) = 0;
    virtual void remove(const std::string& id) = 0;
};

}  // namespace chronik::ui
