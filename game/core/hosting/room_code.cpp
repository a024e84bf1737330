#include "hosting/room_code.hpp"

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

std::optional<std::string> normalize_room_code(std::string_view typed) {
    while (!typed.empty() && (typed.front() == ' ' || typed.front() == '\t'))
        typed.remove_prefix(1);
    while (!typed.empty() && (typed.back() == ' ' || typed.back() == '\t'))
        typed.remove_suffix(1);
    if (typed.empty() || typed.size() > kMaxRoomCodeLength) return std::nullopt;
    std::string code;
    for (const char c : typed) {
        if (c >= 'a' && c <= 'z')
            code.push_back(static_cast<char>(c - 'a' + 'A'));
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            code.push_back(c);
        else
            return std::nullopt;
    }
    return code;
}

}  // namespace chronik::hosting
