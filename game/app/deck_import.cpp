#include "app/deck_library.hpp"

// UserDeckLibrary's import: what a file is (detect) and making a deck of it in the user's folder
// (import_file), each failure with its ui::ImportFailure.

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "bank/utf8.hpp"
#include "decks/import_format.hpp"
#include "derive/derive.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/import/deck_writer.hpp"
#include "io/import/german_dictionary.hpp"
#include "io/import/table_import.hpp"
#include "io/import/text_file.hpp"
#include "io/interop/foreign_import.hpp"
#include "io/log/logging.hpp"
#include "io/save/durable_file.hpp"

namespace chronik::app {
namespace fs = std::filesystem;
namespace {

ui::ImportChoice choice_of(io::ImportKind kind) {
    switch (kind) {
        case io::ImportKind::Flashcard:
            return ui::ImportChoice::Flashcards;
        case io::ImportKind::MultipleChoice:
            return ui::ImportChoice::MultipleChoice;
        case io::ImportKind::Timeline:
            return ui::ImportChoice::Timeline;
    }
    return ui::ImportChoice::Flashcards;
}

// Files that are not text (zip archives): read by their own readers, never as UTF-8.
bool binary_import(const fs::path& path) {
    const auto f = decks::import_format(path.extension().string(), "");
    return f == decks::ImportFormat::AnkiPackage || f == decks::ImportFormat::QuizSheet;
}

// What Detect imports the file as (decks::import_format, then the table's rows).
ui::ImportChoice detect_import(const fs::path& path, std::string_view text) {
    switch (decks::import_format(path.extension().string(), text)) {
        case decks::ImportFormat::Deck:
            return ui::ImportChoice::Detect;  // a deck: copied as it is
        case decks::ImportFormat::SourceText:
            return ui::ImportChoice::DraftFromText;
        case decks::ImportFormat::AnkiNotes:
        case decks::ImportFormat::AnkiPackage:
            return ui::ImportChoice::Anki;
        case decks::ImportFormat::QuizSheet:
            return ui::ImportChoice::Kahoot;
        case decks::ImportFormat::Table:
            break;
    }
    return choice_of(io::detect_table_kind(text));
}

// An import stopped for a reason the game says in its own words (ui::ImportFailure); what()
// is the English line for the log.
struct ImportStopped : std::runtime_error {
    ImportStopped(ui::ImportFailure failure, const std::string& english, std::string detail = {})
        : std::runtime_error(english), failure(failure), detail(std::move(detail)) {}
    ui::ImportFailure failure;
    std::string detail;
};

// A reader's "FILE: problem" without the file (the UI names the file itself).
std::string without_file(const std::string& message, const fs::path& file) {
    const auto prefix = file.string() + ": ";
    if (message.rfind(prefix, 0) == 0) return message.substr(prefix.size());
    const auto name = file.filename().string() + ": ";
    if (message.rfind(name, 0) == 0) return message.substr(name.size());
    return message;
}

// Why a file cannot be read as text, decided before reading it (the reader's own message is
// English): missing, a folder, over the size limit, or not readable.
void check_readable(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (!fs::exists(status))
        throw ImportStopped(ui::ImportFailure::NotFound, file.string() + ": no such file");
    if (fs::is_directory(status))
        throw ImportStopped(ui::ImportFailure::IsFolder, file.string() + ": is a folder");
    const auto size = fs::file_size(file, ec);
    if (!ec && size > io::kMaxDeckFileBytes)
        throw ImportStopped(ui::ImportFailure::TooLarge, file.string() + ": over 32 MiB",
                            std::to_string(size));
    if (!std::ifstream(file, std::ios::binary))
        throw ImportStopped(ui::ImportFailure::Unreadable, file.string() + ": cannot be read");
}

// The file's UTF-8 text (io::read_utf8_file), its failures with their kind.
std::string read_text(const fs::path& file) {
    check_readable(file);
    try {
        return io::read_utf8_file(file);
    } catch (const std::exception& e) {
        // Readable but refused: the bytes say whether it was their encoding (only on this
        // failure path is the file read a second time).
        std::ifstream in(file, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in),
                                std::istreambuf_iterator<char>()};
        if (const auto bad = bank::first_invalid_utf8(bytes))
            throw ImportStopped(ui::ImportFailure::NotUtf8, e.what(), std::to_string(*bad));
        throw ImportStopped(ui::ImportFailure::Unreadable, e.what(), without_file(e.what(), file));
    }
}

}  // namespace

