// The bank validator behind `chronik-cli lint`: loading problems plus content rules for each item.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "bank/deck.hpp"
#include "io/bank/problem.hpp"

namespace chronik::io {

// The content rules on a loaded deck (the rule list is in questions/README.md,
// "What lint checks"): choices, distractor types, quotes in the source,
// plausible and distinguishable event dates, difficulty, tags, NFC.
std::vector<Problem> lint_deck(const bank::Deck& deck);

// Loads and lints each file: load problems, content rules, and item ids used
// by more than one of the files. Problems come in file order.
std::vector<Problem> lint_files(const std::vector<std::filesystem::path>& files);

// The deck files of a folder, as `chronik-cli lint` checks them by default (in the bank
// io::locate_data finds): every *.json directly in it, sorted.
std::vector<std::filesystem::path> deck_files_in(const std::filesystem::path& dir);

}  // namespace chronik::io
