// The classroom network's clock: milliseconds of a monotonic clock (the host's `now`, a student's
// countdown). Tests pass a test clock instead wherever time matters.
#pragma once

#include "time/time_point.hpp"

namespace chronik::io::net {

TimeMs steady_now_ms();

}  // namespace chronik::io::net
