// The 21 FSRS-6 weights as the optimizer sees them: defaults, bounds (README 11.7), clamping.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "result/result.hpp"
#include "srs/scheduler_params.hpp"

namespace chronik::optimize {

inline constexpr std::size_t kWeightCount = kFsrsWeightCount;
using Weights = FsrsWeights;

// README 3.1 (the scheduler's defaults).
inline constexpr Weights kDefaultWeights = kDefaultFsrsWeights;

// README 11.7: the scheduler's ranges (srs/scheduler_params.hpp) with short-term on and one
// relearning step (C = 2).
namespace detail {
constexpr Weights bounds(bool upper) {
    Weights out{};
    for (std::size_t i = 0; i < kWeightCount; ++i)
        out[i] = upper ? kFsrsWeightRanges[i].hi : kFsrsWeightRanges[i].lo;
    if (!upper) out[19] = kShortTermMinW19;
    return out;
}
}  // namespace detail
inline constexpr Weights kLowerBounds = detail::bounds(false);
inline constexpr Weights kUpperBounds = detail::bounds(true);

// Every weight clamped into kLowerBounds..kUpperBounds.
Weights clamp_to_bounds(const Weights& w);

// True when every weight lies inside the bounds, allowing `tolerance` (README 11.7 suggests
// 1e-6 for weights that went through f32).
bool within_bounds(const Weights& w, double tolerance = 0.0);

// "w0,w1,...,w20" (commas and/or spaces); the problem, in English, when it is not exactly 21
// finite numbers.
Result<Weights, std::string> parse_weights(const std::string& text);

// Why pasted weights were refused, as facts, so that each interface says it in its language.
struct PastedWeightsProblem {
    enum class Kind {
        OlderFsrs,    // 19 (FSRS-5) or 17 (FSRS-4.5) numbers: `count`
        NotANumber,   // weight `index` (0-based) is `token`
        WrongCount,   // `count` numbers, not 21
        OutOfBounds,  // weight `index` is `value`, outside `lower`..`upper`
    };
    Kind kind = Kind::WrongCount;
    std::size_t count = 0;
    std::size_t index = 0;
    std::string token;
    double value = 0.0, lower = 0.0, upper = 0.0;
};

// Weights pasted by a person, e.g. copied from Anki's FSRS options ("0.212, 1.2931, ...", also
// one per line or separated by ';' or in brackets): exactly 21 finite numbers inside the bounds
// of README 11.7. Otherwise the problem says what is wrong, e.g. that 19 numbers are FSRS-5
// weights, which Chronik's FSRS-6 scheduler cannot use.
Result<Weights, PastedWeightsProblem> read_pasted_weights(const std::string& text);

// The problem in English, as chronik-cli and the log say it.
std::string describe(const PastedWeightsProblem& problem);

// The weights as "w0, w1, ..." with enough digits to round-trip.
std::string format_weights(const Weights& w, int precision = 6);

}  // namespace chronik::optimize
