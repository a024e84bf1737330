// chronik-cli export: a deck as an Anki package (.apkg) or an Anki text file with header lines.
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "interop/anki_export.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/interop/anki_text.hpp"
#include "io/interop/apkg_writer.hpp"
#include "io/save/durable_file.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    R"(Usage: chronik-cli export DECK.json --out FILE.apkg|FILE.txt [--lang de|en] [--force]

Writes a deck for Anki, one Basic note (Front, Back) per item:

  multiple choice  front: the prompt and the choices A) B) C) D) in
                   alphabetical order; back: the answer and the explanation
  event            front: "Wann geschah das?" and the event; back: its date
  flashcard        front and back as they are

Tags: the item's tags (spaces become _) and the deck id. Draft items are
left out (review them in Stapel first). Each note's GUID comes from its item
id, so importing a later export again updates the notes in Anki instead of
adding them twice.

  FILE.apkg  an Anki package (File > Import in Anki; the deck is named after
             the deck's title)
  FILE.txt   Anki's "Notes in Plain Text" with header lines (#separator:tab,
             #html:true, #deck:, #guid column:1, #tags column:4, #columns:);
             in Anki's import dialog choose a Basic note type

Options:
  --out FILE   the file to write (required); .apkg or .txt
  --lang L     de (default) or en: the language of "Wann geschah das?" and dates
  --force      replace an existing FILE
  --help       this text

Exit status: 0 when written, 1 when the deck cannot be loaded, has no items
to export, or FILE exists; 2 for a bad command line.
)";

int run_export(const std::vector<std::string>& raw) {
    const Args args(raw, {"--out", "--lang"}, {"--force"});
    if (args.positional().size() != 1) throw UsageError("export takes exactly one DECK.json");
    const auto out_arg = args.get("--out");
    if (!out_arg) throw UsageError("--out FILE.apkg or --out FILE.txt is required");
    const fs::path out = *out_arg;
    const std::string ext = out.extension().string();
    if (ext != ".apkg" && ext != ".txt")
        throw UsageError("--out must end in .apkg (Anki package) or .txt (Anki text file)");
    const std::string lang = args.get_or("--lang", "de");
    if (lang != "de" && lang != "en") throw UsageError("--lang must be de or en");
    const auto overwrite = args.has("--force") ? io::Overwrite::Yes : io::Overwrite::No;

    const fs::path input = args.positional()[0];
    const auto loaded = io::load_deck_file(input);
    for (const auto& p : loaded.problems)
        std::cerr << p << "\n";
    if (!loaded.deck) {
        std::cerr << "chronik-cli export: " << input.string()
                  << " cannot be loaded; nothing written\n";
        return 1;
    }
    const bank::Deck& deck = *loaded.deck;
    const auto notes = interop::export_notes(
        deck, lang == "de" ? bank::DateLanguage::German : bank::DateLanguage::English);
    const auto drafts = deck.items.size() - notes.size();
    if (drafts > 0)
        std::cerr << input.string() << ": " << drafts
                  << " draft item(s) left out (review them in Stapel first)\n";
    if (notes.empty()) {
        std::cerr << "chronik-cli export: " << input.string() << " has no item to export\n";
        return 1;
    }
    const std::string name = deck.title.empty() ? deck.id : deck.title;
    if (ext == ".apkg")
        io::write_apkg(out, name, notes, io::now_ms(), overwrite);
    else
        io::write_text_file(out, io::anki_text_export(name, notes), overwrite);
    std::cout << out.string() << ": " << notes.size() << " notes written for Anki (deck \"" << name
              << "\")\n";
    return 0;
}

const CommandRegistration kRegistration{
    {"export", "write a deck as an Anki package (.apkg) or Anki text file", kUsage, run_export}};

}  // namespace
}  // namespace chronik::cli
