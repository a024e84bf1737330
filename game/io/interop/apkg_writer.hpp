// Writing Anki packages (.apkg, schema 11 collection.anki2, which every Anki version imports).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "interop/anki_export.hpp"
#include "io/import/text_file.hpp"
#include "time/time_point.hpp"

namespace chronik::io {

// The package's bytes: one deck named `deck_name` ("::" makes subdecks, as in
// Anki) with one Basic note (fields Front and Back, one card) per export
// note; text is HTML-escaped, line breaks become <br>. The note type is
// "Chronik Basic" with a fixed id, note guids come from the item ids, so a
// later export of the same deck updates the notes instead of duplicating
// them. `now` sets the creation and modification times.
std::string apkg_bytes(const std::string& deck_name, const std::vector<interop::ExportNote>& notes,
                       TimeMs now);

// Writes apkg_bytes() to `file` through a temporary file and a rename.
void write_apkg(const std::filesystem::path& file, const std::string& deck_name,
                const std::vector<interop::ExportNote>& notes, TimeMs now, Overwrite overwrite);

// Text as Anki shows it in a field: & < > " escaped, '[' as &#91; (so that text such as
// "[sound:x]" stays text), line breaks as <br>, the second and further spaces of a run as
// &nbsp; (as Anki's editor writes them).
std::string anki_field_html(std::string_view text);

}  // namespace chronik::io
