// Files in the FSRS test-vector format (tests/data/fsrs/README.md): reading them and replaying
// every review through Chronik's scheduler.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/save/save_error.hpp"
#include "srs/card_state.hpp"
#include "srs/rating.hpp"
#include "srs/scheduler.hpp"
#include "srs/scheduler_params.hpp"
#include "time/time_point.hpp"

namespace chronik::io {

struct VectorReview {
    TimeMs review_at = 0;
    Rating rating = Rating::Good;
    // What the file says the reference produced; empty when the field is absent.
    std::optional<CardState> expected;  // `output`, with last_review = output.last_review_ms
    std::optional<std::array<TimeMs, 4>> expected_preview_due;
    std::optional<double> expected_retrievability;  // empty when absent or null (a New card)
    std::optional<double> expected_retrievability_api;
};

struct VectorHistory {
    std::string id;
    TimeMs created_at = 0;
    std::vector<VectorReview> reviews;
};

struct VectorConfig {
    std::string id;
    // From `params`: the weights are `w_input` when present (the weights before clipping),
    // else `w`; clipping is idempotent, so either gives the same scheduler. Missing keys take
    // the ts-fsrs defaults. enable_fuzz=true is refused: the reference's fuzz is not replayable.
    SchedulerParams params;
    std::optional<FsrsWeights> expected_clipped_w;  // `params.w`
    std::optional<DerivedConstants> expected_derived;
    std::vector<VectorHistory> histories;
};

struct VectorFile {
    std::vector<VectorConfig> configs;
};

// A file that cannot be read or does not follow the format is a SaveError (Corrupt; NotFound or
// Io when it cannot be read) whose file is the path and whose message starts
// with the JSON path: describe() says e.g. "v.json: configs[0].histories[2].reviews[1].input.
// rating: expected an integer from 1 to 4, got 7".
SaveResult<VectorFile> read_vector_file(const std::filesystem::path& path);

// The scheduler's view of one review of a replayed history.
struct ReplayedReview {
    CardState card;  // after the review
    std::array<TimeMs, 4> preview_due{};
    std::optional<double> retrievability;  // R the review used; empty for a New card
    double retrievability_api = 0.0;       // display R just before the review
};

// Replays a history from an empty card, chained: each review starts from the previous
// computed card. Throws SchedulingError (e.g. reviews out of order).
std::vector<ReplayedReview> replay_history(const Scheduler& scheduler,
                                           const VectorHistory& history);

// The document of `text` with every review's `output` and `preview_due_ms` replaced by the
// values Chronik computes from the config's params and the reviews' inputs (added when
// missing), and `derived`, `retrievability_before` and `retrievability_before_api` replaced
// where present. Keys keep their order. `indent` < 0 prints compactly. A history the scheduler
// refuses (reviews out of order) is a SaveError as a format error is.
SaveResult<std::string> replay_vector_text(std::string_view text, const std::string& source_name,
                                           int indent = 2);
// The same for a file; errors name the path.
SaveResult<std::string> replay_vector_file(const std::filesystem::path& path, int indent = 2);

}  // namespace chronik::io
