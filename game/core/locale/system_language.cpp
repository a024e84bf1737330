#include "locale/system_language.hpp"

#include <cctype>
#include <optional>
#include <string_view>

namespace chronik::locale {
namespace {

// The language a locale name speaks, when it is one the game has.
std::optional<Language> spoken(const std::string& locale_name) {
    const auto code = language_code_of_locale(locale_name);
    if (code == "de") return Language::German;
    if (code == "en") return Language::English;
    return std::nullopt;
}

bool is_untranslated(const std::string& locale_name) {
    // gettext ignores LANGUAGE for these: they ask for no translation at all.
    return locale_name.empty() || locale_name == "C" || locale_name == "POSIX" ||
           locale_name.starts_with("C.");
}

}  // namespace

std::string language_code_of_locale(const std::string& locale_name) {
    std::string code;
    for (const char c : locale_name) {
        if (c == '_' || c == '.' || c == '@') break;
        code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return code;
}

Language system_language(const LocaleVariables& v) {
    const std::string& messages =
        !v.lc_all.empty() ? v.lc_all : (!v.lc_messages.empty() ? v.lc_messages : v.lang);
    if (is_untranslated(messages)) return Language::English;
    std::string_view list = v.language;
    while (!list.empty()) {
        const auto colon = list.find(':');
        const std::string entry(list.substr(0, colon));
        if (const auto language = spoken(entry)) return *language;
        list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
    }
    return spoken(messages).value_or(Language::English);
}

}  // namespace chronik::locale
