// Writing a deck in the bank format (questions/README.md) as JSON text.
#pragma once

#include <string>

#include "bank/deck.hpp"

namespace chronik::io {

// schema 1; deck id, title, language and (when set) source; every item with
// its fields, "draft": true where set, "source": {"quote"} where a quote is
// set. Indented, UTF-8, ends with a newline. load_deck_file() reads it back
// to the same items.
std::string deck_to_json(const bank::Deck& deck);

// A deck id from a title or file name: lowercase ASCII letters and digits,
// other runs become '-', umlauts transliterated (ä -> ae); "deck" when empty.
std::string deck_id_from(std::string_view name);

}  // namespace chronik::io
