#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/exam_plan_strings.hpp"

using namespace chronik;
using namespace chronik::ui;

TEST_CASE("every exam-plan string exists in German and English with the same placeholders") {
    chronik::test::check_every_text<ExamPlanText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(format(de, ExamPlanText::VerdictMore, {"10", "78", "20", "91"}) ==
          "Mit 10 Minuten am Tag erreichst du etwa 78 %; mit 20 Minuten etwa 91 %.");
    CHECK(format(en, ExamPlanText::Verdict, {"20", "91"}) ==
          "With 20 minutes a day you will reach about 91 %.");
}

TEST_CASE("the exam date reads as each language writes it, with the weekday") {
    const StringTable de(Language::German), en(Language::English);
    CHECK(exam_date(de, {2026, 6, 15}) == "Mo, 15.06.2026");
    CHECK(exam_date(en, {2026, 6, 15}) == "Mon, 15 Jun 2026");
    CHECK(exam_date(de, {2026, 3, 1}) == "So, 01.03.2026");
    CHECK(short_date(de, {2026, 12, 6}) == "6.12.");
    CHECK(short_date(en, {2026, 12, 6}) == "6 Dec");
    CHECK(clock_time(8 * 60) == "08:00");
    CHECK(clock_time(23 * 60 + 5) == "23:05");
}
