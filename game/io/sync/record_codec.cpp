#include "io/sync/record_codec.hpp"

#include <zlib.h>

#include <bit>
#include <cstring>
#include <limits>

namespace chronik::io {
namespace {

enum : std::uint8_t { kReview = 1, kUndo = 2, kField = 3 };

// ---- writing ----

void put_varint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

std::uint64_t zigzag(std::int64_t v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

void put_signed(std::string& out, std::int64_t v) {
    put_varint(out, zigzag(v));
}

void put_string(std::string& out, std::string_view s) {
    put_varint(out, s.size());
    out += s;
}

void put_double(std::string& out, double d) {
    auto bits = std::bit_cast<std::uint64_t>(d);
    for (int i = 0; i < 8; ++i, bits >>= 8)
        out += static_cast<char>(bits & 0xff);
}

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i, v >>= 8)
        out += static_cast<char>(v & 0xff);
}

// Times inside a state are written relative to the review (small numbers).
void put_state(std::string& out, const CardState& s, TimeMs at) {
    out += static_cast<char>(static_cast<int>(s.phase) | (s.last_review ? 0x10 : 0));
    put_double(out, s.stability);
    put_double(out, s.difficulty);
    put_signed(out, s.due - at);
    if (s.last_review) put_signed(out, *s.last_review - at);
    put_signed(out, s.reps);
    put_signed(out, s.lapses);
    put_signed(out, s.learning_steps);
    put_signed(out, s.scheduled_days);
    put_signed(out, s.elapsed_days);
}

void put_ref(std::string& out, const sync::RecordId& ref, const std::string& own_device) {
    put_string(out, ref.device == own_device ? std::string_view() : std::string_view(ref.device));
    put_varint(out, ref.seq);
}

// ---- reading ----

struct Reader {
    std::string_view in;
    bool bad = false;

    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (in.empty()) break;
            const auto b = static_cast<unsigned char>(in.front());
            in.remove_prefix(1);
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return v;
        }
        bad = true;
        return 0;
    }
    std::int64_t signed_() {
        const auto v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    int small() {
        const auto v = signed_();
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) bad = true;
        return bad ? 0 : static_cast<int>(v);
    }
    std::uint8_t byte() {
        if (in.empty()) {
            bad = true;
            return 0;
        }
        const auto b = static_cast<std::uint8_t>(in.front());
        in.remove_prefix(1);
        return b;
    }
    std::string string() {
        const auto n = varint();
        if (bad || n > in.size()) {
            bad = true;
            return {};
        }
        std::string s(in.substr(0, n));
        in.remove_prefix(n);
        return s;
    }
    double double_() {
        if (in.size() < 8) {
            bad = true;
            return 0;
        }
        std::uint64_t bits = 0;
        for (int i = 7; i >= 0; --i)
            bits = (bits << 8) | static_cast<unsigned char>(in[static_cast<std::size_t>(i)]);
        in.remove_prefix(8);
        return std::bit_cast<double>(bits);
    }
    CardState state(TimeMs at) {
        CardState s;
        const auto flags = byte();
        if ((flags & ~0x13) != 0) bad = true;
        s.phase = static_cast<CardPhase>(flags & 0x03);
        s.stability = double_();
        s.difficulty = double_();
        s.due = at + signed_();
        if ((flags & 0x10) != 0) s.last_review = at + signed_();
        s.reps = small();
        s.lapses = small();
        s.learning_steps = small();
        s.scheduled_days = small();
        s.elapsed_days = small();
        return s;
    }
    sync::RecordId ref(const std::string& own_device) {
        sync::RecordId id;
        id.device = string();
        if (id.device.empty()) id.device = own_device;
        id.seq = varint();
        return id;
    }
};

std::optional<DeviceRecord> parse_body(std::string_view body, const std::string& device,
                                       std::uint64_t base_seq, std::string& problem) {
    Reader r{body};
    const auto kind = r.byte();
    sync::RecordId id{device, base_seq + r.varint()};
    const TimeMs time = r.signed_();
    DeviceRecord out;
    if (kind == kReview) {
        sync::LoggedReview lr;
        lr.id = std::move(id);
        lr.record.kind = RecordKind::Review;
        lr.record.time_ms = time;
        lr.record.card_id = r.string();
        const auto rr = r.byte();
        const auto rating = rating_from_int(rr & 0x07);
        const int round = rr >> 3;
        if (!rating || round > static_cast<int>(RoundKind::Imported)) r.bad = true;
        lr.record.rating = rating.value_or(Rating::Good);
        lr.record.round = static_cast<RoundKind>(round);
        lr.record.response_ms = r.signed_();
        lr.record.utc_offset_minutes = r.small();
        lr.record.before = r.state(time);
        lr.record.after = r.state(time);
        out = std::move(lr);
    } else if (kind == kUndo) {
        sync::LoggedReview lr;
        lr.id = std::move(id);
        lr.record.kind = RecordKind::Undo;
        lr.record.time_ms = time;
        lr.record.card_id = r.string();
        lr.record.utc_offset_minutes = r.small();
        lr.undoes = r.ref(device);
        out = std::move(lr);
    } else if (kind == kField) {
        sync::FieldChange fc;
        fc.id = std::move(id);
        fc.time_ms = time;
        fc.field = r.string();
        fc.value = r.string();
        const auto n = r.varint();
        if (n > body.size()) r.bad = true;
        for (std::uint64_t i = 0; i < n && !r.bad; ++i)
            fc.replaces.push_back(r.ref(device));
        out = std::move(fc);
    } else {
        problem = "a record of unknown kind " + std::to_string(kind);
        return std::nullopt;
    }
    if (r.bad || !r.in.empty()) {
        problem = "a record whose content does not fit its kind";
        return std::nullopt;
    }
    if (const auto* lr = std::get_if<sync::LoggedReview>(&out)) {
        if (auto p = record_problem(lr->record)) {
            problem = *p;
            return std::nullopt;
        }
    }
    return out;
}

}  // namespace

