// Player names: control characters, whitespace and length cleaned, duplicates numbered.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classroom/player_name.hpp"

using chronik::classroom::same_player_name;
using chronik::classroom::sanitize_name;
using chronik::classroom::unique_name;

TEST_CASE("a name loses control characters and keeps letters of any script") {
    CHECK(sanitize_name("An\x01na\x7F") == "Anna");
    CHECK(sanitize_name("Ka\xC2\x85tja") == "Katja");            // C1 NEL
    CHECK(sanitize_name("evil\xE2\x80\xAEname") == "evilname");  // right-to-left override
    CHECK(sanitize_name("Ким Чŏн") == "Ким Чŏн");
    CHECK(sanitize_name("bad\xFFutf8") == "badutf8");
}

TEST_CASE("whitespace in a name is trimmed and collapsed to single spaces") {
    CHECK(sanitize_name("  Max \t\n  Muster  ") == "Max Muster");
    CHECK(sanitize_name(" \t\r\n ").empty());
    CHECK(sanitize_name("").empty());
}

TEST_CASE("a name is cut to 20 characters counted in code points") {
    CHECK(sanitize_name(std::string(50, 'x')) == std::string(20, 'x'));
    std::string cyrillic;
    for (int i = 0; i < 30; ++i)
        cyrillic += "Ж";
    std::string expected;
    for (int i = 0; i < 20; ++i)
        expected += "Ж";
    CHECK(sanitize_name(cyrillic) == expected);
}

TEST_CASE("a taken name gets the next free number and stays within the length") {
    const std::vector<std::string> taken{"Anna", "Anna 2"};
    CHECK(unique_name("Ben", taken) == "Ben");
    CHECK(unique_name("Anna", taken) == "Anna 3");
    const std::string long_name(20, 'z');
    const std::vector<std::string> long_taken{long_name};
    const auto numbered = unique_name(long_name, long_taken);
    CHECK(numbered == std::string(18, 'z') + " 2");
}

TEST_CASE("player names that look the same are the same name: NFC, case and invisible marks") {
    const std::string rene_decomposed = "Rene\xCC\x81";  // e + combining acute
    CHECK(sanitize_name(rene_decomposed) == "Ren\xC3\xA9");
    CHECK(same_player_name("Änne", "änne"));
    CHECK(same_player_name(rene_decomposed, "René"));
    CHECK(same_player_name("An\xE2\x80\x8Cna", "Anna"));  // zero-width non-joiner
    CHECK(sanitize_name("An\xE2\x81\xA0na") == "Anna");   // word joiner
    CHECK_FALSE(same_player_name("Anna", "Anne"));
    // So a second "änne" is numbered instead of becoming a look-alike twin.
    const std::vector<std::string> taken{"Änne"};
    CHECK(unique_name("änne", taken) == "änne 2");
    CHECK(unique_name(sanitize_name(rene_decomposed), std::vector<std::string>{"RENÉ"}) ==
          "René 2");
}
