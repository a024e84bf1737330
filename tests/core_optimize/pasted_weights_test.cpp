// Weights pasted from Anki: what is accepted, and why the rest is refused (as facts and in
// English for chronik-cli).
#include <doctest/doctest.h>

#include "optimize/weights.hpp"

using namespace chronik::optimize;

TEST_CASE("21 weights as Anki shows them are read, one per line, with semicolons or in brackets") {
    const std::string anki =
        "0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, "
        "1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2";
    const auto w = read_pasted_weights(anki);
    REQUIRE(w.ok());
    CHECK(w.value()[3] == doctest::Approx(16.1507));
    std::string lines = "[" + anki + "]";
    for (auto& c : lines)
        if (c == ',') c = '\n';
    CHECK(read_pasted_weights(lines).value() == w.value());
}

TEST_CASE("refused weights say why, as facts and in English") {
    PastedWeightsProblem p;
    // Refused, with the problem kept in `p`.
    auto refused = [&p](const std::string& text) {
        const auto w = read_pasted_weights(text);
        if (!w) p = w.error();
        return !w;
    };
    CHECK(
        refused("0.4 0.6 2.4 5.8 4.93 0.94 0.86 0.01 1.49 0.14 0.94 2.18 0.05 "
                "0.34 1.26 0.29 2.61"));
    CHECK(p.kind == PastedWeightsProblem::Kind::OlderFsrs);
    CHECK(p.count == 17);
    CHECK(describe(p).rfind("17 numbers are FSRS-4.5 weights", 0) == 0);
    CHECK(refused("1, x2, 3"));
    CHECK(p.kind == PastedWeightsProblem::Kind::NotANumber);
    CHECK(p.index == 1);
    CHECK(describe(p) == "weight 1 is not a number: 'x2'");
    CHECK(refused(""));
    CHECK(describe(p) == "expected 21 weights, got 0");
    Weights w = kDefaultWeights;
    w[20] = 0.9;
    std::string text;
    for (double v : w)
        text += std::to_string(v) + " ";
    CHECK(refused(text));
    CHECK(p.kind == PastedWeightsProblem::Kind::OutOfBounds);
    CHECK(p.index == 20);
    CHECK(describe(p) == "weight 20 is 0.9, outside 0.1..0.8");
}

TEST_CASE("weights given on a command line are 21 numbers, or the problem says what is wrong") {
    const auto w = parse_weights(format_weights(kDefaultWeights, 17));
    REQUIRE(w.ok());
    CHECK(w.value() == kDefaultWeights);
    const auto few = parse_weights("0.2, 1.2, 3");
    REQUIRE_FALSE(few.ok());
    CHECK(few.error() == "expected 21 weights, got 3");
    const auto word = parse_weights("0.2, x");
    REQUIRE_FALSE(word.ok());
    CHECK(word.error() == "weight 1 is not a number: 'x'");
}
