// Multiple-choice drafts whose choices are of one kind and era, and events dated by the clause
// they belong to: the heldout4 judgement's failure reasons as rules ("Glück" as a place,
// "Partei" as a party, a vizier of 1529 for 1683, "um ___", the armistice under the battle's
// day, line-end hyphens in explanations).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "derive/derive.hpp"
#include "derive/event_clauses.hpp"
#include "derive/facts.hpp"
#include "derive/lexicon.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;
using chronik::bank::AnswerType;
using chronik::bank::EventDate;

namespace {

WordList dictionary() {
    return WordList::from_dic("Glück/STm\nPartei/Pmij\nSieg/STm\nFall/STm\nMoskau/Sm\n");
}

bool offers(const Derived& d, std::string_view choice) {
    return std::any_of(d.questions.begin(), d.questions.end(), [&](const McCandidate& q) {
        const auto& ds = q.question.distractors;
        return q.question.answer == choice || std::find(ds.begin(), ds.end(), choice) != ds.end();
    });
}

}  // namespace

TEST_CASE("a noun with the genitive -es is no place, the bare Partei no party, GB a state") {
    const auto words = dictionary();
    CHECK(words.is_common_noun("Glück"));
    CHECK_FALSE(words.is_common_noun("Moskau"));
    CHECK_FALSE(has_organisation_ending("Partei"));
    CHECK(has_organisation_ending("Zentrumspartei"));
    CHECK(is_country("GB"));
}

TEST_CASE("a date ending an opening Nach-phrase dates its noun, not the main clause") {
    const auto words = dictionary();
    const std::string s =
        "Nach dem Siege Montecuccolis bei St. Gotthard an der Raab am 1. August 1664 war zu "
        "Eisenburg ein Waffenstillstand auf zwanzig Jahre geschlossen worden.";
    DateContext ctx;
    const auto dates = find_dates(s, ctx);
    REQUIRE(dates.size() == 1);
    CHECK(opening_phrase_event(s, dates[0], words) ==
          "Sieg Montecuccolis bei St. Gotthard an der Raab");
    // A date of the main clause itself is left to it.
    const std::string t = "Nach dem Krieg schlossen beide Seiten am 1. August 1664 Frieden.";
    DateContext ctx2;
    const auto dates2 = find_dates(t, ctx2);
    REQUIRE(dates2.size() == 1);
    CHECK(opening_phrase_event(t, dates2[0], words).empty());

    // In a whole text: no card puts the armistice under the battle's day.
    const auto d = derive_candidates("Die Türken vor Wien\n\n" + s + "\n", words);
    bool battle = false;
    for (const auto& ev : d.events) {
        CHECK(ev.text.find("Waffenstillstand") == std::string::npos);
        if (ev.text == "Sieg Montecuccolis bei St. Gotthard an der Raab") {
            battle = true;
            CHECK(ev.date == EventDate::on_day(1664, 8, 1));
        }
    }
    CHECK(battle);
}

TEST_CASE("distractors of a person come from the same era, and approximate years are not asked") {
    const std::string text =
        "Die Türkenkriege\n\n"
        "Im Jahr 1529 belagerte Sultan Soliman Wien. Im Jahr 1530 verhandelte Kaiser Karl "
        "mit dem Sultan. Im Jahr 1532 zog Sultan Soliman erneut nach Ungarn.\n\n"
        "Im Jahr 1683 belagerte Großwesir Kara Mustafa die Stadt. Im Jahr 1683 führte König "
        "Johann Sobieski das Entsatzheer. Im Jahr 1684 schloss Kaiser Leopold die Heilige "
        "Liga. Im Jahr 1686 eroberte Herzog Karl von Lothringen Ofen.\n\n"
        "Um 1700 schrieb Chronist Anton Müller eine Chronik.\n";
    const auto d = derive_candidates(text);
    for (const auto& q : d.questions) {
        if (q.question.answer_type != AnswerType::Person) continue;
        const bool late = q.era_year >= 1683;
        for (const auto& x : q.question.distractors) {
            if (late) CHECK(x.find("Soliman") == std::string::npos);
            if (!late) CHECK(x.find("Kara Mustafa") == std::string::npos);
        }
    }
    for (const auto& q : d.questions)
        if (q.question.answer_type == AnswerType::Year) CHECK(q.question.answer != "1700");
    CHECK(offers(d, "1683"));
}

TEST_CASE("today's name in an aside is neither answer nor choice, and explanations join hyphens") {
    const std::string text =
        "Die Eroberung\n\n"
        "Im Jahr 1532 nahm Pizarro den Herrscher in Cajamarca gefangen. Im Jahr 1533 zogen "
        "die Spanier in Cuzco ein. Im Jahr 1545 wurde in Potosí (heute Bolivien) ein "
        "Silberberg entdeckt. Im Jahr 1546 kamen Bergleute aus Spanien nach Potosí und "
        "bauten dort Sil-\nber ab. Im Jahr 1550 kamen Händler aus Portugal und Frankreich.\n";
    const auto d = derive_candidates(text);
    CHECK_FALSE(offers(d, "Bolivien"));
    for (const auto& q : d.questions)
        CHECK(q.question.explanation.find("Sil- ber") == std::string::npos);
    CHECK(std::any_of(d.questions.begin(), d.questions.end(), [](const McCandidate& q) {
        return q.question.explanation.find("Silber ab") != std::string::npos;
    }));
}
