#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"
#include "io_bank/test_paths.hpp"

using namespace chronik;
using namespace chronik::io;
using chronik::test::deck_data;
using chronik::test::scratch_dir;
namespace fs = std::filesystem;

namespace {

std::string dump(const std::vector<Problem>& problems) {
    std::string s;
    for (const auto& p : problems)
        s += format_problem(p) + "\n";
    return s;
}

struct Expected {
    const char* file;
    const char* item_id;
    const char* field;
    const char* message_part;
    Severity severity;
};

// One small bad deck per rule; each must produce exactly its one problem.
constexpr Expected kRules[] = {
    {"lint-few-distractors.json", "bad-mc-001", "distractors", "at least 3", Severity::Error},
    {"lint-empty-choice.json", "bad-mc-001", "distractors[1]", "is empty", Severity::Error},
    {"lint-duplicate-choice.json", "bad-mc-001", "distractors[2]", "repeats distractors[0]",
     Severity::Error},
    {"lint-answer-in-distractors.json", "bad-mc-001", "distractors[1]", "is the answer itself",
     Severity::Error},
    {"lint-distractor-not-year.json", "bad-mc-001", "distractors[1]", "is not a year",
     Severity::Error},
    {"lint-distractor-unit.json", "bad-mc-001", "distractors[1]", "does not use the unit",
     Severity::Error},
    {"lint-distractor-not-date.json", "bad-mc-001", "distractors[1]", "is not a date",
     Severity::Error},
    {"lint-distractor-person-year.json", "bad-mc-001", "distractors[1]", "has no letters",
     Severity::Error},
    {"lint-answer-form-stands-out.json", "bad-mc-001", "answer", "the only choice with digits",
     Severity::Warning},
    {"lint-date-form-stands-out.json", "bad-mc-001", "answer", "the only date written this exactly",
     Severity::Warning},
    {"lint-answer-wrong-type.json", "bad-mc-001", "answer", "is not a year", Severity::Error},
    {"lint-quote-not-in-source.json", "bad-mc-001", "source.quote", "not found in good-source.txt",
     Severity::Error},
    {"lint-quote-ellipsis.json", "bad-mc-001", "source.quote", "ellipsis", Severity::Error},
    {"lint-empty-quote.json", "bad-mc-001", "source.quote", "is empty", Severity::Error},
    {"lint-date-implausible.json", "bad-ev-001", "date.year", "950 is not a plausible year",
     Severity::Error},
    {"lint-events-identical.json", "bad-ev-002", "date", "same time span as bad-ev-001 (Juni 1950)",
     Severity::Error},
    {"lint-events-overlap.json", "bad-ev-002", "date", "overlaps bad-ev-001 (Juni 1950)",
     Severity::Warning},
    {"lint-event-text-year.json", "bad-ev-001", "text", "contains a year", Severity::Warning},
    {"lint-repeated-question.json", "bad-ev-002", "text", "the same text as bad-ev-001",
     Severity::Error},
    {"lint-difficulty.json", "bad-mc-001", "difficulty", "4 is not a difficulty", Severity::Error},
    {"lint-no-era-tag.json", "bad-mc-001", "tags", "no era tag", Severity::Error},
    {"lint-no-topic-tag.json", "bad-mc-001", "tags", "no topic tag", Severity::Error},
    {"lint-not-nfc.json", "bad-mc-001", "explanation", "not in Unicode NFC at byte 36",
     Severity::Error},
    {"lint-empty-prompt.json", "bad-mc-001", "prompt", "is empty", Severity::Error},
    {"lint-length-giveaway.json", "bad-mc-001", "answer", "its length gives it away",
     Severity::Warning},
    {"lint-event-ordinal.json", "bad-ev-001", "text", "\"erster\" states the event's order",
     Severity::Warning},
    {"lint-control-character.json", "bad-mc-001", "prompt",
     "control character U+0000 at byte 23 (a NUL byte)", Severity::Error},
};

}  // namespace

TEST_CASE("The good deck lints without a single problem") {
    const auto problems = lint_files({deck_data("good.json")});
    INFO(dump(problems));
    CHECK(problems.empty());
}

