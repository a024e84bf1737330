// The question bank a classroom host or a student bot plays from: one deck file, or the shipped
// bank.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bank/question_bank.hpp"

namespace chronik::io {

struct ClassroomBank {
    bank::QuestionBank bank;
    std::filesystem::path source;       // the deck file or the questions folder
    std::vector<std::string> warnings;  // problems the loader reported (items left out)
};

// `deck` when given; otherwise the bank in `questions` (io::locate_data's). Throws
// std::runtime_error naming the file or folder when nothing usable loads.
ClassroomBank load_classroom_bank(const std::optional<std::filesystem::path>& deck,
                                  const std::filesystem::path& questions);

}  // namespace chronik::io
