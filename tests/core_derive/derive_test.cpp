#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "bank/source_text.hpp"
#include "derive/derive.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;
using chronik::bank::PeriodPart;
using chronik::bank::Season;

namespace {

std::string read(const std::string& rel) {
    std::ifstream in(std::string(CHRONIK_SOURCE_DIR) + "/" + rel, std::ios::binary);
    REQUIRE(in);
    std::ostringstream b;
    b << in.rdbuf();
    return b.str();
}

const EventCandidate* find_event(const Derived& d, const EventDate& date, std::string_view words) {
    for (const auto& e : d.events)
        if (e.date == date && e.quote.find(words) != std::string::npos) return &e;
    return nullptr;
}

}  // namespace

// A second text, written for this test (not the shipped article), with the
// same kinds of copy artifacts: the expectations are the dated statements a
// teacher would put on a timeline.
TEST_CASE("derive finds the dated events of a second, different text") {
    const auto text = read("tests/data/import/hanse.txt");
    const auto d = derive_candidates(text);
    struct Expected {
        EventDate date;
        const char* words;
    };
    const Expected expected[] = {
        {EventDate::in_year(1159), "gründete Heinrich der Löwe"},
        {EventDate::on_day(1358, 6, 24), "Hansetag"},
        {EventDate::in_decade_part(1360, PeriodPart::Mid), "Waldemar IV."},
        {EventDate::in_season(1368, Season::Spring), "Krieg der Hansestädte"},
        {EventDate::on_day(1370, 5, 24), "Frieden von Stralsund"},
        {EventDate::in_year(1392), "Vitalienbrüder"},
        {EventDate::in_year_part(1401, PeriodPart::Late), "Störtebeker"},
        {EventDate::in_month(1598, 8), "Stalhof"},
        {EventDate::in_year(1669), "letzte Hansetag"},
        {EventDate::in_year(1980), "Neuen Hanse"},
    };
    for (const auto& e : expected) {
        CAPTURE(e.words);
        CHECK(find_event(d, e.date, e.words) != nullptr);
    }
    // "Im Dreißigjährigen Krieg, der 1618 begann, verloren viele Städte ihren Handel": 1618
    // dates the relative clause, not the losses the sentence tells; no card rather than a
    // card with the wrong date.
    for (const auto& e : d.events)
        CHECK(e.date != EventDate::in_year(1618));
    // The references list is not prose: its years (2000, 2012, 1992, 1995) are no events.
    for (int y : {2000, 2012, 1992, 1995})
        for (const auto& e : d.events)
            CHECK(e.date.year != y);
    // "15 Jahre" and "20 Kilometer" are numbers, not years.
    const auto range = find_event(d, EventDate::in_year(1392), "Vitalienbrüder");
    REQUIRE(range);
    CHECK(range->role == DateRole::Range);
    // The event text has no date in it.
    CHECK(range->text.find("1392") == std::string::npos);
    CHECK(range->text.find("1398") == std::string::npos);
}

TEST_CASE(
    "the second text yields multiple-choice candidates of several kinds with plausible "
    "distractors") {
    const auto d = derive_candidates(read("tests/data/import/hanse.txt"));
    std::set<chronik::bank::AnswerType> types;
    for (const auto& q : d.questions) {
        types.insert(q.question.answer_type);
        CHECK(q.question.distractors.size() == 3);
        // A W-question ("In welchem Jahr ...?") or a gap in the quoted clause.
        if (q.asks)
            CHECK(q.question.prompt.back() == '?');
        else
            CHECK(q.question.prompt.find("___") != std::string::npos);
        // Never one of the choices given away by the quote itself being a different fact.
        CHECK(q.quote.find(q.question.answer) != std::string::npos);
        for (const auto& x : q.question.distractors) {
            CHECK(x != q.question.answer);
            // A distractor never stands in the same sentence (it could be true too).
            CHECK(q.quote.find(x) == std::string::npos);
        }
        if (q.question.answer_type == chronik::bank::AnswerType::Year) {
            const int answer = std::stoi(q.question.answer);
            for (const auto& x : q.question.distractors)
                CHECK(std::abs(std::stoi(x) - answer) <= 30);  // near the answer
        }
        if (q.question.answer_type == chronik::bank::AnswerType::Number)
            for (const auto& x : q.question.distractors)
                CHECK(x.substr(x.find(' ')) ==
                      q.question.answer.substr(q.question.answer.find(' ')));
    }
    CHECK(types.count(chronik::bank::AnswerType::Year));
    CHECK(types.count(chronik::bank::AnswerType::Number));
    CHECK(types.count(chronik::bank::AnswerType::Place));  // Lübeck, Brügge, Hamburg, London
    CHECK(d.questions.size() >= 12);
}

