#include <doctest/doctest.h>

#include <algorithm>

#include "io/save/profile_store.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"
#include "progress/profile_id.hpp"

using namespace chronik;
using namespace chronik::io;

TEST_CASE("hostile profile names create folders only inside the saves folder") {
    test::TempFolder tmp("store-hostile");
    const auto saves = tmp / "saves";
    ProfileStore store(saves);
    const std::vector<std::string> names{"../..",
                                         "..",
                                         ".",
                                         "/etc/passwd",
                                         "..\\..\\windows",
                                         "CON",
                                         "nul",
                                         "COM1",
                                         std::string(200, 'x'),
                                         "Jürgen 🎓",
                                         "Ким",
                                         "a/../../b",
                                         ".trash",
                                         "~",
                                         "$HOME",
                                         "  spaced  "};
    for (const auto& name : names) {
        CAPTURE(name);
        auto created = store.create(name);
        REQUIRE(created.ok());
        CHECK(created.value().folder.parent_path() == saves / "profiles");
        CHECK(is_valid_folder_id(created.value().id));
    }
    // Nothing but the saves folder appeared next to it, and in it only profiles/.
    CHECK(test::tree(tmp.path()).size() == test::tree(saves).size() + 1);
    for (const auto& e : std::filesystem::directory_iterator(saves))
        CHECK(e.path().filename() == "profiles");
    auto all = store.list();
    REQUIRE(all.ok());
    CHECK(all.value().size() == names.size());
    auto found = store.find("../..");
    REQUIRE(found.ok());
    CHECK(found.value().display_name == "../..");
}

TEST_CASE("a second profile with the same name in other case is refused") {
    test::TempFolder tmp("store-dup");
    ProfileStore store(tmp / "saves");
    REQUIRE(store.create("Anna").ok());
    auto again = store.create("ANNA");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == SaveErrorKind::AlreadyExists);
    CHECK(store.unused_display_name("anna").value() == "anna (2)");
}

TEST_CASE("an unusable name is refused with the reason") {
    test::TempFolder tmp("store-bad");
    ProfileStore store(tmp / "saves");
    auto r = store.create("   ");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == SaveErrorKind::InvalidInput);
    CHECK(r.error().message.find("empty") != std::string::npos);
}

TEST_CASE("renaming changes the display name but keeps the folder") {
    test::TempFolder tmp("store-rename");
    ProfileStore store(tmp / "saves");
    auto a = store.create("Anna").value();
    auto renamed = store.rename("anna", "Anna Ö.");
    REQUIRE(renamed.ok());
    CHECK(renamed.value().id == a.id);
    CHECK(store.find("Anna Ö.").value().id == "anna");
    CHECK(store.find("anna Ö.").value().id == "anna");  // ASCII case ignored
    REQUIRE(store.create("Ben").ok());
    CHECK(store.rename("ben", "ANNA Ö.").error().kind == SaveErrorKind::AlreadyExists);
}

TEST_CASE("deleting a profile moves it into the trash where it can be recovered") {
    test::TempFolder tmp("store-delete");
    ProfileStore store(tmp / "saves");
    store.create("Anna").value();
    {
        auto p = store.open("Anna");
        REQUIRE(p.ok());
        REQUIRE(p.value().append(test::simulated_review(0, CardState::fresh(0))).ok());
    }
    auto moved = store.remove("Anna");
    REQUIRE(moved.ok());
    CHECK(moved.value().parent_path() == tmp / "saves" / ".trash");
    CHECK(moved.value().filename().string().starts_with("anna-"));
    CHECK(store.list().value().empty());
    // Recover by moving the folder back.
    std::filesystem::rename(moved.value(), tmp / "saves" / "profiles" / "anna");
    auto back = store.open("Anna");
    REQUIRE(back.ok());
    CHECK(back.value().progress().scores().reviews == 1);
}

TEST_CASE("ids that would leave the saves folder are refused") {
    test::TempFolder tmp("store-unsafe");
    ProfileStore store(tmp / "saves");
    REQUIRE(store.create("Anna").ok());
    std::filesystem::create_directories(tmp / "outside");
    std::filesystem::create_directory_symlink(tmp / "outside", tmp / "saves" / "link");
    auto r = store.open("link");
    // The link is not listed as a profile and cannot be opened.
    CHECK_FALSE(r.ok());
    CHECK(ProfileStorage::open(tmp / "saves" / "link").error().kind == SaveErrorKind::Unsafe);
    CHECK(test::tree(tmp / "outside").empty());
}

