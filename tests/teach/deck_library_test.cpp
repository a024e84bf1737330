#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/bank_loading.hpp"
#include "app/deck_library.hpp"
#include "derive/derive.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/import/deck_writer.hpp"
#include "io/import/text_file.hpp"
#include "io/interop/apkg_reader.hpp"
#include "io/interop/apkg_writer.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(CHRONIK_SOURCE_DIR) / "tests" / "data";

// A questions folder with one small shipped deck, and an empty saves folder.
struct Setup {
    test::TempFolder tmp{"deck-library"};
    fs::path questions = tmp / "questions";
    fs::path user = tmp / "saves" / "decks";
    ui::StringTable strings{ui::Language::German};
    Setup() {
        fs::create_directories(questions);
        fs::copy_file(kData / "decks" / "good.json", questions / "good.json");
        fs::copy_file(kData / "decks" / "good-source.txt", questions / "good-source.txt");
    }
    app::LoadedBank load() { return app::load_question_bank(questions, user, strings); }
};

std::size_t drafts_in(const bank::QuestionBank& b) {
    std::size_t n = 0;
    for (const auto* i : b.items())
        n += i->draft ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("an imported CSV becomes a playable user deck with its bad rows reported by line") {
    Setup s;
    auto bank = s.load();
    const auto shipped = bank.bank.item_count();
    app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
    const auto out =
        library.import_file((kData / "import" / "timeline.csv").string(), ui::ImportChoice::Detect);
    REQUIRE(out.ok());
    CHECK(out.kind == ui::ImportChoice::Timeline);
    CHECK(out.imported == 7);
    REQUIRE(out.problems.size() == 2);
    CHECK(out.problems[0].line == 5);
    CHECK(out.problems[1].line == 9);
    CHECK(fs::exists(s.user / "timeline.json"));
    CHECK(fs::exists(s.user / "timeline.import.txt"));
    CHECK(bank.bank.item_count() == shipped + 7);  // the running bank has it at once
    // It lints cleanly, as `chronik-cli lint` would check it.
    CHECK(io::count_errors(io::lint_files({s.user / "timeline.json"})) == 0);
    // And it loads on the next start.
    auto again = s.load();
    CHECK(again.notices.empty());
    CHECK(again.bank.item_count() == shipped + 7);
}

TEST_CASE("importing the same file twice gives two decks whose ids cannot collide") {
    Setup s;
    auto bank = s.load();
    const auto shipped = bank.bank.item_count();
    app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
    const auto path = (kData / "import" / "mc.csv").string();
    const auto a = library.import_file(path, ui::ImportChoice::Detect);
    // Pasted from a file manager: quoted, or as a file:// URI with %-escapes.
    const auto b = library.import_file("  \"" + path + "\"  ", ui::ImportChoice::Detect);
    io::write_text_file(s.tmp / "Fragen für Kurs 9.csv", io::read_utf8_file(path),
                        io::Overwrite::Yes);
    const auto c =
        library.import_file("file://" + s.tmp.path().string() + "/Fragen%20f%C3%BCr%20Kurs%209.csv",
                            ui::ImportChoice::Detect);
    REQUIRE(c.ok());
    CHECK(c.deck_id == "fragen-fuer-kurs-9");
    CHECK(c.title == "Fragen für Kurs 9");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.kind == ui::ImportChoice::MultipleChoice);
    CHECK(a.deck_id == "mc");
    CHECK(b.deck_id == "mc-2");
    CHECK(library.problems().empty());
    CHECK(bank.bank.item_count() ==
          shipped + static_cast<std::size_t>(a.imported + b.imported + c.imported));
}

TEST_CASE("a broken user deck is named in a notice and skipped, the other decks load") {
    Setup s;
    fs::create_directories(s.user);
    { std::ofstream(s.user / "kaputt.json") << "{ \"schema\": 1, "; }
    const auto shipped = app::load_question_bank(s.questions, s.strings).bank.item_count();
    auto bank = s.load();
    REQUIRE(bank.notices.size() == 1);
    CHECK(bank.notices[0].find("kaputt.json") != std::string::npos);
    CHECK(bank.bank.item_count() == shipped);
}

