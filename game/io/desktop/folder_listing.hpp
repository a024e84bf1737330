// Reading a folder's entries for the import file chooser: each name with whether it is a folder,
// a file or a link to nothing; a folder that cannot be read is a problem with its kind, never a
// crash. The chooser's order and filter are decks::chooser_rows.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "decks/file_choice.hpp"

namespace chronik::io {

enum class ListingProblem {
    None,
    NotFound,      // no such folder
    NotAFolder,    // the path is a file
    NoPermission,  // the folder cannot be opened or read
    Other,         // detail: the system's message
};

struct FolderListing {
    std::filesystem::path folder;  // as asked, made absolute and normal
    std::vector<decks::FolderEntry> entries;
    ListingProblem problem = ListingProblem::None;
    std::string detail;
    bool ok() const { return problem == ListingProblem::None; }
};

// The folder's entries, unsorted (each entry's type as the listing gives it; a link has its
// target's type, a link to nothing is BrokenLink). Entries that vanish while listing are left out.
FolderListing list_folder(const std::filesystem::path& folder);

}  // namespace chronik::io
