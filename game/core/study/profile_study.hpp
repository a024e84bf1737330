// A profile's settings as the scheduler sees them: study settings, FSRS weights, the scheduler.
#pragma once

#include <string_view>

#include "progress/profile_settings.hpp"
#include "srs/scheduler.hpp"
#include "srs/scheduler_params.hpp"
#include "srs/study_settings.hpp"

namespace chronik {

// Retention, limits and steps; steps are whole minutes for the scheduler (a step string the
// settings validation would refuse is left out, so validate the profile settings first).
StudySettings study_settings_of(const ProfileSettings& settings);

// The profile's personal FSRS-6 weights, or the defaults.
FsrsWeights fsrs_weights_of(const ProfileSettings& settings);

}  // namespace chronik

namespace chronik::study {

// The profile's FSRS scheduler (its settings, weights and the fuzz seed of its folder id): the
// one the game schedules with, also used to recompute states when devices' histories merge.
Scheduler scheduler_for(const ProfileSettings& settings, std::string_view profile_id);

}  // namespace chronik::study
