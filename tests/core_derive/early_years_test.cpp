// Years before 1000 and years of an era ("9 n. Chr.", "44 v. Chr.", "25. Dezember 800", an
// outline's "772:") as dates, on sentences written for this test.
#include <doctest/doctest.h>

#include <string>

#include "bank/event_date.hpp"
#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

namespace {

std::vector<DateMention> dates_in(std::string_view s, int context_year = 0) {
    DateContext ctx;
    ctx.year = context_year;
    return find_dates(s, ctx);
}

const EventCandidate* event_in(const Derived& d, const EventDate& date) {
    for (const auto& e : d.events)
        if (e.date == date) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a year with its era is a date of any length, before Christ counting back") {
    const std::string s = "Im Jahr 15 n. Chr. zog Germanicus mit acht Legionen an die Weser.";
    auto m = dates_in(s);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(15));
    // The era is part of the expression: cutting the date leaves no "n. Chr." behind.
    CHECK(s.substr(m[0].begin, m[0].end - m[0].begin) == "Im Jahr 15 n. Chr.");

    m = dates_in("Um 480 v. Chr. besiegten die Griechen die persische Flotte bei Salamis.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(-480));
    m = dates_in("Die Stadt wurde 753 v.Chr. gegründet, so erzählt die Sage.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(-753));
    m = dates_in("Das Heer kehrte 1200 vor Christus nicht zurück.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(-1200));
}

TEST_CASE("three-digit years after Jahr or a month, at an outline's line start, in an old text") {
    auto m = dates_in("Am 6. Januar 912 starb der letzte König aus diesem Haus.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::on_day(912, 1, 6));
    m = dates_in("Im Jahre 955 siegte das Heer des Königs auf dem Lechfeld.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(955));
    m = dates_in("936: Otto wird in Aachen zum König gekrönt.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(936));
    // In a text about the first millennium, "um 530" after a preposition is a year …
    m = dates_in("Um 530 entstand das Kloster am Fluss.", 480);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(530));
    // … but not in a modern one, and never a count before its noun.
    CHECK(dates_in("Um 530 entstand das Kloster am Fluss.", 1950).empty());
    CHECK(dates_in("Nach 300 Kilometern erreichte der Zug die Küste.", 480).empty());
    CHECK(dates_in("Im Jahr 800 Soldaten zu verlieren war viel.").empty());
    CHECK(dates_in("Er zahlte 250 Taler und ging.", 480).empty());
}

TEST_CASE("an ancient text gives events and year questions with their era") {
    const std::string text =
        "Rom und die Germanen\n\n"
        "Im Jahr 12 v. Chr. begann Drusus seine Feldzüge rechts des Rheins. Die Römer legten "
        "um 100 n. Chr. den Grenzwall mit Gräben und Türmen an. Am 24. August 410 plünderten "
        "die Westgoten unter Alarich die Stadt Rom.\n";
    const auto d = derive_candidates(text);
    const auto* drusus = event_in(d, EventDate::in_year(-12));
    REQUIRE(drusus);
    CHECK(drusus->text.find("Chr") == std::string::npos);
    const auto* wall = event_in(d, EventDate::in_year(100));
    REQUIRE(wall);
    CAPTURE(wall->text);
    CHECK(wall->text.rfind("Die Römer leg", 0) == 0);
    CHECK(wall->text.find("um ") == std::string::npos);
    CHECK(event_in(d, EventDate::on_day(410, 8, 24)));
    bool bc_question = false;
    for (const auto& q : d.questions) {
        if (q.question.answer != "12 v. Chr.") continue;
        bc_question = true;
        for (const auto& c : q.question.distractors)
            CHECK(c.find(" v. Chr.") != std::string::npos);
    }
    CHECK(bc_question);
    CHECK(era_tag(-12) == "vor 1000");
    CHECK(format_date(EventDate::in_year(-12), chronik::bank::DateLanguage::German) ==
          "12 v. Chr.");
}
