#include <doctest/doctest.h>

#include "bank/answer_shape.hpp"

using namespace chronik::bank;

TEST_CASE("Years are three or four digits") {
    CHECK(looks_like_year("1961"));
    CHECK(looks_like_year("988"));
    CHECK(looks_like_year("800 v. Chr."));
    CHECK_FALSE(looks_like_year("61"));
    CHECK_FALSE(looks_like_year("Juni 1950"));
    CHECK_FALSE(looks_like_year("1950er"));
    CHECK_FALSE(looks_like_year("19610"));
}

TEST_CASE("Dates are recognised in the forms the German article uses") {
    for (const char* date :
         {"2. März 2022", "Juni 1950", "Februar 1945", "Frühjahr 1996", "Ende 2011",
          "Mitte der 1980er Jahre", "in den späten 1950er Jahren", "1990er Jahre", "Winter 1996/97",
          "2.3.2022", "2022-03-02", "am 25. Mai 2009"}) {
        CAPTURE(date);
        CHECK(looks_like_date(date));
    }
    for (const char* not_date :
         {"1950", "Jalta", "Kim Il-sung", "17 Kilometer", "März", "2. März"}) {
        CAPTURE(not_date);
        CHECK_FALSE(looks_like_date(not_date));
    }
}

TEST_CASE("A number choice splits into value and unit, qualifiers aside") {
    auto n = parse_number_choice("17 Kilometer");
    REQUIRE(n);
    CHECK(n->value == "17");
    CHECK(n->unit == "Kilometer");
    n = parse_number_choice("30.000 bis 50.000 Gastarbeiter");
    REQUIRE(n);
    CHECK(n->unit == "Gastarbeiter");
    n = parse_number_choice("bis zu 90 Prozent");
    REQUIRE(n);
    CHECK(n->value == "90");
    CHECK(n->unit == "Prozent");
    n = parse_number_choice("drei Milliarden US-Dollar");
    REQUIRE(n);
    CHECK(n->value == "drei Milliarden");
    CHECK(n->unit == "US-Dollar");
    n = parse_number_choice("Hunderttausende Menschenleben");
    REQUIRE(n);
    CHECK(n->unit == "Menschenleben");
    n = parse_number_choice("42");
    REQUIRE(n);
    CHECK(n->unit.empty());
    CHECK_FALSE(parse_number_choice("Kilometer"));
}

TEST_CASE("Number choices must share the unit of the answer") {
    CHECK(same_number_unit("17 Kilometer", "170 Kilometer"));
    CHECK(same_number_unit("11 Mrd. US-Dollar", "drei Milliarden US-Dollar"));
    CHECK(same_number_unit("1 Jahr", "3 Jahre"));
    CHECK(same_number_unit("über 4 Stunden", "über 8 stunden"));
    CHECK_FALSE(same_number_unit("17 Kilometer", "17 km"));
    CHECK_FALSE(same_number_unit("17 Kilometer", "39 Meilen"));
    CHECK_FALSE(same_number_unit("90 Prozent", "90"));
}

TEST_CASE("Each answer type rejects choices of another shape") {
    CHECK_FALSE(shape_problem(AnswerType::Year, "1945"));
    CHECK(shape_problem(AnswerType::Year, "Juni 1950"));
    CHECK_FALSE(shape_problem(AnswerType::Date, "Juni 1950"));
    CHECK(shape_problem(AnswerType::Date, "1950"));
    CHECK(shape_problem(AnswerType::Date, "Jalta"));
    CHECK_FALSE(shape_problem(AnswerType::Number, "17 Kilometer"));
    CHECK(shape_problem(AnswerType::Number, "Kilometer"));
    CHECK_FALSE(shape_problem(AnswerType::Person, "Kim Il-sung"));
    CHECK(shape_problem(AnswerType::Person, "1953"));
    CHECK(shape_problem(AnswerType::Place, "Juni 1950"));
    CHECK_FALSE(shape_problem(AnswerType::Country, "Sowjetunion"));
    CHECK_FALSE(shape_problem(AnswerType::Organisation, "Gruppe der Acht (G8)"));
    CHECK(shape_problem(AnswerType::Organisation, "---"));
    CHECK_FALSE(shape_problem(AnswerType::Event, "Konferenz von Jalta"));
    CHECK_FALSE(shape_problem(AnswerType::Term, "Juche"));
    CHECK(shape_problem(AnswerType::Term, "  "));
}

TEST_CASE("Date choices are told apart by how exactly they are written") {
    CHECK(date_form("2. März 2022") == DateForm::Day);
    CHECK(date_form("2022-03-02") == DateForm::Day);
    CHECK(date_form("Juni 1950") == DateForm::Month);
    CHECK(date_form("Frühjahr 1996") == DateForm::PartOfYear);
    CHECK(date_form("Ende 2011") == DateForm::PartOfYear);
    CHECK(date_form("Mitte der 1980er Jahre") == DateForm::Decade);
    CHECK(date_form("1950") == DateForm::Other);
    CHECK(date_form("Jalta") == DateForm::Other);
}
