// What the profiles scene needs from save storage: list, create, rename and delete profiles.
#pragma once

#include <string>
#include <vector>

namespace chronik::ui {

struct ProfileEntry {
    std::string id;    // the folder id, stable
    std::string name;  // the display name the user typed (UTF-8)
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
