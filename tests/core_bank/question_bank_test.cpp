#include <doctest/doctest.h>

#include "bank/question_bank.hpp"

using namespace chronik::bank;

namespace {

Item mc_item(std::string id) {
    Item item;
    item.id = std::move(id);
    item.tags = {"1945–1953", "Diplomatie"};
    item.body =
        MultipleChoice{"Auf welcher Konferenz wurde die Teilung Koreas beschlossen?",
                       "Konferenz von Jalta",
                       AnswerType::Event,
                       {"Potsdamer Konferenz", "Konferenz von Teheran", "Konferenz von Kairo"},
                       "In Jalta beschlossen die Alliierten 1945 die Teilung Koreas."};
    return item;
}

Item event_item(std::string id, EventDate date) {
    Item item;
    item.id = std::move(id);
    item.body = TimelineEvent{"Der Koreakrieg beginnt", date};
    return item;
}

Deck deck_of(std::string id, std::vector<Item> items) {
    Deck deck;
    deck.id = std::move(id);
    deck.file = deck.id + ".json";
    deck.items = std::move(items);
    return deck;
}

}  // namespace

TEST_CASE("The kind of an item follows from its body") {
    CHECK(mc_item("a").kind() == ItemKind::MultipleChoice);
    CHECK(event_item("b", EventDate::in_year(1950)).kind() == ItemKind::Event);
    Item fc;
    fc.body = Flashcard{"Tumen", "Grenzfluss"};
    CHECK(fc.kind() == ItemKind::Flashcard);
    CHECK(fc.flashcard() != nullptr);
    CHECK(fc.multiple_choice() == nullptr);
}

TEST_CASE("Kind and answer-type names round-trip") {
    for (auto k : {ItemKind::MultipleChoice, ItemKind::Event, ItemKind::Flashcard}) {
        CHECK(parse_item_kind(item_kind_name(k)) == k);
    }
    for (auto t : {AnswerType::Year, AnswerType::Date, AnswerType::Number, AnswerType::Person,
                   AnswerType::Place, AnswerType::Country, AnswerType::Organisation,
                   AnswerType::Event, AnswerType::Term}) {
        CHECK(parse_answer_type(answer_type_name(t)) == t);
    }
    CHECK_FALSE(parse_item_kind("essay"));
    CHECK_FALSE(parse_answer_type("Person"));
}

TEST_CASE("The bank finds every item by id and knows its deck") {
    QuestionBank bank;
    CHECK(bank.add_deck(
                  deck_of("a", {mc_item("a-mc-1"), event_item("a-ev-1", EventDate::in_year(1950))}))
              .empty());
    CHECK(bank.add_deck(deck_of("b", {mc_item("b-mc-1")})).empty());
    CHECK(bank.item_count() == 3);
    REQUIRE(bank.find("a-ev-1") != nullptr);
    CHECK(bank.find("a-ev-1")->kind() == ItemKind::Event);
    CHECK(bank.find("b-mc-1")->id == "b-mc-1");
    CHECK(bank.deck_of("b-mc-1")->id == "b");
    CHECK(bank.find("missing") == nullptr);
    CHECK(bank.deck_of("missing") == nullptr);
    CHECK(bank.items().size() == 3);
    CHECK(bank.items()[2]->id == "b-mc-1");
}

TEST_CASE("An id already in the bank is left out and returned") {
    QuestionBank bank;
    bank.add_deck(deck_of("a", {mc_item("x-1")}));
    const auto dropped =
        bank.add_deck(deck_of("b", {mc_item("x-1"), mc_item("x-2"), mc_item("x-2")}));
    CHECK(dropped == std::vector<std::string>{"x-1", "x-2"});
    CHECK(bank.item_count() == 2);
    CHECK(bank.deck_of("x-1")->id == "a");
    CHECK(bank.decks()[1].items.size() == 1);
}

TEST_CASE(
    "Flashcard faces of a multiple-choice item: the prompt, then the answer and the explanation") {
    const auto faces = flashcard_faces(mc_item("a"), DateLanguage::German);
    CHECK(faces.front == "Auf welcher Konferenz wurde die Teilung Koreas beschlossen?");
    CHECK(faces.back == "Konferenz von Jalta");
    CHECK(faces.note == "In Jalta beschlossen die Alliierten 1945 die Teilung Koreas.");
}

TEST_CASE("Flashcard faces of an event: the event, then its date in the chosen language") {
    const auto item = event_item("e", EventDate::in_month(1950, 6));
    CHECK(flashcard_faces(item, DateLanguage::German).front == "Der Koreakrieg beginnt");
    CHECK(flashcard_faces(item, DateLanguage::German).back == "Juni 1950");
    CHECK(flashcard_faces(item, DateLanguage::English).back == "June 1950");
    CHECK(flashcard_faces(item, DateLanguage::German).note.empty());
}

TEST_CASE("A flashcard item shows its own faces") {
    Item fc;
    fc.id = "f";
    fc.body = Flashcard{"Tumen", "Grenzfluss zwischen Nordkorea und Russland"};
    const auto faces = flashcard_faces(fc, DateLanguage::English);
    CHECK(faces.front == "Tumen");
    CHECK(faces.back == "Grenzfluss zwischen Nordkorea und Russland");
}
