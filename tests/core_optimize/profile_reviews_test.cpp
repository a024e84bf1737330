#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "io/revlog/profile_reviews.hpp"
#include "io/save/profile_store.hpp"
#include "progress/review_record.hpp"

using namespace chronik;

namespace {

// A fresh saves folder under the build tree, removed afterwards.
struct SavesFolder {
    std::filesystem::path path = std::filesystem::path(CHRONIK_BINARY_DIR) / "test-tmp" /
                                 ("optimize-saves-" + std::to_string(::getpid()));
    SavesFolder() {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~SavesFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

ReviewRecord review(const std::string& card, TimeMs time, Rating rating) {
    CardState before = CardState::fresh(time - kDayMs);
    CardState after = before;
    after.phase = CardPhase::Review;
    after.stability = 3.0;
    after.difficulty = 5.0;
    after.last_review = time;
    after.due = time + 3 * kDayMs;
    after.reps = 1;
    return ReviewRecord::review(card, time, rating, RoundKind::Flashcard, 1500, 60, before, after);
}

}  // namespace

TEST_CASE("a saved profile's reviews become optimizer rows, without the undone review") {
    SavesFolder saves;
    io::ProfileStore store(saves.path);
    auto created = store.create("Min-ji Kim");
    REQUIRE(created.ok());
    {
        auto storage = store.open(created.value().id);
        REQUIRE(storage.ok());
        const TimeMs t0 = 1767268800000;
        REQUIRE(storage.value().append(review("mc-1", t0, Rating::Good)).ok());
        REQUIRE(storage.value().append(review("tl-2", t0 + kHourMs, Rating::Again)).ok());
        REQUIRE(storage.value().append(review("mc-1", t0 + 3 * kDayMs, Rating::Hard)).ok());
        REQUIRE(storage.value().undo_last(t0 + 3 * kDayMs + 5000, 60).ok());
        REQUIRE(storage.value().append(review("mc-1", t0 + 3 * kDayMs + 9000, Rating::Easy)).ok());
        REQUIRE(storage.value().close().ok());
    }
    const io::ProfileReviews reviews = io::read_profile_reviews(saves.path, "Min-ji Kim");
    CHECK(reviews.undone == 1);
    REQUIRE(reviews.rows.size() == 3);
    CHECK(reviews.card_names == std::vector<std::string>{"mc-1", "tl-2"});
    CHECK(reviews.rows[0].card_id == 1);
    CHECK(reviews.rows[1].card_id == 2);
    CHECK(reviews.rows[1].rating == 1);
    CHECK(reviews.rows[2].card_id == 1);
    CHECK(reviews.rows[2].rating == 4);

    CHECK_THROWS_AS(io::read_profile_reviews(saves.path, "nobody"), std::runtime_error);
}
