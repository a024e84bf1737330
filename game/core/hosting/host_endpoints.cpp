#include "hosting/host_endpoints.hpp"

#include <algorithm>
#include <array>

namespace chronik::hosting {
namespace {

// Four decimal parts 0..255 without leading zeros beyond "0".
std::optional<std::array<int, 4>> dotted_quad(std::string_view s) {
    std::array<int, 4> parts{};
    std::size_t part = 0, digits = 0;
    int value = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '.') {
            if (digits == 0 || part >= 4) return std::nullopt;
            parts[part++] = value;
            value = 0;
            digits = 0;
            continue;
        }
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        if (digits == 1 && value == 0) return std::nullopt;  // "01"
        value = value * 10 + (s[i] - '0');
        if (++digits > 3 || value > 255) return std::nullopt;
    }
    if (part != 4) return std::nullopt;
    return parts;
}

}  // namespace

HostEndpoints host_endpoints(std::span<const std::string> ipv4_addresses, unsigned short port) {
    HostEndpoints out;
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on string operator+.
    std::string suffix(":");
    suffix.append(std::to_string(port));
    for (const auto& a : ipv4_addresses) {
        const auto q = dotted_quad(a);
        if (!q) continue;
        const bool unspecified = (*q)[0] == 0;
        const bool loopback = (*q)[0] == 127;
        const bool broadcast = (*q)[0] == 255 && (*q)[1] == 255 && (*q)[2] == 255 && (*q)[3] == 255;
        if (unspecified || loopback || broadcast) continue;
        std::string line(a);
        line.append(suffix);
        if (std::find(out.lines.begin(), out.lines.end(), line) == out.lines.end())
            out.lines.push_back(std::move(line));
    }
    if (out.lines.empty()) {
        std::string line("127.0.0.1");
        line.append(suffix);
        out.lines.push_back(std::move(line));
        out.loopback_only = true;
    }
    return out;
}

std::optional<unsigned short> parse_port(std::string_view typed) {
    while (!typed.empty() && typed.front() == ' ')
        typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ')
        typed.remove_suffix(1);
    if (typed.empty() || typed.size() > 5) return std::nullopt;
    unsigned value = 0;
    for (const char c : typed) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    if (value < 1 || value > 65535) return std::nullopt;
    return static_cast<unsigned short>(value);
}

}  // namespace chronik::hosting
