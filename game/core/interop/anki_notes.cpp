#include "interop/anki_notes.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "bank/source_text.hpp"
#include "interop/cloze.hpp"
#include "text/ascii.hpp"

namespace chronik::interop {
namespace {

using text::lower_ascii;
using text::trimmed;

bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

// U+FFFE and U+FFFF are not characters XML or HTML may carry: the HTML reader (libxml2) drops
// them, so a field holding one would not read back the same from Chronik's own export. They
// are Unicode noncharacters, never meant for interchange, so the import drops them too.
std::string without_xml_noncharacters(std::string_view field) {
    std::string out;
    out.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (i + 2 < field.size() && field[i] == '\xEF' && field[i + 1] == '\xBF' &&
            (field[i + 2] == '\xBE' || field[i + 2] == '\xBF')) {
            i += 2;
            continue;
        }
        out.push_back(field[i]);
    }
    return out;
}

// How a note is named in its problems (RowProblem::item): its guid, else the start of its first
// field in double quotes.
std::string note_name(const AnkiNote& note) {
    if (!note.guid.empty()) return note.guid;
    std::string first = note.fields.empty() ? std::string() : trimmed(note.fields.front());
    for (auto& c : first)
        if (c == '\n') c = ' ';
    if (first.size() > 40) {
        std::size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80)
            --cut;
        first = first.substr(0, cut) + "…";
    }
    return "\"" + first + "\"";
}

std::string fold(std::string_view s) {
    return lower_ascii(bank::normalise(s));
}

std::string id_for(const std::string& deck, int n) {
    std::string num = std::to_string(n);
    while (num.size() < 3)
        num.insert(num.begin(), '0');
    return deck + "-fc-" + num;
}

}  // namespace

NoteShape shape_from_name(std::string_view notetype) {
    const std::string name = lower_ascii(notetype);
    if (contains(name, "cloze") || contains(name, "lückentext") || contains(name, "lueckentext"))
        return NoteShape::Cloze;
    const bool reversed = contains(name, "revers") || contains(name, "umgekehrt");
    if (reversed && (contains(name, "optional") || contains(name, "wahlweise")))
        return NoteShape::BasicOptionalReversed;
    if (reversed) return NoteShape::BasicAndReversed;
    return NoteShape::Basic;
}

NotesDeck notes_to_deck(const std::vector<AnkiNote>& notes, const NoteOptions& options,
                        const NoteProgress& on_note) {
    NotesDeck out;
    out.deck.id = options.deck_id;
    out.deck.title = options.title;
    out.deck.language = "de";
    std::set<std::string> fronts;
    int n = 0;
    const auto total = static_cast<std::int64_t>(notes.size());
    std::int64_t done = 0;
    for (const auto& note : notes) {
        if (on_note) on_note(done++, total);
        auto report = [&](std::string message, text::RowReason reason, std::string detail = {}) {
            out.problems.push_back(
                {note.line, std::move(message), reason, std::move(detail), note_name(note)});
        };
        for (const auto& m : note.media)
            report("refers to " + m + ", which is not imported (Chronik shows text only)",
                   text::RowReason::MediaLeftOut, m);
        std::vector<std::string> f;
        for (const auto& field : note.fields)
            f.push_back(trimmed(without_xml_noncharacters(field)));
        std::vector<std::pair<std::string, std::string>> cards;  // front, back
        const bool cloze = note.shape == NoteShape::Cloze || (!f.empty() && has_cloze(f[0]));
        if (cloze) {
            const auto made = f.empty() ? std::vector<ClozeCard>{} : cloze_cards(f[0]);
            if (made.empty()) {
                report("a cloze note without a cloze ({{c1::...}}); skipped",
                       text::RowReason::ClozeWithoutGap);
                ++out.skipped;
                continue;
            }
            for (const auto& c : made) {
                std::string back = c.back;
                if (f.size() > 1 && !f[1].empty()) back += "\n\n" + f[1];
                cards.emplace_back(trimmed(c.front), trimmed(back));
            }
        } else {
            if (f.size() < 2 || f[0].empty() || f[1].empty()) {
                const bool front = f.empty() || f[0].empty();
                report(std::string(front ? "the front" : "the back") + " is empty" +
                           (note.media.empty() ? "" : " once images and sounds are left out") +
                           "; skipped",
                       front ? text::RowReason::FrontEmpty : text::RowReason::BackEmpty);
                ++out.skipped;
                continue;
            }
            std::string back = f[1];
            const std::size_t extra_from = note.shape == NoteShape::BasicOptionalReversed ? 3 : 2;
            for (std::size_t k = extra_from; k < f.size(); ++k) {
                if (f[k].empty()) continue;
                back += "\n\n" + f[k];
                report("field " + std::to_string(k + 1) + " is added to the back",
                       text::RowReason::FieldAddedToBack, std::to_string(k + 1));
            }
            cards.emplace_back(f[0], back);
            const bool reverse =
                note.shape == NoteShape::BasicAndReversed ||
                (note.shape == NoteShape::BasicOptionalReversed && f.size() > 2 && !f[2].empty());
            if (reverse) cards.emplace_back(f[1], f[0]);
        }
        int made = 0;
        for (auto& [front, back] : cards) {
            if (front.empty() || back.empty()) {
                report("a card with an empty side; skipped", text::RowReason::CardSideEmpty);
                continue;
            }
            if (!fronts.insert(fold(front)).second) {
                report("a card with the front \"" + front + "\" was imported already; skipped",
                       text::RowReason::FrontRepeated, front);
                continue;
            }
            bank::Item item;
            item.id = id_for(out.deck.id, ++n);
            item.tags = note.tags;
            if (item.tags.empty()) item.tags = {"Import"};
            item.difficulty = 2;
            item.draft = options.draft;
            item.body = bank::Flashcard{front, back};
            out.deck.items.push_back(std::move(item));
            ++made;
        }
        if (made > 0)
            ++out.notes;
        else
            ++out.skipped;
    }
    if (on_note) on_note(total, total);
    return out;
}

}  // namespace chronik::interop
