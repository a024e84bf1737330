#include <doctest/doctest.h>

#include <set>
#include <stdexcept>

#include "hosting/room_code.hpp"

using namespace chronik;
using namespace chronik::hosting;

TEST_CASE("room codes are four characters from the alphabet without look-alikes") {
    Rng rng(42);
    std::set<std::string> seen;
    for (int i = 0; i < 500; ++i) {
        const auto code = make_room_code(rng);
        REQUIRE(code.size() == kRoomCodeLength);
        for (const char c : code) {
            CHECK(kRoomCodeAlphabet.find(c) != std::string_view::npos);
            CHECK(std::string_view("0O1IL5S2Z8B").find(c) == std::string_view::npos);
        }
        seen.insert(code);
    }
    // 24^4 = 331776 codes: 500 draws almost never repeat, and a stuck generator would.
    CHECK(seen.size() > 490);
}

TEST_CASE("the same seed gives the same room code and lengths outside 1..12 are refused") {
    Rng a(7), b(7);
    CHECK(make_room_code(a, 6) == make_room_code(b, 6));
    CHECK_THROWS_AS(make_room_code(a, 0), std::invalid_argument);
    CHECK_THROWS_AS(make_room_code(a, kMaxRoomCodeLength + 1), std::invalid_argument);
    CHECK(make_room_code(a, kMaxRoomCodeLength).size() == kMaxRoomCodeLength);
}

TEST_CASE(
    "a typed room code is trimmed and upper-cased, and anything but letters and digits is "
    "refused") {
    CHECK(normalize_room_code("  ab3d ") == "AB3D");
    CHECK(normalize_room_code("XYZ9") == "XYZ9");
    CHECK(normalize_room_code("") == std::nullopt);
    CHECK(normalize_room_code("   ") == std::nullopt);
    CHECK(normalize_room_code("ab cd") == std::nullopt);
    CHECK(normalize_room_code("äbcd") == std::nullopt);
    CHECK(normalize_room_code("ab-cd") == std::nullopt);
    CHECK(normalize_room_code("ABCDEFGHJKMN") == "ABCDEFGHJKMN");
    CHECK(normalize_room_code("ABCDEFGHJKMNP") == std::nullopt);
}
