// The judged failure reasons of derive's drafts (tests/data/derive/JUDGEMENT.md), each on a
// text written for this test: prompts that stand on their own, number choices that do not
// give the answer away, no common noun as a place, telegram lines as sentences.
#include <doctest/doctest.h>

#include <string>

#include "derive/clause_checks.hpp"
#include "derive/clause_grammar.hpp"
#include "derive/derive.hpp"
#include "derive/facts.hpp"
#include "derive/number_choices.hpp"
#include "derive/word_list.hpp"

using namespace chronik::derive;
using chronik::bank::EventDate;

namespace {

// A few entries of Debian's de_DE.dic as they are written there.
WordList dictionary() {
    return WordList::from_dic(
        "Furcht/m\nCanossa/Sm\nRom/Sm\nParis/m\nKrieg/STEPm\nMauer/N\nGrenze/N\nStadt/m\n"
        "Kaiser/FNSmgij\nbestehen/DIXY\nerrichten/DIXY\nsichern/DIXY\nfliehen/DIXY\n"
        "Bann/ijm\nPapst/Tmij\nüberschreiten/DIXY\n");
}

const McCandidate* find_question(const Derived& d, std::string_view answer) {
    for (const auto& q : d.questions)
        if (q.question.answer == answer) return &q;
    return nullptr;
}

}  // namespace

TEST_CASE("a gap prompt never quotes a relative clause without its referent") {
    const std::string text =
        "Die Mauer\n\nDie Sperranlage war ein Bauwerk an der Grenze der Stadt, das mehr als 28 "
        "Jahre lang bestand und viele Familien über Jahrzehnte trennte, bis es im November 1989 "
        "geöffnet wurde, was niemand erwartet hatte und was die ganze Welt bewegte.\n";
    const auto d = derive_candidates(text, dictionary());
    for (const auto& q : d.questions) {
        CAPTURE(q.question.prompt);
        CHECK(q.question.prompt.find("„das ") == std::string::npos);
        CHECK(q.question.prompt.find("„bis ") == std::string::npos);
    }
    // The sentence is short enough to quote whole: the referent is in the prompt.
    const auto* years = find_question(d, "28 Jahre");
    REQUIRE(years);
    CHECK(years->question.prompt.find("Die Sperranlage") != std::string::npos);
    // A W-question is asked only of the sentence's main clause: "Wie viele Jahre war die
    // Sperranlage …, das mehr als lang bestand …?" would not be German.
    CHECK_FALSE(years->asks);
}

TEST_CASE("piece_start tells a relative clause, a fragment and a main clause apart") {
    const auto words = dictionary();
    const std::string s =
        "Die Anlage bestand aus Mauern, die 167,8 Kilometer langen Grenzanlagen, das bis 1989 "
        "bestand, und die Truppen flohen in großer Zahl.";
    const auto at = [&](std::string_view piece) { return s.find(piece); };
    const auto end = [&](std::string_view piece) { return s.find(piece) + piece.size(); };
    CHECK(piece_start(s, 0, end("Mauern"), words) == PieceStart::Sentence);
    CHECK(piece_start(s, at("die 167"), end("Grenzanlagen"), words) == PieceStart::Fragment);
    CHECK(piece_start(s, at("das bis"), end("1989 bestand"), words) == PieceStart::Relative);
    CHECK(piece_start(s, at("und die Truppen"), end("Zahl"), words) == PieceStart::MainClause);
}