TEST_CASE("a long sentence gives the clause around its date, a short one the whole sentence") {
    const std::string s =
        "Nach der Wahl von Wladimir Putin zum russischen Präsidenten gewannen die Beziehungen "
        "wieder an Bedeutung, woraufhin Russland Teil der Gespräche wurde, welche allerdings 2009 "
        "scheiterten, woraufhin sich Russland den Sanktionen gegen Nordkorea anschloss.";
    const auto at = s.find("2009");
    const auto [b, e] = clause_around(s, at, at + 4);
    const auto clause = s.substr(b, e - b);
    CHECK(clause.find("2009") != std::string::npos);
    CHECK(clause.size() < s.size() / 2);
    const std::string short_one = "1961 wurde ein Abkommen geschlossen.";
    CHECK(clause_around(short_one, 0, 4) ==
          std::pair<std::size_t, std::size_t>{0, short_one.size()});
}

TEST_CASE("draft items are drafts with quotes, unique spans and ids stable across runs") {
    const auto text = read("tests/data/import/hanse.txt");
    const auto a = draft_items(derive_candidates(text), "hanse");
    const auto b = draft_items(derive_candidates(text), "hanse");
    REQUIRE(a.size() == b.size());
    std::set<std::pair<std::int64_t, std::int64_t>> spans;
    std::set<std::string> ids;
    const auto source = chronik::bank::normalise_mapped(text);
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].id == b[i].id);
        CHECK(ids.insert(a[i].id).second);
        CHECK(a[i].draft);
        CHECK(chronik::bank::locate_quote(source, a[i].quote).has_value());
        if (const auto* ev = a[i].event()) {
            const auto span = ev->date.span();
            CHECK(spans.insert({span.first, span.last}).second);
        }
    }
    // Editing one sentence changes only the ids of its items.
    std::string edited = text;
    edited.replace(edited.find("Heringen"), 8, "Fischen");
    const auto c = draft_items(derive_candidates(edited), "hanse");
    std::set<std::string> ids_c;
    for (const auto& item : c)
        ids_c.insert(item.id);
    std::size_t kept = 0;
    for (const auto& id : ids)
        kept += ids_c.count(id);
    CHECK(kept + 3 >= ids.size());
}

// Texts written for these tests, in the styles of older schoolbooks and web quotes.
TEST_CASE("an outline's year line dates the entries after it in its paragraph") {
    const auto d = derive_candidates(
        "Die Reformation (Abriß)\n\n1519. Leipziger Disputation mit Eck.\n1521. Reichstag zu "
        "Worms. Luther verweigert den Widerruf.\n1524—25. Bauernkrieg. Thomas Müntzer bei "
        "Frankenhausen ge-\nschlagen (15. Mai 1525).\n1546. Tod Luthers (18. Februar).\n");
    const auto* disputation = find_event(d, EventDate::in_year(1519), "Leipziger Disputation");
    REQUIRE(disputation != nullptr);
    CHECK(disputation->quote == "1519. Leipziger Disputation mit Eck.");
    CHECK(disputation->text == "Leipziger Disputation mit Eck");
    CHECK(find_event(d, EventDate::in_year(1521), "Reichstag zu Worms") != nullptr);
    CHECK(find_event(d, EventDate::in_year(1521), "Luther verweigert") != nullptr);
    CHECK(find_event(d, EventDate::in_year(1524), "Bauernkrieg") != nullptr);
    const auto* muentzer = find_event(d, EventDate::on_day(1525, 5, 15), "Frankenhausen");
    REQUIRE(muentzer != nullptr);
    CHECK(muentzer->text == "Thomas Müntzer wird bei Frankenhausen geschlagen");
    const auto* death = find_event(d, EventDate::on_day(1546, 2, 18), "Tod Luthers");
    REQUIRE(death != nullptr);
    CHECK(death->text == "Tod Luthers");
    // Nothing is dated by a year line of another paragraph.
    for (const auto& e : d.events)
        if (e.quote.find("Worms") != std::string::npos) CHECK(e.date.year == 1521);
}

