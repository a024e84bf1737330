// Saving a one-screen class game's final standings and answer distributions for the teacher.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "classroom/classroom_game.hpp"
#include "classroom/one_screen_game.hpp"

namespace chronik::ui {

// Where the standings went: the written files, or why nothing could be written.
struct SavedRecords {
    std::vector<std::string> paths;  // empty when saving failed
    std::string error;               // empty when saving worked
    bool ok() const { return error.empty(); }
};

class ClassroomRecords {
public:
    virtual ~ClassroomRecords() = default;
    // Writes the standings (every team's score, correct answers and answers given) and each
    // question's answer distribution, e.g. as CSV and JSON in the saves folder; a one-screen
    // game adds its timeline turns and each team's player id (turns name teams by index).
    virtual SavedRecords save_final_standings(
        const classroom::ClassroomGame& game, std::span<const classroom::TurnRecord> turns,
        std::span<const classroom::PlayerId> team_players) = 0;
};

}  // namespace chronik::ui
