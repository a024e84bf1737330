#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"
#include "io_bank/test_paths.hpp"

using namespace chronik;
using namespace chronik::io;
using chronik::test::deck_data;
using chronik::test::scratch_dir;
namespace fs = std::filesystem;

namespace {

bool has_problem(const std::vector<Problem>& problems, const std::string& item_id,
                 const std::string& field, const std::string& part) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.item_id == item_id && p.field == field &&
               p.message.find(part) != std::string::npos;
    });
}

std::string dump(const std::vector<Problem>& problems) {
    std::string s;
    for (const auto& p : problems)
        s += format_problem(p) + "\n";
    return s;
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("A good deck loads with its metadata, source text and every item") {
    const auto result = load_deck_file(deck_data("good.json"));
    INFO(dump(result.problems));
    REQUIRE(result.ok());
    CHECK(result.problems.empty());
    const auto& deck = *result.deck;
    CHECK(deck.id == "test-good");
    CHECK(deck.language == "de");
    CHECK(deck.source_file == "good-source.txt");
    CHECK(deck.source_text == read_file(deck_data("good-source.txt")));
    CHECK(deck.file == deck_data("good.json").string());
    REQUIRE(deck.items.size() == 9);
    const auto& mc = deck.items[1];
    CHECK(mc.id == "good-mc-002");
    CHECK(mc.difficulty == 2);
    CHECK(mc.tags == std::vector<std::string>{"vor 1945", "Grenze"});
    CHECK(mc.quote == "Die Grenze am Tumen ist 17 Kilometer lang.");
    REQUIRE(mc.multiple_choice());
    CHECK(mc.multiple_choice()->answer_type == bank::AnswerType::Number);
    CHECK(mc.multiple_choice()->distractors.size() == 3);
    const auto& ev = deck.items[5];
    REQUIRE(ev.event());
    CHECK(ev.event()->date == bank::EventDate::in_month(1950, 6));
    CHECK(deck.items[6].event()->date == bank::EventDate::on_day(2022, 3, 2));
    CHECK(deck.items[7].event()->date == bank::EventDate::in_season(1996, bank::Season::Spring));
    REQUIRE(deck.items[8].flashcard());
    CHECK(deck.items[8].flashcard()->front == "Tumen");
    CHECK(deck.items[8].quote.empty());
}

TEST_CASE("German quotes, ß, umlauts, Cyrillic and ŏ survive loading byte for byte") {
    const auto result = load_deck_file(deck_data("good.json"));
    REQUIRE(result.ok());
    const auto& deck = *result.deck;
    CHECK(deck.title ==
          "Gutes Testdeck \xe2\x80\x9e"
          "Cho"
          "s\xc5\x8f"
          "n\xe2\x80\x9c");
    const auto* place = deck.items[2].multiple_choice();
    REQUIRE(place);
    CHECK(place->answer == "\xd0\x9f\xd1\x85\xd0\xb5\xd0\xbd\xd1\x8c\xd1\x8f\xd0\xbd");  // Пхеньян
    CHECK(place->prompt ==
          "Wie hei\xc3\x9f"
          "t die Hauptstadt auf Russisch?");
    CHECK(place->explanation.find("Pj\xc3\xb6ngjang") != std::string::npos);
    CHECK(deck.items[8].flashcard()->back.find("\xc3\x9f und \xc3\xbc") != std::string::npos);
}

TEST_CASE("Malformed JSON is refused with line and column") {
    const auto result = load_deck_file(deck_data("load-malformed.json"));
    CHECK_FALSE(result.ok());
    INFO(dump(result.problems));
    CHECK(has_problem(result.problems, "", "", "malformed JSON at line 5, column 18"));
}

TEST_CASE("Wrong types are reported with their JSON path and only those items are skipped") {
    const auto result = load_deck_file(deck_data("load-wrong-types.json"));
    INFO(dump(result.problems));
    REQUIRE(result.ok());
    CHECK(has_problem(result.problems, "bad-mc-001", "difficulty",
                      "expected an integer, found a string"));
    CHECK(has_problem(result.problems, "bad-mc-002", "distractors[1]",
                      "expected a string, found an integer"));
    REQUIRE(result.deck->items.size() == 1);
    CHECK(result.deck->items[0].id == "bad-mc-003");
}

TEST_CASE("Wrong types at the top of a deck refuse the whole file") {
    const auto result = load_deck_file(deck_data("load-wrong-top-types.json"));
    CHECK_FALSE(result.ok());
    CHECK(has_problem(result.problems, "", "deck", "expected an object, found a string"));
    const auto dir = scratch_dir("top-level-array");
    write_file(dir / "array.json", "[1, 2, 3]");
    const auto array = load_deck_file(dir / "array.json");
    CHECK_FALSE(array.ok());
    CHECK(has_problem(array.problems, "", "", "expected a JSON object"));
}

TEST_CASE("A missing field skips its item and names the field") {
    const auto result = load_deck_file(deck_data("load-missing-field.json"));
    REQUIRE(result.ok());
    CHECK(has_problem(result.problems, "bad-mc-002", "answer", "missing"));
    CHECK(result.deck->items.size() == 1);
}

TEST_CASE("A missing source file refuses the deck and says where it was looked for") {
    const auto result = load_deck_file(deck_data("load-missing-source.json"));
    CHECK_FALSE(result.ok());
    INFO(dump(result.problems));
    CHECK(has_problem(result.problems, "", "deck.source", "does-not-exist.txt"));
    CHECK(has_problem(result.problems, "", "deck.source", "not found"));
}

TEST_CASE("Non-UTF-8 bytes are refused with their byte offset") {
    const auto dir = scratch_dir("latin1");
    const std::string text = R"({"schema": 1, "deck": {"id": "x", "title": "Gr)"
                             "\xfc\xdf"
                             R"(e", "language": "de"}, "items": []})";
    write_file(dir / "latin1.json", text);
    const auto result = load_deck_file(dir / "latin1.json");
    CHECK_FALSE(result.ok());
    INFO(dump(result.problems));
    CHECK(has_problem(
        result.problems, "", "",
        "not valid UTF-8: byte 0xfc at byte offset " + std::to_string(text.find('\xfc'))));
}

