// Review logs in the FSRS CSV format: card_id,review_time_ms,rating (README section 10).
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "io/save/save_error.hpp"
#include "optimize/review_row.hpp"

namespace chronik::io {

struct RevlogCsv {
    std::vector<optimize::ReviewRow> rows;  // every data row, in file order
    bool had_header = false;
    // Rows whose rating is a whole number outside 1..4: kept in `rows` (the optimizer skips them,
    // README 11.1) and counted here so a tool can mention them.
    std::size_t out_of_range_ratings = 0;
    std::size_t first_out_of_range_line = 0;
    // When some card_id is not a whole number (a Chronik export uses text ids), every card is
    // numbered 1, 2, ... in order of first appearance and card_names[k - 1] is card k's id.
    // Empty when the ids are whole numbers, which the rows then carry unchanged.
    std::vector<std::string> card_names;
};

// The format:
// - Fields are separated by commas; spaces around a field and a trailing \r are ignored, and a
//   field may be wrapped in double quotes ("" inside is a quote). Empty lines are ignored.
// - Header: the first non-empty line is a header when it names a column card_id, review_time_ms
//   (or review_time, the FSRS optimizer's name) or rating (or review_rating), or when its
//   second field is not a whole number. A header must name all three columns, in any order;
//   other columns (review_state, review_duration, item_id, ...) are ignored. Without a header the
//   first three columns are card_id, review_time_ms, rating (further columns are ignored).
// - card_id is any non-empty text (usually a whole number, see card_names); review_time_ms is a
//   whole number (int64 milliseconds, UTC); rating is a whole number. A rating
//   outside 1..4 is accepted (counted in out_of_range_ratings and later skipped); a rating that
//   is not a whole number is an error, as is a missing field or a malformed number.
// A file that breaks the format is refused as a whole: a SaveError (Corrupt; NotFound or Io when
// it cannot be read) with `source` as its file and the 1-based line (0: the file as a whole);
// describe() says "SOURCE:LINE: what".
SaveResult<RevlogCsv> parse_revlog_csv(std::istream& in, const std::string& source);
SaveResult<RevlogCsv> read_revlog_csv(const std::filesystem::path& path);

// Writes the header and one line per row.
void write_revlog_csv(std::ostream& out, const std::vector<optimize::ReviewRow>& rows);
SaveResult<void> write_revlog_csv(const std::filesystem::path& path,
                                  const std::vector<optimize::ReviewRow>& rows);

}  // namespace chronik::io
