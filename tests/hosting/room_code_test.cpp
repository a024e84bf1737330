#include <doctest/doctest.h>

#include <set>
#include <stdexcept>

#include "hosting/room_code.hpp"

using namespace chronik;
using namespace chronik::hosting;

TEST_CASE("room codes are six characters from the alphabet without look-alikes") {
    Rng rng(42);
    std::set<std::string> seen;
    for (int i = 0; i < 500; ++i) {
        const auto code = make_room_code(rng);
        REQUIRE(code.size() == 6);
        for (const char c : code) {
            CHECK(kRoomCodeAlphabet.find(c) != std::string_view::npos);
            CHECK(std::string_view("0O1IL5S2Z8B").find(c) == std::string_view::npos);
        }
        CHECK(normalize_room_code(code) == code);
        seen.insert(code);
    }
    // 24^6 codes: 500 draws do not repeat, and a stuck generator would.
    CHECK(seen.size() == 500);
}

TEST_CASE("the same seed gives the same room code and lengths outside 1..12 are refused") {
    Rng a(7), b(7);
    CHECK(make_room_code(a, 6) == make_room_code(b, 6));
    CHECK_THROWS_AS(make_room_code(a, 0), std::invalid_argument);
    CHECK_THROWS_AS(make_room_code(a, kMaxRoomCodeLength + 1), std::invalid_argument);
    CHECK(make_room_code(a, kMaxRoomCodeLength).size() == kMaxRoomCodeLength);
}

TEST_CASE("a typed room code ignores case and spaces, also between its characters") {
    CHECK(fold_room_code("k7q x3m") == "K7QX3M");
    CHECK(fold_room_code(" K7Q\tX3M  ") == "K7QX3M");
    CHECK(fold_room_code("k7qx3m") == fold_room_code("K7Q X3M"));
    // Anything else stays, so it cannot match a code made of letters and digits.
    CHECK(fold_room_code("äb-cd") ==
          "\xc3\xa4"
          "B-CD");
    CHECK(fold_room_code("") == "");
}

TEST_CASE("a teacher's code has 6 to 12 letters or digits, anything else is refused") {
    CHECK(normalize_room_code("  ab3d7q ") == "AB3D7Q");
    CHECK(normalize_room_code("abc def") == "ABCDEF");
    CHECK(normalize_room_code("XYZ9") == std::nullopt);  // guessable within a lesson
    CHECK(normalize_room_code("") == std::nullopt);
    CHECK(normalize_room_code("   ") == std::nullopt);
    CHECK(normalize_room_code("äbcdefg") == std::nullopt);
    CHECK(normalize_room_code("abc-def") == std::nullopt);
    CHECK(normalize_room_code("ABCDEFGHJKMN") == "ABCDEFGHJKMN");
    CHECK(normalize_room_code("ABCDEFGHJKMNP") == std::nullopt);
}
