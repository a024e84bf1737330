#include "hosting/join_url.hpp"

#include "hosting/room_code.hpp"

namespace chronik::hosting {

std::string join_url(std::string_view host, unsigned short port, std::string_view code) {
    return "http://" + std::string(host) + ":" + std::to_string(port) +
           "/?code=" + fold_room_code(code);
}

std::optional<std::string> room_code_of_url(std::string_view url) {
    const auto query = url.find('?');
    if (query == std::string_view::npos) return std::nullopt;
    auto rest = url.substr(query + 1);
    rest = rest.substr(0, rest.find('#'));
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const auto part = rest.substr(0, amp);
        if (part.starts_with("code=")) return fold_room_code(part.substr(5));
        if (amp == std::string_view::npos) break;
        rest.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

}  // namespace chronik::hosting
