#include "io/net/address_key.hpp"

namespace chronik::io::net {

std::string address_key(const boost::asio::ip::address& a) {
    namespace ip = boost::asio::ip;
    if (a.is_v6()) {
        const auto v6 = a.to_v6();
        if (v6.is_v4_mapped()) return ip::make_address_v4(ip::v4_mapped, v6).to_string();
        auto bytes = v6.to_bytes();
        for (std::size_t i = 8; i < bytes.size(); ++i)
            bytes[i] = 0;
        return ip::address_v6(bytes).to_string() + "/64";
    }
    return a.to_string();
}

}  // namespace chronik::io::net
