// The address in the projector's QR code: it carries the room code, folded as students type it.
#include <doctest/doctest.h>

#include "hosting/join_url.hpp"

using namespace chronik::hosting;

TEST_CASE("join url: the web address with the room code in its query") {
    CHECK(join_url("192.168.1.20", 47880, "k7q x3m") == "http://192.168.1.20:47880/?code=K7QX3M");
    CHECK(join_url("[fd00::1]", 8080, "K7QX3M") == "http://[fd00::1]:8080/?code=K7QX3M");
}

TEST_CASE("join url: the room code read back from a scanned or typed address") {
    CHECK(room_code_of_url("http://10.0.0.2:47880/?code=K7QX3M") == "K7QX3M");
    CHECK(room_code_of_url("http://10.0.0.2:47880/?lang=en&code=k7qx3m#x") == "K7QX3M");
    CHECK_FALSE(room_code_of_url("http://10.0.0.2:47880/"));
    CHECK_FALSE(room_code_of_url("http://10.0.0.2:47880/?codex=1"));
}
