#include "app/deck_library.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "app/bank_loading.hpp"
#include "bank/source_text.hpp"
#include "decks/deck_contents.hpp"
#include "decks/draft_review.hpp"
#include "decks/typed_path.hpp"
#include "interop/anki_export.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/desktop/folder_listing.hpp"
#include "io/import/deck_writer.hpp"
#include "io/interop/anki_text.hpp"
#include "io/interop/apkg_writer.hpp"
#include "io/log/logging.hpp"
#include "io/save/durable_file.hpp"

namespace chronik::app {
namespace fs = std::filesystem;
namespace {

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

}  // namespace

fs::path UserDeckLibrary::typed_path(const std::string& typed) {
    const char* home = std::getenv("HOME");
    return fs::path(decks::path_as_typed(typed, home ? home : ""));
}

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
        const auto contents = decks::deck_contents(d);
        s.multiple_choice = contents.multiple_choice;
        s.events = contents.events;
        s.flashcards = contents.flashcards;
        s.drafts = contents.drafts;
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
    // Taken by a loaded deck, or by a file in the folder (a deck the loader refused).
    return decks::free_deck_id(wanted, [&](const std::string& id) {
        for (const auto& d : bank_.decks())
            if (d.id == id) return true;
        std::error_code ec;
        return fs::exists(user_dir_ / (id + ".json"), ec);
    });
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
