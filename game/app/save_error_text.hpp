// A save error as the player reads it: the sentence of its kind in the UI language, with the file
// (none for a lock) and, where only the English message says what to change (InvalidInput, Io),
// that message as a technical detail. The English describe() is for the log.
#pragma once

#include <string>

#include "io/save/save_error.hpp"
#include "ui/text/strings.hpp"

namespace chronik::app {

std::string save_error_text(const ui::StringTable& strings, const io::SaveError& error);

}  // namespace chronik::app