const sync::RecordId& record_id(const DeviceRecord& record) {
    return std::visit([](const auto& r) -> const sync::RecordId& { return r.id; }, record);
}

std::uint32_t crc32(std::string_view bytes) {
    uLong crc = ::crc32(0L, Z_NULL, 0);
    // zlib takes uInt lengths; records are far below 4 GiB, segments are checked in pieces.
    while (!bytes.empty()) {
        const auto n = std::min<std::size_t>(bytes.size(), 1u << 30);
        crc = ::crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(n));
        bytes.remove_prefix(n);
    }
    return static_cast<std::uint32_t>(crc);
}

std::string encode_record(const DeviceRecord& record, std::uint64_t base_seq) {
    std::string body;
    body.reserve(96);
    if (const auto* lr = std::get_if<sync::LoggedReview>(&record)) {
        const auto& r = lr->record;
        const bool undo = r.kind == RecordKind::Undo;
        body += static_cast<char>(undo ? kUndo : kReview);
        put_varint(body, lr->id.seq - base_seq);
        put_signed(body, r.time_ms);
        put_string(body, r.card_id);
        if (undo) {
            put_signed(body, r.utc_offset_minutes);
            put_ref(body, lr->undoes.value_or(sync::RecordId{lr->id.device, 0}), lr->id.device);
        } else {
            body += static_cast<char>(to_int(r.rating) | (static_cast<int>(r.round) << 3));
            put_signed(body, r.response_ms);
            put_signed(body, r.utc_offset_minutes);
            put_state(body, r.before, r.time_ms);
            put_state(body, r.after, r.time_ms);
        }
    } else {
        const auto& fc = std::get<sync::FieldChange>(record);
        body += static_cast<char>(kField);
        put_varint(body, fc.id.seq - base_seq);
        put_signed(body, fc.time_ms);
        put_string(body, fc.field);
        put_string(body, fc.value);
        put_varint(body, fc.replaces.size());
        for (const auto& ref : fc.replaces)
            put_ref(body, ref, fc.id.device);
    }
    std::string out;
    out.reserve(body.size() + 8);
    put_varint(out, body.size());
    out += body;
    put_u32(out, crc32(body));
    return out;
}

Decoded decode_record(std::string_view bytes, const std::string& device, std::uint64_t base_seq) {
    Decoded d;
    Reader len{bytes};
    const auto n = len.varint();
    if (len.bad) {
        // The length field itself ends early (or has too many continuation bytes).
        d.status = len.in.empty() && bytes.size() < 10 ? DecodeStatus::Incomplete
                                                       : DecodeStatus::Unreadable;
        d.problem = "a record length that cannot be read";
        return d;
    }
    if (n == 0 || n > kMaxRecordBody) {
        d.status = DecodeStatus::Unreadable;
        d.problem = "a record length of " + std::to_string(n) + " bytes";
        return d;
    }
    const std::size_t header = bytes.size() - len.in.size();
    if (len.in.size() < n + 4) {
        d.status = DecodeStatus::Incomplete;
        d.problem = "the last record is incomplete (" + std::to_string(bytes.size()) + " of " +
                    std::to_string(header + n + 4) + " bytes)";
        return d;
    }
    d.size = header + n + 4;
    const auto body = len.in.substr(0, n);
    std::uint32_t stored = 0;
    for (int i = 3; i >= 0; --i)
        stored =
            (stored << 8) | static_cast<unsigned char>(len.in[n + static_cast<std::size_t>(i)]);
    if (stored != crc32(body)) {
        d.status = DecodeStatus::Damaged;
        d.problem = "a record whose checksum does not match";
        return d;
    }
    d.record = parse_body(body, device, base_seq, d.problem);
    d.status = d.record ? DecodeStatus::Ok : DecodeStatus::Damaged;
    return d;
}

}  // namespace chronik::io