TEST_CASE("an unreadable or empty import is refused with a reason and writes nothing") {
    Setup s;
    auto bank = s.load();
    app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
    const auto missing =
        library.import_file((s.tmp / "nope.csv").string(), ui::ImportChoice::Detect);
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.find("nope.csv") != std::string::npos);
    io::write_text_file(s.tmp / "leer.csv", "prompt,answer\n", io::Overwrite::Yes);
    const auto empty =
        library.import_file((s.tmp / "leer.csv").string(), ui::ImportChoice::MultipleChoice);
    CHECK_FALSE(empty.ok());
    CHECK(empty.failure == ui::ImportFailure::NoRowImported);
    CHECK_FALSE(fs::exists(s.user / "leer.json"));
}

TEST_CASE("each way an import fails has its kind, so the game can say it in its own language") {
    Setup s;
    auto bank = s.load();
    app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
    const auto failure = [&](const fs::path& file, ui::ImportChoice kind) {
        const auto out = library.import_file(file.string(), kind);
        CHECK_FALSE(out.ok());
        CHECK(out.input == file.string());
        return out;
    };
    CHECK(library.import_file("  ", ui::ImportChoice::Detect).failure == ui::ImportFailure::NoPath);
    CHECK(failure(s.tmp / "nope.csv", ui::ImportChoice::Detect).failure ==
          ui::ImportFailure::NotFound);
    CHECK(failure(s.tmp / "nope.apkg", ui::ImportChoice::Detect).failure ==
          ui::ImportFailure::NotFound);
    fs::create_directories(s.tmp / "ordner.csv");
    CHECK(failure(s.tmp / "ordner.csv", ui::ImportChoice::Detect).failure ==
          ui::ImportFailure::IsFolder);
    io::write_text_file(s.tmp / "latin1.csv",
                        "Stra\xDF"
                        "e,street\nHaus,house\n",
                        io::Overwrite::Yes);
    const auto latin1 = failure(s.tmp / "latin1.csv", ui::ImportChoice::Detect);
    CHECK(latin1.failure == ui::ImportFailure::NotUtf8);
    CHECK(latin1.detail == "4");
    io::write_text_file(s.tmp / "kaputt.apkg", "not a zip", io::Overwrite::Yes);
    const auto package = failure(s.tmp / "kaputt.apkg", ui::ImportChoice::Detect);
    CHECK(package.failure == ui::ImportFailure::BadPackage);
    CHECK(package.detail.find("kaputt.apkg") == std::string::npos);  // the UI names the file
    io::write_text_file(s.tmp / "liste.csv", "Begriff,Erklärung\nA,B\n", io::Overwrite::Yes);
    CHECK(failure(s.tmp / "liste.csv", ui::ImportChoice::Kahoot).failure ==
          ui::ImportFailure::NotAnkiOrKahoot);
    io::write_text_file(s.tmp / "kein-stapel.json", "{\"hello\": 1}", io::Overwrite::Yes);
    CHECK(failure(s.tmp / "kein-stapel.json", ui::ImportChoice::Detect).failure ==
          ui::ImportFailure::NotADeck);
    io::write_text_file(s.tmp / "prosa.txt", "Es war einmal ein Text ohne Daten.",
                        io::Overwrite::Yes);
    CHECK(failure(s.tmp / "prosa.txt", ui::ImportChoice::DraftFromText).failure ==
          ui::ImportFailure::NothingInText);
    CHECK_FALSE(fs::exists(s.user / "prosa.json"));
}

