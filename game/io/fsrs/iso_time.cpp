#include "io/fsrs/iso_time.hpp"

#include <cstdint>
#include <cstdio>

namespace chronik::io {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every int64 day count we use,
// where std::chrono's nanosecond clock would overflow after 2262.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    std::int64_t y;
    unsigned m, d;
};

Civil civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool read_digits(std::string_view s, std::size_t& pos, std::size_t count, int& out) {
    if (pos + count > s.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    pos += count;
    return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
    if (pos >= s.size() || s[pos] != c) return false;
    ++pos;
    return true;
}

}  // namespace

std::string format_iso_utc(TimeMs ms) {
    const std::int64_t day = utc_day_number(ms);
    const std::int64_t in_day = ms - day * kDayMs;
    const Civil c = civil_from_days(day);
    const auto hh = static_cast<int>(in_day / kHourMs);
    const auto mi = static_cast<int>(in_day / kMinuteMs % 60);
    const auto ss = static_cast<int>(in_day / 1000 % 60);
    const auto mss = static_cast<int>(in_day % 1000);
    char buf[64];
    if (c.y >= 0 && c.y <= 9999) {
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ",
                      static_cast<long long>(c.y), c.m, c.d, hh, mi, ss, mss);
    } else {
        std::snprintf(buf, sizeof buf, "%c%06lld-%02u-%02uT%02d:%02d:%02d.%03dZ",
                      c.y < 0 ? '-' : '+', static_cast<long long>(c.y < 0 ? -c.y : c.y), c.m, c.d,
                      hh, mi, ss, mss);
    }
    return buf;
}

std::optional<TimeMs> parse_iso_utc(std::string_view s) {
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (!read_digits(s, pos, 4, y) || !expect(s, pos, '-') || !read_digits(s, pos, 2, mo) ||
        !expect(s, pos, '-') || !read_digits(s, pos, 2, d) || !expect(s, pos, 'T') ||
        !read_digits(s, pos, 2, h) || !expect(s, pos, ':') || !read_digits(s, pos, 2, mi) ||
        !expect(s, pos, ':') || !read_digits(s, pos, 2, sec))
        return std::nullopt;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        std::size_t digits = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            ms += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
            ++digits;
        }
        if (digits == 0) return std::nullopt;
    }
    std::int64_t offset_min = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!read_digits(s, pos, 2, oh) || !expect(s, pos, ':') || !read_digits(s, pos, 2, om))
            return std::nullopt;
        offset_min = sign * (static_cast<std::int64_t>(oh) * 60 + om);
    } else {
        return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
    const std::int64_t day =
        days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    const Civil back = civil_from_days(day);  // rejects 2026-02-31
    if (back.m != static_cast<unsigned>(mo) || back.d != static_cast<unsigned>(d))
        return std::nullopt;
    return day * kDayMs + h * kHourMs + mi * kMinuteMs + sec * 1000LL + ms - offset_min * kMinuteMs;
}

}  // namespace chronik::io
