// Loading bank decks from JSON files: forgiving, every failure is a Problem, never an exception.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bank/deck.hpp"
#include "bank/question_bank.hpp"
#include "io/bank/problem.hpp"

namespace chronik::io {

// The newest deck format this build reads; a deck with a larger "schema" is refused.
inline constexpr int kDeckSchemaVersion = 1;
// Deck and source files above this size are refused before reading them.
inline constexpr std::uintmax_t kMaxDeckFileBytes = std::uintmax_t{32} * 1024 * 1024;

struct DeckLoadResult {
    // Empty when the file as a whole is unusable: unreadable, empty, too big,
    // not UTF-8, malformed JSON, wrong top-level types, newer schema, missing
    // or unreadable source file. Items with errors are left out of the deck
    // (each reported); the rest of the deck still loads.
    std::optional<bank::Deck> deck;
    std::vector<Problem> problems;

    bool ok() const { return deck.has_value(); }
};

// Reads one deck file and its source text (deck.source, relative to the deck
// file). Never throws for bad content; problems name the file, the item id and
// the JSON path (e.g. "items[3].distractors[1]"). A source that would be read
// from outside the deck's folder (see source_path_problem) makes the deck unusable.
DeckLoadResult load_deck_file(const std::filesystem::path& path);

// Why a deck's "source" may not be read, or nullopt: it must be a relative path without
// "..", and the file it names (after following links) must lie in the deck file's folder
// or below it. So a shared deck cannot make the game read (and show) any other file.
std::optional<std::string> source_path_problem(const std::filesystem::path& deck_file,
                                               const std::string& source);

// Adds a loaded deck to `bank`. An item whose id an earlier deck already has is left out;
// both sides are reported: an error in `deck`'s file naming the deck that keeps the id, a
// warning in that deck's file naming this one. (Shipped decks load first, so theirs win.)
void add_deck_reporting(bank::QuestionBank& bank, bank::Deck deck, std::vector<Problem>& problems);

struct BankLoadResult {
    bank::QuestionBank bank;
    std::vector<Problem> problems;
    std::vector<std::filesystem::path> files;  // the *.json files found, sorted by name
};

// Loads every *.json directly in `dir` (not subfolders such as parts/ or
// sources/), in file-name order. Broken decks are reported and skipped; an
// item whose id an earlier deck already uses is reported and skipped. A
// missing or unreadable folder is a problem too. Never throws.
BankLoadResult load_bank(const std::filesystem::path& dir);

}  // namespace chronik::io
