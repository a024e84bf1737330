// A student's own scheduler learns from a network class game: the local item is recognised by
// prompt and answer, and the answer is rated like a quiz answer.
#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

#include "classroom/classroom_question.hpp"
#include "classroom/student_answer.hpp"

using namespace chronik;
using classroom::ClassroomAnswerFacts;

namespace {

bank::Item mc(const std::string& id, const std::string& prompt, const std::string& answer) {
    bank::Item item;
    item.id = id;
    item.body =
        bank::MultipleChoice{prompt, answer, bank::AnswerType::Term, {"x", "y", "z"}, "weil"};
    return item;
}

bank::Item event(const std::string& id, int year) {
    bank::Item item;
    item.id = id;
    item.body = bank::TimelineEvent{"Ereignis " + id, bank::EventDate::in_year(year)};
    return item;
}

CardState known_card() {
    CardState c = CardState::fresh(0);
    c.phase = CardPhase::Review;
    c.stability = 10.0;
    c.difficulty = 5.0;
    return c;
}

ClassroomAnswerFacts facts(std::optional<std::size_t> chosen, std::int64_t response_ms,
                           bool whole_time = false) {
    ClassroomAnswerFacts f;
    f.chosen = chosen;
    f.correct_choice = 2;
    f.response_ms = response_ms;
    f.reading_chars = 60;  // expects 4 s + 5 s: fast up to 4.5 s, slow after 13.5 s
    f.had_whole_time = whole_time;
    return f;
}

}  // namespace

TEST_CASE("a host's question is found in the local bank by its prompt and correct answer") {
    std::vector<bank::Item> items{mc("a", "Wer?", "Kim"), mc("b", "Wer?", "Putin"),
                                  mc("c", "Wann?", "1961"), event("e", 1950)};
    std::vector<const bank::Item*> ptrs;
    for (const auto& i : items)
        ptrs.push_back(&i);
    const classroom::ClassroomItemIndex index(ptrs);
    // The same prompt twice: the revealed answer tells them apart.
    REQUIRE(index.find("Wer?", "Kim") != nullptr);
    CHECK(index.find("Wer?", "Kim")->id == "a");
    CHECK(index.find("Wer?", "Putin")->id == "b");
    CHECK(index.find("Wann?", "1961")->id == "c");
    // Timeline events are asked as when-questions, in German or English.
    const auto& e = items[3];
    for (const auto language : {bank::DateLanguage::German, bank::DateLanguage::English}) {
        const auto* found = index.find(classroom::classroom_prompt(e, language),
                                       classroom::classroom_answer(e, language));
        REQUIRE(found != nullptr);
        CHECK(found->id == "e");
    }
}

TEST_CASE("a question the local bank does not hold is not found") {
    std::vector<bank::Item> items{mc("a", "Wer?", "Kim")};
    std::vector<const bank::Item*> ptrs{&items[0]};
    const classroom::ClassroomItemIndex index(ptrs);
    CHECK(index.find("Wer?", "Putin") == nullptr);  // an edited answer
    CHECK(index.find("Wo?", "Kim") == nullptr);     // another deck
    CHECK(index.find("", "") == nullptr);
}

TEST_CASE("flashcards are never class game questions and are left out of the index") {
    bank::Item card;
    card.id = "f";
    card.body = bank::Flashcard{"Vorderseite", "Rückseite"};
    std::vector<const bank::Item*> ptrs{&card};
    const classroom::ClassroomItemIndex index(ptrs);
    CHECK(index.size() == 0);
}

TEST_CASE(
    "a correct class game answer rates Good, Easy when fast on a known card, Hard when slow") {
    const CardState fresh = CardState::fresh(0);
    CHECK(classroom::rate_classroom_answer(facts(2, 8'000), fresh) == Rating::Good);
    CHECK(classroom::rate_classroom_answer(facts(2, 3'000), fresh) == Rating::Good);
    CHECK(classroom::rate_classroom_answer(facts(2, 3'000), known_card()) == Rating::Easy);
    CHECK(classroom::rate_classroom_answer(facts(2, 20'000), known_card()) == Rating::Hard);
}

TEST_CASE("a wrong class game answer rates Again however fast it came") {
    CHECK(classroom::rate_classroom_answer(facts(0, 1'000), known_card()) == Rating::Again);
    CHECK(classroom::rate_classroom_answer(facts(3, 30'000), CardState::fresh(0)) == Rating::Again);
}

TEST_CASE("no answer rates Again only when the time ran out while the student could answer") {
    CHECK(classroom::rate_classroom_answer(facts(std::nullopt, 20'000, true), known_card()) ==
          Rating::Again);
    // Revealed early by the teacher, no timer, or joined late: no evidence, nothing recorded.
    CHECK_FALSE(classroom::rate_classroom_answer(facts(std::nullopt, 5'000, false), known_card()));
}

TEST_CASE("a negative response time is an error, not a rating") {
    CHECK_THROWS_AS(classroom::rate_classroom_answer(facts(2, -1), CardState::fresh(0)),
                    std::invalid_argument);
}
