#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/memory_model_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every memory-model string exists in German and English with the same placeholders") {
    chronik::test::check_every_text<MemoryModelText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(text(de, MemoryModelText::SettingsEntry) == "Gedächtnismodell anpassen");
    CHECK(format(de, MemoryModelText::Better, {"3,4"}) ==
          "Das angepasste Modell sagt dein Erinnern um 3,4 % besser voraus.");
}

TEST_CASE("figures use a decimal comma in German and never show a minus zero") {
    const StringTable de(Language::German), en(Language::English);
    CHECK(number(de, 3.4159, 1) == "3,4");
    CHECK(number(en, 3.4159, 1) == "3.4");
    CHECK(number(de, 0.51623, 4) == "0,5162");
    CHECK(number(de, -0.01, 1) == "0,0");
    CHECK(number(en, -2.25, 1) == "-2.2");
}

TEST_CASE("why pasted weights were refused is said in the interface's language") {
    using chronik::optimize::PastedWeightsProblem;
    using chronik::optimize::read_pasted_weights;
    const StringTable de(Language::German), en(Language::English);
    auto refused = [](const std::string& pasted) {
        const auto w = read_pasted_weights(pasted);
        REQUIRE_FALSE(w.ok());
        return w.error();
    };
    const auto fsrs5 = refused(
        "0.4 0.6 2.4 5.8 4.93 0.94 0.86 0.01 1.49 0.14 0.94 2.18 0.05 0.34 1.26 0.29 2.61 0.4 0.6");
    CHECK(pasted_weights_problem(de, fsrs5) ==
          "19 Zahlen sind Gewichte von FSRS-5; die 21 Gewichte von FSRS-6 zeigt Anki ab Version "
          "25.02");
    CHECK(pasted_weights_problem(en, fsrs5) ==
          "19 numbers are FSRS-5 weights; Anki 25.02 and later show the 21 FSRS-6 weights");
    const auto word = refused("0.2, 1.2, zwei");
    CHECK(pasted_weights_problem(de, word) == "Gewicht w2 ist keine Zahl: „zwei“");
    CHECK(pasted_weights_problem(en, word) == "weight w2 is not a number: “zwei”");
    CHECK(pasted_weights_problem(de, refused("1 2 3")) == "3 Zahlen statt 21");
    std::string w =
        "0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.9, 1.8722, 0.1666, "
        "0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, "
        "0.0658, 0.1542";
    const auto bounds = refused(w);
    CHECK(pasted_weights_problem(de, bounds) == "Gewicht w7 ist 0,9, erlaubt sind 0,001 bis 0,75");
    CHECK(pasted_weights_problem(en, bounds) == "weight w7 is 0.9, allowed are 0.001 to 0.75");
    // The whole refusal in German holds no English words.
    const std::string de_text =
        format(de, MemoryModelText::PasteRefused, {pasted_weights_problem(de, fsrs5)});
    for (const char* english : {"numbers", "weights", "show", "allowed", "and later"})
        CHECK(de_text.find(english) == std::string::npos);
}
