// Finding the prose in a text copied from Wikipedia or a textbook, and quote text that lint
// accepts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronik::derive {

// A paragraph of running text. `text` is a verbatim slice of the source
// (line breaks of a hard-wrapped paragraph included), so every substring of it
// is a valid quote once whitespace is folded (see quote_text).
struct Paragraph {
    std::string text;
    int index = 0;    // 0 for the first prose paragraph (the lead of an article)
    int section = 0;  // counts the headings seen before it
    // The nearest heading above it ("Wirtschaftsbeziehungen"), or the document's title line
    // for the paragraphs before the first heading; empty when the text has neither.
    std::string heading;
};

// The prose paragraphs of a copied text. Dropped:
//  - edit links "[Bearbeiten | Quelltext bearbeiten]" (the line is a heading);
//  - headings, navigation lines ("Zur Navigation springen"), image captions
//    and other lines that are short or do not end like a sentence;
//  - the mark of a list item ("• ", "- "): each item is a paragraph of its own;
//  - a label before a colon at a paragraph's start ("Das Wichtigste in Kürze: ");
//  - everything from a closing section on: Einzelnachweise, Weblinks,
//    Literatur, Anmerkungen, Quellen, Siehe auch, Fußnoten, References.
// Reference markers "[12]" stay in the text (quotes may contain or omit them).
std::vector<Paragraph> prose_paragraphs(std::string_view text);

// A homework task or a material's caption, not part of the text: a sentence opening (after an
// enumerator "1.", "a)", "Aufgabe 2:") with an operator of history tasks in the imperative
// ("Nenne …", "Erkläre, warum …", "Beurteile, ob …"), or with a material's label ("M1 Aus der
// Rede …", "Q2: …", "Abb. 3 …").
bool is_task_or_caption(std::string_view sentence);

// A passage as a quote: reference markers dropped, whitespace runs folded to
// one space, trimmed. Lint finds such a quote in the source it came from.
std::string quote_text(std::string_view passage);

}  // namespace chronik::derive
