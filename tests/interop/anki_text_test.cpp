// Anki "Notes in Plain Text" exports (written by hand from Anki's documented format) as decks.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "interop/anki_export.hpp"
#include "interop/anki_notes.hpp"
#include "io/interop/anki_text.hpp"

using namespace chronik;

namespace {

std::string data(const std::string& name) {
    std::ifstream in(std::string(CHRONIK_INTEROP_DATA) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    REQUIRE(!s.str().empty());
    return s.str();
}

interop::NotesDeck deck_of(const io::AnkiTextFile& file) {
    return interop::notes_to_deck(file.notes, {"anki", "Anki", false});
}

const bank::Flashcard& card(const interop::NotesDeck& d, std::size_t i) {
    REQUIRE(i < d.deck.items.size());
    const auto* fc = d.deck.items[i].flashcard();
    REQUIRE(fc != nullptr);
    return *fc;
}

}  // namespace

TEST_CASE(
    "An Anki export with header lines keeps its GUID, note type, deck and tags out of the cards") {
    const auto file = io::read_anki_text(data("anki-notes-with-headers.txt"));
    CHECK(file.headers);
    CHECK(file.html);
    REQUIRE(file.notes.size() == 6);
    CHECK(file.notes[0].guid == "b7]Lq2%xYk");
    CHECK(file.notes[0].deck == "Geschichte::Korea");
    CHECK(file.notes[0].fields.size() == 2);
    const auto d = deck_of(file);
    // Basic 1 + cloze 2 + reversed 2 + the quoted note 1; the image-only and the empty cloze
    // note are skipped.
    CHECK(d.deck.items.size() == 6);
    CHECK(d.notes == 4);
    CHECK(d.skipped == 2);
    CHECK(card(d, 0).front == "Wann begann der Koreakrieg?");
    CHECK(card(d, 0).back == "Im Juni 1950\nmit dem Angriff des Nordens");
    CHECK(d.deck.items[0].tags == std::vector<std::string>{"Koreakrieg", "1945–1953"});
    CHECK(card(d, 1).front == "Der Koreakrieg begann im [Monat] mit dem Angriff Nordkoreas.");
    CHECK(card(d, 1).back == "Juni 1950\n\nQuelle: Wikipedia");
    CHECK(card(d, 2).front == "Der Koreakrieg begann im Juni 1950 mit dem Angriff […].");
    CHECK(card(d, 2).back == "Nordkoreas\n\nQuelle: Wikipedia");
    CHECK(card(d, 3).front == "Pjöngjang");
    CHECK(card(d, 3).back == "Hauptstadt Nordkoreas");
    CHECK(card(d, 4).front == "Hauptstadt Nordkoreas");
    CHECK(card(d, 4).back == "Pjöngjang");
    CHECK(card(d, 5).front == "Wer sagte \"Nie wieder\"?");
    CHECK(card(d, 5).back == "Niemand");
    CHECK(d.deck.items[5].tags == std::vector<std::string>{"Import"});
    for (const auto& item : d.deck.items) {
        const auto* fc = item.flashcard();
        for (const std::string* s : {&fc->front, &fc->back}) {
            CHECK(s->find('<') == std::string::npos);
            CHECK(s->find("&nbsp;") == std::string::npos);
            CHECK(s->find("{{") == std::string::npos);
        }
    }
    std::string messages;
    for (const auto& p : d.problems)
        messages +=
            std::to_string(p.line) + ": " + text::note_label(p.item) + ": " + p.message + "\n";
    CHECK(messages.find("10: note Q&9vR2kLaa: refers to karte-tumen.png") != std::string::npos);
    CHECK(messages.find("the front is empty once images and sounds are left out") !=
          std::string::npos);
    CHECK(messages.find("refers to antwort.mp3") != std::string::npos);
    CHECK(messages.find("12: note x(2wK9sDef: a cloze note without a cloze") != std::string::npos);
}

TEST_CASE("An Anki export without header lines is read as HTML when its fields hold HTML") {
    const auto file = io::read_anki_text(data("anki-notes-no-headers.txt"));
    CHECK_FALSE(file.headers);
    CHECK(file.html);
    const auto d = deck_of(file);
    REQUIRE(d.deck.items.size() == 2);
    CHECK(card(d, 0).back == "1945 auf der Konferenz von Jalta & später");
    CHECK(card(d, 1).front == "Tumen");
    CHECK(card(d, 1).back == "Grenzfluss\nzwischen Nordkorea und Russland");
}

TEST_CASE(
    "Anki's #columns, #tags, #notetype and a named separator are honoured, #html:false keeps "
    "text") {
    const auto file = io::read_anki_text(data("anki-comma-columns.txt"));
    CHECK(file.separator == ',');
    CHECK_FALSE(file.html);
    const auto d = deck_of(file);
    REQUIRE(d.deck.items.size() == 4);  // two reversed notes
    CHECK(card(d, 0).front == "Seoul");
    CHECK(card(d, 1).front == "Hauptstadt Südkoreas");
    CHECK(card(d, 2).front == "Kim Il-sung, Staatsgründer");
    CHECK(card(d, 2).back == "Erster Machthaber Nordkoreas <kein HTML>");
    CHECK(d.deck.items[0].tags ==
          std::vector<std::string>{"importiert", "Geografie", "Hauptstadt"});
    CHECK(file.notes[0].deck == "Korea");
}

TEST_CASE("Basic notes with more fields keep them on the back and say so") {
    interop::AnkiNote note;
    note.fields = {"Front", "Back", "Extra"};
    const auto d = interop::notes_to_deck({note}, {"x", "X", true});
    REQUIRE(d.deck.items.size() == 1);
    CHECK(d.deck.items[0].draft);
    CHECK(d.deck.items[0].flashcard()->back == "Back\n\nExtra");
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message == "field 3 is added to the back");
    CHECK(d.problems[0].reason == text::RowReason::FieldAddedToBack);
    CHECK(d.problems[0].detail == "3");
    CHECK(text::row_kept(d.problems[0].reason));
}

