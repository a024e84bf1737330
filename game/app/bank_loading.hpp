// Loading the question bank at start-up: the bank, plus its problems as lines the user can read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bank/question_bank.hpp"
#include "ui/text/strings.hpp"

namespace chronik::app {

struct LoadedBank {
    bank::QuestionBank bank;
    std::vector<std::string>
        notices;  // decks or items that failed to load, for the start-up notice
};

// Never throws: a missing folder or a broken deck becomes a notice (and a log line).
LoadedBank load_question_bank(const std::filesystem::path& dir, const ui::StringTable& strings);

}  // namespace chronik::app
