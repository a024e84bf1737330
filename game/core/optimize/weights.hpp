// The 21 FSRS-6 weights as the optimizer sees them: defaults, bounds (README 11.7), clamping.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace chronik::optimize {

inline constexpr std::size_t kWeightCount = 21;
using Weights = std::array<double, kWeightCount>;

// README 3.1.
inline constexpr Weights kDefaultWeights{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                         0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                         1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

// README 11.7: short-term on, one relearning step (C = 2).
inline constexpr Weights kLowerBounds{0.001, 0.001, 0.001, 0.001, 1.0,   0.001, 0.001,
                                      0.001, 0.0,   0.0,   0.001, 0.001, 0.001, 0.001,
                                      0.0,   0.0,   1.0,   0.0,   0.0,   0.01,  0.1};
inline constexpr Weights kUpperBounds{100.0, 100.0, 100.0, 100.0, 10.0, 4.0,  4.0,
                                      0.75,  4.5,   0.8,   3.5,   5.0,  0.25, 0.9,
                                      4.0,   1.0,   6.0,   2.0,   2.0,  0.8,  0.8};

// Every weight clamped into kLowerBounds..kUpperBounds.
Weights clamp_to_bounds(const Weights& w);

// True when every weight lies inside the bounds, allowing `tolerance` (README 11.7 suggests
// 1e-6 for weights that went through f32).
bool within_bounds(const Weights& w, double tolerance = 0.0);

// "w0,w1,...,w20" (commas and/or spaces). nullopt with a reason in `error` when it is not
// exactly 21 finite numbers.
std::optional<Weights> parse_weights(const std::string& text, std::string* error = nullptr);

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
// of README 11.7. Otherwise nullopt, and `problem` says what is wrong, e.g. that 19 numbers are
// FSRS-5 weights, which Chronik's FSRS-6 scheduler cannot use.
std::optional<Weights> read_pasted_weights(const std::string& text,
                                           PastedWeightsProblem* problem = nullptr);

// The problem in English, as chronik-cli and the log say it.
std::string describe(const PastedWeightsProblem& problem);

// read_pasted_weights with the problem described in English.
std::optional<Weights> parse_pasted_weights(const std::string& text, std::string* error = nullptr);

// The weights as "w0, w1, ..." with enough digits to round-trip.
std::string format_weights(const Weights& w, int precision = 6);

}  // namespace chronik::optimize
