#include <doctest/doctest.h>

#include <set>
#include <string>

#include "io/desktop/data_location.hpp"

using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

// A disk that holds exactly the listed deck folders and files.
FolderProbe disk_with(std::set<std::string> deck_dirs, std::set<std::string> files = {}) {
    FolderProbe p;
    p.has_decks = [deck_dirs](const fs::path& d) { return deck_dirs.count(d.string()) > 0; };
    p.is_file = [files](const fs::path& f) { return files.count(f.string()) > 0; };
    return p;
}

}  // namespace

TEST_CASE("an executable in <prefix>/bin finds its data in <prefix>/share/chronik") {
    const auto loc = locate_data({"/opt/chronik/bin", std::nullopt},
                                 disk_with({"/opt/chronik/share/chronik/questions"}));
    CHECK(loc.installation == Installation::Installed);
    CHECK(loc.questions == "/opt/chronik/share/chronik/questions");
    CHECK(loc.assets == "/opt/chronik/share/chronik/assets");
    CHECK(loc.window_icon.string().starts_with("/opt/chronik/share/icons/hicolor/128x128/apps/"));
    CHECK(loc.window_icon.extension() == ".png");
}

TEST_CASE("the installed data wins over a build tree's marker") {
    const auto loc =
        locate_data({"/usr/bin", fs::path("/src/chronik")},
                    disk_with({"/usr/share/chronik/questions", "/src/chronik/questions"}));
    CHECK(loc.installation == Installation::Installed);
    CHECK(loc.questions == "/usr/share/chronik/questions");
}

TEST_CASE("a build tree reads the checkout's live questions and its own copied assets") {
    const auto loc =
        locate_data({"/src/chronik/build", fs::path("/src/chronik")},
                    disk_with({"/src/chronik/questions", "/src/chronik/build/questions"},
                              {"/src/chronik/build/assets/fonts/DejaVuSans.ttf"}));
    CHECK(loc.installation == Installation::BuildTree);
    CHECK(loc.questions == "/src/chronik/questions");
    CHECK(loc.assets == "/src/chronik/build/assets");
    CHECK(loc.fonts == "/src/chronik/build/assets/fonts");
    CHECK(loc.window_icon == "/src/chronik/build/assets/icons/chronik-128.png");
}

TEST_CASE("a build tree whose checkout is gone uses the questions copied beside the executable") {
    const auto loc =
        locate_data({"/tmp/build", fs::path("/gone")}, disk_with({"/tmp/build/questions"}));
    CHECK(loc.installation == Installation::BuildTree);
    CHECK(loc.questions == "/tmp/build/questions");
}

TEST_CASE(
    "an executable with no data anywhere is Unknown and the bank folder names every place tried") {
    const auto loc = locate_data({"/home/ann/bin", fs::path("/src/x")}, disk_with({}));
    CHECK(loc.installation == Installation::Unknown);
    REQUIRE(loc.looked_in.size() == 3);
    CHECK(loc.looked_in[0] == "/home/ann/share/chronik/questions");
    CHECK(loc.looked_in[1] == "/src/x/questions");
    CHECK(loc.looked_in[2] == "/home/ann/bin/questions");
    CHECK_THROWS_WITH_AS(question_bank_folder(std::nullopt, loc),
                         doctest::Contains("/home/ann/share/chronik/questions"),
                         std::runtime_error);
    CHECK(question_bank_folder(fs::path("/my/decks"), loc) == "/my/decks");
}

TEST_CASE("an installed game without bundled fonts uses the system's DejaVu folder") {
    const auto system = system_font_dirs().front();
    auto loc = locate_data(
        {"/usr/bin", std::nullopt},
        disk_with({"/usr/share/chronik/questions"}, {(system / "DejaVuSans.ttf").string()}));
    CHECK(loc.fonts == system);
    // Fonts missing everywhere: the message will name the font package's folder.
    loc = locate_data({"/usr/bin", std::nullopt}, disk_with({"/usr/share/chronik/questions"}));
    CHECK(loc.fonts == system);
}

TEST_CASE("a given question folder wins over the located bank") {
    const auto loc =
        locate_data({"/usr/bin", std::nullopt}, disk_with({"/usr/share/chronik/questions"}));
    CHECK(question_bank_folder(fs::path("decks"), loc) == "decks");
    CHECK(question_bank_folder(std::nullopt, loc) == "/usr/share/chronik/questions");
}
