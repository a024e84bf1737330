// The daily workload a retention setting means: what the settings screen shows next to the
// desired retention, so that a learner sees the cost of asking for more.
#pragma once

namespace chronik {

// About how many answers a day (new cards included) a learner gives at this retention when
// `new_per_day` cards are introduced every day, after a year: a card answered Good at every due
// date through its first year, plus relearning for the (1 - retention) share that is forgotten.
// 0 for a retention the study settings refuse (outside 0.70 to 0.97) and for `new_per_day` <= 0.
double expected_daily_reviews(double desired_retention, int new_per_day);

}  // namespace chronik
