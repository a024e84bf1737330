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
// are decoded, a no-break space becomes a space; script and style are dropped. The result has
// no blank lines at either end, no spaces at line ends and at most one empty line in a row.
// Malformed HTML is read as a browser would (libxml2 recovers); never throws for bad markup.
PlainText html_to_text(std::string_view html);

// Anki's [sound:NAME] references removed from plain text (fields imported with "#html:false"),
// each listed in `media`.
PlainText strip_sound_tags(std::string_view text);

}  // namespace chronik::io
