#include <doctest/doctest.h>

#include <set>
#include <string>

#include "decks/deck_contents.hpp"

using namespace chronik;
using namespace chronik::decks;

namespace {

bank::Item item(bank::ItemBody body, bool draft = false) {
    bank::Item i;
    i.draft = draft;
    i.body = std::move(body);
    return i;
}

}  // namespace

TEST_CASE("a deck's contents count reviewed items by kind and every draft apart") {
    bank::Deck deck;
    deck.items = {item(bank::MultipleChoice{}),     item(bank::MultipleChoice{}),
                  item(bank::TimelineEvent{}),      item(bank::Flashcard{}),
                  item(bank::Flashcard{}),          item(bank::Flashcard{}),
                  item(bank::Flashcard{}, true),    item(bank::MultipleChoice{}, true),
                  item(bank::TimelineEvent{}, true)};
    CHECK(deck_contents(deck) == DeckContents{2, 1, 3, 3});
    CHECK(deck_contents(bank::Deck{}) == DeckContents{});
}

TEST_CASE("a new deck keeps the id it wants when it is free, else gets the first free number") {
    std::set<std::string> taken;
    const auto is_taken = [&](const std::string& id) { return taken.count(id) > 0; };
    CHECK(free_deck_id("hanse", is_taken) == "hanse");
    taken = {"hanse"};
    CHECK(free_deck_id("hanse", is_taken) == "hanse-2");
    taken = {"hanse", "hanse-2", "hanse-4"};
    CHECK(free_deck_id("hanse", is_taken) == "hanse-3");
    // Another deck's numbered id does not move a free one.
    CHECK(free_deck_id("hanse-2-neu", is_taken) == "hanse-2-neu");
}
