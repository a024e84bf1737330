#include <doctest/doctest.h>

#include "decks/deck_scope.hpp"
#include "progress/profile_settings.hpp"

using namespace chronik;
using namespace chronik::decks;

namespace {

bank::Item card(std::string id, bool draft = false) {
    bank::Item i;
    i.id = std::move(id);
    i.tags = {"Import"};
    i.draft = draft;
    i.body = bank::Flashcard{"front " + i.id, "back"};
    return i;
}

bank::QuestionBank three_decks() {
    bank::QuestionBank b;
    b.add_deck({"nkru", "NK", "de", "nkru.json", "", "", {card("nkru-fc-1"), card("nkru-fc-2")}});
    b.add_deck({"hanse",
                "Hanse",
                "de",
                "hanse.json",
                "",
                "",
                {card("hanse-ev-1"), card("hanse-mc-2", true)}});
    b.add_deck({"vok", "Vokabeln", "de", "vok.json", "", "", {card("vok-fc-1")}});
    return b;
}

std::vector<std::string> ids(const DeckScope& s) {
    std::vector<std::string> out;
    for (const auto* i : s.items())
        out.push_back(i->id);
    return out;
}

}  // namespace

TEST_CASE("an empty deck choice studies every deck but never draft items") {
    const auto b = three_decks();
    const DeckScope s(b, {});
    CHECK(s.deck_ids() == std::vector<std::string>{"nkru", "hanse", "vok"});
    CHECK(ids(s) == std::vector<std::string>{"nkru-fc-1", "nkru-fc-2", "hanse-ev-1", "vok-fc-1"});
}

TEST_CASE("a deck choice keeps only the chosen decks' items") {
    const auto b = three_decks();
    const DeckScope s(b, {"vok", "hanse"});
    CHECK(s.includes_deck("hanse"));
    CHECK_FALSE(s.includes_deck("nkru"));
    CHECK(ids(s) == std::vector<std::string>{"hanse-ev-1", "vok-fc-1"});
}

TEST_CASE("a choice naming only decks that are gone falls back to every deck") {
    const auto b = three_decks();
    const DeckScope s(b, {"deleted-deck"});
    CHECK(s.deck_ids().size() == 3);
    CHECK(ids(s).size() == 4);
    const DeckScope partly(b, {"deleted-deck", "vok"});
    CHECK(ids(partly) == std::vector<std::string>{"vok-fc-1"});
}

TEST_CASE("toggling decks keeps at least one on and stores all as empty") {
    const std::vector<std::string> all{"nkru", "hanse", "vok"};
    const auto off = toggle_deck({}, all, "hanse");
    REQUIRE(off);
    CHECK(*off == std::vector<std::string>{"nkru", "vok"});
    const auto only = toggle_deck(*toggle_deck(*off, all, "vok"), all, "vok");
    REQUIRE(only);
    CHECK(*only == std::vector<std::string>{"nkru", "vok"});
    CHECK_FALSE(toggle_deck({"nkru"}, all, "nkru"));  // the last deck stays on
    CHECK_FALSE(toggle_deck({}, all, "unknown"));
    const auto back = toggle_deck(*off, all, "hanse");
    REQUIRE(back);
    CHECK(back->empty());  // all on: later decks are studied too
}

TEST_CASE("profile settings reject empty and repeated deck ids") {
    ProfileSettings s;
    s.decks = {"nkru", "hanse"};
    CHECK(settings_problems(s).empty());
    s.decks = {"nkru", "", "nkru"};
    const auto p = settings_problems(s);
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "decks: a deck id is empty");
    CHECK(p[1] == "decks: \"nkru\" is listed twice");
}