TEST_CASE("number distractors are near the answer and respect the sentence's bounds") {
    const std::string s = "Zwischen 136 und 245 Menschen wurden an der Grenze getötet.";
    Fact f;
    f.kind = FactKind::Number;
    f.begin = s.find("245");
    f.end = s.find(" wurden");
    f.text = "245 Menschen";
    f.unit = "Menschen";
    f.value = 245;
    const auto bounds = number_bounds(s, f);
    CHECK(bounds.above == doctest::Approx(136));
    for (std::uint32_t seed = 0; seed < 6; ++seed) {
        const auto choices = nearby_numbers(f, bounds, seed, 3);
        REQUIRE(choices.size() == 3);
        for (const auto& c : choices) {
            CAPTURE(c);
            const double v = std::stod(c);
            CHECK(v > 136);
            CHECK(v != 245);
            CHECK(v != 490);  // no ×2, ÷2, ×3 pattern
            CHECK(v != 122);
            CHECK(v != 735);
            CHECK(c.ends_with(" Menschen"));
        }
    }
    // The answer is not always in the middle: some seeds make it the smallest or largest.
    bool lowest = false, highest = false;
    for (std::uint32_t seed = 0; seed < 6; ++seed) {
        const auto choices = nearby_numbers(f, NumberBounds{}, seed, 3);
        int below = 0;
        for (const auto& c : choices)
            below += std::stod(c) < 245 ? 1 : 0;
        lowest = lowest || below == 0;
        highest = highest || below == 3;
    }
    CHECK(lowest);
    CHECK(highest);
}

TEST_CASE("number distractors are written as the answer is written") {
    Fact f;
    f.kind = FactKind::Number;
    f.text = "167,8 Kilometer";
    f.unit = "Kilometer";
    f.value = 167.8;
    for (const auto& c : nearby_numbers(f, NumberBounds{}, 1, 3)) {
        CAPTURE(c);
        CHECK(c.find(',') == c.size() - std::string(" Kilometer").size() - 2);
    }
    f.text = std::string("30.000 Soldaten");
    f.unit = std::string("Soldaten");
    f.value = 30000;
    for (const auto& c : nearby_numbers(f, NumberBounds{}, 2, 3)) {
        CAPTURE(c);
        CHECK(c.substr(c.find('.'), 4) == ".000");
    }
    f.text = std::string("80 %");
    f.unit = std::string("%");
    f.value = 80;
    const std::string s = "Es waren 80 % der Stimmen.";
    f.begin = s.find("80");
    f.end = f.begin + 4;
    for (const auto& c : nearby_numbers(f, number_bounds(s, f), 2, 3))
        CHECK(std::stod(c) <= 100);
}

TEST_CASE("a common noun after \"in\" is no place, a name is") {
    const std::string text =
        "Der Streit\n\nDer Kaiser lebte in Furcht vor dem Bann. Im Jahr 1077 zog der Kaiser nach "
        "Canossa. Im Jahr 1081 zog der Kaiser nach Rom. Im Jahr 1084 floh der Papst nach Paris. Im "
        "Jahr 1090 zog der Kaiser nach "
        "Mailand.\n";
    const auto d = derive_candidates(text, dictionary());
    for (const auto& q : d.questions) {
        CAPTURE(q.question.prompt);
        CHECK(q.question.answer != "Furcht");
        for (const auto& c : q.question.distractors)
            CHECK(c != "Furcht");
    }
    CHECK(find_question(d, "Canossa") != nullptr);
    // Without the dictionary's word classes "Furcht" is not known to be a noun.
    const auto words = dictionary();
    CHECK(words.is_noun_without_genitive_s("Furcht"));
    CHECK_FALSE(words.is_noun_without_genitive_s("Canossa"));
    CHECK_FALSE(words.is_noun_without_genitive_s("Paris"));
}

