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

// Adds the teacher's decks (every *.json directly in `user_dir`, <saves>/decks, loaded after the
// shipped decks) to `bank`. A missing folder is no problem; a broken deck, or an item whose id
// an earlier deck uses, becomes a notice naming the file and is skipped. Never throws.
std::vector<std::string> add_user_decks(bank::QuestionBank& bank,
                                        const std::filesystem::path& user_dir,
                                        const ui::StringTable& strings);

// Both: the shipped decks of `dir`, then the user's of `user_dir`.
LoadedBank load_question_bank(const std::filesystem::path& dir,
                              const std::filesystem::path& user_dir,
                              const ui::StringTable& strings);

}  // namespace chronik::app
