// The address a student's browser opens to join a class game; the QR code on the projector
// carries it, so that scanning is enough.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronik::hosting {

// "http://HOST:PORT/?code=CODE". `host` is a dotted IPv4 address, a name, or an IPv6 address in
// brackets; the code is folded as students may type it (hosting::fold_room_code).
std::string join_url(std::string_view host, unsigned short port, std::string_view code);

// The room code a join URL carries ("?code=..." or "&code=..."), folded; nullopt without one.
std::optional<std::string> room_code_of_url(std::string_view url);

}  // namespace chronik::hosting
