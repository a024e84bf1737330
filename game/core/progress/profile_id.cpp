#include "progress/profile_id.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "bank/utf8.hpp"
#include "names/name_key.hpp"
#include "text/ascii.hpp"

namespace chronik {
namespace {

using text::lower_ascii;

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x3000;
}

bool is_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029;
}

// Latin-1 letters to ASCII; German letters get their customary spelling.
std::string_view fold_latin1(char32_t c) {
    switch (c) {
        case U'ä':
        case U'Ä':
            return "ae";
        case U'ö':
        case U'Ö':
            return "oe";
        case U'ü':
        case U'Ü':
            return "ue";
        case U'ß':
            return "ss";
        case U'à':
        case U'á':
        case U'â':
        case U'ã':
        case U'å':
        case U'À':
        case U'Á':
        case U'Â':
        case U'Ã':
        case U'Å':
            return "a";
        case U'æ':
        case U'Æ':
            return "ae";
        case U'ç':
        case U'Ç':
            return "c";
        case U'è':
        case U'é':
        case U'ê':
        case U'ë':
        case U'È':
        case U'É':
        case U'Ê':
        case U'Ë':
            return "e";
        case U'ì':
        case U'í':
        case U'î':
        case U'ï':
        case U'Ì':
        case U'Í':
        case U'Î':
        case U'Ï':
            return "i";
        case U'ñ':
        case U'Ñ':
            return "n";
        case U'ò':
        case U'ó':
        case U'ô':
        case U'õ':
        case U'ø':
        case U'Ò':
        case U'Ó':
        case U'Ô':
        case U'Õ':
        case U'Ø':
            return "o";
        case U'ù':
        case U'ú':
        case U'û':
        case U'Ù':
        case U'Ú':
        case U'Û':
            return "u";
        case U'ý':
        case U'ÿ':
        case U'Ý':
            return "y";
        case U'ŏ':
        case U'Ŏ':
            return "o";
        default:
            return {};
    }
}

bool is_reserved_windows_name(std::string_view id) {
    static constexpr std::array<std::string_view, 4> kPlain{"con", "prn", "aux", "nul"};
    if (std::find(kPlain.begin(), kPlain.end(), id) != kPlain.end()) return true;
    return id.size() == 4 && (id.starts_with("com") || id.starts_with("lpt")) && id[3] >= '0' &&
           id[3] <= '9';
}

constexpr std::size_t kSlugBytes = 32;

std::string slug_of(std::string_view name) {
    std::string slug;
    bool pending_dash = false;
    auto put = [&](std::string_view piece) {
        if (pending_dash && !slug.empty()) slug += '-';
        pending_dash = false;
        slug += piece;
    };
    std::size_t pos = 0;
    while (pos < name.size()) {
        const auto cp = bank::decode_valid_utf8(name, pos);
        if (!cp) {
            ++pos;
            pending_dash = true;
            continue;
        }
        const char32_t c = *cp;
        if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
            put(std::string(1, static_cast<char>(c)));
        } else if (c >= U'A' && c <= U'Z') {
            put(std::string(1, static_cast<char>(c - U'A' + U'a')));
        } else if (auto folded = fold_latin1(c); !folded.empty()) {
            put(folded);
        } else {
            pending_dash = true;
        }
    }
    if (slug.size() > kSlugBytes) slug.resize(kSlugBytes);
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    if (slug.empty()) slug = "profile";
    if (is_reserved_windows_name(slug)) slug += "-profile";
    return slug;
}

}  // namespace

std::string normalize_display_name(std::string_view typed) {
    for (std::size_t pos = 0; pos < typed.size();) {
        const std::size_t at = pos;
        if (!bank::decode_valid_utf8(typed, pos))
            throw ProfileNameError("the name is not valid UTF-8 (byte " + std::to_string(at + 1) +
                                   ")");
    }
    // One spelling for one name: NFC, no invisible characters (see names::clean_name).
    const std::string cleaned = names::clean_name(typed);
    const std::string_view name = cleaned;
    std::vector<std::pair<std::size_t, char32_t>> points;  // byte offset, code point
    std::size_t pos = 0;
    while (pos < name.size()) {
        const std::size_t at = pos;
        points.emplace_back(at, *bank::decode_valid_utf8(name, pos));
    }
    std::size_t first = 0;
    std::size_t last = points.size();
    while (first < last && is_space(points[first].second))
        ++first;
    while (last > first && is_space(points[last - 1].second))
        --last;
    if (first == last) throw ProfileNameError("the name is empty");
    if (last - first > kMaxDisplayNameCodePoints)
        throw ProfileNameError("the name is longer than " +
                               std::to_string(kMaxDisplayNameCodePoints) + " characters");
    for (std::size_t i = first; i < last; ++i)
        if (is_control(points[i].second))
            throw ProfileNameError("the name contains a control character (character " +
                                   std::to_string(i - first + 1) + ")");
    const std::size_t begin = points[first].first;
    const std::size_t end = last < points.size() ? points[last].first : name.size();
    return std::string(name.substr(begin, end - begin));
}

std::string profile_folder_id(std::string_view display_name,
                              const std::vector<std::string>& taken) {
    std::string base = slug_of(display_name);
    std::vector<std::string> lowered;
    lowered.reserve(taken.size());
    for (const auto& t : taken)
        lowered.push_back(lower_ascii(t));
    auto is_taken = [&](const std::string& id) {
        return std::find(lowered.begin(), lowered.end(), id) != lowered.end();
    };
    if (!is_taken(base)) return base;
    for (std::uint64_t n = 2;; ++n) {
        std::string candidate = base + "-" + std::to_string(n);
        if (!is_taken(candidate)) return candidate;
    }
}

bool is_valid_folder_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxFolderIdBytes || id.front() == '-' || id.back() == '-')
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return !is_reserved_windows_name(id);
}

}  // namespace chronik
