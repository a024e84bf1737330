// The narrow doors from scenes into the game's data: profiles, the open profile and what it
// studies, decks, network play and the class game's records.
#pragma once

#include <array>
#include <cstdint>
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

// Feature services, each defined in its own header under ui/services (kept out of this header so
// adding to one feature does not rebuild every scene).
class MemoryModelTuning;  // ui/services/memory_model_tuning.hpp: fit personal FSRS weights
class DeckChoice;         // ui/services/deck_choice.hpp: which decks a profile studies
class DeckLibrary;        // ui/services/deck_library.hpp: decks on disk, drafts, import
class HostConnector;      // ui/services/host_connector.hpp: host a class game on the network
class JoinConnector;      // ui/services/join_connector.hpp: join a class game on the network
class ClassroomRecords;   // ui/services/classroom_records.hpp: saving a class game's standings

// What the home and plan screens show of the exam plan (ProfileSession::exam_plan). The pointers
// stay valid until the next call of exam_plan.
// One computer's share of a profile's reviews (ProfileSession::devices).
struct DeviceReviews {
    std::string device;        // its device id ("laptop-3f2a9c01")
    std::int64_t reviews = 0;  // its reviews in effect
    bool this_computer = false;
};

// A settings field two computers changed while apart (ProfileSession::settings_conflicts).
struct SettingsConflict {
    std::string key;  // the settings key: "daily_new_limit", "decks", ...
    // (value as JSON text, device id): the value kept first, then the others, latest first.
    std::vector<std::pair<std::string, std::string>> values;
};

struct ExamPlanView {
    bool has_exam = false;  // the settings hold an exam
    // The newest plan and its advice; while `computing` it may be from before the last answer.
    const study::ExamPreparation* preparation = nullptr;
    const study::BudgetAdvice* advice = nullptr;
    std::string problem;     // why no plan can be made (an exam more than 400 days ahead)
    bool computing = false;  // a plan for the current progress and settings is on its way
    std::uint64_t version = 0;
};

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
    // When answers are taken but not saved (a read-only saves folder: practice goes on and
    // the cards advance), the short line a scene shows to say so; none while saving works.
    virtual std::optional<std::string> not_saving_notice() const { return std::nullopt; }
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
    // "Diesen Stapel lernen": next_study_card studies only this deck, with a new-card allowance
    // of its own (study::StudySession::focus_deck); nullopt: all studied decks again.
    virtual void focus_deck(std::optional<std::string> deck_id) = 0;
    virtual study::StudyOutlook study_outlook() = 0;
    // Up to `count` cards to practise without touching the schedule: the ones due soonest
    // (Ahead) or the least likely to be recalled (Weak).
    virtual std::vector<const bank::Item*> practice_cards(study::PracticeKind kind,
                                                          std::size_t count) = 0;
    // Takes back the last answer still in effect; called again, the one before it (the save
    // keeps a stack of them). Returns the item id whose answer was undone, or
    // none when there is nothing to undo; throws std::runtime_error when it cannot be saved.
    virtual std::optional<std::string> undo_last_answer() = 0;

    virtual study::ProfileStatistics statistics() = 0;
    // Who contributed this profile's reviews (several computers sharing the saves folder): one
    // entry per device id, most reviews first; this computer's too.
    virtual std::vector<DeviceReviews> devices() const { return {}; }

    virtual const ProfileSettings& settings() const = 0;
    // Settings fields changed on two computers while apart (the later value is in effect).
    virtual std::vector<SettingsConflict> settings_conflicts() const { return {}; }
    // Validates and saves the settings, then applies them (look, limits, retention). Returns the
    // problems (nothing saved) or an empty list.
    virtual std::vector<std::string> save_settings(const ProfileSettings& settings) = 0;

    // The profile's exam and the plan to it (study::StudySession::exam). A full plan costs
    // 20–50 ms, so it is computed off the UI thread: the view holds the newest plan that arrived
    // (none before the first) and says whether one for the current progress is still coming.
    // Ask again while `computing` (cheap); `version` changes whenever the view does.
    virtual ExamPlanView exam_plan() = 0;
    // A new exam two weeks from today (the local calendar).
    virtual ExamGoal new_exam_goal() = 0;

    // Personal memory parameters of this profile.
    virtual MemoryModelTuning& memory_model() = 0;
    // The decks this profile studies.
    virtual DeckChoice& deck_choice() = 0;
};

// A profile opened for play, with what the user should be told about its save (repairs, files
// kept aside), in the UI's language.
struct OpenedProfile {
    std::unique_ptr<ProfileSession> session;
    std::vector<std::string> notices;
};

// Opens profiles for play; implemented in game/app over save storage.
class ProfileOpener {
public:
    virtual ~ProfileOpener() = default;
    // Throws std::exception with a message fit for the user.
    virtual OpenedProfile open(const ProfileEntry& entry) = 0;
};

// Every service a scene may use. Each one always exists: a feature that cannot work right now
// (a save folder that cannot be read, a port that is taken) says so through its service.
class GameServices {
public:
    GameServices(ProfileDirectory& profiles, ProfileOpener& opener, DeckLibrary& decks,
                 HostConnector& network_host, JoinConnector& network_join,
                 ClassroomRecords& classroom)
        : profiles(profiles),
          decks(decks),
          network_host(network_host),
          network_join(network_join),
          classroom(classroom),
          opener_(opener) {}

    ProfileDirectory& profiles;
    DeckLibrary& decks;
    HostConnector& network_host;
    JoinConnector& network_join;
    ClassroomRecords& classroom;  // where a class game's final standings are saved

    // The open profile. Every scene after the profiles screen has one; asking without one is a
    // programming error (std::logic_error).
    ProfileSession& session() const;
    bool has_session() const { return session_ != nullptr; }
    // Opens `entry` in place of the open profile; its notices are shown on the home screen.
    // Throws std::exception with a message fit for the user (the open profile stays open).
    void open_session(const ProfileEntry& entry);
    // Closes the open profile (its snapshot is written), if any.
    void close_session() { session_.reset(); }

    // Problems found at start-up (decks that failed to load, repaired saves), for the notice.
    std::vector<std::string> startup_problems;
    // Problems found when opening a profile, shown once on the home screen.
    std::vector<std::string> pending_notices;

private:
    ProfileOpener& opener_;
    std::unique_ptr<ProfileSession> session_;
};

}  // namespace chronik::ui
