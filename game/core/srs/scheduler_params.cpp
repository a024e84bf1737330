#include "srs/scheduler_params.hpp"

#include <algorithm>
#include <cmath>

#include "srs/js_rounding.hpp"

namespace chronik {

namespace {

// A step longer than 100 years is a typo, and would overflow int minutes further on.
constexpr long long kMaxStepMinutes = 36500LL * 1440;

bool is_js_whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

double clamp(double x, double lo, double hi) {
    return std::min(std::max(x, lo), hi);
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

}  // namespace

int parse_step_minutes(std::string_view step) {
    if (step.empty()) throw SchedulerParamsError("empty step (expected e.g. 10m, 12h, 1d)");
    const char unit = step.back();
    long long per_unit = 0;
    switch (unit) {
        case 'm':
            per_unit = 1;
            break;
        case 'h':
            per_unit = 60;
            break;
        case 'd':
            per_unit = 1440;
            break;
        default:
            throw SchedulerParamsError("step " + quoted(step) +
                                       " has no unit m, h or d at its end (e.g. 10m, 12h, 1d)");
    }
    // parseInt(text, 10): skip leading white space, an optional sign, then the longest run of
    // digits; whatever follows (".5", "x") is ignored. No digits at all is NaN: an error.
    std::string_view text = step.substr(0, step.size() - 1);
    std::size_t i = 0;
    while (i < text.size() && is_js_whitespace(text[i]))
        ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    long long value = 0;
    std::size_t digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
        value = value * 10 + (text[i] - '0');
        if (value * per_unit > kMaxStepMinutes)
            throw SchedulerParamsError("step " + quoted(step) + " is longer than 100 years");
    }
    if (digits == 0) throw SchedulerParamsError("step " + quoted(step) + " has no number");
    if (negative && value != 0) throw SchedulerParamsError("step " + quoted(step) + " is negative");
    return static_cast<int>(value * per_unit);
}

std::vector<int> parse_steps(const std::vector<std::string>& steps) {
    std::vector<int> out;
    out.reserve(steps.size());
    for (const auto& s : steps)
        out.push_back(parse_step_minutes(s));
    return out;
}

std::string format_step(int minutes) {
    if (minutes != 0 && minutes % 1440 == 0) return std::to_string(minutes / 1440) + "d";
    if (minutes != 0 && minutes % 60 == 0) return std::to_string(minutes / 60) + "h";
    return std::to_string(minutes) + "m";
}

double w17_w18_ceiling(const FsrsWeights& w, std::size_t relearning_step_count) {
    if (relearning_step_count <= 1) return 2.0;
    const double a = clamp(w[11], 0.001, 5.0);
    const double b = clamp(w[13], 0.001, 0.9);
    const double c = clamp(w[14], 0.0, 4.0);
    const double v = -(std::log(a) + std::log(std::pow(2.0, b) - 1.0) + 0.3 * c) /
                     static_cast<double>(relearning_step_count);
    return clamp(round8(std::sqrt(std::max(v, 0.0))), 0.01, 2.0);
}

FsrsWeights clipped_weights(const SchedulerParams& params) {
    const double ceiling = w17_w18_ceiling(params.w, params.relearning_steps.size());
    auto ranges = kFsrsWeightRanges;
    ranges[17].hi = ceiling;
    ranges[18].hi = ceiling;
    ranges[19].lo = params.enable_short_term ? kShortTermMinW19 : 0.0;
    FsrsWeights out{};
    for (std::size_t i = 0; i < kFsrsWeightCount; ++i) {
        if (!std::isfinite(params.w[i]))
            throw SchedulerParamsError("weight w" + std::to_string(i) + " is not a finite number");
        out[i] = clamp(params.w[i], ranges[i].lo, ranges[i].hi);
    }
    return out;
}

DerivedConstants derive_constants(const FsrsWeights& clipped, double request_retention) {
    DerivedConstants d;
    d.decay = -clipped[20];
    d.factor = round8(std::exp((1.0 / d.decay) * std::log(0.9)) - 1.0);
    d.interval_modifier = round8((std::pow(request_retention, 1.0 / d.decay) - 1.0) / d.factor);
    return d;
}

SchedulerParams normalized(SchedulerParams params) {
    if (params.request_retention == 0.0) params.request_retention = kDefaultRequestRetention;
    if (params.maximum_interval == 0) params.maximum_interval = kDefaultMaximumInterval;
    if (!(params.request_retention > 0.0 && params.request_retention <= 1.0))
        throw SchedulerParamsError("request_retention must be in (0, 1], got " +
                                   std::to_string(params.request_retention));
    if (params.maximum_interval < 0)
        throw SchedulerParamsError("maximum_interval must be a positive number of days, got " +
                                   std::to_string(params.maximum_interval));
    for (const auto* steps : {&params.learning_steps, &params.relearning_steps}) {
        for (int m : *steps) {
            if (m < 0 || m > kMaxStepMinutes)
                throw SchedulerParamsError("step of " + std::to_string(m) +
                                           " minutes is out of range (0 to 100 years)");
        }
    }
    params.w = clipped_weights(params);
    return params;
}

}  // namespace chronik
