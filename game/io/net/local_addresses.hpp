// The IPv4 addresses of this machine's network interfaces (for the addresses students are told).
#pragma once

#include <string>
#include <vector>

namespace chronik::io::net {

// Every interface's IPv4 address, in the order the system lists them (loopback included:
// hosting::host_endpoints leaves out what students cannot reach).
std::vector<std::string> local_ipv4_addresses();

}  // namespace chronik::io::net
