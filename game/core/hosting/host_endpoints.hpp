// The addresses a class game is announced under on the projector ("192.168.1.20:47800").
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::hosting {

struct HostEndpoints {
    // "ADDRESS:PORT", one per usable address, in the order found, without repeats.
    std::vector<std::string> lines;
    // No LAN address was found: only this machine (127.0.0.1) can join.
    bool loopback_only = false;
};

// Keeps the dotted IPv4 addresses students can reach: drops empty, malformed,
// unspecified (0.0.0.0), broadcast and loopback ones; when none is left the
// loopback address is shown and loopback_only is set.
HostEndpoints host_endpoints(std::span<const std::string> ipv4_addresses, unsigned short port);

// The port a teacher typed: digits only, 1..65535 (0 would pick a random port no student knows).
std::optional<unsigned short> parse_port(std::string_view typed);

}  // namespace chronik::hosting
