// Saving a one-screen class game's final standings and answer distributions for the teacher.
#pragma once

#include <string>
#include <vector>

#include "classroom/classroom_game.hpp"

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
    // question's answer distribution, e.g. as CSV and JSON in the saves folder.
    virtual SavedRecords save_final_standings(const classroom::ClassroomGame& game) = 0;
};

}  // namespace chronik::ui
