#include "app/deck_library.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "app/bank_loading.hpp"
#include "bank/source_text.hpp"
#include "bank/utf8.hpp"
#include "decks/draft_review.hpp"
#include "decks/import_format.hpp"
#include "decks/typed_path.hpp"
#include "derive/derive.hpp"
#include "interop/anki_export.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/desktop/folder_listing.hpp"
#include "io/import/deck_writer.hpp"
#include "io/import/german_dictionary.hpp"
#include "io/import/table_import.hpp"
#include "io/import/text_file.hpp"
#include "io/interop/anki_text.hpp"
#include "io/interop/apkg_writer.hpp"
#include "io/interop/foreign_import.hpp"
#include "io/log/logging.hpp"
#include "io/save/durable_file.hpp"

namespace chronik::app {
namespace fs = std::filesystem;
namespace {

// The path the user typed or pasted, as the file it means.
fs::path typed_path(const std::string& typed) {
    const char* home = std::getenv("HOME");
    return fs::path(decks::path_as_typed(typed, home ? home : ""));
}

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

ui::DraftField field_of(decks::FieldKind k) {
    switch (k) {
        case decks::FieldKind::Prompt:
            return ui::DraftField::Prompt;
        case decks::FieldKind::Answer:
            return ui::DraftField::Answer;
        case decks::FieldKind::Distractor:
            return ui::DraftField::Distractor;
        case decks::FieldKind::EventText:
            return ui::DraftField::EventText;
        case decks::FieldKind::Front:
            return ui::DraftField::Front;
        case decks::FieldKind::Back:
            return ui::DraftField::Back;
    }
    return ui::DraftField::Prompt;
}

bank::DateLanguage date_language(const ui::StringTable& strings) {
    return strings.language() == ui::Language::German ? bank::DateLanguage::German
                                                      : bank::DateLanguage::English;
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

UserDeckLibrary::UserDeckLibrary(bank::QuestionBank& bank, fs::path questions_dir,
                                 fs::path user_dir, const ui::StringTable& strings)
    : bank_(bank),
      questions_dir_(std::move(questions_dir)),
      user_dir_(std::move(user_dir)),
      strings_(strings) {
    // A bank loaded with both folders already holds the user's decks: not twice.
    for (const auto& d : bank_.decks()) {
        std::error_code ec;
        if (fs::equivalent(fs::path(d.file).parent_path(), user_dir_, ec)) return;
    }
    problems_ = add_user_decks(bank_, user_dir_, strings_);
}

void UserDeckLibrary::reload() {
    auto loaded = load_question_bank(questions_dir_, user_dir_, strings_);
    bank_ = std::move(loaded.bank);
    problems_ = std::move(loaded.notices);
}

std::vector<ui::DeckSummary> UserDeckLibrary::decks() {
    std::vector<ui::DeckSummary> out;
    for (const auto& d : bank_.decks()) {
        ui::DeckSummary s;
        s.id = d.id;
        s.title = d.title;
        s.file = fs::path(d.file).filename().string();
        std::error_code ec;
        s.user = fs::equivalent(fs::path(d.file).parent_path(), user_dir_, ec);
        s.has_source = d.has_source();
        for (const auto& item : d.items) {
            if (item.draft) {
                ++s.drafts;
                continue;
            }
            switch (item.kind()) {
                case bank::ItemKind::MultipleChoice:
                    ++s.multiple_choice;
                    break;
                case bank::ItemKind::Event:
                    ++s.events;
                    break;
                case bank::ItemKind::Flashcard:
                    ++s.flashcards;
                    break;
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

const bank::Deck* UserDeckLibrary::user_deck(const std::string& deck_id) const {
    for (const auto& d : bank_.decks()) {
        std::error_code ec;
        if (d.id == deck_id && fs::equivalent(fs::path(d.file).parent_path(), user_dir_, ec))
            return &d;
    }
    return nullptr;
}

std::string UserDeckLibrary::unique_deck_id(const std::string& wanted) const {
    const auto taken = [&](const std::string& id) {
        for (const auto& d : bank_.decks())
            if (d.id == id) return true;
        std::error_code ec;
        return fs::exists(user_dir_ / (id + ".json"), ec);
    };
    if (!taken(wanted)) return wanted;
    for (int n = 2;; ++n) {
        auto id = wanted + "-" + std::to_string(n);
        if (!taken(id)) return id;
    }
}

void UserDeckLibrary::save_deck(const bank::Deck& deck) {
    const fs::path file(deck.file);
    std::error_code ec;
    const auto originals = user_dir_ / "originals";
    const auto backup = originals / file.filename();
    // The deck as the teacher brought it stays available: the first change keeps a copy.
    if (!fs::exists(backup, ec)) {
        fs::create_directories(originals, ec);
        fs::copy_file(file, backup, ec);
        if (ec) io::log_warn("keeping a copy of " + file.string() + ": " + ec.message());
    }
    io::write_text_file(file, io::deck_to_json(deck), io::Overwrite::Yes);
    reload();
}

std::optional<ui::ImportChoice> UserDeckLibrary::detect(const std::string& path) {
    try {
        const auto p = typed_path(path);
        return detect_import(p, binary_import(p) ? std::string() : io::read_utf8_file(p));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

ui::FolderView UserDeckLibrary::list_folder(const std::string& folder, bool show_hidden) {
    auto listing = io::list_folder(typed_path(folder));
    ui::FolderView out;
    out.folder = listing.folder.string();
    out.rows = decks::chooser_rows(std::move(listing.entries), show_hidden);
    out.detail = listing.detail;
    switch (listing.problem) {
        case io::ListingProblem::None:
            break;
        case io::ListingProblem::NotFound:
            out.problem = ui::FolderProblem::NotFound;
            break;
        case io::ListingProblem::NotAFolder:
            out.problem = ui::FolderProblem::NotAFolder;
            break;
        case io::ListingProblem::NoPermission:
            out.problem = ui::FolderProblem::NoPermission;
            break;
        case io::ListingProblem::Other:
            out.problem = ui::FolderProblem::Other;
            break;
    }
    if (out.problem != ui::FolderProblem::None)
        io::log_warn("file chooser: " + out.folder + ": " +
                     (out.detail.empty() ? std::string("cannot be listed") : out.detail));
    return out;
}

std::string UserDeckLibrary::chooser_start() const {
    std::error_code ec;
    if (!last_folder_.empty() && fs::is_directory(last_folder_, ec)) return last_folder_;
    const char* home = std::getenv("HOME");
    if (home && *home && fs::is_directory(home, ec)) return home;
    return fs::current_path(ec).string();
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

ui::DeckLibrary::AnkiExport UserDeckLibrary::export_anki(const std::string& deck_id) {
    AnkiExport out;
    const bank::Deck* deck = nullptr;
    for (const auto& d : bank_.decks())
        if (d.id == deck_id) deck = &d;
    if (!deck) {
        out.error = "deck " + deck_id + " is not loaded";
        out.failure = ExportFailure::NotLoaded;
        return out;
    }
    const auto notes = interop::export_notes(*deck, date_language(strings_));
    if (notes.empty()) {
        out.error = "the deck has no reviewed items (only drafts)";
        out.failure = ExportFailure::OnlyDrafts;
        return out;
    }
    try {
        const auto folder = user_dir_.parent_path() / "exports";
        fs::create_directories(folder);
        const std::string name = deck->title.empty() ? deck->id : deck->title;
        const auto package = folder / (deck->id + ".apkg");
        const auto text = folder / (deck->id + ".txt");
        io::write_apkg(package, name, notes, io::now_ms(), io::Overwrite::Yes);
        io::write_text_file(text, io::anki_text_export(name, notes), io::Overwrite::Yes);
        out.package = package.string();
        out.text = text.string();
        io::log_info("exported deck " + deck_id + " for Anki: " + out.package);
    } catch (const std::exception& e) {
        out.error = e.what();
        out.failure = ExportFailure::NotSaved;
        out.detail = e.what();
        io::log_warn("export of deck " + deck_id + " for Anki: " + out.error);
    }
    return out;
}

std::optional<ui::DraftCard> UserDeckLibrary::next_draft(const std::string& deck_id) {
    const auto* deck = user_deck(deck_id);
    if (!deck) return std::nullopt;
    const auto index = decks::next_draft(*deck);
    if (!index) return std::nullopt;
    ui::DraftCard card;
    card.item = deck->items[*index];
    for (const auto& f : decks::edit_fields(card.item))
        card.fields.push_back({field_of(f.kind), f.value});
    card.source_sentence = card.item.quote.empty()
                               ? std::string()
                               : bank::sentence_around(deck->source_text, card.item.quote);
    const auto counts = decks::draft_counts(*deck);
    card.reviewed = counts.reviewed;
    card.remaining = counts.remaining;
    return card;
}

std::optional<std::string> UserDeckLibrary::decide(const std::string& deck_id,
                                                   const std::string& item_id,
                                                   ui::DraftAction action) {
    const auto* current = user_deck(deck_id);
    if (!current) return "deck " + deck_id + " is not in " + user_dir_.string();
    auto deck = *current;
    const auto decision = action == ui::DraftAction::Accept   ? decks::Decision::Accept
                          : action == ui::DraftAction::Reject ? decks::Decision::Reject
                                                              : decks::Decision::Flashcard;
    if (!decks::decide(deck, item_id, decision, date_language(strings_)))
        return "item " + item_id + " is not in deck " + deck_id;
    try {
        save_deck(deck);
    } catch (const std::exception& e) {
        io::log_error(std::string("saving the draft: ") + e.what());
        return std::string(e.what());
    }
    return std::nullopt;
}

std::vector<ui::EditProblem> UserDeckLibrary::save_edit(const std::string& deck_id,
                                                        const std::string& item_id,
                                                        const std::vector<std::string>& values) {
    const auto* current = user_deck(deck_id);
    if (!current)
        return {
            {0, ui::EditIssue::NotSaved, "deck " + deck_id + " is not in " + user_dir_.string()}};
    auto deck = *current;
    const auto it = std::find_if(deck.items.begin(), deck.items.end(),
                                 [&](const bank::Item& i) { return i.id == item_id; });
    if (it == deck.items.end())
        return {{0, ui::EditIssue::NotSaved, "item " + item_id + " is not in deck " + deck_id}};
    std::vector<ui::EditProblem> out;
    for (const auto& p : decks::edit_problems(*it, values)) {
        ui::EditIssue issue = ui::EditIssue::NotSaved;
        switch (p.kind) {
            case decks::EditProblemKind::Empty:
                issue = ui::EditIssue::Empty;
                break;
            case decks::EditProblemKind::Repeated:
                issue = ui::EditIssue::Repeated;
                break;
            case decks::EditProblemKind::NotAnswerType:
                issue = ui::EditIssue::NotAnswerType;
                break;
            case decks::EditProblemKind::WrongCount:
                break;
        }
        out.push_back({p.field, issue, p.detail});
    }
    if (!out.empty()) return out;
    *it = decks::apply_edit(*it, values);
    try {
        save_deck(deck);
    } catch (const std::exception& e) {
        return {{0, ui::EditIssue::NotSaved, e.what()}};
    }
    return {};
}

std::vector<std::string> UserDeckLibrary::finish_draft(const std::string& deck_id) {
    const auto* current = user_deck(deck_id);
    if (!current) return {"deck " + deck_id + " is not in " + user_dir_.string()};
    const auto done = decks::finished_deck(*current);
    const fs::path file(done.file);
    try {
        save_deck(done);
    } catch (const std::exception& e) {
        return {e.what()};
    }
    std::vector<std::string> errors;
    for (const auto& p : io::lint_files({file}))
        if (p.severity == io::Severity::Error) errors.push_back(io::format_problem(p));
    io::log_info("draft " + deck_id + " finished: " + std::to_string(done.items.size()) +
                 " items, lint " + std::to_string(errors.size()) + " errors");
    return errors;
}

}  // namespace chronik::app
