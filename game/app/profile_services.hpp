// The game's services over the real storage: profiles from io::ProfileStore, sessions over
// ProfileStorage.
#pragma once

#include <functional>
#include <memory>

#include "bank/question_bank.hpp"
#include "io/save/profile_store.hpp"
#include "ui/services/game_services.hpp"
#include "ui/text/strings.hpp"

namespace chronik::app {

class StoreProfileDirectory final : public ui::ProfileDirectory {
public:
    explicit StoreProfileDirectory(io::ProfileStore& store) : store_(store) {}
    std::vector<ui::ProfileEntry> list() override;
    ui::ProfileEntry create(const std::string& name) override;
    void rename(const std::string& id, const std::string& name) override;
    void remove(const std::string& id) override;

private:
    io::ProfileStore& store_;
};

// Local offset from UTC in minutes, for study days (04:00 to 04:00 local time).
int local_utc_offset_minutes();

// What opening a profile needs: the store, the bank, the strings for notices, and a hook that
// applies the profile's look (contrast, motion) before the home screen is built.
struct SessionFactory {
    io::ProfileStore& store;
    const bank::QuestionBank& bank;
    const ui::StringTable& strings;
    ui::GameServices& services;
    std::function<void(const ProfileSettings&)> apply_settings;
    std::uint64_t seed = 0;  // rounds are shuffled from this (--seed, else the clock)

    std::unique_ptr<ui::ProfileSession> open(const ui::ProfileEntry& entry) const;
};

}  // namespace chronik::app
