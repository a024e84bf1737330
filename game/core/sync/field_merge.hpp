// Settings, deck choices and the profile's name from several devices: per field, the last change
// wins, and changes made while the devices were apart are kept as a conflict to show.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sync/review_id.hpp"
#include "time/time_point.hpp"

namespace chronik::sync {

// One device set one field. Values are opaque here (io stores them as JSON text).
struct FieldChange {
    RecordId id;
    std::string field;  // e.g. "name", "settings.desired_retention", "settings.decks"
    std::string value;
    TimeMs time_ms = 0;
    // The changes of this field the device knew when it made this one (the field's heads then):
    // those are replaced. A change that names none replaces nothing it did not know about.
    std::vector<RecordId> replaces;
    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

// Two or more changes of one field that did not know each other (made while apart).
struct FieldConflict {
    std::string field;
    FieldChange kept;                 // the latest of them: its value is in effect
    std::vector<FieldChange> others;  // the values not kept, latest first
};

struct MergedFields {
    std::map<std::string, FieldChange> current;  // field -> the change in effect
    std::vector<FieldConflict> conflicts;        // by field name
};

// The change in effect for each field: among the field's heads (changes no other change
// replaces) the latest by (time, device, sequence); other heads with another value make a
// conflict. Copies
// of one change (same id) count once. The same set of changes gives the same result in any order.
MergedFields merge_fields(const std::vector<FieldChange>& changes);

// What a new change of `field` replaces: the field's current heads.
std::vector<RecordId> heads_of(const std::vector<FieldChange>& changes, const std::string& field);

}  // namespace chronik::sync
