#include "optimize/weights.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <vector>

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

Result<Weights, std::string> parse_weights(const std::string& text) {
    Weights w{};
    std::size_t count = 0;
    std::size_t pos = 0;
    auto fail = [](std::string why) -> Result<Weights, std::string> { return why; };
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

Result<Weights, PastedWeightsProblem> read_pasted_weights(const std::string& text) {
    std::vector<std::string> tokens;
    std::string token;
    for (char c : text + " ") {
        const bool separator = c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
                               c == ';' || c == '[' || c == ']';
        if (!separator) {
            token += c;
        } else if (!token.empty()) {
            tokens.push_back(std::move(token));
            token.clear();
        }
    }
    PastedWeightsProblem p;
    p.count = tokens.size();
    auto fail = [&](PastedWeightsProblem::Kind kind) -> Result<Weights, PastedWeightsProblem> {
        p.kind = kind;
        return p;
    };
    // Anki before 25.02 shows FSRS-5's 19 or FSRS-4.5's 17 weights: say so before anything else.
    if (tokens.size() == 19 || tokens.size() == 17)
        return fail(PastedWeightsProblem::Kind::OlderFsrs);
    std::vector<double> values;
    for (const auto& t : tokens) {
        char* stop = nullptr;
        const double v = std::strtod(t.c_str(), &stop);
        if (stop != t.c_str() + t.size() || !std::isfinite(v)) {
            p.index = values.size();
            p.token = t;
            return fail(PastedWeightsProblem::Kind::NotANumber);
        }
        values.push_back(v);
    }
    if (values.size() != kWeightCount) return fail(PastedWeightsProblem::Kind::WrongCount);
    Weights w{};
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        w[i] = values[i];
        if (w[i] < kLowerBounds[i] || w[i] > kUpperBounds[i]) {
            p.index = i;
            p.value = w[i];
            p.lower = kLowerBounds[i];
            p.upper = kUpperBounds[i];
            return fail(PastedWeightsProblem::Kind::OutOfBounds);
        }
    }
    return w;
}

std::string describe(const PastedWeightsProblem& p) {
    std::ostringstream out;
    switch (p.kind) {
        case PastedWeightsProblem::Kind::OlderFsrs:
            out << p.count << " numbers are FSRS-" << (p.count == 19 ? "5" : "4.5")
                << " weights; Chronik schedules with FSRS-6 and needs its 21 weights (Anki 25.02 "
                   "and later show them)";
            break;
        case PastedWeightsProblem::Kind::NotANumber:
            out << "weight " << p.index << " is not a number: '" << p.token << "'";
            break;
        case PastedWeightsProblem::Kind::WrongCount:
            out << "expected 21 weights, got " << p.count;
            break;
        case PastedWeightsProblem::Kind::OutOfBounds:
            out << "weight " << p.index << " is " << p.value << ", outside " << p.lower << ".."
                << p.upper;
            break;
    }
    return out.str();
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
