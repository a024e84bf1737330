// Length-prefixed frames for the classroom protocol: 4-byte big-endian length, then the payload.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronik::io::net {

// Students send short messages; the host's are longer (questions, standings).
inline constexpr std::size_t kMaxClientMessageBytes = std::size_t{4} * 1024;
inline constexpr std::size_t kMaxHostMessageBytes = std::size_t{64} * 1024;

// The frame for `payload`. Throws std::length_error above `max_bytes`.
std::string encode_frame(std::string_view payload, std::size_t max_bytes);

// Cuts a byte stream into payloads. A length of 0 or above the limit poisons
// the stream (there is no way to find the next frame): failed() turns true
// and nothing more comes out. Drained with next() after every feed(), the
// buffer holds at most one frame plus one read.
class FrameDecoder {
public:
    explicit FrameDecoder(std::size_t max_bytes) : max_bytes_(max_bytes) {}

    void feed(std::string_view bytes);
    // The next complete payload, if any.
    std::optional<std::string> next();
    bool failed() const { return failed_; }
    std::uint32_t refused_length() const { return refused_length_; }

private:
    std::size_t max_bytes_;
    std::string buffer_;
    std::size_t read_ = 0;
    bool failed_ = false;
    std::uint32_t refused_length_ = 0;
};

}  // namespace chronik::io::net
