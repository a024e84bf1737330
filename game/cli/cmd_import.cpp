// chronik-cli import: a deck from a table of flashcards (Quizlet, Anki), multiple-choice rows or
// dated events.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/written_deck.hpp"
#include "decks/import_format.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/import/deck_writer.hpp"
#include "io/import/delimited.hpp"
#include "io/import/table_import.hpp"
#include "io/import/text_file.hpp"
#include "io/interop/foreign_import.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    R"(Usage: chronik-cli import FILE --out DECK.json [--kind flashcard|mc|timeline|anki]
                          [--separator S] [--row-separator S] [--title T] [--id ID] [--force]

Turns another tool's file into a deck in the bank format (questions/README.md):

  FILE.apkg  an Anki package (Anki: File > Export, "Anki Deck Package"; old
             and new Anki versions): a DRAFT deck of flashcards to review in
             the game (Stapel > Entwürfe prüfen); images and sounds are
             reported and left out
  FILE.xlsx  a Kahoot quiz sheet (Kahoot's spreadsheet template: Question,
             Answer 1-4, Time limit, Correct answer(s)); the header row is
             found below the template's title; one correct answer of four
             makes a multiple-choice item that keeps its time limit for
             class games, other questions become flashcards (reported); the
             questions are written next to the deck as DECK.import.txt, its
             source
  anki       an Anki text export ("Notes in Plain Text"), chosen by itself
             when the file starts with Anki's header lines (#separator:,
             #html:, #columns:, #guid column:, #notetype column:, #deck
             column:, #tags column:) or its fields hold HTML or cloze markup:
             HTML becomes plain text, GUID/note type/deck/tags columns are
             not questions, tags are kept, cloze notes ({{c1::Juni
             1950::Monat}}) make one card per cloze number, reversed note
             types make both cards

  flashcard  term<TAB>definition per line, as Quizlet and Anki export text
             ("Notes in Plain Text"); Anki's "#separator:tab" and other
             "#..." header lines are understood
  mc         prompt,answer,distractor1,distractor2,distractor3[,explanation[,tags]]
             (tags separated by ';'); the answer type (year, date, number,
             term) follows from the choices
  timeline   date,event  with dates such as 1950, Juni 1950, 2. März 2022,
             2.3.2022, 2022-03-02, Frühjahr 1996, Ende 2011,
             Mitte der 1980er Jahre, 1990er Jahre

Without --kind the kind is detected: five or more cells -> mc, a date in the
first cell -> timeline, else flashcard. The separator is detected (tab, ';'
or ','); cells may be quoted as in RFC 4180 ("a ""quoted"" word", separators
and line breaks inside quotes). A first row naming the columns is skipped.
A flashcard row with more than two cells is reported and skipped, never cut:
the separator also occurs in a term, so choose another one.

Quizlet (Export: "Between term and definition", "Between rows"): tab and new
line are detected, so are tab with ';' between rows (one line); comma works
when no term holds a comma; for custom separators say them:
  --separator S       tab, comma, semicolon or the text itself (e.g. " - ")
  --row-separator S   newline, semicolon or the text itself; \n is a line
                      break ("\n\n": an empty line between rows)

On a terminal, a progress line on stderr shows the step (reading, rows or
notes done of all, writing and checking the deck) while the import runs.

Bad rows are reported as FILE:LINE: message and skipped; the summary says
how many rows were imported and skipped. Multiple-choice and timeline items
quote their row: FILE is copied next to the deck as DECK.import.txt and named
as the deck's source, so the deck stays valid when FILE moves.

Options:
  --out DECK.json  the deck to write (required); kept unless --force
  --kind K         flashcard, mc or timeline (default: detected)
  --title T        deck title (default: the file name)
  --id ID          deck id (default: made from the title)
  --force          replace an existing --out
  --help           this text

Nothing is written when nothing can be imported or the deck would be larger
than the 32 MiB a deck may have. The files appear whole or not at all: the
source first, the deck last; a source left by an interrupted import of the
same file is used again.

Exit status: 0 when at least one row was imported (and the deck lints
without errors), 1 when nothing could be imported, the input is unreadable
or not UTF-8, the deck would be too large, or --out exists; 2 for a bad
command line.
)";

// Tells the progress line the rows or notes done, under `what` once the counting starts.
io::ImportProgress counting(ProgressLine& progress, std::string what) {
    return [&progress, what = std::move(what), started = false](std::int64_t done,
                                                                std::int64_t total) mutable {
        if (!started) progress.step(what);
        started = true;
        progress.update(done, total);
    };
}

// Loads the deck just written back and lints it; its errors go to stderr.
std::vector<io::Problem> check_written(const fs::path& out, ProgressLine& progress) {
    auto problems = reload_and_lint(out, progress);
    for (const auto& p : problems)
        if (p.severity == io::Severity::Error) std::cerr << p << "\n";
    return problems;
}

// Writes the deck, loads it back and lints it (the slow part of a large import: the progress
// line says so); exit status 0 when lint finds no error.
int write_and_lint(const fs::path& out, const bank::Deck& deck, io::Overwrite overwrite,
                   const std::string& note, ProgressLine& progress) {
    progress.step("import: writing and checking " + out.filename().string());
    io::write_text_file(out, io::deck_to_json(deck), overwrite);
    const auto problems = check_written(out, progress);
    std::cout << out.string() << ": written" << note << "; lint: " << io::count_errors(problems)
              << " errors\n";
    return io::count_errors(problems) == 0 ? 0 : 1;
}

