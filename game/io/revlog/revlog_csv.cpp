#include "io/revlog/revlog_csv.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <istream>
#include <ostream>
#include <string_view>
#include <unordered_map>

#include "text/ascii.hpp"
#include "text/csv.hpp"

namespace chronik::io {

namespace {

using text::lower_ascii;
using text::trim;

bool parse_int(std::string_view s, long long& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string shown(std::string_view s) {
    std::string out(s.substr(0, 40));
    if (s.size() > 40) out += "...";
    return "'" + out + "'";
}

}  // namespace

namespace {

// A line that breaks the format: thrown inside the parser, returned as a SaveError at its edge.
struct Refused {
    SaveErrorKind kind;
    std::size_t line;  // 1-based; 0 when the problem is the file as a whole
    std::string what;
};

[[noreturn]] void refuse(std::size_t line, std::string what) {
    throw Refused{SaveErrorKind::Corrupt, line, std::move(what)};
}

RevlogCsv parse_rows(std::istream& in) {
    RevlogCsv out;
    std::size_t col_card = 0, col_time = 1, col_rating = 2;
    bool first = true;
    std::string line;
    std::size_t line_no = 0;
    std::unordered_map<std::string, std::size_t> card_index;
    std::vector<std::string> card_names;
    std::vector<long long> card_values;
    bool all_numeric = true;
    while (std::getline(in, line)) {
        ++line_no;
        std::string_view view(line);
        if (line_no == 1 && view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") {
            view.remove_prefix(3);  // UTF-8 byte order mark
        }
        if (trim(view).empty()) continue;
        const auto fields = text::csv::split_line(view, text::csv::Spaces::Trim).fields;
        if (first) {
            first = false;
            long long probe = 0;
            bool names_a_column = false;
            for (const auto& f : fields) {
                const std::string name = lower_ascii(f);
                names_a_column = names_a_column || name == "card_id" || name == "rating" ||
                                 name == "review_rating" || name == "review_time_ms" ||
                                 name == "review_time";
            }
            if (names_a_column || fields.size() < 2 || !parse_int(fields[1], probe)) {
                out.had_header = true;
                constexpr std::size_t kNone = SIZE_MAX;
                col_card = col_time = col_rating = kNone;
                for (std::size_t i = 0; i < fields.size(); ++i) {
                    const std::string name = lower_ascii(fields[i]);
                    if (name == "card_id" && col_card == kNone) col_card = i;
                    if ((name == "review_time_ms" || name == "review_time") && col_time == kNone)
                        col_time = i;
                    if ((name == "rating" || name == "review_rating") && col_rating == kNone)
                        col_rating = i;
                }
                std::string missing;
                if (col_card == kNone) missing += " card_id";
                if (col_time == kNone) missing += " review_time_ms";
                if (col_rating == kNone) missing += " review_rating";
                if (!missing.empty()) {
                    refuse(line_no, "the header " + shown(trim(view)) + " lacks the column(s)" +
                                        missing +
                                        " (expected card_id,review_time,review_rating as the "
                                        "FSRS optimizer writes it, card_id,review_time_ms,"
                                        "rating, or no header and a time in the second "
                                        "column)");
                }
                continue;
            }
        }
        const std::size_t needed = std::max({col_card, col_time, col_rating}) + 1;
        if (fields.size() < needed) {
            refuse(line_no, "expected at least " + std::to_string(needed) +
                                " comma-separated fields (card_id,review_time_ms,rating), got " +
                                std::to_string(fields.size()) + ": " + shown(trim(view)));
        }
        long long time = 0, rating = 0;
        const std::string& card = fields[col_card];
        if (card.empty()) refuse(line_no, "card_id is empty");
        if (!parse_int(fields[col_time], time)) {
            refuse(line_no, "review_time_ms is not a whole number of milliseconds: " +
                                shown(fields[col_time]));
        }
        if (!parse_int(fields[col_rating], rating)) {
            refuse(line_no, "rating is not a whole number (1=Again, 2=Hard, 3=Good, 4=Easy): " +
                                shown(fields[col_rating]));
        }
        if (rating < 1 || rating > 4) {
            if (out.out_of_range_ratings++ == 0) out.first_out_of_range_line = line_no;
            // Keep the number visible but bounded; the optimizer skips it either way.
            rating = rating < 1 ? 0 : 5;
        }
        auto [it, inserted] = card_index.try_emplace(card, card_names.size());
        if (inserted) {
            card_names.push_back(card);
            long long value = 0;
            all_numeric = all_numeric && parse_int(card, value);
            card_values.push_back(value);
        }
        out.rows.push_back({static_cast<std::int64_t>(it->second), time, static_cast<int>(rating)});
    }
    if (in.bad()) throw Refused{SaveErrorKind::Io, 0, "read error"};
    // Whole-number ids keep their value; otherwise every card is numbered by first appearance.
    for (auto& row : out.rows) {
        const auto index = static_cast<std::size_t>(row.card_id);
        row.card_id = all_numeric ? card_values[index] : static_cast<std::int64_t>(index) + 1;
    }
    if (!all_numeric) out.card_names = std::move(card_names);
    return out;
}

}  // namespace

SaveResult<RevlogCsv> parse_revlog_csv(std::istream& in, const std::string& source) {
    try {
        return parse_rows(in);
    } catch (const Refused& r) {
        SaveError error{r.kind, source, r.what};
        error.line = static_cast<std::int64_t>(r.line);
        return error;
    }
}

SaveResult<RevlogCsv> read_revlog_csv(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return SaveError{SaveErrorKind::NotFound, path, "cannot open the file"};
    return parse_revlog_csv(in, path.string());
}

void write_revlog_csv(std::ostream& out, const std::vector<optimize::ReviewRow>& rows) {
    out << "card_id,review_time_ms,rating\n";
    for (const auto& r : rows)
        out << r.card_id << ',' << r.time_ms << ',' << r.rating << '\n';
}

SaveResult<void> write_revlog_csv(const std::filesystem::path& path,
                                  const std::vector<optimize::ReviewRow>& rows) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return SaveError{SaveErrorKind::Io, path, "cannot create the file"};
    write_revlog_csv(out, rows);
    out.flush();
    if (!out) return SaveError{SaveErrorKind::Io, path, "write error"};
    return {};
}

}  // namespace chronik::io