TEST_CASE("a profile whose profile.json is from a newer Chronik is listed but not opened") {
    test::TempFolder tmp("store-newer");
    ProfileStore store(tmp / "saves");
    auto a = store.create("Anna").value();
    const auto file = a.folder / "profile.json";
    const std::string newer =
        R"({"format":"chronik-profile","schema":9,"id":"anna","display_name":"Anna"})";
    test::spit(file, newer);
    auto listed = store.list().value();
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].problem);
    // The reason is the kind, never the wording: rename refuses by it.
    CHECK(listed[0].problem->kind == SaveErrorKind::NewerVersion);
    CHECK(listed[0].problem->file == file);
    auto opened = store.open("anna");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == SaveErrorKind::NewerVersion);
    CHECK(store.rename("anna", "X").error().kind == SaveErrorKind::NewerVersion);
    CHECK(test::slurp(file) == newer);
}

TEST_CASE("a profile whose profile.json is damaged is listed as such and can be named again") {
    test::TempFolder tmp("store-damaged");
    ProfileStore store(tmp / "saves");
    auto a = store.create("Anna").value();
    const auto file = a.folder / "profile.json";
    test::spit(file, "{not json");
    auto listed = store.list().value();
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].problem);
    CHECK(listed[0].problem->kind == SaveErrorKind::Corrupt);
    CHECK(listed[0].problem->file == file);
    CHECK(listed[0].display_name == a.id);
    // Not from a newer Chronik: renaming writes a good profile.json again.
    REQUIRE(store.rename(a.id, "Anna").ok());
    CHECK_FALSE(store.list().value()[0].problem);
}

TEST_CASE("profiles named like the game's own folders never touch those folders") {
    test::TempFolder tmp("store-game-folders");
    const auto saves = tmp / "saves";
    // The teacher's decks, as the game keeps them.
    std::filesystem::create_directories(saves / "decks" / "originals");
    test::spit(saves / "decks" / "hanse.json", R"({"schema":1})");
    const auto decks_before = test::tree(saves / "decks");
    ProfileStore store(saves);
    for (const std::string name : {"decks", "Decks", ".trash", "profiles", "backups", "DECKS "}) {
        CAPTURE(name);
        auto created = store.create(name);
        if (!created.ok()) {
            // "Decks" after "decks" is the same name: refused as such, nothing else.
            CHECK(created.error().kind == SaveErrorKind::AlreadyExists);
            continue;
        }
        CHECK(created.value().folder.parent_path() == saves / "profiles");
    }
    auto listed = store.list().value();
    std::vector<std::string> names;
    for (const auto& p : listed)
        names.push_back(p.display_name);
    CHECK(names == std::vector<std::string>{".trash", "backups", "decks", "profiles"});
    // The decks folder is no profile: not found by its folder name, never deleted or renamed.
    REQUIRE(store.find("decks").ok());
    CHECK(store.find("decks").value().folder == saves / "profiles" / "decks");
    REQUIRE(store.remove("decks").ok());
    CHECK(store.rename("profiles", "decks").ok());
    CHECK(store.rename("decks", "Other").ok());
    CHECK(test::tree(saves / "decks") == decks_before);
    CHECK(test::slurp(saves / "decks" / "hanse.json") == R"({"schema":1})");
}

