#include "io/net/frame.hpp"

#include <stdexcept>

namespace chronik::io::net {

std::string encode_frame(std::string_view payload, std::size_t max_bytes) {
    if (payload.size() > max_bytes || payload.empty()) {
        throw std::length_error("classroom protocol: a message of " +
                                std::to_string(payload.size()) +
                                " bytes does not fit the limit of " + std::to_string(max_bytes));
    }
    const auto n = static_cast<std::uint32_t>(payload.size());
    std::string out;
    out.reserve(4 + payload.size());
    out += static_cast<char>((n >> 24) & 0xFF);
    out += static_cast<char>((n >> 16) & 0xFF);
    out += static_cast<char>((n >> 8) & 0xFF);
    out += static_cast<char>(n & 0xFF);
    out.append(payload);
    return out;
}

void FrameDecoder::feed(std::string_view bytes) {
    if (failed_) return;
    // Drop what was already handed out before growing, so the buffer stays
    // bounded by one frame plus one read.
    if (read_ > 0) {
        buffer_.erase(0, read_);
        read_ = 0;
    }
    buffer_.append(bytes);
}

std::optional<std::string> FrameDecoder::next() {
    if (failed_ || buffer_.size() - read_ < 4) return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(buffer_.data() + read_);
    const std::uint32_t n = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
                            (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
    if (n == 0 || n > max_bytes_) {
        failed_ = true;
        refused_length_ = n;
        buffer_.clear();
        read_ = 0;
        return std::nullopt;
    }
    if (buffer_.size() - read_ - 4 < n) return std::nullopt;
    std::string payload = buffer_.substr(read_ + 4, n);
    read_ += 4 + n;
    return payload;
}

}  // namespace chronik::io::net
