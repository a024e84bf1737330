// Parts of a page that are not running text, on texts written for this test: list marks
// ("• 1871: …"), labels before a colon ("Merke: …"), homework tasks and material captions.
#include <doctest/doctest.h>

#include <string>

#include "derive/derive.hpp"
#include "derive/text_cleaning.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

namespace {

const EventCandidate* event_in(const Derived& d, const EventDate& date) {
    for (const auto& e : d.events)
        if (e.date == date) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("each list item is a statement of its own, without its mark") {
    const std::string text =
        "Spickzettel Eisenbahn\n\n"
        "Überblick: Um 1830 reisten die meisten Menschen noch zu Fuß oder mit der Postkutsche.\n\n"
        "Die wichtigsten Strecken:\n"
        "• 1835: Die erste deutsche Eisenbahn fährt von Nürnberg nach\n"
        "Fürth. Die Lokomotive kommt aus England.\n"
        "• 1839: Zwischen Leipzig und Dresden wird die erste Fernbahn eröffnet.\n"
        "- 1843: Die Rheinische Eisenbahn verbindet Köln mit Antwerpen.\n";
    const auto paragraphs = prose_paragraphs(text);
    for (const auto& p : paragraphs) {
        CAPTURE(p.text);
        CHECK(p.text.find("•") == std::string::npos);
        CHECK(p.text.rfind("- ", 0) != 0);
        CHECK(p.text.rfind("Überblick", 0) != 0);
    }
    const auto d = derive_candidates(text);
    const auto* first = event_in(d, EventDate::in_year(1835));
    REQUIRE(first);
    CHECK(first->text.find(':') == std::string::npos);
    CHECK(first->text.find("1839") == std::string::npos);
    CHECK(first->text.find("Leipzig") == std::string::npos);
    const auto* second = event_in(d, EventDate::in_year(1839));
    REQUIRE(second);
    CHECK(second->text.find("Fürth") == std::string::npos);
    CHECK(second->quote.find("Nürnberg") == std::string::npos);
    CHECK(event_in(d, EventDate::in_year(1843)));
    // The label "Überblick:" is on no card.
    const auto* before = event_in(d, EventDate::in_year(1830));
    if (before) CHECK(before->text.find("Überblick") == std::string::npos);
    for (const auto& q : d.questions) {
        CAPTURE(q.question.prompt);
        CHECK(q.question.prompt.find("•") == std::string::npos);
        CHECK(q.question.prompt.find("Überblick") == std::string::npos);
    }
}

TEST_CASE("homework tasks and captions of materials are not statements") {
    CHECK(is_task_or_caption("2. Erläutere, warum die Bauern 1525 zu den Waffen griffen."));
    CHECK(is_task_or_caption("a) Nenne drei Folgen des Krieges von 1866."));
    CHECK(is_task_or_caption("Aufgabe 4: Vergleiche die beiden Karten von 1648 und 1789."));
    CHECK(is_task_or_caption("Beurteile, ob der Frieden von 1919 gerecht war."));
    CHECK(is_task_or_caption("Q3 Ein Flugblatt aus dem Jahr 1525: „Wir wollen frei sein.“"));
    CHECK(is_task_or_caption("Abb. 2: Die Stadtmauer von Nördlingen um 1650."));
    CHECK_FALSE(is_task_or_caption("1525 griffen die Bauern in Schwaben zu den Waffen."));
    CHECK_FALSE(is_task_or_caption("Bild und Wort der Zeit prägte der Buchdruck nach 1450."));
    CHECK_FALSE(is_task_or_caption("Karl V. wurde 1519 zum Kaiser gewählt."));

    const std::string text =
        "Der Bauernkrieg\n\n"
        "Im Frühjahr 1525 erhoben sich die Bauern in Schwaben und Franken gegen ihre Herren.\n\n"
        "M2 Aus den Zwölf Artikeln vom März 1525: „Zum ersten ist unser demütig Bitte.“\n\n"
        "Aufgaben\n"
        "1. Nenne die Forderungen der Bauern aus dem Jahr 1525.\n"
        "2. Beurteile, ob der Aufstand im Jahr 1526 noch Aussicht hatte.\n";
    const auto d = derive_candidates(text);
    CHECK(event_in(d, EventDate::in_season(1525, chronik::bank::Season::Spring)));
    CHECK_FALSE(event_in(d, EventDate::in_year(1526)));
    CHECK_FALSE(event_in(d, EventDate::in_month(1525, 3)));
    for (const auto& q : d.questions) {
        CAPTURE(q.question.prompt);
        CHECK(q.question.prompt.find("Nenne") == std::string::npos);
        CHECK(q.question.prompt.find("Beurteile") == std::string::npos);
        CHECK(q.question.prompt.find("M2") == std::string::npos);
    }
}
