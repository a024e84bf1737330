// The host address a student types to join a network class game: "host", "host:port", checked.
#pragma once

#include <string>
#include <string_view>
#include <variant>

namespace chronik::classroom {

// The port a class game uses when the student types no port (the host shows its port when it
// differs).
inline constexpr unsigned short kDefaultClassroomPort = 47800;

struct JoinAddress {
    std::string host;  // an IPv4 address or a host name, as typed (trimmed)
    unsigned short port = kDefaultClassroomPort;
};

// Why a typed address cannot be used; the UI words each in the user's language.
enum class AddressProblem {
    Empty,        // nothing typed
    BadPort,      // the part after ':' is not a number 1-65535
    BadIPv4,      // digits and dots, but not four numbers 0-255
    BadHostName,  // characters a host name cannot have (spaces, '/', '@', ...) or empty labels
};

struct AddressError {
    AddressProblem problem = AddressProblem::Empty;
    std::string part;  // the offending text (the port, the host), for the message
};

// Parses "192.168.1.20:47800", "192.168.1.20", "localhost", "lehrer-pc.local:5000". Surrounding
// spaces are ignored; a missing port (or a trailing ':') means kDefaultClassroomPort. IPv6 is not
// supported (the network layer speaks IPv4): "::1" is a BadHostName.
std::variant<JoinAddress, AddressError> parse_join_address(std::string_view text);

// "host:port" for display and for logs.
std::string to_string(const JoinAddress& address);

}  // namespace chronik::classroom
