// Class game standings written into the saves folder (CSV and JSON) for the teacher.
#pragma once

#include <filesystem>

#include "ui/services/classroom_records.hpp"

namespace chronik::app {

class StandingsOnDisk final : public ui::ClassroomRecords {
public:
    explicit StandingsOnDisk(std::filesystem::path folder) : folder_(std::move(folder)) {}
    ui::SavedRecords save_final_standings(
        const classroom::ClassroomGame& game, std::span<const classroom::TurnRecord> turns,
        std::span<const classroom::PlayerId> team_players) override;

private:
    std::filesystem::path folder_;
};

}  // namespace chronik::app
