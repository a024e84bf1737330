#include "io/save/name_field.hpp"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "progress/profile_id.hpp"

namespace chronik::io {

namespace {

// A change's value is the name as a JSON string; nullopt when it is not one this Chronik accepts.
std::optional<std::string> name_of(const std::string& value) {
    const auto j = nlohmann::json::parse(value, nullptr, false);
    if (!j.is_string()) return std::nullopt;
    try {
        const std::string name = j.get<std::string>();
        // Only a name as a rename stores it (already normalized) is used.
        if (normalize_display_name(name) != name) return std::nullopt;
        return name;
    } catch (const ProfileNameError&) {
        return std::nullopt;
    }
}

}  // namespace

MergedName merged_name(const std::string& base, const std::vector<sync::FieldChange>& changes) {
    std::vector<sync::FieldChange> names;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(names),
                 [](const sync::FieldChange& c) { return c.field == kNameField; });
    MergedName out{base, {}};
    if (names.empty()) return out;
    const sync::MergedFields merged = sync::merge_fields(names);
    const auto current = merged.current.find(std::string(kNameField));
    if (current == merged.current.end()) return out;
    const auto name = name_of(current->second.value);
    if (!name) return out;
    out.display_name = *name;
    for (const auto& c : merged.conflicts) {
        out.conflict.push_back({*name, c.kept.id.device});
        for (const auto& other : c.others)
            if (auto n = name_of(other.value)) out.conflict.push_back({*n, other.id.device});
        if (out.conflict.size() < 2) out.conflict.clear();
    }
    return out;
}

std::uint64_t next_field_seq(const std::vector<sync::FieldChange>& known, const std::string& device,
                             std::int64_t now_ms) {
    std::uint64_t seq = now_ms > 0 ? static_cast<std::uint64_t>(now_ms) : 1;
    for (const auto& c : known)
        if (c.id.device == device) seq = std::max(seq, c.id.seq + 1);
    return seq;
}

sync::FieldChange name_change(const std::vector<sync::FieldChange>& known,
                              const std::string& device, const std::string& name,
                              std::int64_t now_ms) {
    sync::FieldChange change;
    change.id = {device, next_field_seq(known, device, now_ms)};
    change.field = std::string(kNameField);
    change.value = nlohmann::json(name).dump();
    change.time_ms = now_ms;
    change.replaces = sync::heads_of(known, change.field);
    return change;
}

}  // namespace chronik::io
