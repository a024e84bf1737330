#include <doctest/doctest.h>

#include "optimize/metrics.hpp"
#include "optimize/optimizer.hpp"
#include "optimize/simulated_learner.hpp"
#include "optimize/time_series_split.hpp"
#include "sample_log.hpp"

using namespace chronik::optimize;

TEST_CASE("the fit of the sample log beats the reference optimizer's log-loss and RMSE(bins)") {
    const FitResult result = fit(chronik::test::sample_rows());
    CHECK(result.method == FitMethod::Full);
    CHECK(result.items == 2951);
    CHECK(within_bounds(result.weights));
    const Metrics m = evaluate(chronik::test::sample_rows(), result.weights);
    MESSAGE("sample fit: log-loss " << m.log_loss << ", RMSE(bins) " << m.rmse_bins << " after "
                                    << result.iterations << " iterations");
    CHECK(m.log_loss <= 0.3438);
    CHECK(m.log_loss <= 0.34334 + 0.0001);
    CHECK(m.rmse_bins <= 0.0460);
}