TEST_CASE("profiles of the old layout move into profiles/ with everything they hold") {
    test::TempFolder tmp("store-migrate");
    const auto saves = tmp / "saves";
    {
        ProfileStore store(saves);
        auto p = store.create("Anna").value();
        auto d = store.create("Decks").value();
        for (const auto& name : {"Anna", "Decks"}) {
            auto s = store.open(name).value();
            REQUIRE(s.append(test::simulated_review(0, CardState::fresh(0))).ok());
        }
    }
    // The old layout: profile folders directly in the saves folder; the profile "Decks" shared
    // its folder with the teacher's decks (the clash this layout ends).
    namespace fs = std::filesystem;
    fs::rename(saves / "profiles" / "anna", saves / "anna");
    fs::rename(saves / "profiles" / "decks", saves / "decks");
    fs::remove_all(saves / "profiles");
    test::spit(saves / "decks" / "hanse.json", R"({"schema":1})");
    const std::string anna_log = test::slurp(saves / "anna" / "reviews.jsonl");

    ProfileStore store(saves);
    auto listed = store.list().value();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].folder == saves / "profiles" / "anna");
    CHECK(listed[1].folder == saves / "profiles" / "decks");
    CHECK_FALSE(fs::exists(saves / "anna"));
    CHECK(test::slurp(saves / "profiles" / "anna" / "reviews.jsonl") == anna_log);
    // Only the profile's own files left the decks folder; the deck stays.
    CHECK(fs::exists(saves / "decks" / "hanse.json"));
    CHECK_FALSE(fs::exists(saves / "decks" / "reviews.jsonl"));
    CHECK_FALSE(fs::exists(saves / "decks" / "profile.json"));
    for (const auto& name : {"Anna", "Decks"}) {
        auto s = store.open(name);
        REQUIRE(s.ok());
        CHECK(s.value().progress().scores().reviews == 1);
        CHECK_FALSE(s.value().report().has_problems());
    }
}

TEST_CASE("an old-layout profile being written by another process is moved only afterwards") {
    test::TempFolder tmp("store-migrate-open");
    const auto saves = tmp / "saves";
    ProfileStore(saves).create("Anna").value();
    std::filesystem::rename(saves / "profiles" / "anna", saves / "anna");
    std::filesystem::remove_all(saves / "profiles");
    ProfileStore store(saves);
    {
        auto writing = ProfileStorage::open(saves / "anna");
        REQUIRE(writing.ok());
        auto listed = store.list().value();
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].folder == saves / "anna");  // still listed, where it is
    }
    CHECK(store.list().value()[0].folder == saves / "profiles" / "anna");
}

TEST_CASE("profile names that look the same are one name however they were typed") {
    test::TempFolder tmp("store-look-alike");
    ProfileStore store(tmp / "saves");
    REQUIRE(store.create("Änne").ok());
    REQUIRE(store.create("Ren\xC3\xA9").ok());
    REQUIRE(store.create("Anna").ok());
    for (const std::string twin :
         {"änne", "A\xCC\x88NNE", "Rene\xCC\x81", "RENÉ", "An\xE2\x80\x8Bna",
          "\xEF\xBB\xBF"
          "anna"}) {
        CAPTURE(twin);
        auto r = store.create(twin);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == SaveErrorKind::AlreadyExists);
        CHECK(store.find(twin).ok());
    }
    CHECK(store.list().value().size() == 3);
    CHECK(store.unused_display_name("Rene\xCC\x81").value() == "Ren\xC3\xA9 (2)");
    CHECK(store.rename("anna", "ÄNNE").error().kind == SaveErrorKind::AlreadyExists);
    // A name typed decomposed is stored composed.
    REQUIRE(store.create("Ju\xCC\x88rgen").ok());
    CHECK(store.find("juergen").value().display_name == "J\xC3\xBCrgen");
}

TEST_CASE("creating profiles leaves no staging folder, and a dead creator's one is removed") {
    test::TempFolder tmp("store-staging");
    const auto profiles = tmp / "saves" / "profiles";
    ProfileStore store(tmp / "saves");
    REQUIRE(store.create("Anna").ok());
    std::filesystem::create_directories(profiles / ".new-ben-999999999-0123456789abcdef");
    test::spit(profiles / ".new-ben-999999999-0123456789abcdef" / "profile.json", "{");
    REQUIRE(store.create("Ben").ok());
    std::vector<std::string> entries;
    for (const auto& e : std::filesystem::directory_iterator(profiles))
        entries.push_back(e.path().filename().string());
    std::sort(entries.begin(), entries.end());
    CHECK(entries == std::vector<std::string>{".profiles.lock", "anna", "ben"});
}

TEST_CASE("a store opened on the profiles folder itself finds the profiles and moves nothing") {
    test::TempFolder tmp("store-on-profiles");
    ProfileStore(tmp / "saves").create("Anna").value();
    ProfileStore inner(tmp / "saves" / "profiles");
    auto listed = inner.list();
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value()[0].folder == tmp / "saves" / "profiles" / "anna");
    CHECK_FALSE(std::filesystem::exists(tmp / "saves" / "profiles" / "profiles"));
}
