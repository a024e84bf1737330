// The German dictionary derive uses (Debian's hunspell-de-de word file), read once per process.
#pragma once

#include "derive/word_list.hpp"

namespace chronik::io {

// The words of /usr/share/hunspell/de_DE.dic (or the file named by CHRONIK_DE_DIC), read the
// first time it is asked for. Empty when the file is missing or unreadable: derive then works
// without it (see derive::derive_candidates), so a machine without the package still derives.
const derive::WordList& german_dictionary();

}  // namespace chronik::io
