#include "decks/typed_path.hpp"

namespace chronik::decks {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string path_as_typed(std::string s, std::string_view home) {
    while (!s.empty() && is_space(s.back()))
        s.pop_back();
    while (!s.empty() && is_space(s.front()))
        s.erase(s.begin());
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
        s = s.substr(1, s.size() - 2);
    if (s.rfind("file://", 0) == 0) {
        std::string decoded;
        for (std::size_t i = 7; i < s.size(); ++i) {
            if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
                hex_value(s[i + 2]) >= 0) {
                decoded += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
                i += 2;
            } else {
                decoded += s[i];
            }
        }
        s = decoded;
    }
    if (s.rfind("~/", 0) == 0 && !home.empty()) s = std::string(home) + s.substr(1);
    return s;
}

}  // namespace chronik::decks
