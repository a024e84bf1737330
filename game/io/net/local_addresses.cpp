#include "io/net/local_addresses.hpp"

#if defined(__unix__) || defined(__APPLE__)
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#endif

namespace chronik::io::net {

std::vector<std::string> local_ipv4_addresses() {
    std::vector<std::string> out;
#if defined(__unix__) || defined(__APPLE__)
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (const ifaddrs* a = list; a; a = a->ifa_next) {
            if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
            char text[INET_ADDRSTRLEN] = {};
            const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
            if (inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) out.emplace_back(text);
        }
        freeifaddrs(list);
    }
#endif
    return out;
}

}  // namespace chronik::io::net