TEST_CASE("A source text that is not UTF-8 refuses the deck") {
    const auto dir = scratch_dir("latin1-source");
    write_file(dir / "source.txt",
               "Gr\xfc\xdf"
               "e");
    write_file(
        dir / "deck.json",
        R"({"schema": 1, "deck": {"id": "x", "title": "T", "language": "de", "source": "source.txt"}, "items": []})");
    const auto result = load_deck_file(dir / "deck.json");
    CHECK_FALSE(result.ok());
    CHECK(has_problem(result.problems, "", "deck.source", "byte offset 2"));
}

TEST_CASE("An empty file is refused as empty") {
    const auto result = load_deck_file(deck_data("load-empty.json"));
    CHECK_FALSE(result.ok());
    CHECK(has_problem(result.problems, "", "", "the file is empty"));
    const auto dir = scratch_dir("blank");
    write_file(dir / "blank.json", "  \n\t\n");
    CHECK(has_problem(load_deck_file(dir / "blank.json").problems, "", "", "the file is empty"));
}

TEST_CASE("A huge file is refused before it is read") {
    const auto dir = scratch_dir("huge");
    const auto path = dir / "huge.json";
    write_file(path, "{");
    fs::resize_file(path, kMaxDeckFileBytes + 1);  // sparse: no 32 MiB written
    const auto result = load_deck_file(path);
    CHECK_FALSE(result.ok());
    INFO(dump(result.problems));
    CHECK(has_problem(result.problems, "", "", "files over 32 MiB are refused"));
    fs::remove(path);
}

TEST_CASE("A file that does not exist is a problem, not an exception") {
    const auto result = load_deck_file(deck_data("no-such-deck.json"));
    CHECK_FALSE(result.ok());
    CHECK(has_problem(result.problems, "", "", "not found"));
}

TEST_CASE("A newer schema is refused with a clear message") {
    const auto result = load_deck_file(deck_data("load-newer-schema.json"));
    CHECK_FALSE(result.ok());
    CHECK(has_problem(result.problems, "", "schema",
                      "schema 2 is newer than this version of Chronik reads (1)"));
}

TEST_CASE("A duplicate id inside a deck skips the later item") {
    const auto result = load_deck_file(deck_data("load-duplicate-ids.json"));
    REQUIRE(result.ok());
    CHECK(has_problem(result.problems, "bad-mc-001", "id", "duplicate id, first used by items[0]"));
    REQUIRE(result.deck->items.size() == 1);
    CHECK(result.deck->items[0].multiple_choice()->prompt ==
          "In welchem Jahr beginnen die Beziehungen?");
}

