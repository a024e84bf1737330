// The narrow doors from scenes into the game's data: profiles, the open profile's overview,
// features.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "progress/review_record.hpp"
#include "round/drawn_item.hpp"
#include "srs/rating.hpp"
#include "ui/services/profile_directory.hpp"

namespace chronik::ui {

class Scene;
struct SceneContext;

// Figures on the home screen for the open profile.
struct StudyOverview {
    long long due_today = 0;
    long long new_available = 0;
    long long streak_days = 0;
};

// The profile being played. Implemented in game/app over progress storage and the scheduler.
class ProfileSession {
public:
    virtual ~ProfileSession() = default;
    virtual const ProfileEntry& profile() const = 0;
    virtual StudyOverview overview() = 0;

    // Up to `count` multiple-choice items for a quiz: the scheduler's due cards first, then new
    // ones within today's limits, then (so a quiz is always playable) practice items.
    virtual std::vector<round::DrawnItem> draw_quiz(std::size_t count) = 0;
    // These items with their cards (to practise the missed ones); unknown ids are skipped.
    virtual std::vector<round::DrawnItem> draw_items(const std::vector<std::string>& item_ids) = 0;
    // Rates one answer into the scheduler and appends it to the save at once. Returns a
    // message for the user when it could not be saved.
    virtual std::optional<std::string> record_answer(const std::string& item_id, Rating rating,
                                                     RoundKind round, std::int64_t response_ms) = 0;
    // 5–8 events with clearly distinct dates for a timeline, due ones first, in display order.
    // Throws std::exception with a message when the bank cannot fill a timeline.
    virtual std::vector<const bank::Item*> deal_timeline() = 0;
    // A seed for shuffling the next round (from --seed when given).
    virtual std::uint64_t next_round_seed() = 0;
};

// The entries of the home screen. An entry without a factory is hidden: features appear
// there as they are built, never as dead buttons.
enum class HomeEntry { Study, Quiz, Timeline, ClassGame, Statistics, Settings, ReadSource };
using SceneFactory = std::function<std::unique_ptr<Scene>(SceneContext&)>;

struct GameServices {
    ProfileDirectory* profiles = nullptr;  // null: profile storage is not available
    // Opens a profile for play; throws std::exception with a user-facing message.
    std::function<std::unique_ptr<ProfileSession>(const ProfileEntry&)> open_profile;
    std::unique_ptr<ProfileSession> session;  // the open profile, if any
    std::map<HomeEntry, SceneFactory> features;
    // Problems found at start-up (decks that failed to load, repaired saves), for the notice.
    std::vector<std::string> startup_problems;
    // Problems found when opening a profile, shown once on the home screen.
    std::vector<std::string> pending_notices;
};

}  // namespace chronik::ui
