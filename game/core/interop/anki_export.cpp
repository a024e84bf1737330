#include "interop/anki_export.hpp"

#include <algorithm>
#include <cstdint>

#include "text/fnv.hpp"

namespace chronik::interop {
namespace {

std::string tag_of(std::string_view tag) {
    std::string out(tag);
    for (auto& c : out)
        if (c == ' ' || c == '\t' || c == '\n') c = '_';
    return out;
}

}  // namespace

std::string anki_guid(std::string_view key) {
    // FNV-1a, 64 bits: only stability matters here, not secrecy.
    std::uint64_t h = text::fnv1a_64(key);
    // splitmix64's finaliser spreads the last characters' change over every bit, so guids of
    // neighbouring ids do not share their first characters.
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    h ^= h >> 31;
    static constexpr char kTable[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./"
        ":;<=>?@[]^_`{|}~";
    std::string out;
    do {
        out.insert(out.begin(), kTable[h % 91]);
        h /= 91;
    } while (h > 0);
    return out;
}

std::vector<ExportNote> export_notes(const bank::Deck& deck, bank::DateLanguage language) {
    const bool german = language == bank::DateLanguage::German;
    std::vector<ExportNote> out;
    for (const auto& item : deck.items) {
        if (item.draft) continue;
        ExportNote note;
        note.item_id = item.id;
        note.guid = anki_guid("chronik/" + item.id);
        for (const auto& t : item.tags)
            note.tags.push_back(tag_of(t));
        note.tags.push_back(tag_of(deck.id));
        if (const auto* mc = item.multiple_choice()) {
            std::vector<std::string> choices = mc->distractors;
            choices.push_back(mc->answer);
            std::sort(choices.begin(), choices.end());
            note.front = mc->prompt + "\n";
            for (std::size_t i = 0; i < choices.size(); ++i) {
                note.front += '\n';
                note.front += static_cast<char>('A' + (i % 26));
                note.front += ") ";
                note.front += choices[i];
            }
            note.back = mc->answer;
            if (!mc->explanation.empty()) note.back += "\n\n" + mc->explanation;
        } else if (const auto* ev = item.event()) {
            note.front = std::string(german ? "Wann geschah das?" : "When did this happen?") +
                         "\n\n" + ev->text;
            note.back = bank::format_date(ev->date, language);
        } else if (const auto* fc = item.flashcard()) {
            note.front = fc->front;
            note.back = fc->back;
        }
        out.push_back(std::move(note));
    }
    return out;
}

}  // namespace chronik::interop
