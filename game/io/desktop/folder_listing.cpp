#include "io/desktop/folder_listing.hpp"

#include <system_error>

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

ListingProblem problem_of(const std::error_code& ec) {
    if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted)
        return ListingProblem::NoPermission;
    if (ec == std::errc::no_such_file_or_directory) return ListingProblem::NotFound;
    if (ec == std::errc::not_a_directory) return ListingProblem::NotAFolder;
    return ListingProblem::Other;
}

}  // namespace

FolderListing list_folder(const fs::path& folder) {
    FolderListing out;
    std::error_code ec;
    out.folder = fs::absolute(folder, ec).lexically_normal();
    if (ec) out.folder = folder.lexically_normal();
    // "/a/b/" normalises to "/a/b/": the chooser shows and goes up from "/a/b".
    if (out.folder.has_parent_path() && !out.folder.has_filename() && out.folder != "/")
        out.folder = out.folder.parent_path();
    const auto status = fs::status(out.folder, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
        out.problem = problem_of(ec);
        out.detail = ec.message();
        return out;
    }
    if (!fs::exists(status)) {
        out.problem = ListingProblem::NotFound;
        return out;
    }
    if (!fs::is_directory(status)) {
        out.problem = ListingProblem::NotAFolder;
        return out;
    }
    fs::directory_iterator it(out.folder, fs::directory_options::none, ec);
    if (ec) {
        out.problem = problem_of(ec);
        out.detail = ec.message();
        return out;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const auto& entry = *it;
        std::error_code e2;
        decks::FolderEntry row;
        row.name = entry.path().filename().string();
        // The type comes with the listing (no stat per entry: 10,000 files list in a few ms);
        // only a link is followed: to a folder it is a folder, to nothing it is broken.
        const bool link = entry.is_symlink(e2);
        if (e2) continue;  // vanished while listing
        if (link) {
            const auto target = entry.status(e2);
            if (e2 || !fs::exists(target)) {
                row.kind = decks::EntryKind::BrokenLink;
            } else {
                row.kind =
                    fs::is_directory(target) ? decks::EntryKind::Folder : decks::EntryKind::File;
            }
        } else {
            row.kind = entry.is_directory(e2) ? decks::EntryKind::Folder : decks::EntryKind::File;
            if (e2) continue;
        }
        out.entries.push_back(std::move(row));
    }
    if (ec) {
        // Reading stopped in the middle: what was read is shown, with the reason.
        out.problem = problem_of(ec);
        out.detail = ec.message();
    }
    return out;
}

}  // namespace chronik::io
