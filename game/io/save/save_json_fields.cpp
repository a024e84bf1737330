#include "io/save/save_json_fields.hpp"

#include <charconv>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>

#include "io/save/save_formats.hpp"

namespace chronik::io {

NewerSchemaError::NewerSchemaError(int found_schema, int supported_schema)
    : FormatError("written by a newer Chronik (schema " + std::to_string(found_schema) +
                  ", this version reads up to " + std::to_string(supported_schema) +
                  "); update Chronik to open it. The file was not changed"),
      found(found_schema),
      supported(supported_schema) {}

std::optional<std::string> utf8_problem(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = b < 0x80             ? 1
                          : (b & 0xE0) == 0xC0 ? 2
                          : (b & 0xF0) == 0xE0 ? 3
                          : (b & 0xF8) == 0xF0 ? 4
                                               : 0;
        bool ok = len != 0 && i + len <= s.size() && !(b == 0xC0 || b == 0xC1 || b > 0xF4);
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!ok) return "not UTF-8 text (bad byte at offset " + std::to_string(i) + ")";
        i += len;
    }
    return std::nullopt;
}

namespace save_json {

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw FormatError(where.empty() ? what : where + ": " + what);
}

const json& field(const json& j, const char* key, const std::string& where) {
    if (!j.is_object()) fail(where, "expected an object");
    auto it = j.find(key);
    if (it == j.end()) fail(where, std::string("missing \"") + key + "\"");
    return *it;
}

std::int64_t get_int(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (v.is_number_unsigned()) {
        if (v.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail(where, std::string("\"") + key + "\" is too large");
        return static_cast<std::int64_t>(v.get<std::uint64_t>());
    }
    if (!v.is_number_integer()) fail(where, std::string("\"") + key + "\" must be an integer");
    return v.get<std::int64_t>();
}

int get_small_int(const json& j, const char* key, const std::string& where) {
    const std::int64_t v = get_int(j, key, where);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        fail(where, std::string("\"") + key + "\" is out of range");
    return static_cast<int>(v);
}

std::int64_t get_count(const json& j, const char* key, const std::string& where,
                       bool allow_negative) {
    const std::int64_t v = get_int(j, key, where);
    constexpr std::int64_t kMax = std::int64_t{1} << 53;
    if (v > kMax || v < (allow_negative ? -kMax : 0))
        fail(where, std::string("\"") + key + "\" is out of range");
    return v;
}

TimeMs get_time(const json& j, const char* key, const std::string& where) {
    const std::int64_t v = get_int(j, key, where);
    if (v > kMaxAbsTimeMs || v < -kMaxAbsTimeMs)
        fail(where, std::string("\"") + key + "\" is not a plausible time");
    return v;
}

double get_double(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_number()) fail(where, std::string("\"") + key + "\" must be a number");
    return v.get<double>();
}

std::string get_string(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_string()) fail(where, std::string("\"") + key + "\" must be a string");
    return v.get<std::string>();
}

bool get_bool(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_boolean()) fail(where, std::string("\"") + key + "\" must be true or false");
    return v.get<bool>();
}

json parse(std::string_view bytes, const std::string& what) {
    if (bytes.empty()) fail(what, "the file is empty");
    if (auto p = utf8_problem(bytes)) fail(what, *p);
    try {
        return json::parse(bytes.begin(), bytes.end());
    } catch (const json::parse_error& e) {
        // An error at the very end of the bytes: the file was cut short.
        if (e.byte >= bytes.size()) fail(what, std::string("truncated JSON (") + e.what() + ")");
        fail(what, std::string("not valid JSON (") + e.what() + ")");
    } catch (const json::exception& e) {
        fail(what, std::string("not valid JSON (") + e.what() + ")");
    }
}

void check_format(const json& j, std::string_view format, int supported, int oldest, int& schema) {
    if (!j.is_object()) fail("", "not a Chronik file (expected a JSON object)");
    auto f = j.find("format");
    if (f == j.end() || !f->is_string() || f->get<std::string>() != format)
        fail("", "not a Chronik " + std::string(format) + " file (format field is " +
                     (f == j.end() ? std::string("missing") : f->dump()) + ")");
    schema = get_small_int(j, "schema", "");
    if (schema > supported) throw NewerSchemaError(schema, supported);
    if (schema < oldest) fail("", "unknown schema " + std::to_string(schema));
}

std::vector<std::string> string_list(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_array()) fail(where, std::string("\"") + key + "\" must be a list");
    std::vector<std::string> out;
    for (const auto& e : v) {
        if (!e.is_string()) fail(where, std::string("\"") + key + "\" must hold strings");
        out.push_back(e.get<std::string>());
    }
    return out;
}

std::string hex64(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

std::uint64_t parse_hex64(const std::string& s, const std::string& where) {
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
    if (ec != std::errc() || end != s.data() + s.size() || s.size() != 16)
        fail(where, "bad hash \"" + s + "\"");
    return v;
}

}  // namespace save_json

}  // namespace chronik::io
