// The settings of the FSRS-6 scheduler: weights, retention, interval cap, (re)learning steps, fuzz.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

inline constexpr std::size_t kFsrsWeightCount = 21;
using FsrsWeights = std::array<double, kFsrsWeightCount>;

// FSRS-6 defaults (ts-fsrs 5.4.2).
inline constexpr FsrsWeights kDefaultFsrsWeights{
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

// The range FSRS-6 allows for each weight (section 3.2; README 11.7 for the optimizer), the one
// home of these numbers. Two depend on the settings: w17 and w18 are capped lower when there are
// several relearning steps (w17_w18_ceiling), and w19 must be at least kShortTermMinW19 while
// short-term scheduling is on.
struct FsrsWeightRange {
    double lo;
    double hi;
};
inline constexpr std::array<FsrsWeightRange, kFsrsWeightCount> kFsrsWeightRanges{{
    {0.001, 100},  {0.001, 100},  {0.001, 100}, {0.001, 100}, {1, 10},      {0.001, 4},
    {0.001, 4},    {0.001, 0.75}, {0, 4.5},     {0, 0.8},     {0.001, 3.5}, {0.001, 5},
    {0.001, 0.25}, {0.001, 0.9},  {0, 4},       {0, 1},       {1, 6},       {0, 2},
    {0, 2},        {0, 0.8},      {0.1, 0.8},
}};
inline constexpr double kShortTermMinW19 = 0.01;

inline constexpr double kDefaultRequestRetention = 0.9;
inline constexpr int kDefaultMaximumInterval = 36500;  // days

// Invalid scheduler settings; the message names the setting and the value.
struct SchedulerParamsError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

struct SchedulerParams {
    FsrsWeights w = kDefaultFsrsWeights;
    // In (0, 1]; 0 means the default, as in ts-fsrs.
    double request_retention = kDefaultRequestRetention;
    // Days, >= 0; 0 means the default, as in ts-fsrs.
    int maximum_interval = kDefaultMaximumInterval;
    // Off: the long-term scheduler, which ignores both step lists.
    bool enable_short_term = true;
    std::vector<int> learning_steps{1, 10};  // minutes
    std::vector<int> relearning_steps{10};   // minutes
    // Off for the reference vectors, on in the game (see Scheduler for how the seed is used).
    bool enable_fuzz = false;
    std::uint64_t fuzz_seed = 0;
};

// "10m" -> 10, "12h" -> 720, "1d" -> 1440. The number before the unit is read like JavaScript's
// parseInt, as ts-fsrs does: "1.5h" is 60 minutes. Throws SchedulerParamsError naming the step.
int parse_step_minutes(std::string_view step);
std::vector<int> parse_steps(const std::vector<std::string>& steps);
// The shortest exact string for a step: 1440 -> "1d", 60 -> "1h", 90 -> "90m".
std::string format_step(int minutes);

// The ceiling of w17 and w18 (section 3.2): 2, or less when there are several relearning steps,
// so that a chain of same-day Again reviews cannot raise stability.
double w17_w18_ceiling(const FsrsWeights& w, std::size_t relearning_step_count);

// Every weight clamped into its range (section 3.2). Idempotent: clipping clipped weights
// changes nothing.
FsrsWeights clipped_weights(const SchedulerParams& params);

// Constants of the forgetting curve and the interval formula (section 3.3).
struct DerivedConstants {
    double decay = 0.0;              // -w20
    double factor = 0.0;             // 0.9^(1/decay) - 1, rounded to 8 decimals
    double interval_modifier = 0.0;  // makes ivl(S) hit the requested retention
};

DerivedConstants derive_constants(const FsrsWeights& clipped, double request_retention);

// The params with defaults filled in (retention 0, interval 0), weights clipped, every value
// checked. Throws SchedulerParamsError.
SchedulerParams normalized(SchedulerParams params);

}  // namespace chronik
