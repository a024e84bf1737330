#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "io/desktop/folder_listing.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
namespace fs = std::filesystem;

namespace {

const decks::FolderEntry* find(const io::FolderListing& l, const std::string& name) {
    const auto it = std::find_if(l.entries.begin(), l.entries.end(),
                                 [&](const decks::FolderEntry& e) { return e.name == name; });
    return it == l.entries.end() ? nullptr : &*it;
}

void touch(const fs::path& p) {
    std::ofstream(p) << "a,b\n";
}

}  // namespace

TEST_CASE("a folder lists its entries with UTF-8 names, folders, links and broken links") {
    test::TempFolder tmp{"folder-listing"};
    fs::create_directories(tmp / "Übungen 10b");
    touch(tmp / "Geschichte – Kapitel 2 😀.csv");
    touch(tmp / ".versteckt.csv");
    fs::create_symlink(tmp / "gibt-es-nicht.apkg", tmp / "weg.apkg");
    fs::create_directory_symlink(tmp / "Übungen 10b", tmp / "Verknüpfung");
    const auto l = io::list_folder(tmp.path() / "Übungen 10b" / "..");
    REQUIRE(l.ok());
    CHECK(l.folder == fs::path(tmp.path()).lexically_normal());
    CHECK(l.entries.size() == 5);
    REQUIRE(find(l, "Übungen 10b"));
    CHECK(find(l, "Übungen 10b")->kind == decks::EntryKind::Folder);
    REQUIRE(find(l, "Geschichte – Kapitel 2 😀.csv"));
    CHECK(find(l, "Geschichte – Kapitel 2 😀.csv")->kind == decks::EntryKind::File);
    REQUIRE(find(l, "weg.apkg"));
    CHECK(find(l, "weg.apkg")->kind == decks::EntryKind::BrokenLink);
    REQUIRE(find(l, "Verknüpfung"));
    CHECK(find(l, "Verknüpfung")->kind == decks::EntryKind::Folder);
    CHECK(find(l, ".versteckt.csv"));  // hiding is the chooser's rule, not the listing's
}

TEST_CASE("a missing folder, a file and an unreadable folder are problems, not crashes") {
    test::TempFolder tmp{"folder-listing"};
    CHECK(io::list_folder(tmp / "fehlt").problem == io::ListingProblem::NotFound);
    touch(tmp / "datei.csv");
    CHECK(io::list_folder(tmp / "datei.csv").problem == io::ListingProblem::NotAFolder);
    CHECK(io::list_folder(tmp / "datei.csv" / "innen").problem != io::ListingProblem::None);
    fs::create_directories(tmp / "gesperrt");
    fs::permissions(tmp / "gesperrt", fs::perms::none);
    const auto locked = io::list_folder(tmp / "gesperrt");
    // Root reads any folder; everyone else is refused.
    if (::geteuid() != 0) CHECK(locked.problem == io::ListingProblem::NoPermission);
    fs::permissions(tmp / "gesperrt", fs::perms::owner_all);
}

TEST_CASE("a folder of 10,000 files is listed and sorted once, quickly enough for a frame or two") {
    test::TempFolder tmp{"folder-listing"};
    for (int i = 0; i < 10000; ++i)
        std::ofstream(tmp / ("Karte " + std::to_string(i) + (i % 3 ? ".csv" : ".jpg")));
    const auto start = std::chrono::steady_clock::now();
    const auto l = io::list_folder(tmp.path());
    const auto listed = std::chrono::steady_clock::now();
    const auto rows = decks::chooser_rows(l.entries, false);
    const auto sorted = std::chrono::steady_clock::now();
    CHECK(l.entries.size() == 10000);
    CHECK(rows.size() == 6666);
    CHECK(rows.front().name == "Karte 1.csv");
    CHECK(rows[1].name == "Karte 2.csv");
    using ms = std::chrono::duration<double, std::milli>;
    std::cout << "folder listing: 10000 entries listed in " << ms(listed - start).count()
              << " ms, filtered and sorted in " << ms(sorted - listed).count() << " ms\n";
}
