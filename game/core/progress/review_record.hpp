// One line of a profile's review log: a review (rating, round, states before/after) or an undo.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "srs/card_state.hpp"
#include "srs/rating.hpp"
#include "time/time_point.hpp"

namespace chronik {

// Where a review happened. Imported: progress read from an FSRS CSV file.
enum class RoundKind { MultipleChoice, Timeline, Flashcard, Exam, Classroom, Simulation, Imported };

// A Review changes one card; an Undo takes back the last review that is still in effect.
enum class RecordKind { Review, Undo };

struct ReviewRecord {
    RecordKind kind = RecordKind::Review;
    std::string card_id;  // for an Undo: the card whose review is taken back
    TimeMs time_ms = 0;   // when the answer was given (UTC)
    Rating rating = Rating::Good;
    RoundKind round = RoundKind::Flashcard;
    std::int64_t response_ms = 0;  // time the student took to answer
    // Local offset from UTC at the time of the review, in minutes (+60 for CET).
    // Stored so that the study day a review counts for never changes later.
    int utc_offset_minutes = 0;
    CardState before;
    CardState after;

    static ReviewRecord review(std::string card_id, TimeMs time_ms, Rating rating, RoundKind round,
                               std::int64_t response_ms, int utc_offset_minutes,
                               const CardState& before, const CardState& after);
    static ReviewRecord undo(std::string card_id, TimeMs time_ms, int utc_offset_minutes);

    friend bool operator==(const ReviewRecord&, const ReviewRecord&) = default;
};

// Times further than this from 1970 (about 285,000 years) are not plausible;
// keeping them out means day arithmetic can never overflow.
inline constexpr TimeMs kMaxAbsTimeMs = TimeMs{1} << 53;
inline constexpr std::int64_t kMaxResponseMs = std::int64_t{1} << 40;

// Why a record cannot be stored, or nullopt. Checks the card id (1..200 bytes,
// no control characters), the time and the states' times (within kMaxAbsTimeMs),
// the response time (0..kMaxResponseMs), the offset (-16h..+16h) and that the
// card states are finite (a NaN would not survive JSON).
std::optional<std::string> record_problem(const ReviewRecord& record);

std::string_view round_kind_name(RoundKind kind);  // "multiple_choice", "timeline", ...
std::optional<RoundKind> round_kind_from_name(std::string_view name);

}  // namespace chronik
