// The one CSV field quoting and line splitter (core/text/csv.hpp).
#include <doctest/doctest.h>

#include "text/csv.hpp"

using namespace chronik::text;

TEST_CASE("a CSV field is quoted only when it holds a comma, a quote or a line break") {
    CHECK(csv::field("plain text") == "plain text");
    CHECK(csv::field("") == "");
    CHECK(csv::field("a,b") == "\"a,b\"");
    CHECK(csv::field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv::field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("a CSV line splits at commas and keeps spaces as written by default") {
    const auto line = csv::split_line(" a , \"b,c\" ,d");
    REQUIRE(line.fields.size() == 4);
    CHECK(line.fields[0] == " a ");
    CHECK(line.fields[1] == " \"b");  // a quote after a space is text when spaces are kept
    CHECK(line.fields[2] == "c\" ");
    CHECK(line.fields[3] == "d");
    CHECK_FALSE(line.unclosed_quote);
}

TEST_CASE("a CSV line with trimmed spaces unquotes fields that start after spaces") {
    const auto line = csv::split_line(" a , \"b,\"\"c\"\" \" ,d,", csv::Spaces::Trim);
    REQUIRE(line.fields.size() == 4);
    CHECK(line.fields[0] == "a");
    CHECK(line.fields[1] == "b,\"c\" ");
    CHECK(line.fields[2] == "d");
    CHECK(line.fields[3] == "");
}

TEST_CASE("a quoted CSV field left open is reported, its text kept") {
    const auto line = csv::split_line("1,\"open, still");
    REQUIRE(line.fields.size() == 2);
    CHECK(line.fields[1] == "open, still");
    CHECK(line.unclosed_quote);
}

TEST_CASE("a field written by csv::field splits back to itself") {
    for (const std::string s : {"x", "a,b", "q\"uote", "", " spaced "}) {
        const auto line = csv::split_line(csv::field(s) + "," + csv::field(s));
        REQUIRE(line.fields.size() == 2);
        CHECK(line.fields[0] == s);
        CHECK(line.fields[1] == s);
    }
}