TEST_CASE("a year heading gives its year to days without one and to its first sentence") {
    const auto d = derive_candidates(
        "Das Revolutionsjahr\n\n1848\n\nDie Nachricht von der Revolution in Paris erreichte "
        "die preußische Hauptstadt schnell. Im November wurden die Truppen des Generals "
        "Wrangel wieder nach Berlin geführt.\n\n1849\n\nDie Nationalversammlung verabschiedete "
        "am 28. März die Reichsverfassung.\n");
    CHECK(find_event(d, EventDate::in_year(1848), "Nachricht von der Revolution") != nullptr);
    CHECK(find_event(d, EventDate::in_month(1848, 11), "Wrangel") != nullptr);
    // March after a November: the heading's year, not the year after the November.
    CHECK(find_event(d, EventDate::on_day(1849, 3, 28), "Reichsverfassung") != nullptr);
    for (const auto& e : d.events)
        CHECK(e.date.year != 1850);
}

TEST_CASE("a section title with a bracketed year is an event and dates the day after it") {
    const auto d = derive_candidates(
        "Der Krieg\n\nNun brach auch Wallenstein auf und zog nach Norden in Sachsen hinein.\n"
        "7. Schlacht bei Lützen; Gustav Adolfs Tod (1632). In dichtem Nebel stellte Gustav "
        "Adolf am Morgen des 16. November seine Truppen auf.\n");
    const auto* title = find_event(d, EventDate::in_year(1632), "Schlacht bei Lützen");
    REQUIRE(title != nullptr);
    CHECK(title->text == "Schlacht bei Lützen; Gustav Adolfs Tod");
    CHECK(find_event(d, EventDate::on_day(1632, 11, 16), "Nebel") != nullptr);
}

TEST_CASE(
    "a bracketed day at the end of a clause dates it, a year after an unknown particle does not") {
    const auto d = derive_candidates(
        "Der Feldzug\n\nIm Jahr 1814 drangen die Verbündeten in Frankreich ein und kämpften dort "
        "lange. Blücher schlug die Franzosen bei Laon (9. 10. März). Frankreich bekam danach "
        "die Ausdehnung vou 1792.\n");
    const auto* laon = find_event(d, EventDate::on_day(1814, 3, 9), "Laon");
    REQUIRE(laon != nullptr);
    CHECK(laon->text.find("(") == std::string::npos);
    for (const auto& e : d.events)
        CHECK(e.date.year != 1792);
}

TEST_CASE("a hard-wrapped quote with hyphenation keeps its dates and joins its words") {
    const auto d = derive_candidates(
        "Die Einheit\n\nMit dem Beitritt der DDR zur Bundesrepublik am 3. Ok-\ntober 1990 endete "
        "die Teilung Deutschlands, die seit 1949 be-\nstanden hatte. Die ersten gesamtdeutschen "
        "Bundestagswahlen folg-\nten am 2. Dezember.\n");
    CHECK(find_event(d, EventDate::on_day(1990, 10, 3), "Beitritt") != nullptr);
    const auto* vote = find_event(d, EventDate::on_day(1990, 12, 2), "Bundestagswahlen");
    REQUIRE(vote != nullptr);
    CHECK(vote->text.find("folg-") == std::string::npos);
    CHECK(vote->text.find("Bundestagswahlen folg") != std::string::npos);
    for (const auto& e : d.events)
        CHECK(e.date.year != 1949);
}

TEST_CASE(
    "an outline's section letter starts a sentence, and a dated clause in brackets is the event") {
    const auto d = derive_candidates(
        "Die Neuzeit\n\nDer Rheinbund löst sich auf, die fremden Dynastien in Berg und Westfalen "
        "brechen zusammen.\nb) 1814 Der Krieg in Frankreich.\nDie Nordarmee rückt durch Holland, "
        "die schlesische Armee über den Mittelrhein (am\n1. Januar 1814 geht Blücher bei Kaub "
        "über den Rhein), die Hauptarmee über den Oberrhein in Frankreich ein.\n");
    for (const auto& e : d.events)
        CHECK(e.quote.find("Rheinbund") == std::string::npos);
    const auto* war = find_event(d, EventDate::in_year(1814), "Krieg in Frankreich");
    REQUIRE(war != nullptr);
    CHECK(war->text == "Der Krieg in Frankreich");
    const auto* rhine = find_event(d, EventDate::on_day(1814, 1, 1), "Blücher");
    REQUIRE(rhine != nullptr);
    CHECK(rhine->quote == "am 1. Januar 1814 geht Blücher bei Kaub über den Rhein");
}