TEST_CASE("Dates that do not parse are named and their events skipped") {
    const auto result = load_deck_file(deck_data("load-bad-date.json"));
    REQUIRE(result.ok());
    INFO(dump(result.problems));
    CHECK(has_problem(result.problems, "bad-ev-001", "date", "month 13"));
    CHECK(has_problem(result.problems, "bad-ev-002", "date.precision",
                      "'fortnight' is not a precision"));
    CHECK(has_problem(result.problems, "bad-ev-003", "date", "divisible by 10"));
    CHECK(has_problem(result.problems, "bad-ev-004", "date",
                      "day 29 does not exist in month 2 of 2023"));
    CHECK(has_problem(result.problems, "bad-ev-005", "date.season", "missing"));
    REQUIRE(result.deck->items.size() == 1);
    CHECK(result.deck->items[0].event()->date ==
          bank::EventDate::in_decade_part(1980, bank::PeriodPart::Mid));
}

TEST_CASE("An unknown kind or answer type is named") {
    const auto result = load_deck_file(deck_data("load-unknown-kind.json"));
    REQUIRE(result.ok());
    CHECK(has_problem(result.problems, "bad-mc-001", "kind", "'essay' is not a kind"));
    CHECK(has_problem(result.problems, "bad-mc-002", "answer_type",
                      "'colour' is not an answer type"));
    CHECK(result.deck->items.empty());
}

TEST_CASE("Unknown fields are warnings, not errors") {
    const auto dir = scratch_dir("unknown-field");
    write_file(dir / "deck.json",
               R"({"schema": 1, "deck": {"id": "x", "title": "T", "language": "de"},
      "items": [{"id": "x-fc-1", "kind": "flashcard", "tags": ["A"], "difficulty": 1,
                 "front": "F", "back": "B", "bakc": "typo"}]})");
    const auto result = load_deck_file(dir / "deck.json");
    REQUIRE(result.ok());
    CHECK(result.deck->items.size() == 1);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].severity == Severity::Warning);
    CHECK(result.problems[0].field == "bakc");
}

TEST_CASE("The bank loads every deck in the folder but not those in subfolders") {
    const auto dir = scratch_dir("bank-subfolders");
    fs::copy_file(deck_data("good.json"), dir / "good.json");
    fs::copy_file(deck_data("good-source.txt"), dir / "good-source.txt");
    fs::create_directories(dir / "parts");
    fs::copy_file(deck_data("lint-cross-file-a.json"), dir / "parts" / "other.json");
    const auto result = load_bank(dir);
    INFO(dump(result.problems));
    CHECK(result.problems.empty());
    CHECK(result.files.size() == 1);
    CHECK(result.bank.decks().size() == 1);
    CHECK(result.bank.item_count() == 9);
    CHECK(result.bank.find("good-ev-002") != nullptr);
}

TEST_CASE("A broken deck is reported and skipped while the others still load") {
    const auto dir = scratch_dir("bank-broken");
    fs::copy_file(deck_data("good.json"), dir / "b-good.json");
    fs::copy_file(deck_data("good-source.txt"), dir / "good-source.txt");
    fs::copy_file(deck_data("load-malformed.json"), dir / "a-malformed.json");
    fs::copy_file(deck_data("load-empty.json"), dir / "c-empty.json");
    fs::copy_file(deck_data("load-newer-schema.json"), dir / "d-newer.json");
    write_file(dir / "e-latin1.json", "{\"schema\": \xff}");
    const auto result = load_bank(dir);
    INFO(dump(result.problems));
    CHECK(result.files.size() == 5);
    CHECK(result.bank.decks().size() == 1);
    CHECK(result.bank.item_count() == 9);
    CHECK(count_errors(result.problems) == 4);
    for (const char* name : {"a-malformed.json", "c-empty.json", "d-newer.json", "e-latin1.json"}) {
        CAPTURE(name);
        CHECK(std::any_of(result.problems.begin(), result.problems.end(),
                          [&](const Problem& p) { return p.file == (dir / name).string(); }));
    }
}

