// Importing another tool's file as a deck, for chronik-cli import and the game's Stapel screen
// alike: Anki packages, Anki text exports and Kahoot quiz sheets.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"
#include "io/import/table_import.hpp"

namespace chronik::io {

enum class ForeignFormat {
    AnkiPackage,  // .apkg / .colpkg: a draft deck to review in Stapel
    AnkiText,     // "Notes in Plain Text" with header lines, HTML or cloze notes
    KahootSheet,  // .xlsx laid out as Kahoot's quiz template
};

// The format by extension (.apkg, .colpkg, .xlsx), else for text the Anki
// signs: header lines, or fields with HTML or cloze markup
// (decks::import_format decides the same for the game). nullopt: a plain
// table or text, for import_table or derive.
std::optional<ForeignFormat> foreign_format(const std::filesystem::path& file,
                                            std::string_view text);

struct ForeignImport {
    bank::Deck deck;          // id, title and items; draft items for packages
    std::string source_text;  // written next to the deck as deck.source_file when not empty
    // line (text), row (sheet) or 0 (package); an Anki note's message starts with its name
    std::vector<text::RowProblem> problems;
    int skipped = 0;      // notes, rows or questions that made no item
    std::string summary;  // "12 notes imported as 14 flashcards (drafts), 1 skipped", ...
};

// Reads the file (text files: `text`, already read as UTF-8; others from
// `file`) and makes its deck: Anki notes through interop::notes_to_deck
// (drafts for packages; a package's only deck names the deck unless
// options.title was given), Kahoot sheets through import_kahoot.
// options.source_file names the source a Kahoot deck's items quote. Throws
// std::runtime_error "FILE: problem" when the file cannot be read at all.
// `on_item`, when set, is told the notes (Anki) or rows (Kahoot) done and in all as they go.
ForeignImport import_foreign(const std::filesystem::path& file, ForeignFormat format,
                             std::string_view text, ImportOptions options, bool title_given,
                             const ImportProgress& on_item = {});

}  // namespace chronik::io
