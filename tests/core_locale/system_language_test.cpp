#include <doctest/doctest.h>

#include "locale/system_language.hpp"

using chronik::Language;
using chronik::locale::LocaleVariables;
using chronik::locale::system_language;

namespace {

LocaleVariables lang(std::string value) {
    LocaleVariables v;
    v.lang = std::move(value);
    return v;
}

}  // namespace

TEST_CASE("a German LANG in any region or encoding speaks German") {
    for (const char* name : {"de_DE.UTF-8", "de_AT.UTF-8", "de_CH", "de", "de_DE@euro", "DE_de"})
        CHECK_MESSAGE(system_language(lang(name)) == Language::German, name);
}

TEST_CASE("English, other languages, C and an empty environment speak English") {
    for (const char* name : {"en_GB.UTF-8", "en_US", "fr_FR.UTF-8", "C", "C.UTF-8", "POSIX", "",
                             "dexx", "nds_DE.UTF-8"})
        CHECK_MESSAGE(system_language(lang(name)) == Language::English, name);
}

// Fields: LC_ALL, LC_MESSAGES, LANG, LANGUAGE.
TEST_CASE("LC_ALL wins over LC_MESSAGES, which wins over LANG") {
    CHECK(system_language({"", "de_DE.UTF-8", "en_US.UTF-8", ""}) == Language::German);
    CHECK(system_language({"en_GB.UTF-8", "de_DE.UTF-8", "en_US.UTF-8", ""}) == Language::English);
    CHECK(system_language({"de_AT.UTF-8", "en_GB.UTF-8", "en_US.UTF-8", ""}) == Language::German);
    CHECK(system_language({"", "C", "de_DE.UTF-8", ""}) == Language::English);
}

TEST_CASE("LANGUAGE's first German or English entry wins over a real locale") {
    CHECK(system_language({"", "", "en_US.UTF-8", "fr:de_AT:en"}) == Language::German);
    CHECK(system_language({"", "", "de_DE.UTF-8", "en_GB:de"}) == Language::English);
    // Nothing the game speaks: the locale decides.
    CHECK(system_language({"", "", "de_DE.UTF-8", "fr:it"}) == Language::German);
    CHECK(system_language({"", "", "de_DE.UTF-8", ":"}) == Language::German);
}

TEST_CASE("LANGUAGE is ignored when the locale is C, as gettext ignores it") {
    CHECK(system_language({"", "", "C.UTF-8", "de"}) == Language::English);
    CHECK(system_language({"", "", "", "de"}) == Language::English);
    CHECK(system_language({"POSIX", "", "de_DE.UTF-8", "de"}) == Language::English);
}

TEST_CASE("a locale name's language code is the part before region, encoding and modifier") {
    using chronik::locale::language_code_of_locale;
    CHECK(language_code_of_locale("de_DE.UTF-8") == "de");
    CHECK(language_code_of_locale("sr@latin") == "sr");
    CHECK(language_code_of_locale("EN.utf8") == "en");
    CHECK(language_code_of_locale("") == "");
}
