#include <doctest/doctest.h>

#include "io/save/save_formats.hpp"

using namespace chronik;

TEST_CASE("the chosen decks survive the settings JSON and a save without them studies all") {
    ProfileSettings s;
    s.decks = {"hanse", "nkru"};
    const auto back = io::decode_settings(io::encode_settings(s));
    CHECK(back.decks == std::vector<std::string>{"hanse", "nkru"});
    // Saves written before decks could be chosen have no field: every deck.
    const auto old = io::decode_settings(R"({"language":"de","daily_new_limit":5})");
    CHECK(old.decks.empty());
    CHECK(old.daily_new_limit == 5);
    // All decks are written as no field at all.
    CHECK(io::encode_settings(ProfileSettings{}).find("decks") == std::string::npos);
    CHECK_THROWS_AS(io::decode_settings(R"({"decks":"hanse"})"), io::FormatError);
    CHECK_THROWS_AS(io::decode_settings(R"({"decks":[1]})"), io::FormatError);
}
