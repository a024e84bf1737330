// Anki's "Notes in Plain Text" files (.txt/.csv) with their "#key:value" header lines, as notes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "interop/anki_export.hpp"
#include "interop/anki_notes.hpp"
#include "text/row_problem.hpp"

namespace chronik::io {

struct AnkiTextFile {
    std::vector<interop::AnkiNote> notes;    // fields already plain text
    std::vector<text::RowProblem> problems;  // rows that made no note (e.g. an unclosed quote)
    char separator = '\t';
    bool html = false;     // fields were read as HTML
    bool headers = false;  // the file had Anki header lines
};

// True when the text starts with an Anki header line (#separator:, #html:,
// #columns:, #notetype:, #deck:, #tags:, #... column:, #if matches:).
bool has_anki_headers(std::string_view text);

// Reads the file as Anki's text importer does (docs.ankiweb.net, "Importing
// text files"): the header lines #separator: (Tab, Comma, Semicolon, Space,
// Pipe, Colon or one character), #html:true|false, #tags: (added to every
// note), #columns: (column names; "Tags", "GUID", "Notetype", "Deck" name
// those columns), #notetype:, #deck:, and the 1-based columns
// "#guid column:", "#notetype column:", "#deck column:", "#tags column:"
// (space-separated tags). The other columns are the note's fields, in
// order. With #html:true, or without the header when a field looks like
// HTML (a tag such as <br> or </b>, or an entity such as &nbsp;), fields are
// converted by html_to_text; [sound:...] is always reported and left out.
// Without header lines the separator is detected as parse_delimited does.
// Each note's shape follows its note type's name (interop::shape_from_name)
// or its cloze markup.
AnkiTextFile read_anki_text(std::string_view text);

// The notes as an Anki text file with header lines (#separator:tab,
// #html:true, #deck:, #guid column:1, #tags column:4, #columns:): GUID,
// Front, Back (HTML-escaped, line breaks as <br>) and the tags. Import it in
// Anki with File > Import into a Basic note type; the GUIDs make a second
// import update the notes. read_anki_text() reads it back.
std::string anki_text_export(const std::string& deck_name,
                             const std::vector<interop::ExportNote>& notes);

}  // namespace chronik::io
