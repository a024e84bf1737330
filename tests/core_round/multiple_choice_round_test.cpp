#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "round/multiple_choice_round.hpp"

using namespace chronik;
using namespace chronik::round;

namespace {

// GCC 12 warns falsely (-Wrestrict) about "literal" + std::string at -O2; append instead.
std::string cat(std::string a, const std::string& b) {
    a += b;
    return a;
}

std::string qid(std::size_t i) {
    return cat("q", std::to_string(i));
}

bank::Item mc_item(const std::string& id, std::size_t distractor_count = 3) {
    bank::MultipleChoice mc;
    mc.prompt = cat(cat("Frage ", id), "?");
    mc.answer = cat("Antwort ", id);
    for (std::size_t i = 0; i < distractor_count; ++i) {
        mc.distractors.push_back(cat(cat(cat("Falsch ", id), "."), std::to_string(i)));
    }
    mc.explanation = cat(cat("Weil ", id), ".");
    bank::Item item;
    item.id = id;
    item.quote = cat("Quelle ", id);
    item.body = mc;
    return item;
}

struct Deck {
    std::vector<bank::Item> items;
    std::vector<DrawnItem> drawn() const {
        std::vector<DrawnItem> d;
        for (const auto& i : items)
            d.push_back({&i, CardState{}});
        return d;
    }
};

Deck deck(std::size_t n) {
    Deck d;
    for (std::size_t i = 0; i < n; ++i)
        d.items.push_back(mc_item(qid(i)));
    return d;
}

std::size_t wrong_choice(const PresentedQuestion& q) {
    return q.correct_choice == 0 ? 1 : 0;
}

CardState known_card() {
    CardState c;
    c.phase = CardPhase::Review;
    c.stability = 30.0;
    c.difficulty = 4.0;
    return c;
}

}  // namespace

TEST_CASE("A round asks at most the requested number of questions in the order drawn") {
    const Deck d = deck(15);
    const auto drawn = d.drawn();
    const MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{1});
    REQUIRE(round.question_count() == 10);
    for (std::size_t i = 0; i < 10; ++i) {
        CHECK(round.questions()[i].item_id == qid(i));
    }
}

TEST_CASE("A round with fewer drawn items than requested asks all of them") {
    const Deck d = deck(3);
    const auto drawn = d.drawn();
    CHECK(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}).question_count() == 3);
}

TEST_CASE("The correct answer is among the shuffled choices at the correct index") {
    const Deck d = deck(10);
    const auto drawn = d.drawn();
    const MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{7});
    for (const auto& q : round.questions()) {
        REQUIRE(q.choices.size() == 4);
        CHECK(q.choices[q.correct_choice] == cat("Antwort ", q.item_id));
    }
}

TEST_CASE("The same seed shuffles the choices the same way and another seed differently") {
    const Deck d = deck(10);
    const auto drawn = d.drawn();
    const MultipleChoiceRound a(drawn, MultipleChoiceOptions{}, Rng{42});
    const MultipleChoiceRound b(drawn, MultipleChoiceOptions{}, Rng{42});
    const MultipleChoiceRound c(drawn, MultipleChoiceOptions{}, Rng{43});
    bool any_difference = false;
    for (std::size_t i = 0; i < a.question_count(); ++i) {
        CHECK(a.questions()[i].choices == b.questions()[i].choices);
        any_difference |= a.questions()[i].choices != c.questions()[i].choices;
    }
    CHECK(any_difference);
}

TEST_CASE("The correct answer is not always in the same position") {
    const Deck d = deck(10);
    const auto drawn = d.drawn();
    const MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{3});
    std::vector<int> seen(4, 0);
    for (const auto& q : round.questions())
        ++seen[q.correct_choice];
    int positions_used = 0;
    for (const int s : seen)
        positions_used += s > 0 ? 1 : 0;
    CHECK(positions_used >= 2);
}

TEST_CASE("Extra distractors are left out so that at most four choices show") {
    Deck d;
    d.items.push_back(mc_item("many", 7));
    d.items.push_back(mc_item("few", 1));
    const auto drawn = d.drawn();
    const MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{5});
    CHECK(round.questions()[0].choices.size() == 4);
    CHECK(round.questions()[1].choices.size() == 2);
}

TEST_CASE("The reading length of a question counts its prompt and shown choices") {
    Deck d;
    d.items.push_back(mc_item("x", 3));
    const auto drawn = d.drawn();
    const MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{5});
    // "Frage x?" 8 + "Antwort x" 9 + 3 × "Falsch x.N" 10
    CHECK(round.current().reading_chars == 8 + 9 + 30);
}

TEST_CASE("A correct answer earns points, extends the streak and is rated") {
    const Deck d = deck(3);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{9});
    const auto f = round.choose(round.current().correct_choice, 1'000);
    CHECK(f.correct());
    CHECK(f.item_id == "q0");
    CHECK(f.correct_choice == round.current().correct_choice);
    CHECK(f.pace == AnswerPace::Fast);
    CHECK(f.rating == Rating::Good);  // fast, but the card is new
    CHECK(f.points.base == 100);
    CHECK(f.points.speed_bonus == 50);
    CHECK(f.points.streak_bonus == 0);
    CHECK(f.streak == 1);
    CHECK(round.score() == 150);
    CHECK(round.phase() == RoundPhase::Feedback);
}

