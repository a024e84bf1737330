#include "decks/import_format.hpp"

#include <cctype>

#include "derive/date_mentions.hpp"

namespace chronik::decks {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

}  // namespace

ImportFormat import_format(std::string_view extension, std::string_view text) {
    const auto ext = lower(extension);
    if (ext == ".json") return ImportFormat::Deck;
    if (ext != ".txt" && ext != ".md" && !ext.empty()) return ImportFormat::Table;
    // A term list exported as text has a tab (or an Anki header) on its lines; prose has not.
    std::size_t lines = 0, tabbed = 0;
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
    }
    if (lines == 0 || tabbed * 2 < lines) return ImportFormat::SourceText;
    return ImportFormat::Table;
}

void TableShape::add_row(const std::vector<std::string>& cells) {
    ++rows_;
    if (cells.size() >= 5) ++wide_;
    if (!cells.empty() && derive::parse_date_text(trimmed(cells[0]))) ++dated_;
}

TableKind TableShape::kind() const {
    if (rows_ > 0 && wide_ * 2 > rows_) return TableKind::MultipleChoice;
    if (rows_ > 0 && dated_ * 2 > rows_) return TableKind::Timeline;
    return TableKind::Flashcard;
}

}  // namespace chronik::decks