TEST_CASE("a text import derives a draft whose review survives a restart and ends lint-clean") {
    Setup s;
    auto bank = s.load();
    std::string deck_id;
    std::size_t total = 0;
    {
        app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
        CHECK(library.detect((kData / "import" / "hanse.txt").string()) ==
              ui::ImportChoice::DraftFromText);
        const auto out = library.import_file((kData / "import" / "hanse.txt").string(),
                                             ui::ImportChoice::Detect);
        REQUIRE(out.ok());
        CHECK(out.kind == ui::ImportChoice::DraftFromText);
        REQUIRE(out.imported >= 4);
        deck_id = out.deck_id;
        total = static_cast<std::size_t>(out.imported);
        CHECK(drafts_in(bank.bank) == total);  // loaded, but drafts are never studied

        auto first = library.next_draft(deck_id);
        REQUIRE(first);
        CHECK(first->remaining == total);
        CHECK_FALSE(first->source_sentence.empty());
        CHECK(library.decide(deck_id, first->item.id, ui::DraftAction::Accept) == std::nullopt);
        auto second = library.next_draft(deck_id);
        REQUIRE(second);
        CHECK(second->item.id != first->item.id);
        CHECK(library.decide(deck_id, second->item.id, ui::DraftAction::Reject) == std::nullopt);
        auto third = library.next_draft(deck_id);
        REQUIRE(third);
        CHECK(library.decide(deck_id, third->item.id, ui::DraftAction::Flashcard) == std::nullopt);
        // An edit with umlauts: every field gets a new text.
        auto fourth = library.next_draft(deck_id);
        REQUIRE(fourth);
        std::vector<std::string> values;
        for (const auto& f : fourth->fields)
            values.push_back(f.value);
        values[0] = "Größte Hansestadt an der Ostsee: Lübeck";
        if (values.size() > 1) {
            const auto bad = library.save_edit(deck_id, fourth->item.id,
                                               std::vector<std::string>(values.size(), ""));
            REQUIRE_FALSE(bad.empty());
            CHECK(bad[0].issue == ui::EditIssue::Empty);
        }
        CHECK(library.save_edit(deck_id, fourth->item.id, values).empty());
    }
    // A new start: the review continues after the decided items.
    auto restarted = s.load();
    CHECK(restarted.notices.empty());
    app::UserDeckLibrary library(restarted.bank, s.questions, s.user, s.strings);
    auto next = library.next_draft(deck_id);
    REQUIRE(next);
    CHECK(next->reviewed == 3);
    CHECK(next->remaining == total - 4);
    const auto* edited = [&]() -> const bank::Item* {
        for (const auto* i : restarted.bank.items())
            if (!i->draft && i->event() &&
                i->event()->text == "Größte Hansestadt an der Ostsee: Lübeck")
                return i;
            else if (!i->draft && i->multiple_choice() &&
                     i->multiple_choice()->prompt == "Größte Hansestadt an der Ostsee: Lübeck")
                return i;
        return nullptr;
    }();
    CHECK(edited != nullptr);
    // The file as imported is kept aside.
    CHECK(fs::exists(s.user / "originals" / (deck_id + ".json")));

    const auto errors = library.finish_draft(deck_id);
    for (const auto& e : errors)
        MESSAGE(e);
    CHECK(errors.empty());
    CHECK(drafts_in(restarted.bank) == 0);
    CHECK_FALSE(library.next_draft(deck_id));
    const auto file = s.user / (deck_id + ".json");
    CHECK(io::count_errors(io::lint_files({file})) == 0);
    CHECK(io::read_utf8_file(file).find("\"draft\"") == std::string::npos);
}

