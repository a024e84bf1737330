// Anki field HTML as plain text (libxml2's HTML parser): line breaks kept, entities decoded,
// images and sounds listed instead of shown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronik::io {

struct PlainText {
    std::string text;
    // Files the HTML refers to and the text leaves out: <img src>, <audio>/<video>/<source src>
    // and Anki's [sound:NAME], in order of appearance.
    std::vector<std::string> media;
};

// `<br>` and block elements (p, div, li, tr, h1-h6, ...) become line breaks; runs of spaces and
// HTML line breaks fold to one space as a browser shows them; entities (&nbsp;, &amp;, &#x27;)
// are decoded, a no-break space becomes a space; script, style and control characters are
// dropped. The result has no blank lines at either end, no spaces at line ends and at most one
// empty line in a row.
// Malformed HTML is read as a browser would (libxml2 recovers); never throws for bad markup.
PlainText html_to_text(std::string_view html);

// Anki's [sound:NAME] references removed from plain text, each listed in `media`.
PlainText strip_sound_tags(std::string_view text);

// A field imported as plain text ("#html:false"): sounds removed as strip_sound_tags does, and
// the same clean text html_to_text makes (line breaks kept, "\r\n" one break, runs of spaces
// and tabs one space, no control characters, no spaces at line ends, at most one empty line in
// a row), so that a field reads the same whichever way it came and after Chronik's export.
PlainText plain_field_text(std::string_view text);

}  // namespace chronik::io