std::optional<ui::ImportChoice> UserDeckLibrary::detect(const std::string& path) {
    try {
        const auto p = typed_path(path);
        return detect_import(p, binary_import(p) ? std::string() : io::read_utf8_file(p));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

ui::ImportOutcome UserDeckLibrary::import_file(const std::string& path, ui::ImportChoice kind) {
    ui::ImportOutcome out;
    out.input = path;
    const auto input = typed_path(path);
    try {
        if (input.empty()) throw ImportStopped(ui::ImportFailure::NoPath, "no file given");
        if (binary_import(input)) check_readable(input);
        const std::string text = binary_import(input) ? std::string() : read_text(input);
        if (kind == ui::ImportChoice::Detect) kind = detect_import(input, text);
        fs::create_directories(user_dir_);
        bank::Deck deck;
        std::string source_text;  // written next to the deck as its source
        const auto foreign = io::foreign_format(input, text);
        if ((kind == ui::ImportChoice::Anki || kind == ui::ImportChoice::Kahoot) && foreign) {
            // Anki packages and text exports, Kahoot sheets: as chronik-cli import makes them.
            io::ImportOptions options;
            options.title = input.stem().string();
            options.deck_id = unique_deck_id(io::deck_id_from(options.title));
            options.source_file = options.deck_id + ".import.txt";
            io::ForeignImport made;
            try {
                made = io::import_foreign(input, *foreign, text, options, false);
            } catch (const std::exception& e) {
                // The file was there and readable: its contents are what the reader refused.
                const auto failure =
                    *foreign == io::ForeignFormat::KahootSheet   ? ui::ImportFailure::BadSheet
                    : *foreign == io::ForeignFormat::AnkiPackage ? ui::ImportFailure::BadPackage
                                                                 : ui::ImportFailure::Other;
                throw ImportStopped(failure, e.what(), without_file(e.what(), input));
            }
            made.deck.id = unique_deck_id(made.deck.id);
            deck = std::move(made.deck);
            source_text = std::move(made.source_text);
            out.kind = kind;
            out.skipped = made.skipped;
            out.drafts = *foreign == io::ForeignFormat::AnkiPackage;
            out.problems = std::move(made.problems);
            if (deck.items.empty())
                throw ImportStopped(ui::ImportFailure::NothingImported,
                                    "nothing could be imported");
        } else if (kind == ui::ImportChoice::Anki || kind == ui::ImportChoice::Kahoot) {
            throw ImportStopped(ui::ImportFailure::NotAnkiOrKahoot, "not an Anki or Kahoot file");
        } else if (kind == ui::ImportChoice::Detect) {
            // A deck (e.g. written by chronik-cli derive): copied with its source text.
            auto loaded = io::load_deck_file(input);
            for (const auto& p : loaded.problems)
                if (p.severity == io::Severity::Error)
                    out.problems.push_back({0, io::format_problem(p)});
            if (!loaded.deck) {
                const std::string why =
                    out.problems.empty() ? "not a deck" : out.problems.front().message;
                throw ImportStopped(ui::ImportFailure::NotADeck, why, without_file(why, input));
            }
            deck = std::move(*loaded.deck);
            source_text = deck.source_text;
            const bool draft = std::any_of(deck.items.begin(), deck.items.end(),
                                           [](const bank::Item& i) { return i.draft; });
            out.kind = draft ? ui::ImportChoice::DraftFromText : ui::ImportChoice::Detect;
            // Item ids carry the deck id: a deck id already loaded is refused, not renamed.
            for (const auto& d : bank_.decks())
                if (d.id == deck.id)
                    throw ImportStopped(
                        ui::ImportFailure::DeckIdTaken,
                        "a deck with the id \"" + deck.id + "\" is already loaded (" + d.file + ")",
                        deck.id);
        } else if (kind == ui::ImportChoice::DraftFromText) {
            deck.id = unique_deck_id(io::deck_id_from(input.stem().string()));
            deck.title = input.stem().string();
            deck.language = "de";
            deck.items = derive::draft_items(
                derive::derive_candidates(text, io::german_dictionary()), deck.id);
            source_text = text;
            out.kind = kind;
            if (deck.items.empty())
                throw ImportStopped(ui::ImportFailure::NothingInText,
                                    "no dated events or questions found in the text");
        } else {
            io::ImportOptions options;
            if (kind == ui::ImportChoice::Flashcards) options.kind = io::ImportKind::Flashcard;
            if (kind == ui::ImportChoice::MultipleChoice)
                options.kind = io::ImportKind::MultipleChoice;
            if (kind == ui::ImportChoice::Timeline) options.kind = io::ImportKind::Timeline;
            options.title = input.stem().string();
            options.deck_id = unique_deck_id(io::deck_id_from(options.title));
            options.source_file = options.deck_id + ".import.txt";
            auto result = io::import_table(text, options);
            out.kind = choice_of(result.kind);
            out.skipped = result.skipped;
            out.problems = std::move(result.problems);
            if (result.imported == 0)
                throw ImportStopped(ui::ImportFailure::NoRowImported, "no row could be imported");
            deck = std::move(result.deck);
            if (!deck.source_file.empty()) source_text = text;
        }
        if (!source_text.empty()) {
            deck.source_file =
                deck.id +
                (out.kind == ui::ImportChoice::DraftFromText ? ".source.txt" : ".import.txt");
        } else {
            deck.source_file.clear();
        }
        // Nothing is written that the loader would refuse; the deck comes last, and its source
        // goes again when the deck cannot be written.
        const std::string deck_json = io::deck_to_json(deck);
        if (deck_json.size() > io::kMaxDeckFileBytes)
            throw ImportStopped(ui::ImportFailure::DeckTooLarge,
                                "the deck would be larger than 32 MiB; split the file");
        const auto file = user_dir_ / (deck.id + ".json");
        try {
            if (!deck.source_file.empty())
                io::write_text_file(user_dir_ / deck.source_file, source_text, io::Overwrite::Yes);
            io::write_text_file(file, deck_json, io::Overwrite::No);
        } catch (const std::exception& e) {
            std::error_code ec;
            if (!deck.source_file.empty()) fs::remove(user_dir_ / deck.source_file, ec);
            throw ImportStopped(ui::ImportFailure::NotSaved, e.what(), e.what());
        }
        out.deck_id = deck.id;
        out.title = deck.title;
        out.file = file.string();
        out.imported = static_cast<int>(deck.items.size());
        std::error_code where;
        last_folder_ = fs::absolute(input, where).parent_path().string();
        io::log_info("imported " + input.string() + " as " + out.file + ": " +
                     std::to_string(out.imported) + " items, " + std::to_string(out.skipped) +
                     " rows skipped");
        reload();
    } catch (const ImportStopped& e) {
        out.error = e.what();
        out.failure = e.failure;
        out.detail = e.detail;
        io::log_warn("import of " + input.string() + ": " + out.error);
    } catch (const std::exception& e) {
        out.error = e.what();
        out.failure = ui::ImportFailure::Other;
        out.detail = without_file(e.what(), input);
        io::log_warn("import of " + input.string() + ": " + out.error);
    }
    return out;
}

}  // namespace chronik::app
