// The narrow doors from scenes into the game's data: profiles, the open profile's overview,
// features.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bank/question_bank.hpp"
#include "progress/profile_settings.hpp"
#include "progress/review_record.hpp"
#include "round/drawn_item.hpp"
#include "srs/rating.hpp"
#include "study/study_session.hpp"
#include "ui/services/profile_directory.hpp"

namespace chronik::ui {

class Scene;
struct SceneContext;
// Feature services, each defined in its own header under ui/services (kept out of this header so
// adding to one feature does not rebuild every scene).
class MemoryModelTuning;  // ui/services/memory_model_tuning.hpp: fit personal FSRS weights
class DeckChoice;         // ui/services/deck_choice.hpp: which decks a profile studies
class DeckLibrary;        // ui/services/deck_library.hpp: decks on disk, drafts, import
class HostConnector;      // ui/services/host_connector.hpp: host a class game on the network
class JoinConnector;      // ui/services/join_connector.hpp: join a class game on the network
class ClassroomRecords;   // ui/services/classroom_records.hpp: saving a class game's standings

// The profile being played: what a scene asks of it, decided by study::StudySession over the
// progress that game/app keeps in storage (every answer is appended to the save at once).
class ProfileSession {
public:
    virtual ~ProfileSession() = default;
    virtual const ProfileEntry& profile() const = 0;
    virtual study::StudyOverview overview() = 0;

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

    // The bank the profile plays (for flashcard faces and the source reader).
    virtual const bank::QuestionBank& bank() const = 0;
    // The next card of today's flashcard queue (any item kind, shown through its flashcard
    // faces); none when today's queue is done.
    virtual std::optional<study::StudyTurn> next_study_card() = 0;
    virtual study::StudyOutlook study_outlook() = 0;
    // Up to `count` cards to practise without touching the schedule: the ones due soonest
    // (Ahead) or the least likely to be recalled (Weak).
    virtual std::vector<const bank::Item*> practice_cards(study::PracticeKind kind,
                                                          std::size_t count) = 0;
    // Takes back the last answer (one level). Returns the item id whose answer was undone, or
    // none when there is nothing to undo; throws std::runtime_error when it cannot be saved.
    virtual std::optional<std::string> undo_last_answer() = 0;

    virtual study::ProfileStatistics statistics() = 0;

    virtual const ProfileSettings& settings() const = 0;
    // Validates and saves the settings, then applies them (look, limits, retention). Returns the
    // problems (nothing saved) or an empty list.
    virtual std::vector<std::string> save_settings(const ProfileSettings& settings) = 0;

    // Personal memory parameters of this profile; null when the build has none.
    virtual MemoryModelTuning* memory_model() { return nullptr; }
    // The decks this profile studies; null when the build has no deck choice.
    virtual DeckChoice* deck_choice() { return nullptr; }
};

// The entries of the home screen. An entry without a factory is hidden: features appear
// there as they are built, never as dead buttons.
enum class HomeEntry {
    Study,
    Quiz,
    Timeline,
    Exam,
    ClassGame,
    NetworkGame,
    Statistics,
    Settings,
    ReadSource,
    Decks
};
using SceneFactory = std::function<std::unique_ptr<Scene>(SceneContext&)>;

struct GameServices {
    ProfileDirectory* profiles = nullptr;  // null: profile storage is not available
    // Opens a profile for play; throws std::exception with a user-facing message.
    std::function<std::unique_ptr<ProfileSession>(const ProfileEntry&)> open_profile;
    std::unique_ptr<ProfileSession> session;  // the open profile, if any
    std::map<HomeEntry, SceneFactory> features;
    DeckLibrary* decks = nullptr;           // null: decks cannot be managed in this build
    HostConnector* network_host = nullptr;  // null: this build cannot host network games
    JoinConnector* network_join = nullptr;  // null: this build cannot join network games
    ClassroomRecords* classroom = nullptr;  // null: class game standings are not saved
    // Problems found at start-up (decks that failed to load, repaired saves), for the notice.
    std::vector<std::string> startup_problems;
    // Problems found when opening a profile, shown once on the home screen.
    std::vector<std::string> pending_notices;
};

}  // namespace chronik::ui
