#include "interop/import_leftovers.hpp"

#include <algorithm>
#include <cctype>

#include "interop/cloze.hpp"
#include "text/ascii.hpp"

namespace chronik::interop {
namespace {

using text::lower_ascii;

bool alpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

std::optional<std::string> import_markup(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<' && i + 1 < s.size() && (alpha(s[i + 1]) || s[i + 1] == '/')) {
            std::size_t j = i + 1 + (s[i + 1] == '/' ? 1 : 0);
            const std::size_t name = j;
            while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])))
                ++j;
            if (j == name || j - name > 10) continue;
            const auto close = s.find('>', j);
            if (close == std::string_view::npos || s.find('<', i + 1) < close) continue;
            if (j < close && s[j] != ' ' && s[j] != '/') continue;
            return "HTML tag " + std::string(s.substr(i, std::min<std::size_t>(close - i + 1, 20)));
        }
        if (s[i] == '&') {
            std::size_t j = i + 1;
            if (j < s.size() && s[j] == '#') ++j;
            const std::size_t start = j;
            while (j < s.size() && j - start <= 8 && std::isalnum(static_cast<unsigned char>(s[j])))
                ++j;
            if (j > start && j < s.size() && s[j] == ';')
                return "HTML entity " + std::string(s.substr(i, j - i + 1));
        }
    }
    if (has_cloze(s)) {
        const auto at = s.find("{{c");
        const auto end = s.find("::", at);
        return "cloze markup " + std::string(s.substr(at, end - at + 2));
    }
    return std::nullopt;
}

bool looks_like_guid(std::string_view s) {
    const bool hex = std::all_of(
        s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (hex && (s.size() == 32 || s.size() == 40) && std::any_of(s.begin(), s.end(), digit) &&
        std::any_of(s.begin(), s.end(), alpha))
        return true;
    if (s.size() == 36 && s[8] == '-' && s[13] == '-' && s[18] == '-' && s[23] == '-') {
        bool uuid = true;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (i != 8 && i != 13 && i != 18 && i != 23 &&
                !std::isxdigit(static_cast<unsigned char>(s[i])))
                uuid = false;
        if (uuid) return true;
    }
    if (s.size() < 8 || s.size() > 13) return false;
    static constexpr std::string_view kSigns = "!#$%&()*+,./:;<=>?@[]^_`{|}~";
    bool lower = false, upper = false, digits = false, sign = false;
    for (char c : s) {
        if (std::islower(static_cast<unsigned char>(c)))
            lower = true;
        else if (std::isupper(static_cast<unsigned char>(c)))
            upper = true;
        else if (digit(c))
            digits = true;
        else if (kSigns.find(c) != std::string_view::npos)
            sign = true;
        else if (c != '-')
            return false;  // spaces, umlauts, quotes: words, not a guid
    }
    if (!(lower || upper) || !(digits || sign)) return false;
    return sign || (lower && upper && digits);
}

bool looks_like_note_type(std::string_view text) {
    static constexpr std::string_view kNames[] = {"basic",
                                                  "basic (and reversed card)",
                                                  "basic (optional reversed card)",
                                                  "basic (type in the answer)",
                                                  "cloze",
                                                  "image occlusion",
                                                  "einfach",
                                                  "einfach (mit umgekehrter karte)",
                                                  "einfach (beide richtungen)",
                                                  "einfach (optional umgekehrte karte)",
                                                  "einfach (antwort eintippen)",
                                                  "lückentext",
                                                  "bildverdeckung"};
    const std::string name = lower_ascii(text);
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

}  // namespace chronik::interop
