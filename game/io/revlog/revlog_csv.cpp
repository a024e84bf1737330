#include "io/revlog/revlog_csv.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <istream>
#include <ostream>
#include <string_view>

namespace chronik::io {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') {
        s = s.substr(1, s.size() - 2);
        s = trim(s);
    }
    return s;
}

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    bool quoted = false;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] == '"') quoted = !quoted;
        if (i == line.size() || (line[i] == ',' && !quoted)) {
            fields.push_back(trim(line.substr(start, i - start)));
            start = i + 1;
        }
    }
    return fields;
}

bool parse_int(std::string_view s, long long& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string shown(std::string_view s) {
    std::string out(s.substr(0, 40));
    if (s.size() > 40) out += "...";
    return "'" + out + "'";
}

}  // namespace

namespace {

std::string located(const std::string& source, std::size_t line, const std::string& what) {
    std::string out = source;
    if (line) {
        out.push_back(':');
        out.append(std::to_string(line));
    }
    out.append(": ");
    out.append(what);
    return out;
}

}  // namespace

RevlogError::RevlogError(std::string src, std::size_t ln, const std::string& what)
    : std::runtime_error(located(src, ln, what)), source(std::move(src)), line(ln) {}

RevlogCsv parse_revlog_csv(std::istream& in, const std::string& source) {
    RevlogCsv out;
    std::size_t col_card = 0, col_time = 1, col_rating = 2;
    bool first = true;
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        std::string_view view(line);
        if (line_no == 1 && view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") {
            view.remove_prefix(3);  // UTF-8 byte order mark
        }
        if (trim(view).empty()) continue;
        const auto fields = split_fields(view);
        if (first) {
            first = false;
            long long probe = 0;
            if (!parse_int(fields[0], probe)) {
                out.had_header = true;
                constexpr std::size_t kNone = SIZE_MAX;
                col_card = col_time = col_rating = kNone;
                for (std::size_t i = 0; i < fields.size(); ++i) {
                    const std::string name = lower(fields[i]);
                    if (name == "card_id" && col_card == kNone) col_card = i;
                    if ((name == "review_time_ms" || name == "review_time") && col_time == kNone)
                        col_time = i;
                    if (name == "rating" && col_rating == kNone) col_rating = i;
                }
                std::string missing;
                if (col_card == kNone) missing += " card_id";
                if (col_time == kNone) missing += " review_time_ms";
                if (col_rating == kNone) missing += " rating";
                if (!missing.empty()) {
                    throw RevlogError(source, line_no,
                                      "the header " + shown(trim(view)) + " lacks the column(s)" +
                                          missing +
                                          " (expected card_id,review_time_ms,rating, or no "
                                          "header and numbers in the first line)");
                }
                continue;
            }
        }
        const std::size_t needed = std::max({col_card, col_time, col_rating}) + 1;
        if (fields.size() < needed) {
            throw RevlogError(source, line_no,
                              "expected at least " + std::to_string(needed) +
                                  " comma-separated fields (card_id,review_time_ms,rating), got " +
                                  std::to_string(fields.size()) + ": " + shown(trim(view)));
        }
        long long card = 0, time = 0, rating = 0;
        if (!parse_int(fields[col_card], card)) {
            throw RevlogError(source, line_no,
                              "card_id is not a whole number: " + shown(fields[col_card]));
        }
        if (!parse_int(fields[col_time], time)) {
            throw RevlogError(
                source, line_no,
                "review_time_ms is not a whole number of milliseconds: " + shown(fields[col_time]));
        }
        if (!parse_int(fields[col_rating], rating)) {
            throw RevlogError(source, line_no,
                              "rating is not a whole number (1=Again, 2=Hard, 3=Good, 4=Easy): " +
                                  shown(fields[col_rating]));
        }
        if (rating < 1 || rating > 4) {
            if (out.out_of_range_ratings++ == 0) out.first_out_of_range_line = line_no;
            // Keep the number visible but bounded; the optimizer skips it either way.
            rating = rating < 1 ? 0 : 5;
        }
        out.rows.push_back({card, time, static_cast<int>(rating)});
    }
    if (in.bad()) throw RevlogError(source, 0, "read error");
    return out;
}

RevlogCsv read_revlog_csv(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw RevlogError(path.string(), 0, "cannot open the file");
    return parse_revlog_csv(in, path.string());
}

void write_revlog_csv(std::ostream& out, const std::vector<optimize::ReviewRow>& rows) {
    out << "card_id,review_time_ms,rating\n";
    for (const auto& r : rows)
        out << r.card_id << ',' << r.time_ms << ',' << r.rating << '\n';
}

void write_revlog_csv(const std::filesystem::path& path,
                      const std::vector<optimize::ReviewRow>& rows) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw RevlogError(path.string(), 0, "cannot create the file");
    write_revlog_csv(out, rows);
    out.flush();
    if (!out) throw RevlogError(path.string(), 0, "write error");
}

}  // namespace chronik::io
