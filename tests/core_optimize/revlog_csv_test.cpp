#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "io/revlog/revlog_csv.hpp"

using chronik::io::parse_revlog_csv;
using chronik::optimize::ReviewRow;

namespace {

chronik::io::RevlogCsv parse(const std::string& text) {
    std::istringstream in(text);
    auto read = parse_revlog_csv(in, "log.csv");
    REQUIRE(read.ok());
    return std::move(read).value();
}

// The message of the error `text` gives, and its line.
std::pair<std::string, std::size_t> error_of(const std::string& text) {
    std::istringstream in(text);
    const auto read = parse_revlog_csv(in, "log.csv");
    if (read) return {"", 0};
    CHECK(read.error().file == "log.csv");
    return {read.error().describe(), static_cast<std::size_t>(read.error().line)};
}

}  // namespace

TEST_CASE("a CSV with the FSRS header reads every row in file order") {
    const auto csv = parse("card_id,review_time_ms,rating\n1,1000,3\n2,2000,1\r\n1,3000,4\n");
    CHECK(csv.had_header);
    REQUIRE(csv.rows.size() == 3);
    CHECK(csv.rows[0] == ReviewRow{1, 1000, 3});
    CHECK(csv.rows[1] == ReviewRow{2, 2000, 1});
    CHECK(csv.rows[2] == ReviewRow{1, 3000, 4});
}

TEST_CASE("a header may order the columns differently and add extra ones") {
    const auto csv = parse("rating, Card_ID ,duration,review_time\n2,7,55,123\n");
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0] == ReviewRow{7, 123, 2});
}

TEST_CASE("a CSV without a header uses the first three columns and ignores the rest") {
    const auto csv = parse("\n5,100,3,extra,\"x,y\"\n6,200,2\n");
    CHECK_FALSE(csv.had_header);
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows[0] == ReviewRow{5, 100, 3});
}

TEST_CASE("ratings outside 1-4 are kept for skipping and counted with their first line") {
    const auto csv = parse("card_id,review_time_ms,rating\n1,10,3\n1,20,0\n1,30,7\n");
    CHECK(csv.rows.size() == 3);
    CHECK(csv.out_of_range_ratings == 2);
    CHECK(csv.first_out_of_range_line == 3);
}

TEST_CASE("malformed lines are errors naming the file, the line and the problem") {
    auto [msg, line] = error_of("card_id,review_time_ms,rating\n1,10,3\n1,20,good\n");
    CHECK(line == 3);
    CHECK(msg.find("log.csv:3") != std::string::npos);
    CHECK(msg.find("rating is not a whole number") != std::string::npos);

    std::tie(msg, line) = error_of("card_id,review_time_ms,rating\n1,10\n");
    CHECK(line == 2);
    CHECK(msg.find("expected at least 3") != std::string::npos);

    std::tie(msg, line) = error_of("1,10,3\n ,20,3\n");
    CHECK(line == 2);
    CHECK(msg.find("card_id is empty") != std::string::npos);

    std::tie(msg, line) = error_of("1,10,3\n1,2.5,3\n");
    CHECK(line == 2);
    CHECK(msg.find("review_time_ms") != std::string::npos);

    std::tie(msg, line) = error_of("card,time,rating\n1,2,3\n");
    CHECK(line == 1);
    CHECK(msg.find("lacks the column(s) card_id review_time_ms") != std::string::npos);
}

TEST_CASE("an empty file reads as no rows") {
    CHECK(parse("").rows.empty());
    CHECK(parse("card_id,review_time_ms,rating\n").rows.empty());
}

TEST_CASE("written logs read back identically") {
    const std::vector<ReviewRow> rows{{1, -5, 1}, {9223372036854775807, 42, 4}};
    std::ostringstream out;
    chronik::io::write_revlog_csv(out, rows);
    std::istringstream in(out.str());
    CHECK(parse_revlog_csv(in, "x").value().rows == rows);
}

TEST_CASE("text card ids, as a Chronik export writes them, are numbered by first appearance") {
    const auto csv = parse(
        "card_id,review_time_ms,rating,round_kind\n"
        "mc-007,100,3,flashcard\n\"say \"\"hi\"\", Kim\",200,1,exam\n12,300,4,x\nmc-007,400,2,y\n");
    REQUIRE(csv.rows.size() == 4);
    CHECK(csv.rows[0].card_id == 1);
    CHECK(csv.rows[1].card_id == 2);
    CHECK(csv.rows[2].card_id == 3);
    CHECK(csv.rows[3].card_id == 1);
    REQUIRE(csv.card_names.size() == 3);
    CHECK(csv.card_names[1] == "say \"hi\", Kim");
    CHECK(csv.card_names[2] == "12");

    const auto headerless = parse("alpha,100,3\nbeta,200,4\n");
    CHECK_FALSE(headerless.had_header);
    CHECK(headerless.rows.size() == 2);
}
