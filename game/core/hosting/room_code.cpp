#include "hosting/room_code.hpp"

#include <algorithm>
#include <stdexcept>

namespace chronik::hosting {

std::string make_room_code(Rng& rng, std::size_t length) {
    if (length == 0 || length > kMaxRoomCodeLength)
        throw std::invalid_argument("room code length " + std::to_string(length) +
                                    " is outside 1.." + std::to_string(kMaxRoomCodeLength));
    std::string code;
    code.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
        code.push_back(kRoomCodeAlphabet[rng.below(kRoomCodeAlphabet.size())]);
    return code;
}

std::string fold_room_code(std::string_view typed) {
    std::string code;
    // Bounded: a hello's code is at most a few dozen bytes, but a caller may pass anything.
    for (const char c : typed.substr(0, 256)) {
        if (c == ' ' || c == '\t') continue;
        code.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return code;
}

std::optional<std::string> normalize_room_code(std::string_view typed) {
    auto code = fold_room_code(typed);
    if (code.size() < kMinRoomCodeLength || code.size() > kMaxRoomCodeLength) return std::nullopt;
    const bool plain = std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (!plain) return std::nullopt;
    return code;
}

}  // namespace chronik::hosting
