// chronik-cli derive: a draft deck (dated events, multiple-choice candidates) from a German text.
#include <filesystem>
#include <iostream>

#include "bank/source_text.hpp"
#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/written_deck.hpp"
#include "derive/derive.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/import/deck_writer.hpp"
#include "io/import/german_dictionary.hpp"
#include "io/import/text_file.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    R"(Usage: chronik-cli derive FILE.txt --out DECK.json [--title T] [--id ID] [--force]

Reads a German history text (UTF-8, e.g. a Wikipedia article copied as text
or a textbook chapter) and writes a DRAFT deck in the bank format
(questions/README.md) for a teacher to review:

  - dated events: every sentence with a date ("1961", "im Juni 1950",
    "am 2. März" (year from context), "Mitte der 1980er Jahre", "im Frühjahr
    1996", "Ende 2011", "seit 1910", "von 1652 bis 1689") gives a timeline
    event with the date's precision; its text is the clause around the date
    as a present-tense sentence, subject first, without the date. Of several
    events with the same date the one whose sentence is most about that date
    is kept; a date in a relative clause or an aside dates no event.
    Hard-wrapped and OCR'd texts are read too: words broken at a line end
    ("be-", "Fran¬") are joined on the cards (quotes keep the source), a
    year line of an outline ("1077.", "1524—25.") dates the entries after
    it, a year alone on a line dates its section's days ("am 28. März"),
    and older forms are read ("19. Oct.", "des 14. Oktobers", "am 16. und
    18. October 1813", "am folgenden Tage", "desselben Jahres").
  - multiple choice: a year, a number with its unit, a person, a country, a
    place or an organisation in a sentence becomes a W-question ("In welchem
    Jahr ...?", "Wer ...?", "Wo ...?", "Wie viele ...?") where the clause
    allows it, else a gap question, with three distractors of the same kind
    from the same text (not named in that sentence or the prompt).
  - tags: the decade and the heading of the section; difficulty from how
    often the answer occurs; drafts of one sentence share a "group" so that
    a round deals only one of them. The German dictionary of hunspell-de-de
    (/usr/share/hunspell/de_DE.dic, or CHRONIK_DE_DIC) tells common nouns
    from names and weak verbs; without it derive still works.

Copy artifacts are dropped: "[Bearbeiten | Quelltext bearbeiten]",
reference markers "[1]", navigation lines, image captions, and everything
from "Einzelnachweise", "Weblinks", "Literatur" on.

Every item has "draft": true and quotes its sentence verbatim; the deck's
"source" names FILE relative to the deck when FILE is in the deck's folder
(or below it), else a copy written next to the deck as DECK.source.txt (a
deck never names a file outside its folder), so `chronik-cli lint` checks the
quotes. Item ids are DECK-ev-XXXXXXXX / DECK-mc-XXXXXXXX, a hash of the quote
and the date or answer: deriving the same text again gives the same ids.

Options:
  --out DECK.json  the deck to write (required); an existing file is kept
                   unless --force is given
  --title T        deck title (default: the file name)
  --id ID          deck id (default: made from the title)
  --force          replace an existing --out
  --help           this text

Exit status: 0 when the deck was written and lints without errors, 1 on an
unreadable or non-UTF-8 input (the byte offset is named), an existing --out,
or lint errors in the result; 2 for a bad command line.
)";

int run_derive(const std::vector<std::string>& raw) {
    const Args args(raw, {"--out", "--title", "--id"}, {"--help", "--force"});
    if (args.positional().size() != 1) throw UsageError("derive takes exactly one input FILE");
    const auto out_arg = args.get("--out");
    if (!out_arg) throw UsageError("--out DECK.json is required");
    const fs::path input = args.positional()[0];
    const fs::path out = *out_arg;
    std::error_code ec;
    if (!args.has("--force") && fs::exists(out, ec)) {
        std::cerr << "chronik-cli derive: " << out.string()
                  << " exists already; use --force to replace it\n";
        return 1;
    }
    // Each step named as it starts (a long text takes its time in the second).
    ProgressLine progress("derive");
    progress.step("derive: reading " + input.filename().string());
    const std::string text = io::read_utf8_file(input);
    progress.step("derive: deriving questions from " + std::to_string(text.size() / 1024) +
                  " KiB of text");
    const auto derived = derive::derive_candidates(text, io::german_dictionary());
    progress.step("derive: writing " + out.filename().string());

    bank::Deck deck;
    deck.title = args.get_or("--title", input.stem().string());
    deck.id = args.get_or("--id", io::deck_id_from(deck.title));
    deck.language = "de";
    const auto out_dir = fs::absolute(out).parent_path();
    deck.source_file = fs::relative(fs::absolute(input), out_dir, ec).generic_string();
    // A deck may only name a source in its own folder (or below): a text from elsewhere is
    // copied next to the deck, so the deck also stays valid when the text moves.
    fs::path copy;
    if (ec || deck.source_file.empty() || io::source_path_problem(out, deck.source_file)) {
        copy = out;
        copy.replace_extension(".source.txt");
        deck.source_file = copy.filename().generic_string();
    }
    deck.items = derive::draft_items(derived, deck.id);

    const auto overwrite = args.has("--force") ? io::Overwrite::Yes : io::Overwrite::No;
    const std::string deck_json = io::deck_to_json(deck);
    if (deck_json.size() > io::kMaxDeckFileBytes) {
        std::cerr << "chronik-cli derive: the deck would be over "
                  << io::kMaxDeckFileBytes / (std::size_t{1024} * 1024)
                  << " MiB; derive from a shorter text. Nothing was written\n";
        return 1;
    }
    bool wrote_copy = false;
    if (!copy.empty()) {
        if (overwrite == io::Overwrite::Yes || !fs::exists(copy, ec)) {
            io::write_text_file(copy, text, overwrite);
            wrote_copy = true;
        } else if (io::read_utf8_file(copy) != text) {
            std::cerr << "chronik-cli derive: " << copy.string()
                      << " exists already with other content; use --force to replace it\n";
            return 1;
        }
    }
    try {
        io::write_text_file(out, deck_json, overwrite);
    } catch (const std::exception&) {
        if (wrote_copy) fs::remove(copy, ec);
        throw;
    }

    progress.step("derive: checking " + out.filename().string());
    const auto problems = reload_and_lint(out, progress);

    std::size_t events = 0, questions = 0;
    for (const auto& item : deck.items)
        (item.kind() == bank::ItemKind::Event ? events : questions) += 1;
    std::cout << out.string() << ": " << events << " events (of " << derived.events.size()
              << " dated statements), " << questions << " multiple-choice questions from "
              << derived.sentences << " sentences; all marked draft\n";
    const auto errors = io::count_errors(problems);
    for (const auto& p : problems)
        if (p.severity == io::Severity::Error) std::cerr << p << "\n";
    std::cout << "lint: " << errors << " errors, " << io::count_warnings(problems)
              << " warnings (chronik-cli lint " << out.string() << " lists them)\n";
    return errors == 0 ? 0 : 1;
}

const CommandRegistration kRegistration{
    {"derive", "write a draft deck (events, multiple choice) from a German text", kUsage,
     run_derive}};

}  // namespace
}  // namespace chronik::cli
