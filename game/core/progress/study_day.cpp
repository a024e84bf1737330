#include "progress/study_day.hpp"

namespace chronik {

static_assert(study_day(0, 0) == -1, "00:00 UTC belongs to the previous study day");
static_assert(study_day(4 * kHourMs, 0) == 0);
static_assert(study_day(3 * kHourMs, 60) == 0, "04:00 CET is 03:00 UTC");
static_assert(study_day_start(study_day(123456789, 60), 60) <= 123456789);
static_assert(civil_from_days(0) == CivilDate{1970, 1, 1});
static_assert(civil_from_days(20454) == CivilDate{2026, 1, 1});
static_assert(study_week(0) == study_week(-3) && study_week(4) != study_week(3));

}  // namespace chronik
