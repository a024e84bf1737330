// The rules of the import file chooser: which entries of a folder it lists (folders, files an
// importer takes by their extension, hidden ones only when asked), in which order, where typing
// a name jumps, and which rows a list window shows. No file system here: game/io lists folders.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decks/import_format.hpp"

namespace chronik::decks {

enum class EntryKind {
    Folder,
    File,
    BrokenLink,  // a symbolic link to nothing (shown, so the user sees why it does not open)
};

struct FolderEntry {
    std::string name;  // the file name as the file system has it (UTF-8 on Linux desktops)
    EntryKind kind = EntryKind::File;
};

// The importer a file goes to by its name: .json a Chronik deck, .apkg/.colpkg an Anki package,
// .xlsx a Kahoot quiz sheet, .csv/.tsv/.tab a table, .txt/.md a text (a derived draft, or a
// table or Anki notes once its lines are read: import_format decides then). Any case. None:
// no importer takes it (also for names without an extension).
std::optional<ImportFormat> importer_for_name(std::string_view file_name);

// Hidden by convention: a name starting with a dot.
bool is_hidden_name(std::string_view name);

// The name as compared for sorting and jumping: ASCII and German letters folded to lower case
// without accents (Ä → a, ß → ss), digits kept; other bytes as they are.
std::string folded_name(std::string_view name);

// Natural order of folded names: digit runs compare as numbers ("Kapitel 2" < "Kapitel 10").
bool natural_less(std::string_view a, std::string_view b);

// The rows the chooser lists: folders, importable files and broken links, without hidden
// entries unless `show_hidden`; folders first, then files, each in natural order of their
// folded names (ties by the raw name, so the order is total).
std::vector<FolderEntry> chooser_rows(std::vector<FolderEntry> entries, bool show_hidden);

// Where typing jumps: the first row from `from` on (wrapping around) whose folded name starts
// with the folded `typed`. Typing the same letter again moves on to the next such row, as
// file managers do: pass `from` = the current row + 1 then.
std::optional<std::size_t> jump_to_name(const std::vector<FolderEntry>& rows,
                                        std::string_view typed, std::size_t from);

// The first row a window of `visible` rows shows so that `selected` is in view, moving the
// window as little as possible from `first`; never past the end.
std::size_t scroll_to_show(std::size_t selected, std::size_t first, std::size_t visible,
                           std::size_t count);

}  // namespace chronik::decks
