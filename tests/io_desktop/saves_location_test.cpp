#include <doctest/doctest.h>

#include <unistd.h>
#include <fstream>
#include <set>
#include <string>

#include "io/desktop/saves_location.hpp"

using namespace chronik::io;
namespace fs = std::filesystem;

TEST_CASE("an installed game keeps saves in XDG_DATA_HOME/chronik, else ~/.local/share/chronik") {
    CHECK(default_saves_folder(Installation::Installed, {"/home/ann", "/data/ann"}) ==
          "/data/ann/chronik");
    CHECK(default_saves_folder(Installation::Installed, {"/home/ann", ""}) ==
          "/home/ann/.local/share/chronik");
    // The specification says a relative XDG_DATA_HOME is invalid and must be ignored.
    CHECK(default_saves_folder(Installation::Installed, {"/home/ann", "rel/data"}) ==
          "/home/ann/.local/share/chronik");
}

TEST_CASE("a build tree keeps ./saves, and so does a user without any home folder") {
    CHECK(default_saves_folder(Installation::BuildTree, {"/home/ann", "/data/ann"}) == "saves");
    CHECK(default_saves_folder(Installation::Unknown, {"/home/ann", ""}) == "saves");
    CHECK(default_saves_folder(Installation::Installed, {"", ""}) == "saves");
}

namespace {

std::function<bool(const fs::path&)> profiles_in(std::set<std::string> folders) {
    return [folders](const fs::path& p) { return folders.count(p.string()) > 0; };
}

const HomeFolders kAnn{"/home/ann", ""};
const fs::path kNew = "/home/ann/.local/share/chronik";

}  // namespace

TEST_CASE("an installed game names the old ./saves of the folder it was started from") {
    const auto found = earlier_saves(kNew, Installation::Installed, false, "/home/ann/school", kAnn,
                                     profiles_in({"/home/ann/school/saves"}));
    REQUIRE(found);
    CHECK(found->folder == "/home/ann/school/saves");
    CHECK_FALSE(found->in_use_has_profiles);
}

TEST_CASE("old saves in the home folder are found when the game starts elsewhere") {
    const auto found = earlier_saves(kNew, Installation::Installed, false, "/", kAnn,
                                     profiles_in({"/home/ann/saves", kNew.string()}));
    REQUIRE(found);
    CHECK(found->folder == "/home/ann/saves");
    CHECK(found->in_use_has_profiles);
}

TEST_CASE(
    "no earlier saves to mention with --saves, in a build tree, or when the folder is in use") {
    const auto has = profiles_in({"/home/ann/saves"});
    CHECK_FALSE(earlier_saves(kNew, Installation::Installed, true, "/home/ann", kAnn, has));
    CHECK_FALSE(earlier_saves("saves", Installation::BuildTree, false, "/home/ann", kAnn, has));
    CHECK_FALSE(
        earlier_saves("/home/ann/./saves", Installation::Installed, false, "/home/ann", kAnn, has));
    CHECK_FALSE(
        earlier_saves(kNew, Installation::Installed, false, "/home/ann", kAnn, profiles_in({})));
}

TEST_CASE("profiles are found in today's profiles/ folder and in an older Chronik's layout") {
    const fs::path root =
        fs::temp_directory_path() / ("chronik-has-profiles-" + std::to_string(::getpid()));
    fs::remove_all(root);
    const auto profile_in = [](const fs::path& folder) {
        fs::create_directories(folder);
        std::ofstream(folder / "profile.json") << "{}";
    };
    CHECK_FALSE(folder_has_profiles(root / "none"));
    fs::create_directories(root / "empty" / "decks" / "d");
    CHECK_FALSE(folder_has_profiles(root / "empty"));
    profile_in(root / "new" / "profiles" / "ann");
    CHECK(folder_has_profiles(root / "new"));
    profile_in(root / "old" / "ann");
    CHECK(folder_has_profiles(root / "old"));
    fs::remove_all(root);
}
