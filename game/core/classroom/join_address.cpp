#include "classroom/join_address.hpp"

#include <charconv>

#include "text/ascii.hpp"

namespace chronik::classroom {
namespace {

using text::trim;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A number 0..max with no sign, no spaces and no leading '+'.
bool parse_number(std::string_view s, unsigned max, unsigned& out) {
    if (s.empty() || s.size() > 5) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && end == s.data() + s.size() && out <= max;
}

bool looks_numeric(std::string_view host) {
    for (const char c : host)
        if (!is_digit(c) && c != '.') return false;
    return true;
}

bool valid_ipv4(std::string_view host) {
    int parts = 0;
    while (true) {
        const auto dot = host.find('.');
        const auto part = host.substr(0, dot);
        unsigned value = 0;
        if (part.size() > 3 || !parse_number(part, 255, value)) return false;
        ++parts;
        if (dot == std::string_view::npos) break;
        host.remove_prefix(dot + 1);
    }
    return parts == 4;
}

// RFC 1123 labels: letters, digits and '-', not at either end of a label; labels of 1-63
// characters; at most 253 characters in all. '_' is accepted too (Windows machine names).
bool valid_host_name(std::string_view host) {
    if (host.empty() || host.size() > 253) return false;
    std::size_t label = 0;
    char previous = '.';
    for (const char c : host) {
        if (c == '.') {
            if (label == 0 || previous == '-') return false;
            label = 0;
        } else if (is_alnum(c) || c == '_' || (c == '-' && label > 0)) {
            if (++label > 63) return false;
        } else {
            return false;
        }
        previous = c;
    }
    return label > 0 && previous != '-';
}

}  // namespace

std::variant<JoinAddress, AddressError> parse_join_address(std::string_view text) {
    text = trim(text);
    if (text.empty()) return AddressError{AddressProblem::Empty, {}};
    // A URL ("http://...") is not an address; saying "bad port //..." would mislead.
    if (text.find("://") != std::string_view::npos)
        return AddressError{AddressProblem::BadHostName, std::string(text)};
    JoinAddress address;
    std::string_view host = text;
    // One ':' separates the port; more than one is IPv6 or garbage and fails as a host name.
    const auto colon = text.find(':');
    if (colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos) {
        host = trim(text.substr(0, colon));
        const auto port_text = trim(text.substr(colon + 1));
        if (!port_text.empty()) {
            unsigned port = 0;
            if (!parse_number(port_text, 65535, port) || port == 0)
                return AddressError{AddressProblem::BadPort, std::string(port_text)};
            address.port = static_cast<unsigned short>(port);
        }
        if (host.empty()) return AddressError{AddressProblem::Empty, {}};
    }
    if (looks_numeric(host)) {
        if (!valid_ipv4(host)) return AddressError{AddressProblem::BadIPv4, std::string(host)};
    } else if (!valid_host_name(host)) {
        return AddressError{AddressProblem::BadHostName, std::string(host)};
    }
    address.host = std::string(host);
    return address;
}

std::string to_string(const JoinAddress& address) {
    return address.host + ":" + std::to_string(address.port);
}

}  // namespace chronik::classroom
