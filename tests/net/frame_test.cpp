// Frames: 4-byte big-endian length and payload; bad lengths poison the stream.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "io/net/frame.hpp"

using namespace chronik::io::net;

TEST_CASE("frames come out whole however the bytes are split") {
    const std::string stream = encode_frame("hello", 100) + encode_frame("world!", 100);
    FrameDecoder d(100);
    std::vector<std::string> out;
    for (const char c : stream) {
        d.feed(std::string_view(&c, 1));
        while (auto p = d.next())
            out.push_back(*p);
    }
    CHECK(out == std::vector<std::string>{"hello", "world!"});
    CHECK_FALSE(d.failed());
}

TEST_CASE("a truncated frame yields nothing until the rest arrives") {
    const std::string frame = encode_frame("abcdef", 100);
    FrameDecoder d(100);
    d.feed(frame.substr(0, 7));
    CHECK_FALSE(d.next().has_value());
    d.feed(frame.substr(7));
    CHECK(d.next() == std::optional<std::string>("abcdef"));
}

TEST_CASE("a length above the limit or of zero poisons the stream") {
    FrameDecoder big(16);
    big.feed(std::string("\x00\x10\x00\x00", 4) + "xxxx");
    CHECK_FALSE(big.next().has_value());
    CHECK(big.failed());
    CHECK(big.refused_length() == 0x100000);
    big.feed(encode_frame("ok", 16));
    CHECK_FALSE(big.next().has_value());

    FrameDecoder zero(16);
    zero.feed(std::string("\x00\x00\x00\x00", 4));
    CHECK_FALSE(zero.next().has_value());
    CHECK(zero.failed());
}

TEST_CASE("encoding refuses an empty or oversized payload") {
    CHECK_THROWS_AS(encode_frame("", 10), std::length_error);
    CHECK_THROWS_AS(encode_frame(std::string(11, 'x'), 10), std::length_error);
}
