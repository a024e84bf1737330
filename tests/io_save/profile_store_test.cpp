#include <doctest/doctest.h>

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
        CHECK(created.value().folder.parent_path() == saves);
        CHECK(is_valid_folder_id(created.value().id));
    }
    // Nothing but the saves folder appeared next to it.
    CHECK(test::tree(tmp.path()).size() == test::tree(saves).size() + 1);
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
    std::filesystem::rename(moved.value(), tmp / "saves" / "anna");
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
    CHECK(listed[0].problem->find("newer") != std::string::npos);
    auto opened = store.open("anna");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == SaveErrorKind::NewerVersion);
    CHECK(store.rename("anna", "X").error().kind == SaveErrorKind::NewerVersion);
    CHECK(test::slurp(file) == newer);
}
