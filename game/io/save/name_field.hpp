// The profile's display name merged per field (README "Several computers"): a rename is a change
// of the field "profile.name" in the renaming computer's own fields.<device>.json, so two
// computers renaming a profile while apart keep both names and show which one is in effect.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sync/field_merge.hpp"

namespace chronik::io {

inline constexpr std::string_view kNameField = "profile.name";

// One name a computer gave the profile.
struct NameOnDevice {
    std::string name;
    std::string device;
    friend bool operator==(const NameOnDevice&, const NameOnDevice&) = default;
};

struct MergedName {
    std::string display_name;  // in effect
    // When computers renamed the profile while apart: the name kept first, then the others
    // (latest first); empty otherwise.
    std::vector<NameOnDevice> conflict;
};

// The name in effect: the last "profile.name" change of any computer (field_merge), else `base`
// (profile.json's name: profiles renamed by an older Chronik, or never renamed). A change whose
// value is not a display name this Chronik accepts (hand-edited) is not used.
MergedName merged_name(const std::string& base, const std::vector<sync::FieldChange>& changes);

// The change that renames the profile to `name` on `device` at `now_ms`, replacing every name
// change in `known` (which it settles).
sync::FieldChange name_change(const std::vector<sync::FieldChange>& known,
                              const std::string& device, const std::string& name,
                              std::int64_t now_ms);

// The sequence number of `device`'s next field change: after every one of its changes in
// `known`, and at least the clock in milliseconds, so that a number is never given twice even
// when the device's own earlier changes were replaced (and so dropped) by another computer's.
std::uint64_t next_field_seq(const std::vector<sync::FieldChange>& known, const std::string& device,
                             std::int64_t now_ms);

}  // namespace chronik::io
