// Review logs in the FSRS CSV format: card_id,review_time_ms,rating (README section 10).
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "optimize/review_row.hpp"

namespace chronik::io {

// A problem with a log file; the message names the file and, when known, the line.
struct RevlogError : std::runtime_error {
    RevlogError(std::string source, std::size_t line, const std::string& what);
    std::string source;
    std::size_t line;  // 1-based; 0 when the problem is the file as a whole
};

struct RevlogCsv {
    std::vector<optimize::ReviewRow> rows;  // every data row, in file order
    bool had_header = false;
    // Rows whose rating is a whole number outside 1..4: kept in `rows` (the optimizer skips them,
    // README 11.1) and counted here so a tool can mention them.
    std::size_t out_of_range_ratings = 0;
    std::size_t first_out_of_range_line = 0;
};

// The format:
// - Fields are separated by commas; spaces around a field and a trailing \r are ignored, and a
//   field may be wrapped in double quotes. Empty lines are ignored.
// - Header: if the first non-empty line's first field is not a whole number, it is a header and
//   must name the columns card_id, review_time_ms (or review_time) and rating, in any order;
//   other columns are ignored. Otherwise there is no header and the first three columns are
//   card_id, review_time_ms, rating (further columns are ignored).
// - card_id and review_time_ms are whole numbers (int64); rating is a whole number. A rating
//   outside 1..4 is accepted (counted in out_of_range_ratings and later skipped); a rating that
//   is not a whole number is an error, as is a missing field or a malformed number.
// Errors are RevlogError with `source` and the 1-based line.
RevlogCsv parse_revlog_csv(std::istream& in, const std::string& source);
RevlogCsv read_revlog_csv(const std::filesystem::path& path);

// Writes the header and one line per row.
void write_revlog_csv(std::ostream& out, const std::vector<optimize::ReviewRow>& rows);
void write_revlog_csv(const std::filesystem::path& path,
                      const std::vector<optimize::ReviewRow>& rows);

}  // namespace chronik::io
