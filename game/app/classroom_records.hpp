// Class game standings written into the saves folder (CSV and JSON) for the teacher.
#pragma once

#include <filesystem>

#include "ui/services/classroom_records.hpp"
#include "ui/text/strings.hpp"

namespace chronik::app {

class StandingsOnDisk final : public ui::ClassroomRecords {
public:
    // `strings` (the words of a failure) must outlive it.
    StandingsOnDisk(std::filesystem::path folder, const ui::StringTable& strings)
        : folder_(std::move(folder)), strings_(strings) {}
    ui::SavedRecords save_final_standings(
        const classroom::ClassroomGame& game, std::span<const classroom::TurnRecord> turns,
        std::span<const classroom::PlayerId> team_players) override;

private:
    std::filesystem::path folder_;
    const ui::StringTable& strings_;
};

}  // namespace chronik::app
