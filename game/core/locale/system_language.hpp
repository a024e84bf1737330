// Which interface language the system asks for (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), decided
// without reading the environment: the caller passes the variables in.
#pragma once

#include <string>

#include "progress/profile_settings.hpp"

namespace chronik::locale {

// The locale variables as the process found them; unset and empty are the same.
struct LocaleVariables {
    std::string lc_all;
    std::string lc_messages;
    std::string lang;
    std::string language;  // GNU's priority list, e.g. "de_AT:de:en"
};

// German when the system's message language is German ("de", "de_DE.UTF-8", "de_AT@euro"),
// English otherwise. The message locale is LC_ALL, else LC_MESSAGES, else LANG (POSIX order);
// when it is a real locale (not unset, "C" or "POSIX"), LANGUAGE's first German or English
// entry wins over it, as gettext does.
Language system_language(const LocaleVariables& variables);

// "de_DE.UTF-8" -> "de"; "C" -> "c"; the part before '_', '.' or '@', lower-cased.
std::string language_code_of_locale(const std::string& locale_name);

}  // namespace chronik::locale
