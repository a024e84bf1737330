// A profile's settings as per-field changes (README "Several computers"): which fields one edit
// changed, those changes in a snapshot, and the settings that merging every device's gives.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

#include "io/save/load_report.hpp"
#include "io/save/save_error.hpp"
#include "progress/profile_settings.hpp"
#include "sync/field_merge.hpp"

namespace chronik::io {

// The fields ("settings.<key>", one per key of the settings' JSON: "settings.daily_new_limit",
// "settings.decks" ...) that differ between `before` and `after`, each with its new value as
// JSON text, by field name.
std::vector<std::pair<std::string, std::string>> changed_settings_fields(
    const ProfileSettings& before, const ProfileSettings& after);

// `base` with every settings field of `current` set to that change's value. A value this
// Chronik cannot read (hand-edited, from a newer Chronik) leaves the field as in `base`;
// settings the values make invalid together give `base`.
ProfileSettings apply_settings_fields(const ProfileSettings& base,
                                      const std::map<std::string, sync::FieldChange>& current);

// The changes still needed to merge: one copy of each, none that another replaces, by field.
std::vector<sync::FieldChange> latest_field_changes(std::vector<sync::FieldChange> changes);

// Every device records the field changes it knows (its own and those it merged) in its own file
// "fields.<device>.json" in the profile folder: {"format":"chronik-field-changes","schema":1,
// "profile":ID,"changes":[...]} (at most 1 MiB).
std::string field_changes_name(const std::string& device);
// Every device's file (a sync tool's conflict copies and temporaries skipped), merged with
// latest_field_changes. Unreadable files are reported and skipped; nothing is changed.
std::vector<sync::FieldChange> read_field_changes(const std::filesystem::path& profile_folder,
                                                  const std::string& profile_id,
                                                  LoadReport& report);
// Writes this device's file atomically.
SaveResult<void> write_field_changes(const std::filesystem::path& profile_folder,
                                     const std::string& profile_id, const std::string& device,
                                     const std::vector<sync::FieldChange>& changes);

// [{"device","seq","field","value","t","replaces":[[device, seq]]}]
nlohmann::json field_changes_to_json(const std::vector<sync::FieldChange>& changes);
// The changes that are readable; anything else in the list is skipped.
std::vector<sync::FieldChange> field_changes_from_json(const nlohmann::json& j);

}  // namespace chronik::io
