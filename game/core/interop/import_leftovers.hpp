// Traces another tool's format leaves in item text when it was imported badly: HTML, entities,
// cloze markup, Anki GUIDs and note-type names. Lint warns about them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronik::interop {

// What markup the text holds, e.g. "HTML tag <br>", "HTML entity &nbsp;", "cloze markup
// {{c1::"; nullopt for clean text. "a < b" and "Fish & Chips" are clean.
std::optional<std::string> import_markup(std::string_view text);

// A single token shaped like an Anki note GUID: 8-13 characters of Anki's base91 alphabet with
// letters and at least one digit or sign other than '-' and mixed case or a sign (e.g.
// "e]X#1tYv3a"), or 32/40 hexadecimal digits (anki-apkg-export's), or a UUID.
bool looks_like_guid(std::string_view text);

// One of Anki's stock note-type names in English or German ("Basic (and reversed card)",
// "Cloze", "Einfach", "Lückentext", ...), ignoring case.
bool looks_like_note_type(std::string_view text);

}  // namespace chronik::interop
