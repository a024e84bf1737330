// Game services for UI tests that never reach them: each call fails the test.
#pragma once

#include <doctest/doctest.h>

#include <stdexcept>

#include "ui/services/classroom_records.hpp"
#include "ui/services/deck_library.hpp"
#include "ui/services/game_services.hpp"
#include "ui/services/host_connector.hpp"
#include "ui/services/join_connector.hpp"

namespace chronik::ui::test {

[[noreturn]] inline void unexpected(const char* what) {
    FAIL("a UI test reached a game service: " << what);
    throw std::logic_error(what);
}

struct UnusedProfiles final : ProfileDirectory, ProfileOpener {
    std::vector<ProfileEntry> list() override { unexpected("profiles"); }
    ProfileEntry create(const std::string&) override { unexpected("profiles"); }
    void rename(const std::string&, const std::string&) override { unexpected("profiles"); }
    void remove(const std::string&) override { unexpected("profiles"); }
    OpenedProfile open(const ProfileEntry&) override { unexpected("profiles"); }
};

struct UnusedDecks final : DeckLibrary {
    std::vector<DeckSummary> decks() override { unexpected("decks"); }
    std::vector<std::string> problems() override { unexpected("decks"); }
    std::string user_folder() const override { unexpected("decks"); }
    ImportOutcome import_file(const std::string&, ImportChoice) override { unexpected("decks"); }
    std::optional<ImportChoice> detect(const std::string&) override { unexpected("decks"); }
    FolderView list_folder(const std::string&, bool) override { unexpected("decks"); }
    std::string chooser_start() const override { unexpected("decks"); }
    void remember_folder(const std::string&) override { unexpected("decks"); }
    AnkiExport export_anki(const std::string&) override { unexpected("decks"); }
    std::optional<DraftCard> next_draft(const std::string&) override { unexpected("decks"); }
    std::optional<std::string> decide(const std::string&, const std::string&,
                                      DraftAction) override {
        unexpected("decks");
    }
    std::vector<EditProblem> save_edit(const std::string&, const std::string&,
                                       const std::vector<std::string>&) override {
        unexpected("decks");
    }
    std::vector<std::string> finish_draft(const std::string&) override { unexpected("decks"); }
};

struct UnusedNetwork final : HostConnector, JoinConnector {
    HostSettings defaults() override { unexpected("host"); }
    std::string new_room_code() override { unexpected("host"); }
    Result<std::unique_ptr<HostSession>, std::string> start(const HostSettings&) override {
        unexpected("host");
    }
    std::unique_ptr<JoinSession> connect(const JoinRequest&) override { unexpected("join"); }
};

struct UnusedRecords final : ClassroomRecords {
    SavedRecords save_final_standings(const classroom::ClassroomGame&,
                                      std::span<const classroom::TurnRecord>,
                                      std::span<const classroom::PlayerId>) override {
        unexpected("records");
    }
};

// Every service, none of them used.
struct UnusedServices {
    UnusedProfiles profiles;
    UnusedDecks decks;
    UnusedNetwork network;
    UnusedRecords records;
    GameServices services{profiles, profiles, decks, network, network, records};
};

}  // namespace chronik::ui::test
