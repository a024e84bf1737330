#include <doctest/doctest.h>

#include "hosting/host_endpoints.hpp"

using namespace chronik::hosting;

TEST_CASE(
    "the projector shows each LAN address once with the port, loopback and unspecified left out") {
    const std::vector<std::string> found{"192.168.1.20", "127.0.0.1",    "0.0.0.0",
                                         "10.0.0.5",     "192.168.1.20", "255.255.255.255"};
    const auto e = host_endpoints(found, 47800);
    CHECK_FALSE(e.loopback_only);
    REQUIRE(e.lines.size() == 2);
    CHECK(e.lines[0] == "192.168.1.20:47800");
    CHECK(e.lines[1] == "10.0.0.5:47800");
}

TEST_CASE("without a LAN address the loopback address is shown and flagged") {
    const std::vector<std::string> found{"127.0.0.1", "0.0.0.0"};
    const auto e = host_endpoints(found, 5000);
    CHECK(e.loopback_only);
    REQUIRE(e.lines.size() == 1);
    CHECK(e.lines[0] == "127.0.0.1:5000");
    CHECK(host_endpoints({}, 1).lines == std::vector<std::string>{"127.0.0.1:1"});
}

TEST_CASE("malformed addresses never reach the projector") {
    const std::vector<std::string> found{"",        "192.168.1", "192.168.1.256", "192.168.01.2",
                                         "a.b.c.d", "1.2.3.4.5", "::1",           "192.168.1.2 "};
    const auto e = host_endpoints(found, 47800);
    CHECK(e.loopback_only);
}

TEST_CASE("a typed port is 1 to 65535 in digits") {
    CHECK(parse_port("47800") == 47800);
    CHECK(parse_port(" 80 ") == 80);
    CHECK(parse_port("65535") == 65535);
    CHECK(parse_port("1") == 1);
    CHECK(parse_port("0") == std::nullopt);
    CHECK(parse_port("65536") == std::nullopt);
    CHECK(parse_port("123456") == std::nullopt);
    CHECK(parse_port("-1") == std::nullopt);
    CHECK(parse_port("4780a") == std::nullopt);
    CHECK(parse_port("") == std::nullopt);
}
