#include "io/sync/log_segment.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace chronik::io {
namespace {

// The header travels as a field-change-like body: reuse the record framing for its CRC.
void put_varint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

bool get_varint(std::string_view& in, std::uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64 && !in.empty(); shift += 7) {
        const auto b = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if ((b & 0x80) == 0) return true;
    }
    return false;
}

bool get_string(std::string_view& in, std::string& s) {
    std::uint64_t n = 0;
    if (!get_varint(in, n) || n > in.size()) return false;
    s.assign(in.substr(0, n));
    in.remove_prefix(n);
    return true;
}

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

// Reads up to `limit` + 1 bytes (so that "too large" is seen without reading everything).
bool read_limited(const std::filesystem::path& file, std::uint64_t limit, std::string& out,
                  std::string& problem) {
    Fd f{::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    if (f.fd < 0) {
        problem = std::string("cannot be read: ") + std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        problem = "is not a regular file";
        return false;
    }
    if (static_cast<std::uint64_t>(st.st_size) > limit) {
        problem = "is " + std::to_string(st.st_size) + " bytes; log segments over " +
                  std::to_string(limit) + " bytes are not read (not changed)";
        return false;
    }
    out.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    while (got < out.size()) {
        const auto n = ::read(f.fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            problem = std::string("cannot be read: ") + std::strerror(errno);
            return false;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    return true;
}

bool is_zstd(std::string_view bytes) {
    return bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0x28 &&
           static_cast<unsigned char>(bytes[1]) == 0xb5 &&
           static_cast<unsigned char>(bytes[2]) == 0x2f &&
           static_cast<unsigned char>(bytes[3]) == 0xfd;
}

// Streams the frame; a frame cut short gives what was decoded so far and `complete` false.
bool decompress(std::string_view in, std::string& out, bool& complete, std::string& problem) {
    ZSTD_DCtx* ctx = ZSTD_createDCtx();
    if (ctx == nullptr) {
        problem = "cannot be decompressed: out of memory";
        return false;
    }
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    std::string chunk(ZSTD_DStreamOutSize(), '\0');
    std::size_t last = 1;
    bool ok = true;
    while (input.pos < input.size) {
        ZSTD_outBuffer output{chunk.data(), chunk.size(), 0};
        last = ZSTD_decompressStream(ctx, &output, &input);
        if (ZSTD_isError(last)) {
            problem = std::string("is damaged (zstd: ") + ZSTD_getErrorName(last) + ")";
            ok = false;
            break;
        }
        out.append(chunk.data(), output.pos);
        if (out.size() > kMaxSegmentBytes) {
            problem = "decompresses to more than " + std::to_string(kMaxSegmentBytes) +
                      " bytes; not read (not changed)";
            ok = false;
            break;
        }
        if (last == 0 && input.pos < input.size) {
            // One frame per segment; bytes after it are not ours.
            problem = "has bytes after its compressed segment (ignored)";
            break;
        }
    }
    // Flush what the decoder still holds.
    while (ok && last != 0) {
        ZSTD_outBuffer output{chunk.data(), chunk.size(), 0};
        ZSTD_inBuffer none{nullptr, 0, 0};
        const auto r = ZSTD_decompressStream(ctx, &output, &none);
        if (ZSTD_isError(r)) break;
        out.append(chunk.data(), output.pos);
        if (output.pos == 0) break;
        last = r;
    }
    ZSTD_freeDCtx(ctx);
    complete = ok && last == 0;
    return ok || !out.empty();
}

}  // namespace

std::string encode_segment_header(const SegmentHeader& h) {
    std::string body;
    put_varint(body, h.device.size());
    body += h.device;
    put_varint(body, h.number);
    put_varint(body, h.profile.size());
    body += h.profile;
    const auto t = static_cast<std::uint64_t>(h.created_ms);
    put_varint(body, (t << 1) ^ static_cast<std::uint64_t>(h.created_ms >> 63));
    put_varint(body, h.first_seq);
    std::string out(kSegmentMagic);
    out += static_cast<char>(kSegmentSchema);
    put_varint(out, body.size());
    out += body;
    auto crc = crc32(body);
    for (int i = 0; i < 4; ++i, crc >>= 8)
        out += static_cast<char>(crc & 0xff);
    return out;
}

SegmentRead parse_segment(std::string_view raw) {
    SegmentRead out;
    if (raw.size() < kSegmentMagic.size() + 1 ||
        raw.substr(0, kSegmentMagic.size()) != kSegmentMagic) {
        out.state = SegmentRead::State::NotASegment;
        out.problems.push_back(raw.empty() ? "is empty" : "is not a Chronik log segment");
        return out;
    }
    out.schema = static_cast<unsigned char>(raw[kSegmentMagic.size()]);
    if (out.schema > kSegmentSchema) {
        out.state = SegmentRead::State::NewerVersion;
        out.problems.push_back("was written by a newer Chronik (log schema " +
                               std::to_string(out.schema) +
                               "); update Chronik to count its "
                               "reviews. The file is kept as it is");
        return out;
    }
    std::string_view in = raw.substr(kSegmentMagic.size() + 1);
    std::uint64_t n = 0;
    std::string_view rest = in;
    if (!get_varint(rest, n) || n > 4096 || rest.size() < n + 4) {
        out.state = SegmentRead::State::Unreadable;
        out.torn_tail = rest.size() < n + 4;
        out.problems.push_back("has an incomplete or damaged segment header");
        return out;
    }
    const auto body = rest.substr(0, n);
    std::uint32_t stored = 0;
    for (int i = 3; i >= 0; --i)
        stored = (stored << 8) | static_cast<unsigned char>(rest[n + static_cast<std::size_t>(i)]);
    std::string_view b = body;
    std::uint64_t created = 0;
    if (stored != crc32(body) || !get_string(b, out.header.device) ||
        !get_varint(b, out.header.number) || !get_string(b, out.header.profile) ||
        !get_varint(b, created) || !get_varint(b, out.header.first_seq) || !b.empty() ||
        sync::device_id_problem(out.header.device).has_value()) {
        out.state = SegmentRead::State::Unreadable;
        out.problems.push_back("has a damaged segment header");
        return out;
    }
    out.header.created_ms = static_cast<TimeMs>(created >> 1) ^ -static_cast<TimeMs>(created & 1);
    out.state = SegmentRead::State::Ok;
    std::size_t pos = raw.size() - rest.size() + n + 4;
    out.good_bytes = pos;
    while (pos < raw.size()) {
        auto d = decode_record(raw.substr(pos), out.header.device, out.header.first_seq);
        if (d.status == DecodeStatus::Ok) {
            out.records.push_back(std::move(*d.record));
            pos += d.size;
            out.good_bytes = pos;
        } else if (d.status == DecodeStatus::Damaged) {
            out.problems.push_back("byte " + std::to_string(pos) + ": " + d.problem + " (skipped)");
            pos += d.size;
            out.good_bytes = pos;
        } else if (d.status == DecodeStatus::Incomplete) {
            out.torn_tail = true;
            out.problems.push_back("byte " + std::to_string(pos) + ": " + d.problem);
            break;
        } else {
            out.problems.push_back("byte " + std::to_string(pos) + ": " + d.problem +
                                   "; the rest of the file (" + std::to_string(raw.size() - pos) +
                                   " bytes) is not read");
            break;
        }
    }
    return out;
}

SegmentRead read_segment(const std::filesystem::path& file) {
    std::string bytes;
    std::string problem;
    SegmentRead out;
    if (!read_limited(file, kMaxSegmentBytes, bytes, problem)) {
        out.state = SegmentRead::State::Unreadable;
        out.problems.push_back(problem);
        return out;
    }
    if (!is_zstd(bytes)) return parse_segment(bytes);
    std::string raw;
    bool complete = false;
    if (!decompress(bytes, raw, complete, problem)) {
        out.state = SegmentRead::State::Unreadable;
        out.problems.push_back(problem);
        return out;
    }
    out = parse_segment(raw);
    if (!complete) {
        out.torn_tail = true;
        out.problems.push_back(problem.empty() ? "is a compressed segment cut short (only the "
                                                 "part that arrived is read)"
                                               : problem);
    } else if (!problem.empty()) {
        out.problems.push_back(problem);
    }
    return out;
}

std::optional<std::string> segment_bytes(const std::filesystem::path& file) {
    std::string bytes;
    std::string problem;
    if (!read_limited(file, kMaxSegmentBytes, bytes, problem)) return std::nullopt;
    if (!is_zstd(bytes)) return bytes;
    std::string raw;
    bool complete = false;
    if (!decompress(bytes, raw, complete, problem) || !complete || !problem.empty())
        return std::nullopt;
    return raw;
}

std::string compress_segment(std::string_view raw, int level) {
    std::string out(ZSTD_compressBound(raw.size()), '\0');
    const auto n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), level);
    if (ZSTD_isError(n)) return {};
    out.resize(n);
    return out;
}

std::string segment_name(const std::string& device, std::uint64_t number, bool sealed) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%06llu", static_cast<unsigned long long>(number));
    std::string name = device;
    name += '-';
    name += digits;
    name += sealed ? ".clog.zst" : ".clog";
    return name;
}

}  // namespace chronik::io