TEST_CASE("A wrong answer earns nothing, ends the streak and is rated Again") {
    const Deck d = deck(3);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{9});
    round.choose(round.current().correct_choice, 1'000);
    round.next();
    const auto f = round.choose(wrong_choice(round.current()), 1'000);
    CHECK_FALSE(f.correct());
    CHECK(f.outcome == AnswerOutcome::Wrong);
    CHECK(f.chosen == wrong_choice(round.current()));
    CHECK(f.rating == Rating::Again);
    CHECK(f.points.total() == 0);
    CHECK(f.streak == 0);
    CHECK(round.streak() == 0);
    CHECK(round.best_streak() == 1);
    CHECK(round.score() == 150);
}

TEST_CASE("A fast correct answer on a known card is rated Easy") {
    Deck d = deck(1);
    std::vector<DrawnItem> drawn{{&d.items[0], known_card()}};
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{2});
    CHECK(round.choose(round.current().correct_choice, 800).rating == Rating::Easy);
}

TEST_CASE("A slow correct answer is rated Hard and earns no speed bonus") {
    Deck d = deck(1);
    std::vector<DrawnItem> drawn{{&d.items[0], known_card()}};
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{2});
    const auto f = round.choose(round.current().correct_choice, 60'000);
    CHECK(f.pace == AnswerPace::Slow);
    CHECK(f.rating == Rating::Hard);
    CHECK(f.points.total() == 100);
}

TEST_CASE("A perfect fast round scores as the documented point rule says") {
    const Deck d = deck(10);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{11});
    while (!round.finished()) {
        round.choose(round.current().correct_choice, 1'000);
        round.next();
    }
    CHECK(round.score() == 1850);
    CHECK(round.best_streak() == 10);
    CHECK(round.accuracy() == doctest::Approx(1.0));
}

