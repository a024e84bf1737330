#include <doctest/doctest.h>

#include "progress/profile_id.hpp"

using namespace chronik;

TEST_CASE("a German name maps to a readable ASCII folder id") {
    CHECK(profile_folder_id("Jürgen Größe", {}) == "juergen-groesse");
    CHECK(profile_folder_id("Ärger über Öl", {}) == "aerger-ueber-oel");
}

TEST_CASE("hostile names map to harmless folder ids") {
    CHECK(profile_folder_id("../..", {}) == "profile");
    CHECK(profile_folder_id("..", {}) == "profile");
    CHECK(profile_folder_id(".", {}) == "profile");
    CHECK(profile_folder_id("../../etc/passwd", {}) == "etc-passwd");
    CHECK(profile_folder_id("C:\\Windows\\System32", {}) == "c-windows-system32");
    CHECK(profile_folder_id("🎓📚", {}) == "profile");
    CHECK(profile_folder_id("Ким Ир Сен", {}) == "profile");
}

TEST_CASE("reserved Windows device names never become folder ids") {
    for (const char* name : {"CON", "con", "Prn", "AUX", "NUL", "COM1", "lpt9"}) {
        const auto id = profile_folder_id(name, {});
        CAPTURE(std::string(name));
        CHECK(is_valid_folder_id(id));
        CHECK(id != "con");
        CHECK(id.find("-profile") != std::string::npos);
    }
    // Without a dot the device name is no longer a device name on Windows.
    CHECK(profile_folder_id("nul.txt", {}) == "nul-txt");
}

TEST_CASE("a 200-character name gives a short id") {
    const std::string name(200, 'a');
    CHECK(normalize_display_name(name) == name);
    const auto id = profile_folder_id(name, {});
    CHECK(id.size() <= kMaxFolderIdBytes);
    CHECK(is_valid_folder_id(id));
}

TEST_CASE("folder ids are unique even when existing folders differ only in case") {
    CHECK(profile_folder_id("Anna", {"anna"}) == "anna-2");
    CHECK(profile_folder_id("ANNA", {"Anna", "anna-2"}) == "anna-3");
    CHECK(profile_folder_id("../..", {"profile"}) == "profile-2");
}

TEST_CASE("every folder id is valid") {
    for (const char* name :
         {"a", "  x  ", "Ōsaka", "a/b\\c:d*e?f\"g<h>i|j", "-leading", "trailing-", "COM1",
          "😀 Lara 😀", "Ŏ", "1234567890123456789012345678901234567890"}) {
        CAPTURE(std::string(name));
        const auto id = profile_folder_id(name, {});
        CHECK(is_valid_folder_id(id));
        CHECK(id != ".");
        CHECK(id != "..");
    }
}

TEST_CASE("display names are trimmed and kept as typed") {
    CHECK(normalize_display_name("  Ŏ Lara 😀 ") == "Ŏ Lara 😀");
    CHECK(normalize_display_name("CON") == "CON");
    CHECK(normalize_display_name("../..") == "../..");
}

TEST_CASE("display names are stored in NFC without invisible characters") {
    // "René" typed with a combining accent, "Anna" with a zero-width space inside.
    CHECK(normalize_display_name("Rene\xCC\x81") == "Ren\xC3\xA9");
    CHECK(normalize_display_name("An\xE2\x80\x8Bna") == "Anna");
    CHECK(normalize_display_name("\xEF\xBB\xBF Lea ") == "Lea");
    // A name of nothing but invisible characters is empty.
    CHECK_THROWS_AS(normalize_display_name("\xE2\x80\x8B\xE2\x80\x8D"), ProfileNameError);
    // The folder id of a decomposed name is the same as of the composed one.
    CHECK(profile_folder_id(normalize_display_name("Ju\xCC\x88rgen"), {}) == "juergen");
}

TEST_CASE("empty, non-UTF-8, control-character and overlong names are refused") {
    CHECK_THROWS_AS(normalize_display_name(""), ProfileNameError);
    CHECK_THROWS_AS(normalize_display_name("   "), ProfileNameError);
    CHECK_THROWS_AS(normalize_display_name("bad\xff"), ProfileNameError);
    CHECK_THROWS_AS(normalize_display_name("\xc0\xaf"), ProfileNameError);  // overlong '/'
    CHECK_THROWS_AS(normalize_display_name("a\nb"), ProfileNameError);
    CHECK_THROWS_AS(normalize_display_name(std::string(257, 'x')), ProfileNameError);
    CHECK_NOTHROW(normalize_display_name(std::string(256, 'x')));
}

TEST_CASE("hand-made folder names are recognised as not produced by the mapping") {
    CHECK_FALSE(is_valid_folder_id(".."));
    CHECK_FALSE(is_valid_folder_id("Anna"));
    CHECK_FALSE(is_valid_folder_id("con"));
    CHECK_FALSE(is_valid_folder_id(""));
    CHECK(is_valid_folder_id("anna-2"));
}
