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
    // New profiles start in `language` (the system's, or --lang's). With a bank, each listed
    // profile says how many cards are due today and new.
    StoreProfileDirectory(io::ProfileStore& store, const ui::StringTable& strings,
                          chronik::Language language, const bank::QuestionBank* bank = nullptr)
        : store_(store), strings_(strings), bank_(bank), language_(language) {}
    std::vector<ui::ProfileEntry> list() override;
    ui::ProfileEntry create(const std::string& name) override;
    void rename(const std::string& id, const std::string& name) override;
    void remove(const std::string& id) override;

private:
    io::ProfileStore& store_;
    const ui::StringTable& strings_;
    const bank::QuestionBank* bank_;
    chronik::Language language_;
};

// Local offset from UTC in minutes, for study days (04:00 to 04:00 local time).
int local_utc_offset_minutes();

// Opens profiles of the store for play over the bank. `apply_settings` applies a profile's look,
// language, sound and scale (before the home screen is built, and after each settings change).
class StorageProfileOpener final : public ui::ProfileOpener {
public:
    StorageProfileOpener(io::ProfileStore& store, const bank::QuestionBank& bank,
                         const ui::StringTable& strings,
                         std::function<void(const ProfileSettings&)> apply_settings,
                         std::uint64_t seed)
        : store_(store),
          bank_(bank),
          strings_(strings),
          apply_settings_(std::move(apply_settings)),
          seed_(seed) {}
    ui::OpenedProfile open(const ui::ProfileEntry& entry) override;

private:
    io::ProfileStore& store_;
    const bank::QuestionBank& bank_;
    const ui::StringTable& strings_;
    std::function<void(const ProfileSettings&)> apply_settings_;
    std::uint64_t seed_;  // rounds are shuffled from this (--seed, else the clock)
};

}  // namespace chronik::app
