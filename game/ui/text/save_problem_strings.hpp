// What went wrong with a save file, said to the player in German or English: one sentence per
// kind of save problem (app/save_error_text picks it for an io::SaveError), and how the file and
// the technical detail are added to it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "ui/text/strings.hpp"

namespace chronik::ui {

// One per io::SaveErrorKind, in its order, then the pieces the sentence is made of.
enum class SaveProblemText {
    NotFound,
    AlreadyExists,
    InvalidInput,
    NewerVersion,
    Corrupt,
    DiskFull,
    ReadOnly,
    Unsafe,
    Locked,
    TooLarge,
    Io,
    File,    // "Datei: {}": the file the problem is about
    Detail,  // "{} ({})": the sentence and what it is about
    Count    // not a string: the number of ids
};

const std::string& text(const StringTable& strings, SaveProblemText id);
// text(id) with each "{}" replaced by the next argument.
std::string format(const StringTable& strings, SaveProblemText id,
                   std::initializer_list<std::string_view> args);

}  // namespace chronik::ui
