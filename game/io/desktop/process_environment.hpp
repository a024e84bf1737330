// The parts of the process environment the desktop decisions read: home folders and locale.
#pragma once

#include "io/desktop/saves_location.hpp"
#include "locale/system_language.hpp"

namespace chronik::io {

// $HOME (else the password database's entry for this user) and $XDG_DATA_HOME.
HomeFolders home_folders_from_environment();

// LC_ALL, LC_MESSAGES, LANG and LANGUAGE as this process sees them.
locale::LocaleVariables locale_from_environment();

}  // namespace chronik::io
