#include <doctest/doctest.h>

#include <stdexcept>

#include "decks/draft_review.hpp"

using namespace chronik;
using namespace chronik::decks;

namespace {

bank::Item mc(std::string id, std::string prompt, std::string answer,
              std::vector<std::string> distractors, bank::AnswerType type) {
    bank::Item i;
    i.id = std::move(id);
    i.tags = {"1350–1359", "Hanse"};
    i.quote = "Quelle " + i.id;
    i.draft = true;
    i.body = bank::MultipleChoice{std::move(prompt), std::move(answer), type,
                                  std::move(distractors), ""};
    return i;
}

bank::Item event(std::string id, std::string text, int year) {
    bank::Item i;
    i.id = std::move(id);
    i.tags = {"1350–1359", "Hanse"};
    i.quote = "Quelle " + i.id;
    i.draft = true;
    bank::EventDate d;
    d.year = year;
    d.precision = bank::DatePrecision::Year;
    i.body = bank::TimelineEvent{std::move(text), d};
    return i;
}

bank::Deck draft() {
    bank::Deck d;
    d.id = "hanse";
    d.title = "Hanse";
    d.language = "de";
    d.items = {mc("hanse-mc-1", "Wann war der Hansetag?", "1356", {"1358", "1370", "1400"},
                  bank::AnswerType::Year),
               event("hanse-ev-2", "Erster Hansetag in Lübeck", 1356),
               mc("hanse-mc-3", "Wer führte die Hanse?", "Lübeck", {"Köln", "Bremen", "Riga"},
                  bank::AnswerType::Place)};
    return d;
}

}  // namespace

TEST_CASE("decisions walk a draft: accepted lose the mark, rejected go, the rest stay drafts") {
    auto d = draft();
    CHECK(next_draft(d) == 0u);
    CHECK(draft_counts(d).remaining == 3);
    REQUIRE(decide(d, "hanse-mc-1", Decision::Accept, bank::DateLanguage::German));
    CHECK(next_draft(d) == 1u);
    REQUIRE(decide(d, "hanse-ev-2", Decision::Reject, bank::DateLanguage::German));
    CHECK(d.items.size() == 2);
    CHECK(next_draft(d) == 1u);  // hanse-mc-3 moved up
    CHECK(d.items[1].id == "hanse-mc-3");
    CHECK(draft_counts(d).reviewed == 1);
    CHECK(draft_counts(d).remaining == 1);
    CHECK_FALSE(decide(d, "nope", Decision::Accept, bank::DateLanguage::German));
}

TEST_CASE("an item marked as flashcard shows its study faces and keeps tags and quote") {
    auto d = draft();
    REQUIRE(decide(d, "hanse-ev-2", Decision::Flashcard, bank::DateLanguage::German));
    const auto& item = d.items[1];
    REQUIRE(item.flashcard());
    CHECK(item.flashcard()->front == "Erster Hansetag in Lübeck");
    CHECK(item.flashcard()->back == "1356");
    CHECK_FALSE(item.draft);
    CHECK(item.quote == "Quelle hanse-ev-2");
    CHECK(item.tags.size() == 2);
    REQUIRE(decide(d, "hanse-mc-1", Decision::Flashcard, bank::DateLanguage::German));
    CHECK(d.items[0].flashcard()->front == "Wann war der Hansetag?");
    CHECK(d.items[0].flashcard()->back == "1356");
}

TEST_CASE("edit fields list prompt, answer and each distractor, or the event text") {
    const auto d = draft();
    const auto f = edit_fields(d.items[0]);
    REQUIRE(f.size() == 5);
    CHECK(f[0].kind == FieldKind::Prompt);
    CHECK(f[1].value == "1356");
    CHECK(f[4].kind == FieldKind::Distractor);
    CHECK(f[4].value == "1400");
    const auto e = edit_fields(d.items[1]);
    REQUIRE(e.size() == 1);
    CHECK(e[0].kind == FieldKind::EventText);
}

TEST_CASE("edits with empty fields, repeated choices or mixed kinds are refused with the field") {
    const auto d = draft();
    const auto& year = d.items[0];
    auto p = edit_problems(year, {"Wann?", "1356", " ", "1370", "1400"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == 2);
    CHECK(p[0].kind == EditProblemKind::Empty);
    p = edit_problems(year, {"Wann?", "1356", "1370", "1356 ", "1400"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == 3);
    CHECK(p[0].kind == EditProblemKind::Repeated);
    p = edit_problems(year, {"Wann?", "1356", "1370", "1400"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].kind == EditProblemKind::WrongCount);
    CHECK_THROWS_AS(apply_edit(year, {"", "1356", "1358", "1370", "1400"}), std::invalid_argument);
    const auto& place = d.items[2];
    CHECK(edit_problems(place, {"Wer?", "Lübeck", "Köln", "bremen", "BREMEN"}).at(0).kind ==
          EditProblemKind::Repeated);
}

TEST_CASE("an edit with umlauts is saved trimmed, accepted, and retypes its choices") {
    const auto d = draft();
    const auto edited = apply_edit(d.items[2], {"  Welche Stadt führte die Hanse? ", "Lübeck",
                                                "Köln", "Münster", "Göttingen"});
    CHECK_FALSE(edited.draft);
    REQUIRE(edited.multiple_choice());
    CHECK(edited.multiple_choice()->prompt == "Welche Stadt führte die Hanse?");
    CHECK(edited.multiple_choice()->distractors[1] == "Münster");
    CHECK(edited.multiple_choice()->answer_type == bank::AnswerType::Place);
    // Years replaced by words: the type becomes term, which lint accepts for any words.
    const auto words =
        apply_edit(d.items[0], {"Was war 1356?", "Hansetag", "Konzil", "Reichstag", "Landtag"});
    CHECK(words.multiple_choice()->answer_type == bank::AnswerType::Term);
    const auto text = apply_edit(d.items[1], {"Erster allgemeiner Hansetag"});
    CHECK(text.event()->text == "Erster allgemeiner Hansetag");
    CHECK_FALSE(text.draft);
}

TEST_CASE("the finished deck holds the decided items only, without draft marks") {
    auto d = draft();
    decide(d, "hanse-mc-1", Decision::Accept, bank::DateLanguage::German);
    decide(d, "hanse-mc-3", Decision::Flashcard, bank::DateLanguage::German);
    const auto done = finished_deck(d);
    REQUIRE(done.items.size() == 2);
    CHECK(done.items[0].id == "hanse-mc-1");
    CHECK(done.items[1].flashcard());
    for (const auto& i : done.items)
        CHECK_FALSE(i.draft);
    CHECK(done.id == "hanse");
}
