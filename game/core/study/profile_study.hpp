// A profile's settings as the scheduler sees them: study settings and FSRS weights.
#pragma once

#include "progress/profile_settings.hpp"
#include "srs/scheduler_params.hpp"
#include "srs/study_settings.hpp"

namespace chronik {

// Retention, limits and steps; steps are whole minutes for the scheduler (a step string the
// settings validation would refuse is left out, so validate the profile settings first).
StudySettings study_settings_of(const ProfileSettings& settings);

// The profile's personal FSRS-6 weights, or the defaults.
FsrsWeights fsrs_weights_of(const ProfileSettings& settings);

}  // namespace chronik