int run_import(const std::vector<std::string>& raw) {
    const Args args(raw, {"--out", "--kind", "--title", "--id", "--separator", "--row-separator"},
                    {"--help", "--force"});
    if (args.positional().size() != 1) throw UsageError("import takes exactly one input FILE");
    const auto out_arg = args.get("--out");
    if (!out_arg) throw UsageError("--out DECK.json is required");
    io::ImportOptions options;
    const bool anki_kind = args.get("--kind") == std::optional<std::string>("anki");
    if (const auto kind = args.get("--kind"); kind && !anki_kind) {
        options.kind = io::parse_import_kind(*kind);
        if (!options.kind)
            throw UsageError("--kind must be flashcard, mc, timeline or anki (not \"" + *kind +
                             "\")");
    }
    const fs::path input = args.positional()[0];
    const fs::path out = *out_arg;
    const auto overwrite = args.has("--force") ? io::Overwrite::Yes : io::Overwrite::No;
    std::error_code ec;
    if (overwrite == io::Overwrite::No && fs::exists(out, ec)) {
        std::cerr << "chronik-cli import: " << out.string()
                  << " exists already; use --force to replace it\n";
        return 1;
    }
    if (auto s = args.get("--separator")) {
        options.term_separator = io::separator_from_name(*s);
        if (options.term_separator.empty() || options.term_separator == "\n")
            throw UsageError("--separator must be tab, comma, semicolon or some text");
    }
    if (auto s = args.get("--row-separator")) {
        options.row_separator = io::separator_from_name(*s);
        if (options.row_separator.empty()) throw UsageError("--row-separator must not be empty");
    }
    options.title = args.get_or("--title", input.stem().string());
    options.deck_id = args.get_or("--id", io::deck_id_from(options.title));
    fs::path source = out;
    source.replace_extension(".import.txt");
    options.source_file = source.filename().generic_string();
    ProgressLine progress("import");
    progress.step("import: reading " + input.filename().string());
    const auto ext = decks::import_format(input.extension().string(), "");
    const bool binary =
        ext == decks::ImportFormat::AnkiPackage || ext == decks::ImportFormat::QuizSheet;
    const std::string text = binary ? std::string() : io::read_utf8_file(input);
    const bool separators = !options.term_separator.empty() || !options.row_separator.empty();
    auto foreign = options.kind || separators ? std::nullopt : io::foreign_format(input, text);
    if (anki_kind && !foreign) {
        if (separators)
            throw UsageError("--kind anki reads Anki's own separators; leave out --separator");
        foreign = io::ForeignFormat::AnkiText;
    }
    if (foreign) {
        const bool sheet = *foreign == io::ForeignFormat::KahootSheet;
        const auto made =
            io::import_foreign(input, *foreign, text, options, args.get("--title").has_value(),
                               counting(progress, sheet ? "import: questions" : "import: notes"));
        progress.done();
        for (const auto& p : made.problems) {
            std::cerr << input.string();
            if (p.line) std::cerr << (sheet ? ": row " : ":") << p.line;
            std::cerr << ": " << p.message << "\n";
        }
        std::cout << input.string() << " (" << made.summary << ")\n";
        if (made.deck.items.empty()) {
            std::cerr << "chronik-cli import: nothing could be imported; no deck written\n";
            return 1;
        }
        if (!made.source_text.empty()) io::write_text_file(source, made.source_text, overwrite);
        const bool drafts = *foreign == io::ForeignFormat::AnkiPackage;
        return write_and_lint(out, made.deck, overwrite,
                              drafts ? "; review the drafts in Stapel" : "", progress);
    }
    const auto result = io::import_table(text, options, counting(progress, "import: rows"));
    progress.done();
    for (const auto& p : result.problems)
        std::cerr << input.string() << ":" << p.line << ": " << p.message << " (row skipped)\n";
    std::cout << input.string() << ": " << result.imported << " rows imported as "
              << io::import_kind_name(result.kind) << ", " << result.skipped << " skipped\n";
    if (result.imported == 0) {
        std::cerr << "chronik-cli import: nothing could be imported; no deck written\n";
        return 1;
    }
    // Nothing is written unless the loader will read the deck back.
    const std::string deck_json = io::deck_to_json(result.deck);
    if (deck_json.size() > io::kMaxDeckFileBytes) {
        std::cerr << "chronik-cli import: the deck would be "
                  << deck_json.size() / (std::size_t{1024} * 1024) << " MiB, over the "
                  << io::kMaxDeckFileBytes / (std::size_t{1024} * 1024)
                  << " MiB decks may have; split " << input.string()
                  << " into smaller files. Nothing was written\n";
        return 1;
    }
    // The source first, the deck last: the deck is what makes the import visible, and the
    // source is removed again when the deck cannot be written.
    bool wrote_source = false;
    if (!result.deck.source_file.empty()) {
        if (overwrite == io::Overwrite::No && fs::exists(source, ec)) {
            // Left by an interrupted import of this same file: used as it is.
            if (io::read_utf8_file(source) != text) {
                std::cerr << "chronik-cli import: " << source.string()
                          << " exists already with other content; use --force to replace it\n";
                return 1;
            }
        } else {
            io::write_text_file(source, text, overwrite);
            wrote_source = true;
        }
    }
    progress.step("import: writing and checking " + out.filename().string());
    try {
        io::write_text_file(out, deck_json, overwrite);
    } catch (const std::exception&) {
        if (wrote_source) fs::remove(source, ec);
        throw;
    }

    const auto problems = check_written(out, progress);
    std::cout << out.string() << ": written";
    if (!result.deck.source_file.empty()) std::cout << " (source " << source.string() << ")";
    std::cout << "; lint: " << io::count_errors(problems) << " errors\n";
    return io::count_errors(problems) == 0 ? 0 : 1;
}

const CommandRegistration kRegistration{
    {"import", "make a deck from a CSV/TSV of flashcards, multiple choice or dated events", kUsage,
     run_import}};

}  // namespace
}  // namespace chronik::cli
