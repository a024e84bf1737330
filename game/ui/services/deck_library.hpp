// The teacher's decks (GameServices::decks): the loaded decks, import from a file, review of
// derived drafts. Implemented in game/app over game/io; decks made here live in <saves>/decks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "bank/item.hpp"
#include "decks/file_choice.hpp"
#include "decks/import_format.hpp"
#include "text/row_problem.hpp"

namespace chronik::ui {

struct DeckSummary {
    std::string id;
    std::string title;
    std::string file;   // the deck file's name
    bool user = false;  // a deck of <saves>/decks (not shipped with the game)
    bool has_source = false;
    std::size_t multiple_choice = 0, events = 0, flashcards = 0;
    std::size_t drafts = 0;  // items still to review (never studied)
};

// What a file is imported as. Detect looks at the columns (and the file name for plain text).
// Anki (a package or a text export of notes) and Kahoot (a quiz sheet) are found by Detect.
enum class ImportChoice {
    Detect,
    Flashcards,
    MultipleChoice,
    Timeline,
    DraftFromText,
    Anki,
    Kahoot
};

// Why a file could not be imported at all; the scene says it in the UI language with the file's
// name (`ImportOutcome::detail` fills the text's gap where it has one).
enum class ImportFailure {
    None,
    NoPath,           // nothing was typed or chosen
    NotFound,         // there is no such file
    IsFolder,         // the path is a folder
    TooLarge,         // over 32 MiB (detail: the size in bytes)
    Unreadable,       // no permission, or a read error
    NotUtf8,          // a text file that is not UTF-8 (detail: the byte offset)
    NotAnkiOrKahoot,  // Anki or Kahoot was chosen for another kind of file
    BadPackage,       // an .apkg/.colpkg that cannot be read (detail: the reader's reason)
    BadSheet,         // an .xlsx that cannot be read (detail: the reader's reason)
    NotADeck,         // a .json that is no Chronik deck (detail: the loader's first problem)
    DeckIdTaken,      // a deck with this id is already loaded (detail: the id)
    NothingInText,    // derive found no dated events or questions in the text
    NoRowImported,    // every row of a table was skipped (the rows' reasons follow)
    NothingImported,  // no note or question of an Anki/Kahoot file made an item
    DeckTooLarge,     // the new deck would be over 32 MiB
    NotSaved,         // the deck could not be written (detail: the storage's reason)
    Other,            // detail: the importer's own (English) line
};

struct ImportOutcome {
    std::string error;  // the file could not be imported at all, in English (for the log)
    ImportFailure failure = ImportFailure::None;  // the same, for the UI's own words
    std::string detail;
    std::string input;                         // the file's name as the user chose it
    ImportChoice kind = ImportChoice::Detect;  // what it was imported as
    std::string deck_id, title, file;          // the deck written to <saves>/decks
    int imported = 0;                          // items in the new deck
    bool drafts = false;                       // the items are drafts to review first
    int skipped = 0;
    std::vector<text::RowProblem> problems;  // bad rows, each with its line
    bool ok() const { return error.empty(); }
};

// The editable texts of a draft item, in order (as decks::edit_fields).
enum class DraftField { Prompt, Answer, Distractor, EventText, Front, Back };
struct DraftFieldValue {
    DraftField kind;
    std::string value;
};

// One draft item to review, with the passage it was made from.
struct DraftCard {
    bank::Item item;
    std::vector<DraftFieldValue> fields;
    std::string source_sentence;  // the sentence of the source text around the quote
    std::size_t reviewed = 0;     // items of the deck already decided (not counting rejected)
    std::size_t remaining = 0;    // items still to decide, this one included
};

enum class DraftAction { Accept, Reject, Flashcard };

// Why an edit was not saved: a field is empty, repeats another choice, the choices fit no common
// answer type (detail: why), or the file could not be written (detail: the error).
enum class EditIssue { Empty, Repeated, NotAnswerType, NotSaved };
struct EditProblem {
    std::size_t field = 0;
    EditIssue issue = EditIssue::Empty;
    std::string detail;
};

// A folder as the import file chooser shows it: its rows (decks::chooser_rows) or why it could
// not be read (a folder read only in part has rows and a problem).
enum class FolderProblem { None, NotFound, NotAFolder, NoPermission, Other };
struct FolderView {
    std::string folder;  // absolute
    std::vector<decks::FolderEntry> rows;
    FolderProblem problem = FolderProblem::None;
    std::string detail;  // the system's message for Other
};

class DeckLibrary {
public:
    virtual ~DeckLibrary() = default;
    // Every loaded deck, shipped ones first, each with its counts.
    virtual std::vector<DeckSummary> decks() = 0;
    // Problems of the last (re)load: decks of <saves>/decks that failed to load, by file.
    virtual std::vector<std::string> problems() = 0;
    // The folder the teacher's decks are kept in (<saves>/decks), for showing.
    virtual std::string user_folder() const = 0;

    // Reads the file and writes a new deck to <saves>/decks, then reloads the bank so it can
    // be played at once. Call only while no round is open (pointers to items become invalid).
    virtual ImportOutcome import_file(const std::string& path, ImportChoice kind) = 0;
    // What Detect would import the file as (none when unreadable).
    virtual std::optional<ImportChoice> detect(const std::string& path) = 0;
    // The file chooser's folder, read once per visit (a path as typed: "~/", "file://" work).
    virtual FolderView list_folder(const std::string& folder, bool show_hidden) = 0;
    // Where the chooser starts: the folder of the last file imported (or chosen), else $HOME.
    virtual std::string chooser_start() const = 0;
    virtual void remember_folder(const std::string& folder) = 0;
    // Writes the deck for Anki into <saves>/exports: DECK-ID.apkg and DECK-ID.txt (Anki's text
    // format with header lines), replacing earlier exports of it. The paths, or an error.
    // Why a deck could not be exported (detail: the storage's reason for NotSaved).
    enum class ExportFailure { None, NotLoaded, OnlyDrafts, NotSaved };
    struct AnkiExport {
        std::string error;  // in English, for the log
        ExportFailure failure = ExportFailure::None;
        std::string detail;
        std::string package, text;
        bool ok() const { return error.empty(); }
    };
    virtual AnkiExport export_anki(const std::string& deck_id) = 0;

    // The next undecided item of a draft deck; none when all are decided.
    virtual std::optional<DraftCard> next_draft(const std::string& deck_id) = 0;
    // Applies a decision and saves the draft at once (the review continues there after a
    // restart). Returns a message for the user when it could not be saved.
    virtual std::optional<std::string> decide(const std::string& deck_id,
                                              const std::string& item_id, DraftAction action) = 0;
    // Saves edited values (in the order of DraftCard::fields) and accepts the item. Returns
    // the problems to show (nothing saved) or an empty list.
    virtual std::vector<EditProblem> save_edit(const std::string& deck_id,
                                               const std::string& item_id,
                                               const std::vector<std::string>& values) = 0;
    // Ends the review: the undecided items are dropped, the draft marks removed; the deck is
    // checked like `chronik-cli lint`. Returns the lint errors (deck still written) or empty.
    virtual std::vector<std::string> finish_draft(const std::string& deck_id) = 0;
};

}  // namespace chronik::ui
