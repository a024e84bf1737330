// Reading Anki packages (.apkg: collection.anki2, .anki21 or zstd-compressed .anki21b) as notes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "interop/anki_notes.hpp"

namespace chronik::io {

// Limits against hostile packages; the message names the limit that was hit.
inline constexpr std::uint64_t kMaxAnkiCollectionBytes = 256u << 20;  // the unpacked database
inline constexpr std::size_t kMaxAnkiNotes = 100'000;

struct AnkiPackage {
    std::string collection;                // which file was read, e.g. "collection.anki21b"
    std::vector<interop::AnkiNote> notes;  // fields as plain text; in note creation order
    std::vector<std::string> decks;        // names of the decks that hold the notes' cards
    std::size_t media_files = 0;           // media files in the package (never imported)
};

// Reads the newest collection the package holds (collection.anki21b, else
// .anki21, else .anki2: new Anki writes a stub .anki2 beside an .anki21b),
// schema 11 (note types as JSON in col.models) or schema 18 (notetypes,
// fields and templates tables). Fields are converted from HTML; a note's
// shape is Cloze for cloze note types, else follows its templates (two
// templates: reversed; a conditional second one: optional reversed).
// Throws std::runtime_error "FILE: problem" for a file that is not a zip, a
// damaged zip, a package without a collection, a collection that is not an
// SQLite database, damaged, over the limits above, or without Anki's tables.
// The database is read in memory, read-only, with a bound on the work a
// query may do; nothing is written anywhere.
AnkiPackage read_apkg(const std::filesystem::path& file);
// The same from the package's bytes (tests and fuzzers); `name` is used in messages.
AnkiPackage read_apkg_bytes(std::string bytes, const std::string& name);

}  // namespace chronik::io