TEST_CASE("Note type names choose the card shape in English and German") {
    using interop::NoteShape;
    CHECK(interop::shape_from_name("Cloze") == NoteShape::Cloze);
    CHECK(interop::shape_from_name("Lückentext") == NoteShape::Cloze);
    CHECK(interop::shape_from_name("Basic (and reversed card)") == NoteShape::BasicAndReversed);
    CHECK(interop::shape_from_name("Basic (optional reversed card)") ==
          NoteShape::BasicOptionalReversed);
    CHECK(interop::shape_from_name("Einfach (mit umgekehrter Karte)") ==
          NoteShape::BasicAndReversed);
    CHECK(interop::shape_from_name("Basic") == NoteShape::Basic);
    CHECK(interop::shape_from_name("") == NoteShape::Basic);
}

TEST_CASE("Text that looks like Anki's sound or LaTeX markup stays text through an export") {
    // Found by fuzz_anki_text: "[sound:...]" made of a note's back and extra field was written
    // to Anki as it was, so Anki (and Chronik reading the export) took it for a sound file.
    const std::vector<interop::ExportNote> notes = {{"x-fc-001",
                                                     interop::anki_guid("a"),
                                                     "Was hört man in [sound:hymne.mp3]?",
                                                     "[latex]x^2[/latex] & [1]",
                                                     {"Test"}}};
    const auto again = io::read_anki_text(io::anki_text_export("Test", notes));
    REQUIRE(again.notes.size() == 1);
    CHECK(again.notes[0].media.empty());
    CHECK(again.notes[0].fields == std::vector<std::string>{"Was hört man in [sound:hymne.mp3]?",
                                                            "[latex]x^2[/latex] & [1]"});
}

TEST_CASE("Two spaces on a card stay two spaces through an export") {
    // Found by fuzz_anki_text: "Zeile mit&nbsp;" and a line break made "Zeile mit  fett", which
    // the export wrote with two plain spaces, so that HTML folded them into one.
    const auto file = io::read_anki_text("#html:true\n\"Zeile mit&nbsp;\n<b>fett</b>\"\tb\n");
    REQUIRE(file.notes.size() == 1);
    CHECK(file.notes[0].fields[0] == "Zeile mit  fett");
    const std::vector<interop::ExportNote> notes = {
        {"x-fc-001", interop::anki_guid("a"), file.notes[0].fields[0], "a   b", {}}};
    const auto again = io::read_anki_text(io::anki_text_export("Test", notes));
    REQUIRE(again.notes.size() == 1);
    CHECK(again.notes[0].fields == std::vector<std::string>{"Zeile mit  fett", "a   b"});
}
