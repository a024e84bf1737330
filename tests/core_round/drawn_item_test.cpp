#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "round/drawn_item.hpp"
#include "round/multiple_choice_round.hpp"

using namespace chronik;
using namespace chronik::round;

namespace {

bank::QuestionBank bank_with(std::vector<std::string> ids) {
    bank::Deck deck;
    deck.id = "test";
    for (auto& id : ids) {
        bank::Item item;
        item.id = id;
        item.body = bank::MultipleChoice{"Frage?", "Ja", bank::AnswerType::Term, {"Nein"}, ""};
        deck.items.push_back(item);
    }
    bank::QuestionBank bank;
    bank.add_deck(deck);
    return bank;
}

}  // namespace

TEST_CASE("Missed items are found again by id, in order, with their cards") {
    const auto bank = bank_with({"a", "b", "c"});
    const std::vector<std::string> missed{"c", "a"};
    const auto drawn = draw_by_id(missed, bank, [](std::string_view id) {
        CardState c;
        c.reps = id == "c" ? 7 : 1;
        return c;
    });
    REQUIRE(drawn.size() == 2);
    CHECK(drawn[0].item->id == "c");
    CHECK(drawn[0].card.reps == 7);
    CHECK(drawn[1].item->id == "a");
    CHECK(drawn[1].card.reps == 1);
}

TEST_CASE("An id the bank does not hold is rejected with the id") {
    const auto bank = bank_with({"a"});
    const std::vector<std::string> ids{"a", "gone"};
    CHECK_THROWS_WITH_AS(draw_by_id(ids, bank, [](std::string_view) { return CardState{}; }),
                         doctest::Contains("\"gone\""), std::invalid_argument);
}

TEST_CASE("Practising the missed ones starts a round with exactly those questions") {
    const auto bank = bank_with({"a", "b", "c", "d"});
    const std::vector<std::string> all{"a", "b", "c", "d"};
    auto card_of = [](std::string_view) { return CardState{}; };
    const auto drawn = draw_by_id(all, bank, card_of);
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{8});
    for (int i = 0; !round.finished(); ++i) {
        const auto& q = round.current();
        const bool answer_right = i % 2 == 0;
        round.choose(answer_right ? q.correct_choice : 1 - q.correct_choice, 2'000);
        round.next();
    }
    const auto missed = round.summary().missed_item_ids;
    CHECK(missed == std::vector<std::string>{"b", "d"});
    const auto again = draw_by_id(missed, bank, card_of);
    const MultipleChoiceRound practice(again, MultipleChoiceOptions{}, Rng{9});
    REQUIRE(practice.question_count() == 2);
    CHECK(practice.questions()[0].item_id == "b");
    CHECK(practice.questions()[1].item_id == "d");
}

TEST_CASE("The reading length of a bank question counts the choices a round would show") {
    bank::MultipleChoice mc{
        "Wer?", "Kim", bank::AnswerType::Person, {"Lee", "Park", "Choi", "Jang"}, ""};
    // "Wer?" 4 + "Kim" 3 + "Lee" 3 + "Park" 4 + "Choi" 4; "Jang" is not shown.
    CHECK(question_reading_length(mc) == 18);
    CHECK(question_reading_length(mc, 2) == 10);
}
