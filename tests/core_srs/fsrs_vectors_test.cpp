// Replays every history of tests/data/fsrs/vectors.json, chained, against ts-fsrs's numbers.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "io/fsrs/fsrs_vectors.hpp"
#include "srs/scheduler.hpp"

using namespace chronik;

namespace {

const io::VectorFile& reference_vectors() {
    static const io::VectorFile file =
        io::read_vector_file(std::string(CHRONIK_SOURCE_DIR) + "/tests/data/fsrs/vectors.json");
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
