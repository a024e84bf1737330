// The languages Chronik speaks (interface, dates, grade keys), and their codes: the one home of
// the Language enum that profiles, the core's texts and the UI share.
#pragma once

#include <optional>
#include <string_view>

namespace chronik {

enum class Language { German, English };

// "de", "en".
constexpr std::string_view language_code(Language language) {
    return language == Language::German ? "de" : "en";
}

// "de" / "en" -> Language; anything else is not a language the game speaks.
constexpr std::optional<Language> language_from_code(std::string_view code) {
    if (code == "de") return Language::German;
    if (code == "en") return Language::English;
    return std::nullopt;
}

}  // namespace chronik