TEST_CASE("An id two decks define is reported in both and the earlier deck's item kept") {
    const auto dir = scratch_dir("bank-duplicates");
    fs::copy_file(deck_data("good-source.txt"), dir / "good-source.txt");
    fs::copy_file(deck_data("lint-cross-file-a.json"), dir / "a.json");
    fs::copy_file(deck_data("lint-cross-file-b.json"), dir / "b.json");
    const auto result = load_bank(dir);
    INFO(dump(result.problems));
    CHECK(result.bank.item_count() == 1);
    CHECK(result.bank.deck_of("shared-mc-001")->file == (dir / "a.json").string());
    REQUIRE(result.problems.size() == 2);
    // The skipped one: an error in b.json naming a.json.
    CHECK(result.problems[0].file == (dir / "b.json").string());
    CHECK(result.problems[0].item_id == "shared-mc-001");
    CHECK(result.problems[0].severity == Severity::Error);
    CHECK(result.problems[0].message.find("also defined in " + (dir / "a.json").string()) !=
          std::string::npos);
    // The kept one: named in a.json too, so neither wins silently.
    CHECK(result.problems[1].file == (dir / "a.json").string());
    CHECK(result.problems[1].message.find("also defined in " + (dir / "b.json").string()) !=
          std::string::npos);
    CHECK(result.problems[1].message.find("this item is kept") != std::string::npos);
}

TEST_CASE("A teacher's deck cannot replace an item of a shipped deck") {
    const auto shipped = scratch_dir("bank-shipped-wins");
    const auto user = scratch_dir("bank-shipped-wins-user");
    fs::copy_file(deck_data("good-source.txt"), shipped / "good-source.txt");
    fs::copy_file(deck_data("good-source.txt"), user / "good-source.txt");
    // The user's file sorts first by name, but shipped decks load first.
    fs::copy_file(deck_data("lint-cross-file-b.json"), shipped / "z-shipped.json");
    fs::copy_file(deck_data("lint-cross-file-a.json"), user / "a-user.json");
    auto result = load_bank(shipped);
    for (const auto& file : deck_files_in(user)) {
        auto loaded = load_deck_file(file);
        REQUIRE(loaded.deck);
        add_deck_reporting(result.bank, std::move(*loaded.deck), result.problems);
    }
    CHECK(result.bank.deck_of("shared-mc-001")->file == (shipped / "z-shipped.json").string());
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].file == (user / "a-user.json").string());
    CHECK(result.problems[1].file == (shipped / "z-shipped.json").string());
}

TEST_CASE(
    "A deck's source must lie in its folder: '..', absolute paths and links out are refused") {
    const auto dir = scratch_dir("bank-source-traversal");
    fs::create_directories(dir / "decks" / "sub");
    fs::copy_file(deck_data("good-source.txt"), dir / "outside.txt");
    fs::copy_file(deck_data("good-source.txt"), dir / "decks" / "sub" / "inside.txt");
    fs::create_symlink(dir / "outside.txt", dir / "decks" / "link-out.txt");
    fs::create_symlink(dir / "decks" / "sub" / "inside.txt", dir / "decks" / "link-in.txt");
    const std::string deck_text = read_file(deck_data("good.json"));
    const auto with_source = [&](const std::string& source) {
        std::string text = deck_text;
        const auto at = text.find("\"source\": \"");
        REQUIRE(at != std::string::npos);
        const auto end = text.find('"', at + 11);
        text.replace(at + 11, end - at - 11, source);
        const fs::path file = dir / "decks" / "deck.json";
        write_file(file, text);
        return load_deck_file(file);
    };
    for (const std::string& bad :
         std::vector<std::string>{"../outside.txt", "sub/../../outside.txt",
                                  (dir / "outside.txt").string(), "/etc/passwd", "link-out.txt"}) {
        CAPTURE(bad);
        const auto r = with_source(bad);
        CHECK_FALSE(r.deck);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].field == "deck.source");
    }
    for (const std::string good : {"sub/inside.txt", "link-in.txt"}) {
        CAPTURE(good);
        const auto r = with_source(good);
        CHECK(r.deck);
    }
}

TEST_CASE("A missing question folder is a problem, not a crash") {
    const auto result = load_bank(deck_data("no-such-folder"));
    CHECK(result.bank.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].message == "question folder not found");
}
