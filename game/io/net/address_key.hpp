// The key budgets count a peer under: an IPv4 address, or an IPv6 /64 (one network's addresses).
#pragma once

#include <boost/asio/ip/address.hpp>
#include <string>

namespace chronik::io::net {

// IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
std::string address_key(const boost::asio::ip::address& address);

}  // namespace chronik::io::net
