// The present plural of outlines and Zeittafeln ("Viele Zechen schließen") is a verb, on
// lines written for this test.
#include <doctest/doctest.h>

#include <string>

#include "bank/event_date.hpp"
#include "derive/clause_checks.hpp"
#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

namespace {

WordList dictionary() {
    return WordList::from_dic(
        "schließen/DIXY\nverlieren/DIXY\nerheben/DIXY\nherstellen/DIXY\nBahn/P\nVerband/STm\n"
        "Brand/STm\nMensch/P\nDach/STm\n");
}

}  // namespace

TEST_CASE("a present plural after its subject is a finite verb") {
    const auto words = dictionary();
    CHECK(has_finite_verb(tokenize("Die meisten Bahnen schließen sich zusammen"), words));
    CHECK(has_finite_verb(tokenize("Die Weber erheben sich gegen die Fabrikherren"), words));
    // A zu-infinitive is none, nor an infinitive alone.
    CHECK_FALSE(has_finite_verb(tokenize("Pläne, um Gussstahl zu herstellen"), words));
    CHECK_FALSE(has_finite_verb(tokenize("schließen"), words));

    const std::string text =
        "Zeittafel Eisenbahn\n\n"
        "3. März 1850: Die meisten Bahnen schließen sich zu einem Verband zusammen.\n\n"
        "Juni 1852: Beim großen Brand verlieren rund 2000 Menschen ihr Dach.\n";
    const auto d = derive_candidates(text, words);
    const EventCandidate* merged = nullptr;
    for (const auto& e : d.events)
        if (e.date == EventDate::on_day(1850, 3, 3)) merged = &e;
    REQUIRE(merged);
    CHECK(merged->text == "Die meisten Bahnen schließen sich zu einem Verband zusammen");
}

TEST_CASE("the second date of a span written with a dash dates nothing of its own") {
    DateContext ctx;
    const auto m = find_dates(
        "3. Oktober 1814 – 9. Juni 1815 – In Wien verhandeln die Gesandten über Europa.", ctx);
    REQUIRE(m.size() == 2);
    CHECK(m[0].date == EventDate::on_day(1814, 10, 3));
    CHECK_FALSE(m[0].ends_range);
    CHECK(m[1].ends_range);
}
