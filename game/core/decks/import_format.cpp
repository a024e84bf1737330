#include "decks/import_format.hpp"

#include <cctype>

#include "derive/date_mentions.hpp"
#include "interop/import_leftovers.hpp"
#include "text/ascii.hpp"

namespace chronik::decks {
namespace {

using text::lower_ascii;
using text::trim;

// Anki's header lines ("#key:value") come first in its text exports.
bool starts_with_anki_header(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (text.empty() || text[0] != '#') return false;
    const auto colon = text.find(':');
    const auto nl = text.find('\n');
    if (colon == std::string_view::npos || colon > nl) return false;
    const std::string key = lower_ascii(trim(text.substr(1, colon - 1)));
    return key == "separator" || key == "html" || key == "columns" || key == "notetype" ||
           key == "deck" || key == "tags" || key == "if matches" ||
           (key.size() > 7 && key.substr(key.size() - 7) == " column");
}

// HTML or cloze markup in the first 50 lines: Anki notes exported without header lines.
bool has_markup(std::string_view text) {
    std::size_t start = 0;
    for (int line = 0; line < 50 && start < text.size(); ++line) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (interop::import_markup(text.substr(start, end - start))) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

ImportFormat import_format(std::string_view extension, std::string_view text) {
    const auto ext = lower_ascii(extension);
    if (ext == ".json") return ImportFormat::Deck;
    if (ext == ".apkg" || ext == ".colpkg") return ImportFormat::AnkiPackage;
    if (ext == ".xlsx") return ImportFormat::QuizSheet;
    if (starts_with_anki_header(text)) return ImportFormat::AnkiNotes;
    if (ext != ".txt" && ext != ".md" && !ext.empty())
        return has_markup(text) ? ImportFormat::AnkiNotes : ImportFormat::Table;
    // A term list exported as text has a tab (or an Anki header) on its lines; prose has not.
    // So does a date/event table saved as text: a date, then a comma, semicolon or tab, on most
    // lines (a header line above them allowed).
    std::size_t lines = 0, tabbed = 0, dated = 0;
    std::size_t start = 0;
    while (start < text.size() && lines < 50) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const auto line = text.substr(start, end - start);
        start = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        if (line.rfind("#separator:", 0) == 0) return ImportFormat::AnkiNotes;
        ++lines;
        if (line.find('\t') != std::string_view::npos) ++tabbed;
        const auto cut = line.find_first_of(",;\t");
        if (cut != std::string_view::npos && derive::parse_date_text(trim(line.substr(0, cut))))
            ++dated;
    }
    if (lines >= 2 && dated >= 2 && dated * 2 > lines - 1) return ImportFormat::Table;
    if (lines == 0 || tabbed * 2 < lines) return ImportFormat::SourceText;
    return has_markup(text) ? ImportFormat::AnkiNotes : ImportFormat::Table;
}

void TableShape::add_row(const std::vector<std::string>& cells) {
    ++rows_;
    if (cells.size() >= 5) ++wide_;
    if (!cells.empty() && derive::parse_date_text(trim(cells[0]))) ++dated_;
}

TableKind TableShape::kind() const {
    if (rows_ > 0 && wide_ * 2 > rows_) return TableKind::MultipleChoice;
    if (rows_ > 0 && dated_ * 2 > rows_) return TableKind::Timeline;
    return TableKind::Flashcard;
}

}  // namespace chronik::decks
