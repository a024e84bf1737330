// Zeittafel and Tafelbild lines ("um 450 v. Chr. – …", "264–241 v. Chr. – …", "Sept. 1192: …")
// as dated events, on lines written for this test.
#include <doctest/doctest.h>

#include <string>

#include "bank/event_date.hpp"
#include "derive/clause_checks.hpp"
#include "derive/date_mentions.hpp"
#include "derive/derive.hpp"
#include "derive/sentences.hpp"
#include "derive/text_keys.hpp"
#include "derive/verb_tense.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

namespace {

WordList dictionary() {
    return WordList::from_dic(
        "treiben/DIVXW\ntreiben/SJozm\nvertreiben/SJozm\nrichten/DIVXY\n"
        "gründen/DIXY\nbauen/DIXY\nwählen/DIXY\nbesiegen/DIXY\nKönig/EPS\n");
}

const EventCandidate* event_on(const Derived& d, const EventDate& date) {
    for (const auto& e : d.events)
        if (e.date == date) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("each dated line of a Zeittafel is its own event, an approximate year included") {
    const std::string text =
        "Zeittafel: Rom\n\n"
        "510 v. Chr. – Die Bürger wählen zwei Konsuln und bauen einen Tempel.\n"
        "um 420 v. Chr. – Das Gesetz wird auf zwölf Tafeln für alle sichtbar aufgeschrieben.\n"
        "380 v. Chr. – Gallier unter Brennus besiegen die Römer an der Allia.\n";
    const auto d = derive_candidates(text, dictionary());
    // Before, "um 420 v. Chr." joined the line before and its event took 510 v. Chr.
    const auto* law = event_on(d, EventDate::in_year(-420));
    REQUIRE(law != nullptr);
    CHECK(law->text == "Das Gesetz wird auf zwölf Tafeln für alle sichtbar aufgeschrieben");
    for (const auto& e : d.events)
        if (e.text.find("Gesetz") != std::string::npos) CHECK(e.date == EventDate::in_year(-420));
    const auto* first = event_on(d, EventDate::in_year(-510));
    REQUIRE(first != nullptr);
    CHECK(first->text == "Die Bürger wählen zwei Konsuln und bauen einen Tempel");
}

TEST_CASE("a span with its era dates its start, before Christ the years count down") {
    DateContext ctx;
    auto m = find_dates("264–241 v. Chr. – Rom und Karthago kämpfen um Sizilien.", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(-264));
    CHECK(m[0].role == DateRole::Range);
    DateContext ctx2;
    m = find_dates("14–37 n. Chr. – Tiberius regiert.", ctx2);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_year(14));
    // Counting the wrong way for the era is no span.
    DateContext ctx3;
    CHECK(find_dates("241–264 v. Chr. – Rom kämpft.", ctx3).empty());
}

TEST_CASE("an abbreviated month with its dot and year is a month") {
    DateContext ctx;
    auto m = find_dates("Sept. 1192: Waffenstillstand zwischen Richard und Saladin", ctx);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_month(1192, 9));
    DateContext ctx2;
    m = find_dates("Volkskreuzzug → Okt. 1096 bei Nikaia vernichtet", ctx2);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == EventDate::in_month(1096, 10));
}

TEST_CASE("a bracketed day without its year is an aside to the line's year") {
    const std::string text =
        "Zeittafel: Rom\n\n"
        "753 v. Chr. – Romulus gründet die Stadt Rom (am 21. April, bis "
        "heute gefeiert).\n"
        "380 v. Chr. – Gallier unter Brennus besiegen die Römer an der Allia.\n";
    const auto d = derive_candidates(text, dictionary());
    const auto* rome = event_on(d, EventDate::in_year(-753));
    REQUIRE(rome != nullptr);
    CHECK(rome->text == "Romulus gründet die Stadt Rom");
    CHECK(event_on(d, EventDate::on_day(-753, 4, 21)) == nullptr);
}

TEST_CASE("verbs with an inseparable prefix and a postposition 'nach' read as statements") {
    const auto words = dictionary();
    CHECK(words.is_infinitive("vertreiben"));
    CHECK(words.is_infinitive("errichten"));
    CHECK_FALSE(words.is_infinitive("getrieben"));
    CHECK(has_finite_verb(tokenize("Die Römer vertreiben den letzten König"), words));
    CHECK(card_reads_as_statement("Der Sage nach gründen Romulus und Remus die Stadt",
                                  "Der Sage nach gründen Romulus und Remus die Stadt", words));
}

TEST_CASE("a country the prompt names by its adjective or people is no choice") {
    CHECK(names_kin_word("Das Deutsche Reich erklärt ___ den Krieg.", "Deutschland"));
    CHECK(names_kin_word("unter preußischer Führung ohne ___", "Preußen"));
    CHECK(names_kin_word("die Österreicher und ___ bei Königgrätz", "Österreich"));
    CHECK_FALSE(names_kin_word("Frankreich erklärte ___ den Krieg.", "Preußen"));
    CHECK_FALSE(names_kin_word("Das Deutsche Reich erklärt ___ den Krieg.", "Russland"));
}

TEST_CASE("an abbreviation neither ends a sentence nor reads as a verb") {
    const auto parts =
        sentence_texts("Bündnisse (Dreibund: Dt. Reich, Österreich-Ungarn, Italien).");
    CHECK(parts.size() == 1);
    CHECK(present_tense("sog", WordList{}).empty());
    CHECK(present_tense("kam", WordList{}) == "kommt");
}
