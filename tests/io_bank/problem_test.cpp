#include <doctest/doctest.h>

#include <sstream>

#include "io/bank/problem.hpp"

using namespace chronik::io;

TEST_CASE("A problem prints as FILE: ITEM-ID: FIELD: message") {
    const Problem p{"questions/a.json", "nkru-mc-001", "distractors[2]", "is empty",
                    Severity::Error};
    CHECK(format_problem(p) == "questions/a.json: nkru-mc-001: distractors[2]: is empty");
    std::ostringstream out;
    out << p;
    CHECK(out.str() == format_problem(p));
}

TEST_CASE("Warnings are marked and missing item or field print as a dash") {
    const Problem p{"a.json", "", "", "the file is empty", Severity::Warning};
    CHECK(format_problem(p) == "a.json: -: -: warning: the file is empty");
}

TEST_CASE("Errors and warnings are counted apart") {
    const std::vector<Problem> ps = {{"a", "", "", "x", Severity::Error},
                                     {"a", "", "", "y", Severity::Warning},
                                     {"a", "", "", "z", Severity::Error}};
    CHECK(count_errors(ps) == 2);
    CHECK(count_warnings(ps) == 1);
}
