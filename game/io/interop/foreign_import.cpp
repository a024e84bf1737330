#include "io/interop/foreign_import.hpp"

#include "decks/import_format.hpp"
#include "interop/anki_notes.hpp"
#include "io/import/deck_writer.hpp"
#include "io/interop/anki_text.hpp"
#include "io/interop/apkg_reader.hpp"
#include "io/interop/kahoot_import.hpp"
#include "io/interop/xlsx_sheet.hpp"

namespace chronik::io {
namespace {

ForeignImport from_notes(const std::vector<interop::AnkiNote>& notes, const ImportOptions& options,
                         bool draft, const ImportProgress& on_note) {
    ForeignImport out;
    auto made = interop::notes_to_deck(notes, {options.deck_id, options.title, draft}, on_note);
    for (auto p : made.problems) {
        p.message = text::note_label(p.item) + ": " +
                    (text::row_kept(p.reason) ? "warning: " : "") + p.message;
        out.problems.push_back(std::move(p));
    }
    out.skipped = made.skipped;
    out.summary = std::to_string(made.notes) + " notes imported as " +
                  std::to_string(made.deck.items.size()) + " flashcards" +
                  (draft ? " (drafts)" : "") + ", " + std::to_string(made.skipped) + " skipped";
    out.deck = std::move(made.deck);
    return out;
}

}  // namespace

std::optional<ForeignFormat> foreign_format(const std::filesystem::path& file,
                                            std::string_view text) {
    switch (decks::import_format(file.extension().string(), text)) {
        case decks::ImportFormat::AnkiPackage:
            return ForeignFormat::AnkiPackage;
        case decks::ImportFormat::AnkiNotes:
            return ForeignFormat::AnkiText;
        case decks::ImportFormat::QuizSheet:
            return ForeignFormat::KahootSheet;
        default:
            return std::nullopt;
    }
}

ForeignImport import_foreign(const std::filesystem::path& file, ForeignFormat format,
                             std::string_view text, ImportOptions options, bool title_given,
                             const ImportProgress& on_item) {
    switch (format) {
        case ForeignFormat::AnkiPackage: {
            const auto package = read_apkg(file);
            if (!title_given && package.decks.size() == 1) {
                options.title = package.decks.front();
                options.deck_id = deck_id_from(options.title);
            }
            auto out = from_notes(package.notes, options, true, on_item);
            out.summary = package.collection + ": " + out.summary + "; " +
                          std::to_string(package.media_files) + " media files not imported";
            return out;
        }
        case ForeignFormat::AnkiText: {
            const auto anki = read_anki_text(text);
            auto out = from_notes(anki.notes, options, false, on_item);
            for (const auto& p : anki.problems) {
                out.problems.push_back(p);
                out.problems.back().message += " (row skipped)";
                ++out.skipped;
            }
            out.summary = std::string("Anki text") + (anki.headers ? " with header lines" : "") +
                          (anki.html ? ", HTML converted" : "") + ": " + out.summary;
            return out;
        }
        case ForeignFormat::KahootSheet: {
            auto made = import_kahoot(read_first_sheet(file), options, on_item);
            ForeignImport out;
            out.deck = std::move(made.deck);
            out.problems = std::move(made.problems);
            out.skipped = made.skipped;
            if (made.multiple_choice > 0) {
                out.source_text = std::move(made.source_text);
                out.deck.source_file = options.source_file;
            } else {
                out.deck.source_file.clear();
            }
            out.summary = "Kahoot sheet: " + std::to_string(made.multiple_choice) +
                          " multiple-choice questions, " + std::to_string(made.flashcards) +
                          " flashcards, " + std::to_string(made.skipped) + " rows skipped";
            return out;
        }
    }
    return {};
}

}  // namespace chronik::io