TEST_CASE("Each lint rule fires on its bad deck, and only it") {
    for (const auto& rule : kRules) {
        CAPTURE(rule.file);
        const auto problems = lint_files({deck_data(rule.file)});
        INFO(dump(problems));
        REQUIRE(problems.size() == 1);
        const auto& p = problems[0];
        CHECK(p.file == deck_data(rule.file).string());
        CHECK(p.item_id == rule.item_id);
        CHECK(p.field == rule.field);
        CHECK(p.message.find(rule.message_part) != std::string::npos);
        CHECK(p.severity == rule.severity);
    }
}

TEST_CASE("A quote that is not found says how far it matched") {
    const auto problems = lint_files({deck_data("lint-quote-not-in-source.json")});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("it matches up to \"Die Beziehungen beg\"") !=
          std::string::npos);
}

TEST_CASE("Lint also reports load problems such as duplicate ids and newer schemas") {
    const auto problems =
        lint_files({deck_data("load-duplicate-ids.json"), deck_data("load-newer-schema.json")});
    INFO(dump(problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.find("duplicate id") != std::string::npos);
    CHECK(problems[1].field == "schema");
}

TEST_CASE("An id used in two deck files is an error in the later file") {
    const auto problems =
        lint_files({deck_data("lint-cross-file-a.json"), deck_data("lint-cross-file-b.json")});
    INFO(dump(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == deck_data("lint-cross-file-b.json").string());
    CHECK(problems[0].item_id == "shared-mc-001");
    CHECK(problems[0].field == "id");
}

TEST_CASE("Lint checks decks built in code too: NFC and UTF-8 in any text field") {
    bank::Deck deck;
    deck.id = "code";
    deck.title = "T";
    deck.language = "de";
    deck.file = "code.json";
    bank::Item item;
    item.id = "code-fc-1";
    item.tags = {"Grenze"};
    item.body = bank::Flashcard{"Tumen", "Gr\xfc\xdf"};
    deck.items.push_back(item);
    const auto problems = lint_deck(deck);
    INFO(dump(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "back");
    CHECK(problems[0].message.find("not valid UTF-8 at byte 2") != std::string::npos);
}

TEST_CASE("Events whose spans nest or meet are told apart correctly") {
    bank::Deck deck;
    deck.id = "code";
    deck.title = "T";
    deck.language = "de";
    deck.file = "code.json";
    const auto add = [&](std::string id, bank::EventDate date) {
        bank::Item item;
        item.id = std::move(id);
        item.tags = {"1991–2000", "Diplomatie"};
        item.quote = "q";
        item.body = bank::TimelineEvent{"Ereignis " + item.id, date};
        deck.items.push_back(item);
    };
    add("e-1", bank::EventDate::in_decade(1990));
    add("e-2", bank::EventDate::in_year(2000));  // meets the decade, no overlap
    add("e-3", bank::EventDate::in_season(1996, bank::Season::Spring));  // inside the decade
    const auto problems = lint_deck(deck);
    INFO(dump(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].item_id == "e-3");
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].message.find("e-1 (1990er Jahre)") != std::string::npos);
}

TEST_CASE("Deck files are the *.json directly in a folder, sorted") {
    const auto dir = scratch_dir("deck-files");
    for (const char* name : {"b.json", "a.json", "notes.txt"})
        std::ofstream(dir / name) << "{}";
    fs::create_directories(dir / "parts");
    std::ofstream(dir / "parts" / "c.json") << "[]";
    const auto files = deck_files_in(dir);
    REQUIRE(files.size() == 2);
    CHECK(files[0] == dir / "a.json");
    CHECK(files[1] == dir / "b.json");
}

TEST_CASE("Era tags are the listed ones, heute, or shaped like a period") {
    const auto tag_problems = [](std::vector<std::string> tags) {
        bank::Deck deck;
        deck.id = "code";
        deck.title = "T";
        deck.language = "de";
        deck.file = "code.json";
        bank::Item item;
        item.id = "code-fc-1";
        item.tags = std::move(tags);
        item.quote = "q";
        item.body = bank::TimelineEvent{"Ein Ereignis", bank::EventDate::in_year(1990)};
        deck.items.push_back(item);
        std::vector<std::string> messages;
        for (const auto& p : lint_deck(deck))
            messages.push_back(p.field + ": " + p.message);
        return messages;
    };
    CHECK(tag_problems({"heute", "Grenze"}).empty());
    CHECK(tag_problems({"1985-1995", "Grenze"}).empty());
    CHECK(tag_problems({"Grenze", "nach 1990"}).empty());
    const auto no_era = tag_problems({"Grenze", "Personen"});
    REQUIRE(no_era.size() == 1);
    CHECK(no_era[0].find("no era tag") != std::string::npos);
    const auto no_topic = tag_problems({"seit 2022", "heute"});
    REQUIRE(no_topic.size() == 1);
    CHECK(no_topic[0].find("no topic tag") != std::string::npos);
}

TEST_CASE("The same event twice (overlapping dates, mostly the same words) is an error") {
    const auto problems = lint_files({deck_data("lint-events-near-duplicate.json")});
    INFO(dump(problems));
    const auto it = std::find_if(problems.begin(), problems.end(), [](const Problem& p) {
        return p.item_id == "bad-ev-002" && p.field == "text" &&
               p.message.find("the same event as bad-ev-001") != std::string::npos;
    });
    REQUIRE(it != problems.end());
    CHECK(it->severity == Severity::Error);
    CHECK(count_errors(problems) == 1);
}

TEST_CASE("Giveaway rules leave alike choices, names with ordinals and distinct events alone") {
    bank::Deck deck;
    deck.file = "inline.json";
    deck.id = "inline";
    deck.title = "Inline";
    deck.language = "de";
    bank::Item mc;
    mc.id = "inline-mc-001";
    mc.tags = {"1945–1953", "Diplomatie"};
    mc.quote = "x";
    // A short name among longer ones differs by a few letters only: no giveaway.
    mc.body = bank::MultipleChoice{"Wer?",
                                   "Kim",
                                   bank::AnswerType::Person,
                                   {"Josef Stalin", "Mao Zedong", "Harry S. Truman"},
                                   "Kim."};
    bank::Item war;
    war.id = "inline-ev-001";
    war.tags = {"vor 1945", "Militär"};
    war.quote = "x";
    war.body = bank::TimelineEvent{"Der Erste Weltkrieg beginnt", bank::EventDate::in_year(1914)};
    bank::Item other;
    other.id = "inline-ev-002";
    other.tags = {"vor 1945", "Militär"};
    other.quote = "x";
    other.body = bank::TimelineEvent{"Attentat von Sarajevo auf den Thronfolger",
                                     bank::EventDate::on_day(1914, 6, 28)};
    deck.items = {mc, war, other};
    const auto problems = lint_deck(deck);
    INFO(dump(problems));
    for (const auto& p : problems) {
        CHECK(p.message.find("length gives it away") == std::string::npos);
        CHECK(p.message.find("states the event's order") == std::string::npos);
        CHECK(p.message.find("the same event as") == std::string::npos);
    }
}

TEST_CASE("The shipped bank has no giveaway by form and its source no Wikipedia page leftovers") {
    const auto file =
        std::filesystem::path(CHRONIK_SOURCE_DIR) / "questions" / "nordkorea-russland.json";
    const auto loaded = load_deck_file(file);
    REQUIRE(loaded.ok());
    for (const auto& p : lint_deck(*loaded.deck)) {
        INFO(format_problem(p));
        CHECK(p.message.find("gives it away") == std::string::npos);
        CHECK(p.message.find("states the event's order") == std::string::npos);
        CHECK(p.message.find("the same event as") == std::string::npos);
    }
    const std::string& text = loaded.deck->source_text;
    for (const char* leftover :
         {"Zur Navigation springen", "Bearbeiten |", "Quelltext bearbeiten", "RusslandRussland",
          "aus Wikipedia, der freien", "Einzelnachweise", "[1]", "]["}) {
        CAPTURE(leftover);
        CHECK(text.find(leftover) == std::string::npos);
    }
}

TEST_CASE("Lint reports a deck source outside the deck's folder as an error naming deck.source") {
    const fs::path dir = scratch_dir("lint-source-outside");
    fs::create_directories(dir / "decks");
    fs::copy_file(deck_data("good-source.txt"), dir / "outside.txt");
    std::ifstream in(deck_data("good.json"), std::ios::binary);
    const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const std::string& bad : {std::string("../outside.txt"), (dir / "outside.txt").string()}) {
        CAPTURE(bad);
        std::string text = good;
        const auto at = text.find("\"good-source.txt\"");
        REQUIRE(at != std::string::npos);
        text.replace(at + 1, std::string("good-source.txt").size(), bad);
        const fs::path file = dir / "decks" / "deck.json";
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
        const auto problems = lint_files({file});
        INFO(dump(problems));
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0].field == "deck.source");
        CHECK(problems[0].severity == Severity::Error);
        CHECK(problems[0].file == file.string());
    }
}