TEST_CASE("an outline's telegram line becomes a sentence or is no card") {
    const auto words = dictionary();
    CHECK(telegram_passive("Heinrich in Canossa vom Banne gelöst", words) ==
          "Heinrich wird in Canossa vom Banne gelöst");
    CHECK(telegram_passive("Heinrich IV. in Canossa vom Banne gelöst", words) ==
          "Heinrich IV. wird in Canossa vom Banne gelöst");
    CHECK(telegram_passive("Wibert zum Papst gewählt, von den Bischöfen anerkannt", words).empty());
    // A card without a verb is kept only as a short noun phrase.
    CHECK(card_reads_as_statement("Einnahme Leipzigs", "Einnahme Leipzigs", words));
    CHECK(card_reads_as_statement("Heinrichs IV. Zug nach Italien",
                                  "Heinrichs IV. Zug nach "
                                  "Italien",
                                  words));
    CHECK_FALSE(card_reads_as_statement(
        "Allgemeiner Angriff, vollständiger Sieg, die Franzosen bis Leipzig gedrängt",
        "Allgemeiner Angriff, vollständiger Sieg, die Franzosen bis Leipzig gedrängt", words));
    // A card that lost its source's verb, or a preposition left before a verb.
    CHECK_FALSE(
        card_reads_as_statement("Franzosen Laon", "und schlug die Franzosen bei Laon", words));
    CHECK_FALSE(card_reads_as_statement("In der Nacht zu überschreitet Blücher den Rhein",
                                        "In der Nacht zu überschritt Blücher den Rhein", words));
    const std::string outline =
        "Heinrich IV. (Abriss)\n\n1077. Heinrich in Canossa vom Banne gelöst.\n";
    const auto d = derive_candidates(outline, words);
    REQUIRE(d.events.size() == 1);
    CHECK(d.events[0].text == "Heinrich wird in Canossa vom Banne gelöst");
    CHECK(d.events[0].date == EventDate::in_year(1077));
}

TEST_CASE("a year that dates a research claim is neither an event nor a question") {
    const std::string text =
        "Die Mauer\n\nAn der Mauer wurden nach derzeitigem Forschungsstand (2009) mindestens 140 "
        "Menschen getötet. Im August 1961 wurde die Mauer errichtet.\n";
    const auto d = derive_candidates(text, dictionary());
    for (const auto& e : d.events)
        CHECK(e.date.year != 2009);
    for (const auto& q : d.questions) {
        CAPTURE(q.question.prompt);
        CHECK(q.question.answer != "2009");
        CHECK(q.question.prompt.find("Forschungsstand“?") == std::string::npos);
    }
    CHECK(find_question(d, "1961") != nullptr);
}

TEST_CASE("a sentence about someone named in another sentence gives no question") {
    const std::string text =
        "Der Zug\n\nGustav Adolf zog im Jahr 1632 nach Süden. Nun stand ihm ganz Bayern offen. "
        "Tilly zog sich im Jahr 1632 nach Bayern zurück.\n";
    const auto d = derive_candidates(text, dictionary());
    for (const auto& q : d.questions) {
        CAPTURE(q.question.prompt);
        CHECK(q.question.prompt.find("ihm") == std::string::npos);
    }
}

TEST_CASE("a timeline card keeps a name's epithet, its title and an apposition with it") {
    const auto words = WordList::from_dic(
        "Löwe/FNm\nStadt/m\nAnführer/FNSm\nKlaus/S\nHandel/S\n"
        "gründen/DIXY\nbedrohen/DIXY\nschließen/DIXY\n");
    CHECK(timeline_sentence("gründete Heinrich der Löwe die Stadt Lübeck neu", words) ==
          "Heinrich der Löwe gründet die Stadt Lübeck neu");
    CHECK(timeline_sentence("bedrohten die Vitalienbrüder, eine Gruppe von Seeräubern, den "
                            "Handel in der Ostsee",
                            words) ==
          "Die Vitalienbrüder, eine Gruppe von Seeräubern, bedrohen den Handel in der Ostsee");
    CHECK(
        timeline_sentence("wurde ihr Anführer Klaus Störtebeker in Hamburg hingerichtet", words) ==
        "Ihr Anführer Klaus Störtebeker wird in Hamburg hingerichtet");
    CHECK(timeline_sentence("schloss Königin Elisabeth I. den Stalhof", words) ==
          "Königin Elisabeth I. schließt den Stalhof");
}