TEST_CASE("In a timed round an answer after the limit counts as timed out") {
    const Deck d = deck(2);
    const auto drawn = d.drawn();
    MultipleChoiceOptions options;
    options.timing = Timing::Timed;
    options.time_limit_ms = 10'000;
    MultipleChoiceRound round(drawn, options, Rng{4});
    const auto f = round.choose(round.current().correct_choice, 10'001);
    CHECK(f.outcome == AnswerOutcome::TimedOut);
    CHECK_FALSE(f.chosen.has_value());
    CHECK(f.rating == Rating::Again);
    CHECK(f.points.total() == 0);
    CHECK(f.response_ms == 10'000);
}

TEST_CASE("A time-out is wrong and counts the full limit as time") {
    const Deck d = deck(2);
    const auto drawn = d.drawn();
    MultipleChoiceOptions options;
    options.timing = Timing::Timed;
    options.time_limit_ms = 15'000;
    MultipleChoiceRound round(drawn, options, Rng{4});
    const auto f = round.time_out();
    CHECK(f.outcome == AnswerOutcome::TimedOut);
    CHECK(f.rating == Rating::Again);
    CHECK(round.total_time_ms() == 15'000);
    CHECK(round.summary().missed_item_ids == std::vector<std::string>{"q0"});
}

TEST_CASE("The timer bar runs from full to empty over the time limit") {
    const Deck d = deck(1);
    const auto drawn = d.drawn();
    MultipleChoiceOptions options;
    options.timing = Timing::Timed;
    options.time_limit_ms = 20'000;
    const MultipleChoiceRound timed(drawn, options, Rng{4});
    CHECK(*timed.time_left_fraction(0) == doctest::Approx(1.0));
    CHECK(*timed.time_left_fraction(5'000) == doctest::Approx(0.75));
    CHECK(*timed.time_left_fraction(25'000) == doctest::Approx(0.0));
    const MultipleChoiceRound untimed(drawn, MultipleChoiceOptions{}, Rng{4});
    CHECK_FALSE(untimed.time_left_fraction(5'000).has_value());
}

TEST_CASE("An untimed round cannot time out") {
    const Deck d = deck(1);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{4});
    CHECK_THROWS_AS(round.time_out(), std::logic_error);
    // Without a timer a very slow answer is still an answer.
    CHECK(round.choose(round.current().correct_choice, 600'000).outcome == AnswerOutcome::Correct);
}

TEST_CASE("Commands in the wrong phase are rejected") {
    const Deck d = deck(1);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{4});
    CHECK_THROWS_AS(round.next(), std::logic_error);
    round.choose(0, 1'000);
    CHECK_THROWS_AS(round.choose(0, 1'000), std::logic_error);
    round.next();
    CHECK(round.finished());
    CHECK_THROWS_AS(round.next(), std::logic_error);
    CHECK_THROWS_AS(round.choose(0, 1'000), std::logic_error);
    CHECK_THROWS_AS(round.current(), std::logic_error);
    CHECK(round.answers().size() == 1);
}

TEST_CASE("A choice that does not exist or a negative time is rejected without counting") {
    const Deck d = deck(1);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{4});
    CHECK_THROWS_AS(round.choose(4, 1'000), std::out_of_range);
    CHECK_THROWS_AS(round.choose(0, -1), std::invalid_argument);
    CHECK(round.progress().answered == 0);
    CHECK(round.phase() == RoundPhase::Asking);
}

TEST_CASE("Progress counts answered questions out of the round's questions") {
    const Deck d = deck(4);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{4});
    CHECK(round.progress().fraction() == doctest::Approx(0.0));
    round.choose(0, 1'000);
    CHECK(round.progress().answered == 1);
    CHECK(round.progress().total == 4);
    CHECK(round.progress().fraction() == doctest::Approx(0.25));
}

TEST_CASE("The summary gives score, accuracy, time, best streak and the missed items") {
    const Deck d = deck(5);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{21});
    const bool right[] = {true, true, false, true, false};
    for (const bool r : right) {
        const auto& q = round.current();
        round.choose(r ? q.correct_choice : wrong_choice(q), 2'000);
        round.next();
    }
    REQUIRE(round.finished());
    const RoundSummary s = round.summary();
    CHECK(s.kind == RoundKind::MultipleChoice);
    CHECK(s.item_count == 5);
    CHECK(s.answered == 5);
    CHECK(s.correct == 3);
    CHECK(s.accuracy == doctest::Approx(0.6));
    CHECK(s.total_time_ms == 10'000);
    CHECK(s.best_streak == 2);
    CHECK(s.score == round.score());
    CHECK(s.missed_item_ids == std::vector<std::string>{"q2", "q4"});
}

TEST_CASE("A round quit early summarises only what was answered") {
    const Deck d = deck(5);
    const auto drawn = d.drawn();
    MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{21});
    round.choose(round.current().correct_choice, 3'000);
    const RoundSummary s = round.summary();
    CHECK(s.answered == 1);
    CHECK(s.accuracy == doctest::Approx(1.0));
    CHECK(s.missed_item_ids.empty());
}

TEST_CASE("Replaying the same answers with the same seed gives the same round") {
    const Deck d = deck(10);
    const auto drawn = d.drawn();
    auto play = [&](std::uint64_t seed) {
        MultipleChoiceRound round(drawn, MultipleChoiceOptions{}, Rng{seed});
        const std::size_t script[] = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1};
        const std::int64_t times[] = {900,   4'000, 12'000, 30'000, 2'000,
                                      6'000, 8'000, 1'000,  20'000, 3'000};
        for (std::size_t i = 0; i < 10; ++i) {
            round.choose(script[i], times[i]);
            round.next();
        }
        return round.summary();
    };
    const auto a = play(77);
    const auto b = play(77);
    CHECK(a.score == b.score);
    CHECK(a.missed_item_ids == b.missed_item_ids);
}

TEST_CASE("Items that cannot be asked are rejected with their id") {
    SUBCASE("a timeline event") {
        bank::Item item;
        item.id = "ev1";
        item.body = bank::TimelineEvent{"Ereignis", bank::EventDate{}};
        const std::vector<DrawnItem> drawn{{&item, CardState{}}};
        CHECK_THROWS_WITH_AS(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}),
                             doctest::Contains("\"ev1\""), std::invalid_argument);
    }
    SUBCASE("no distractors") {
        const bank::Item item = mc_item("lonely", 0);
        const std::vector<DrawnItem> drawn{{&item, CardState{}}};
        CHECK_THROWS_WITH_AS(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}),
                             doctest::Contains("\"lonely\""), std::invalid_argument);
    }
    SUBCASE("a distractor equal to the answer") {
        bank::Item item = mc_item("dup", 2);
        std::get<bank::MultipleChoice>(item.body).distractors.push_back("Antwort dup");
        const std::vector<DrawnItem> drawn{{&item, CardState{}}};
        CHECK_THROWS_WITH_AS(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}),
                             doctest::Contains("twice"), std::invalid_argument);
    }
    SUBCASE("the same item drawn twice") {
        const bank::Item item = mc_item("twin");
        const std::vector<DrawnItem> drawn{{&item, CardState{}}, {&item, CardState{}}};
        CHECK_THROWS_WITH_AS(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}),
                             doctest::Contains("\"twin\""), std::invalid_argument);
    }
    SUBCASE("a null item") {
        const std::vector<DrawnItem> drawn{{nullptr, CardState{}}};
        CHECK_THROWS_AS(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}),
                        std::invalid_argument);
    }
    SUBCASE("nothing drawn") {
        const std::vector<DrawnItem> drawn;
        CHECK_THROWS_AS(MultipleChoiceRound(drawn, MultipleChoiceOptions{}, Rng{1}),
                        std::invalid_argument);
    }
}
