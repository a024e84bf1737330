#include "optimize/weights.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace chronik::optimize {

Weights clamp_to_bounds(const Weights& w) {
    Weights out{};
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        out[i] = std::min(std::max(w[i], kLowerBounds[i]), kUpperBounds[i]);
    }
    return out;
}

bool within_bounds(const Weights& w, double tolerance) {
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        if (!(w[i] >= kLowerBounds[i] - tolerance && w[i] <= kUpperBounds[i] + tolerance)) {
            return false;
        }
    }
    return true;
}

std::optional<Weights> parse_weights(const std::string& text, std::string* error) {
    Weights w{};
    std::size_t count = 0;
    std::size_t pos = 0;
    auto fail = [&](const std::string& why) -> std::optional<Weights> {
        if (error) *error = why;
        return std::nullopt;
    };
    while (pos < text.size()) {
        while (pos < text.size() && (text[pos] == ',' || text[pos] == ' ' || text[pos] == '\t' ||
                                     text[pos] == '[' || text[pos] == ']')) {
            ++pos;
        }
        if (pos >= text.size()) break;
        std::size_t end = pos;
        while (end < text.size() && text[end] != ',' && text[end] != ' ' && text[end] != '\t' &&
               text[end] != ']') {
            ++end;
        }
        const std::string token = text.substr(pos, end - pos);
        char* stop = nullptr;
        const double v = std::strtod(token.c_str(), &stop);
        if (token.empty() || stop != token.c_str() + token.size() || !std::isfinite(v)) {
            return fail("weight " + std::to_string(count) + " is not a number: '" + token + "'");
        }
        if (count == kWeightCount) {
            return fail("more than 21 weights");
        }
        w[count++] = v;
        pos = end;
    }
    if (count != kWeightCount) {
        return fail("expected 21 weights, got " + std::to_string(count));
    }
    return w;
}

std::optional<Weights> parse_pasted_weights(const std::string& text, std::string* error) {
    std::string flat = text;
    for (auto& c : flat)
        if (c == '\n' || c == '\r' || c == ';') c = ' ';
    std::string why;
    auto w = parse_weights(flat, &why);
    if (!w) {
        std::size_t numbers = 0;
        bool in_number = false;
        for (char c : flat) {
            const bool part = c != ',' && c != ' ' && c != '\t' && c != '[' && c != ']';
            if (part && !in_number) ++numbers;
            in_number = part;
        }
        if (numbers == 19 || numbers == 17)
            why = std::to_string(numbers) + " numbers are FSRS-" + (numbers == 19 ? "5" : "4.5") +
                  " weights; Chronik schedules with FSRS-6 and needs its 21 weights (Anki 25.02 "
                  "and later show them)";
        if (error) *error = why;
        return std::nullopt;
    }
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        if ((*w)[i] < kLowerBounds[i] || (*w)[i] > kUpperBounds[i]) {
            if (error) {
                std::ostringstream out;
                out << "weight " << i << " is " << (*w)[i] << ", outside " << kLowerBounds[i]
                    << ".." << kUpperBounds[i];
                *error = out.str();
            }
            return std::nullopt;
        }
    }
    return w;
}

std::string format_weights(const Weights& w, int precision) {
    std::ostringstream out;
    out.precision(precision);
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        if (i) out << ", ";
        out << w[i];
    }
    return out.str();
}

}  // namespace chronik::optimize
