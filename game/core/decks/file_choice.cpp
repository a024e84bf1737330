#include "decks/file_choice.hpp"

#include <algorithm>

#include "text/ascii.hpp"

namespace chronik::decks {

std::optional<ImportFormat> importer_for_name(std::string_view file_name) {
    const auto dot = file_name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    const auto ext = text::lower_ascii(file_name.substr(dot));
    if (ext == ".json") return ImportFormat::Deck;
    if (ext == ".apkg" || ext == ".colpkg") return ImportFormat::AnkiPackage;
    if (ext == ".xlsx") return ImportFormat::QuizSheet;
    if (ext == ".csv" || ext == ".tsv" || ext == ".tab") return ImportFormat::Table;
    if (ext == ".txt" || ext == ".md") return ImportFormat::SourceText;
    return std::nullopt;
}

bool is_hidden_name(std::string_view name) {
    return !name.empty() && name.front() == '.';
}

std::string folded_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == 0xC3 && i + 1 < name.size()) {
            // Latin-1 letters (U+00C0–U+00FF) are C3 xx in UTF-8: the German ones and the
            // common accented vowels fold to their base letter.
            const auto d = static_cast<unsigned char>(name[i + 1]) | 0x20;  // upper → lower
            const char* base = nullptr;
            if (d >= 0xA0 && d <= 0xA5) base = "a";
            if (d >= 0xA8 && d <= 0xAB) base = "e";
            if (d >= 0xAC && d <= 0xAF) base = "i";
            if ((d >= 0xB2 && d <= 0xB6) || d == 0xB8) base = "o";
            if (d >= 0xB9 && d <= 0xBC) base = "u";
            if (d == 0xA7) base = "c";
            if (d == 0xB1) base = "n";
            if (static_cast<unsigned char>(name[i + 1]) == 0x9F) base = "ss";  // ß
            if (base) {
                out += base;
                ++i;
                continue;
            }
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    }
    return out;
}

bool natural_less(std::string_view a, std::string_view b) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            // Compare the numbers: skip leading zeros, then the longer run is larger.
            std::size_t si = i, sj = j;
            while (si < a.size() && a[si] == '0')
                ++si;
            while (sj < b.size() && b[sj] == '0')
                ++sj;
            std::size_t ei = si, ej = sj;
            while (ei < a.size() && digit(a[ei]))
                ++ei;
            while (ej < b.size() && digit(b[ej]))
                ++ej;
            if (ei - si != ej - sj) return ei - si < ej - sj;
            const auto na = a.substr(si, ei - si), nb = b.substr(sj, ej - sj);
            if (na != nb) return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

std::vector<FolderEntry> chooser_rows(std::vector<FolderEntry> entries, bool show_hidden) {
    std::erase_if(entries, [&](const FolderEntry& e) {
        if (!show_hidden && is_hidden_name(e.name)) return true;
        return e.kind == EntryKind::File && !importer_for_name(e.name);
    });
    struct Keyed {
        std::string key;
        FolderEntry entry;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(entries.size());
    for (auto& e : entries) {
        auto key = folded_name(e.name);
        keyed.push_back({std::move(key), std::move(e)});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
        const bool fx = x.entry.kind == EntryKind::Folder, fy = y.entry.kind == EntryKind::Folder;
        if (fx != fy) return fx;
        if (natural_less(x.key, y.key)) return true;
        if (natural_less(y.key, x.key)) return false;
        return x.entry.name < y.entry.name;
    });
    std::vector<FolderEntry> out;
    out.reserve(keyed.size());
    for (auto& k : keyed)
        out.push_back(std::move(k.entry));
    return out;
}

std::optional<std::size_t> jump_to_name(const std::vector<FolderEntry>& rows,
                                        std::string_view typed, std::size_t from) {
    if (rows.empty() || typed.empty()) return std::nullopt;
    const auto want = folded_name(typed);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const auto i = (from + k) % rows.size();
        if (folded_name(rows[i].name).rfind(want, 0) == 0) return i;
    }
    return std::nullopt;
}

std::size_t scroll_to_show(std::size_t selected, std::size_t first, std::size_t visible,
                           std::size_t count) {
    if (visible == 0 || count <= visible) return 0;
    if (selected < first) first = selected;
    if (selected >= first + visible) first = selected + 1 - visible;
    return std::min(first, count - visible);
}

}  // namespace chronik::decks
