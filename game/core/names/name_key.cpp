#include "names/name_key.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace chronik::names {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// utf8proc rejects a whole string with one bad byte: replace such bytes first.
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n < 0) {
            out += kReplacement;
            ++p;
            --left;
            continue;
        }
        out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        p += n;
        left -= n;
    }
    return out;
}

std::string map(std::string_view name, int options) {
    std::string valid = valid_utf8(name);
    utf8proc_uint8_t* result = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                            static_cast<utf8proc_ssize_t>(valid.size()), &result,
                                            static_cast<utf8proc_option_t>(options));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(result, &std::free);
    // Only an allocation failure is left once the input is valid UTF-8.
    if (n < 0) return valid;
    return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(n));
}

}  // namespace

std::string clean_name(std::string_view name) {
    return map(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE);
}

std::string name_key(std::string_view name) {
    // utf8proc decomposes, folds and composes in one pass: NFC(fold(NFD(name))).
    return map(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE | UTF8PROC_CASEFOLD);
}

bool same_name(std::string_view a, std::string_view b) {
    return a == b || name_key(a) == name_key(b);
}

}  // namespace chronik::names
