// Replays every history of tests/data/fsrs/vectors.json, chained, against ts-fsrs's numbers.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "io/fsrs/fsrs_vectors.hpp"
#include "random/rng.hpp"
#include "srs/scheduler.hpp"

using namespace chronik;

namespace {

const io::VectorFile& reference_vectors() {
    static const io::VectorFile file =
        io::read_vector_file(std::string(CHRONIK_SOURCE_DIR) + "/tests/data/fsrs/vectors.json")
            .value();
    return file;
}

// README section 7: on glibc the error is in fact 0; these are the published tolerances.
bool stability_close(double a, double b) {
    return std::fabs(a - b) <= 1e-6 + 1e-9 * std::fabs(b);
}

}  // namespace

TEST_CASE("The reference vectors hold four configurations and 3027 reviews") {
    const auto& file = reference_vectors();
    REQUIRE(file.configs.size() == 4);
    std::size_t reviews = 0;
    for (const auto& c : file.configs)
        for (const auto& h : c.histories)
            reviews += h.reviews.size();
    CHECK(reviews == 3027);
}

TEST_CASE("Clipping the input weights gives the weights and constants the reference used") {
    for (const auto& c : reference_vectors().configs) {
        INFO("config " << c.id);
        const Scheduler scheduler(c.params);
        REQUIRE(c.expected_clipped_w.has_value());
        for (std::size_t i = 0; i < kFsrsWeightCount; ++i) {
            INFO("w" << i);
            CHECK(scheduler.params().w[i] == (*c.expected_clipped_w)[i]);
        }
        REQUIRE(c.expected_derived.has_value());
        CHECK(scheduler.derived().decay == c.expected_derived->decay);
        CHECK(scheduler.derived().factor == c.expected_derived->factor);
        CHECK(scheduler.derived().interval_modifier == c.expected_derived->interval_modifier);
    }
}

TEST_CASE("Every reference history replays exactly when each review starts from our own card") {
    double max_s_error = 0.0, max_d_error = 0.0, max_r_error = 0.0;
    std::size_t checked = 0;
    for (const auto& c : reference_vectors().configs) {
        const Scheduler scheduler(c.params);
        for (const auto& h : c.histories) {
            CardState card = CardState::fresh(h.created_at);
            for (std::size_t j = 0; j < h.reviews.size(); ++j) {
                const auto& r = h.reviews[j];
                INFO(h.id << " review #" << j << " rating " << to_int(r.rating));
                REQUIRE(r.expected.has_value());
                const CardState& want = *r.expected;

                const auto rb = scheduler.review_retrievability(card, r.review_at);
                CHECK(rb.has_value() == (card.phase != CardPhase::New));
                if (rb && r.expected_retrievability) {
                    max_r_error =
                        std::max(max_r_error, std::fabs(*rb - *r.expected_retrievability));
                    CHECK(std::fabs(*rb - *r.expected_retrievability) <= 1e-7);
                }
                REQUIRE(r.expected_retrievability_api.has_value());
                const double api = scheduler.retrievability(card, r.review_at);
                max_r_error =
                    std::max(max_r_error, std::fabs(api - *r.expected_retrievability_api));
                CHECK(std::fabs(api - *r.expected_retrievability_api) <= 1e-7);

                const ReviewPreview preview = scheduler.preview(card, r.review_at);
                REQUIRE(r.expected_preview_due.has_value());
                for (std::size_t g = 0; g < 4; ++g) {
                    INFO("preview of rating " << g + 1);
                    CHECK(preview.outcomes[g].card.due == (*r.expected_preview_due)[g]);
                    CHECK(preview.outcomes[g].interval_ms ==
                          preview.outcomes[g].card.due - r.review_at);
                }
                const CardState got = scheduler.next(card, r.rating, r.review_at);
                CHECK(got == preview[r.rating].card);

                CHECK(static_cast<int>(got.phase) == static_cast<int>(want.phase));
                CHECK(got.due == want.due);
                CHECK(got.scheduled_days == want.scheduled_days);
                CHECK(got.elapsed_days == want.elapsed_days);
                CHECK(got.learning_steps == want.learning_steps);
                CHECK(got.reps == want.reps);
                CHECK(got.lapses == want.lapses);
                CHECK(got.last_review == want.last_review);
                CHECK(stability_close(got.stability, want.stability));
                CHECK(std::fabs(got.difficulty - want.difficulty) <= 1e-6);
                max_s_error = std::max(max_s_error, std::fabs(got.stability - want.stability));
                max_d_error = std::max(max_d_error, std::fabs(got.difficulty - want.difficulty));
                card = got;  // chained: never the file's state
                ++checked;
            }
        }
    }
    CHECK(checked == 3027);
    // The README reports 0 on glibc; anything else means a rounding step differs.
    CHECK(max_s_error == 0.0);
    CHECK(max_d_error == 0.0);
    CHECK(max_r_error == 0.0);
}

TEST_CASE("Damaged vector files give an error naming the file, never a crash") {
    // A small valid document, then deterministic damage: truncations and byte changes.
    const std::string valid = R"({"format":"fsrs-vectors/1","configs":[{"id":"x","params":{
        "w":[0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,
        0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542],"request_retention":0.9,
        "maximum_interval":36500,"enable_fuzz":false,"enable_short_term":true,
        "learning_steps":["1m","10m"],"relearning_steps":["10m"]},"histories":[{"id":"x/0",
        "created_at_ms":1767258000000,"reviews":[{"input":{"review_at_ms":1767258168000,
        "rating":4}},{"input":{"review_at_ms":1768681428000,"rating":3}},{"input":{
        "review_at":"2026-03-15T20:23:48.000Z","rating":1}}]}]}]})";
    REQUIRE(io::replay_vector_text(valid, "ok.json").ok());
    const char replacements[] = {'9', '-', '"', '}', ']', ',', 'e', '0', ' ', 'x', '\0', '.'};
    Rng rng(99);
    int refused = 0, accepted = 0;
    for (int i = 0; i < 600; ++i) {
        std::string text = valid;
        if (i % 3 == 0) {
            text.resize(rng.below(text.size()));
        } else {
            for (int k = 0; k < 1 + i % 3; ++k)
                text[rng.below(text.size())] = replacements[rng.below(sizeof replacements)];
        }
        const auto replayed = io::replay_vector_text(text, "damaged.json");
        if (replayed) {
            ++accepted;
        } else {
            ++refused;
            CHECK(replayed.error().kind == io::SaveErrorKind::Corrupt);
            CHECK(replayed.error().describe().rfind("damaged.json: ", 0) == 0);
        }
    }
    CHECK(refused > 300);
    CHECK(accepted > 0);
}
