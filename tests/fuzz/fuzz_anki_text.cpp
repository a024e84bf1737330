// libFuzzer target: Anki's "Notes in Plain Text" reader (header lines, separators, quoting, HTML,
// cloze), the notes as a deck that must load, and the deck's export to Anki read back.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "bank/utf8.hpp"
#include "imported_deck_check.hpp"
#include "interop/anki_export.hpp"
#include "interop/anki_notes.hpp"
#include "io/interop/anki_text.hpp"

using namespace chronik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The game and chronik-cli read text files as UTF-8 and refuse anything else first.
    if (!bank::is_valid_utf8(text)) return 0;
    (void)io::has_anki_headers(text);
    const io::AnkiTextFile file = io::read_anki_text(text);
    for (const auto& note : file.notes)
        for (const auto& field : note.fields)
            if (!bank::is_valid_utf8(field)) std::abort();

    const auto made = interop::notes_to_deck(file.notes, {"fuzz", "Fuzz", false});
    if (made.notes + made.skipped != static_cast<int>(file.notes.size())) std::abort();
    fuzz::check_imported_deck(made.deck, {});

    // Chronik's own Anki text export of that deck reads back as one note per item, each
    // with the item's front and back.
    const auto notes = interop::export_notes(made.deck, bank::DateLanguage::German);
    const io::AnkiTextFile again = io::read_anki_text(io::anki_text_export("Fuzz", notes));
    if (again.notes.size() != notes.size() || !again.problems.empty()) std::abort();
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const auto& fields = again.notes[i].fields;
        if (fields.size() != 2 || fields[0] != notes[i].front || fields[1] != notes[i].back ||
            again.notes[i].guid != notes[i].guid) {
            std::fprintf(stderr, "export read back differs at note %zu\n", i);
            std::fprintf(stderr, "front [%s]\nback [%s]\nguid [%s]\n", notes[i].front.c_str(),
                         notes[i].back.c_str(), notes[i].guid.c_str());
            for (const auto& f : fields)
                std::fprintf(stderr, "read [%s]\n", f.c_str());
            std::fprintf(stderr, "read guid [%s]\n", again.notes[i].guid.c_str());
            std::abort();
        }
    }
    return 0;
}
