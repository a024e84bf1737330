// The address a student types to join: host and port, defaults and clear problems.
#include <doctest/doctest.h>

#include <variant>

#include "classroom/join_address.hpp"

using namespace chronik::classroom;

namespace {

JoinAddress ok(std::string_view text) {
    const auto parsed = parse_join_address(text);
    REQUIRE_MESSAGE(std::holds_alternative<JoinAddress>(parsed), "rejected: ", std::string(text));
    return std::get<JoinAddress>(parsed);
}

AddressError bad(std::string_view text) {
    const auto parsed = parse_join_address(text);
    REQUIRE_MESSAGE(std::holds_alternative<AddressError>(parsed), "accepted: ", std::string(text));
    return std::get<AddressError>(parsed);
}

}  // namespace

TEST_CASE("an IPv4 address with a port is split into host and port") {
    const auto a = ok("192.168.1.20:47800");
    CHECK(a.host == "192.168.1.20");
    CHECK(a.port == 47800);
    CHECK(to_string(a) == "192.168.1.20:47800");
    CHECK(ok("10.0.0.7:5000").port == 5000);
}

TEST_CASE("a host without a port, or with an empty one, gets the default port") {
    const auto a = ok("localhost");
    CHECK(a.host == "localhost");
    CHECK(a.port == kDefaultClassroomPort);
    CHECK(ok("192.168.1.20").port == kDefaultClassroomPort);
    CHECK(ok("192.168.1.20:").port == kDefaultClassroomPort);
    CHECK(ok("lehrer-pc.local").host == "lehrer-pc.local");
}

TEST_CASE("spaces around the address and around the colon are ignored") {
    const auto a = ok("  192.168.1.20 : 47801 \t");
    CHECK(a.host == "192.168.1.20");
    CHECK(a.port == 47801);
}

TEST_CASE("nothing typed is an empty address, also only spaces or only a port") {
    CHECK(bad("").problem == AddressProblem::Empty);
    CHECK(bad("   ").problem == AddressProblem::Empty);
    CHECK(bad(":47800").problem == AddressProblem::Empty);
}

TEST_CASE("a port that is not a number from 1 to 65535 is a bad port naming it") {
    for (const auto* text : {"localhost:abc", "localhost:0", "localhost:65536", "localhost:-1",
                             "localhost:+80", "localhost:8o80", "localhost:4780000"}) {
        CAPTURE(text);
        const auto e = bad(text);
        CHECK(e.problem == AddressProblem::BadPort);
        CHECK_FALSE(e.part.empty());
    }
    CHECK(bad("host:12x").part == "12x");
    CHECK(ok("localhost:65535").port == 65535);
    CHECK(ok("localhost:1").port == 1);
}

TEST_CASE("digits and dots that are not four numbers up to 255 are a bad IPv4 address") {
    for (const auto* text : {"192.168.1.300", "192.168.1", "1.2.3.4.5", "192..1.2", "1234",
                             "192.168.1.20.", "0001.2.3.4"}) {
        CAPTURE(text);
        const auto e = bad(text);
        CHECK(e.problem == AddressProblem::BadIPv4);
        CHECK(e.part == text);
    }
    CHECK(ok("0.0.0.0").host == "0.0.0.0");
    CHECK(ok("255.255.255.255").host == "255.255.255.255");
}

TEST_CASE("garbage, URLs, spaces inside and IPv6 are a bad host name") {
    for (const auto* text : {"hallo welt", "http://192.168.1.20", "lehrer@pc", "pc/raum", "-pc",
                             "pc-", "a..b", "::1", "fe80::1:47800", "ümlaut-pc", "%%%", "pc.-x"}) {
        CAPTURE(text);
        CHECK(bad(text).problem == AddressProblem::BadHostName);
    }
    CHECK(bad("hallo welt:47800").part == "hallo welt");
    CHECK(ok("PC_Raum-12").host == "PC_Raum-12");
}