TEST_CASE("a deck file made by derive is imported with its source, a loaded deck id is refused") {
    Setup s;
    auto bank = s.load();
    app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
    // As `chronik-cli derive hanse.txt --out elsewhere/hanse.json` writes it: a relative source.
    const auto elsewhere = s.tmp / "elsewhere";
    fs::create_directories(elsewhere / "texte");
    fs::copy_file(kData / "import" / "hanse.txt", elsewhere / "texte" / "hanse.txt");
    const auto text = io::read_utf8_file(elsewhere / "texte" / "hanse.txt");
    bank::Deck deck;
    deck.id = "hanse";
    deck.title = "Die Hanse";
    deck.language = "de";
    deck.source_file = "texte/hanse.txt";
    deck.items = derive::draft_items(derive::derive_candidates(text), deck.id);
    io::write_text_file(elsewhere / "hanse.json", io::deck_to_json(deck), io::Overwrite::Yes);

    CHECK(library.detect((elsewhere / "hanse.json").string()) == ui::ImportChoice::Detect);
    const auto out =
        library.import_file((elsewhere / "hanse.json").string(), ui::ImportChoice::Detect);
    REQUIRE(out.ok());
    CHECK(out.kind == ui::ImportChoice::DraftFromText);  // it holds drafts to review
    CHECK(out.deck_id == "hanse");
    CHECK(out.imported == static_cast<int>(deck.items.size()));
    CHECK(fs::exists(s.user / "hanse.source.txt"));
    CHECK(library.problems().empty());
    const auto card = library.next_draft("hanse");
    REQUIRE(card);
    CHECK_FALSE(card->source_sentence.empty());
    // The same deck again would reuse its item ids: refused, nothing written.
    const auto again =
        library.import_file((elsewhere / "hanse.json").string(), ui::ImportChoice::Detect);
    CHECK_FALSE(again.ok());
    CHECK(again.error.find("hanse") != std::string::npos);
    CHECK(again.failure == ui::ImportFailure::DeckIdTaken);
    CHECK(again.detail == "hanse");
}

TEST_CASE("Stapel imports an Anki package as a draft and exports a reviewed deck for Anki") {
    Setup s;
    auto bank = s.load();
    app::UserDeckLibrary library(bank.bank, s.questions, s.user, s.strings);
    // A package as Chronik writes it (tests/interop reads such packages with anki-reader).
    const std::vector<interop::ExportNote> notes{
        {"k-fc-001", interop::anki_guid("1"), "Tumen", "Grenzfluss", {"Grenze"}},
        {"k-fc-002", interop::anki_guid("2"), "Seoul", "Hauptstadt Südkoreas", {"Grenze"}}};
    const auto package = s.tmp / "korea.apkg";
    io::write_apkg(package, "Korea", notes, 0, io::Overwrite::No);
    CHECK(library.detect(package.string()) == ui::ImportChoice::Anki);
    const auto outcome = library.import_file(package.string(), ui::ImportChoice::Detect);
    REQUIRE_MESSAGE(outcome.ok(), outcome.error);
    CHECK(outcome.kind == ui::ImportChoice::Anki);
    CHECK(outcome.drafts);
    CHECK(outcome.imported == 2);
    CHECK(outcome.title == "Korea");
    // Drafts are not exported; once reviewed, the deck is.
    CHECK(library.export_anki(outcome.deck_id).failure ==
          ui::DeckLibrary::ExportFailure::OnlyDrafts);
    CHECK(library.export_anki("no-such-deck").failure == ui::DeckLibrary::ExportFailure::NotLoaded);
    while (const auto card = library.next_draft(outcome.deck_id))
        CHECK_FALSE(library.decide(outcome.deck_id, card->item.id, ui::DraftAction::Accept));
    CHECK(library.finish_draft(outcome.deck_id).empty());
    const auto exported = library.export_anki(outcome.deck_id);
    REQUIRE_MESSAGE(exported.ok(), exported.error);
    CHECK(exported.package == (s.tmp / "saves" / "exports" / (outcome.deck_id + ".apkg")).string());
    CHECK(fs::exists(exported.text));
    const auto back = io::read_apkg(exported.package);
    REQUIRE(back.notes.size() == 2);
    CHECK(back.notes[0].fields == std::vector<std::string>{"Tumen", "Grenzfluss"});
}
