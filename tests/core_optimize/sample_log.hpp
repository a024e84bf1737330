// The FSRS sample review log (tests/data/fsrs/sample-revlog.csv), read once per test binary.
#pragma once

#include <vector>

#include "io/revlog/revlog_csv.hpp"
#include "optimize/review_row.hpp"

namespace chronik::test {

inline const std::vector<optimize::ReviewRow>& sample_rows() {
    static const std::vector<optimize::ReviewRow> rows =
        io::read_revlog_csv(CHRONIK_SOURCE_DIR "/tests/data/fsrs/sample-revlog.csv").value().rows;
    return rows;
}

}  // namespace chronik::test
