#include "io/save/settings_fields.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "io/save/durable_file.hpp"
#include "io/save/save_formats.hpp"
#include "io/sync/sync_leftovers.hpp"

namespace chronik::io {

using nlohmann::json;

namespace {

constexpr std::string_view kSettingsPrefix = "settings.";
constexpr std::string_view kFormat = "chronik-field-changes";
constexpr int kSchema = 1;
constexpr std::uint64_t kMaxBytes = std::uint64_t{1024} * 1024;

json settings_json(const ProfileSettings& s) {
    return json::parse(encode_settings(s));
}

// The string under `key` of an object, "" when it is missing or no string (json::value would
// throw on a hand-edited file whose "format" is a number).
std::string text_of(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::vector<std::pair<std::string, std::string>> changed_settings_fields(
    const ProfileSettings& before, const ProfileSettings& after) {
    const json a = settings_json(before);
    const json b = settings_json(after);
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [key, value] : b.items()) {
        const auto old = a.find(key);
        if (old == a.end() || *old != value)
            out.emplace_back(std::string(kSettingsPrefix) + key, value.dump());
    }
    // A key the new settings no longer have (an exam taken away): null.
    for (const auto& [key, value] : a.items())
        if (!b.contains(key)) out.emplace_back(std::string(kSettingsPrefix) + key, "null");
    std::sort(out.begin(), out.end());
    return out;
}

ProfileSettings apply_settings_fields(const ProfileSettings& base,
                                      const std::map<std::string, sync::FieldChange>& current) {
    json j = settings_json(base);
    for (const auto& [field, change] : current) {
        if (!field.starts_with(kSettingsPrefix)) continue;
        const std::string key = field.substr(kSettingsPrefix.size());
        json value = json::parse(change.value, nullptr, false);
        if (value.is_discarded()) continue;
        json trial = j;
        if (value.is_null())
            trial.erase(key);
        else
            trial[key] = std::move(value);
        try {
            (void)decode_settings(trial.dump());
            j = std::move(trial);
        } catch (const FormatError&) {
        }
    }
    try {
        ProfileSettings merged = decode_settings(j.dump());
        if (settings_problems(merged).empty()) return merged;
    } catch (const FormatError&) {
    }
    return base;
}

json field_changes_to_json(const std::vector<sync::FieldChange>& changes) {
    json out = json::array();
    for (const auto& c : changes) {
        json replaces = json::array();
        for (const auto& r : c.replaces)
            replaces.push_back(json::array({r.device, r.seq}));
        out.push_back({{"device", c.id.device},
                       {"seq", c.id.seq},
                       {"field", c.field},
                       {"value", c.value},
                       {"t", c.time_ms},
                       {"replaces", std::move(replaces)}});
    }
    return out;
}

std::vector<sync::FieldChange> field_changes_from_json(const json& j) {
    std::vector<sync::FieldChange> out;
    if (!j.is_array()) return out;
    for (const auto& e : j) {
        if (!e.is_object()) continue;
        const auto str = [&](const char* k) { return e.contains(k) && e[k].is_string(); };
        if (!str("device") || !str("field") || !str("value") || !e.contains("seq") ||
            !e["seq"].is_number_unsigned() || !e.contains("t") || !e["t"].is_number_integer())
            continue;
        sync::FieldChange c;
        c.id.device = e["device"].get<std::string>();
        c.id.seq = e["seq"].get<std::uint64_t>();
        c.field = e["field"].get<std::string>();
        c.value = e["value"].get<std::string>();
        c.time_ms = e["t"].get<std::int64_t>();
        if (e.contains("replaces") && e["replaces"].is_array())
            for (const auto& r : e["replaces"])
                if (r.is_array() && r.size() == 2 && r[0].is_string() && r[1].is_number_unsigned())
                    c.replaces.push_back({r[0].get<std::string>(), r[1].get<std::uint64_t>()});
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<sync::FieldChange> latest_field_changes(std::vector<sync::FieldChange> changes) {
    std::set<sync::RecordId> replaced;
    for (const auto& c : changes)
        replaced.insert(c.replaces.begin(), c.replaces.end());
    std::sort(changes.begin(), changes.end(),
              [](const sync::FieldChange& a, const sync::FieldChange& b) {
                  return std::tie(a.field, a.id) < std::tie(b.field, b.id);
              });
    std::vector<sync::FieldChange> out;
    for (auto& c : changes) {
        if (replaced.count(c.id) != 0) continue;
        if (!out.empty() && out.back().field == c.field && out.back().id == c.id) continue;
        out.push_back(std::move(c));
    }
    return out;
}

std::string field_changes_name(const std::string& device) {
    return "fields." + device + ".json";
}

std::vector<sync::FieldChange> read_field_changes(const std::filesystem::path& profile_folder,
                                                  const std::string& profile_id,
                                                  LoadReport& report) {
    std::vector<sync::FieldChange> all;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(profile_folder, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with("fields.") || !name.ends_with(".json")) continue;
        if (classify_sync_file(name).kind != SyncFileKind::Ordinary) continue;
        auto bytes = read_file(it->path(), kMaxBytes);
        if (!bytes) {
            report.add(MessageLevel::Info, name, bytes.error().message + "; not used");
            continue;
        }
        const json j = json::parse(bytes.value(), nullptr, false);
        if (!j.is_object() || text_of(j, "format") != kFormat || !j.contains("schema") ||
            !j["schema"].is_number_integer() || !j.contains("changes")) {
            report.add(MessageLevel::Info, name, "is not a list of settings changes; not used");
            continue;
        }
        if (j["schema"].get<std::int64_t>() > kSchema) {
            report.add(MessageLevel::Warning, name,
                       "is from a newer Chronik; not read and not changed");
            continue;
        }
        if (text_of(j, "profile") != profile_id) continue;
        auto changes = field_changes_from_json(j["changes"]);
        all.insert(all.end(), changes.begin(), changes.end());
    }
    return latest_field_changes(std::move(all));
}

SaveResult<void> write_field_changes(const std::filesystem::path& profile_folder,
                                     const std::string& profile_id, const std::string& device,
                                     const std::vector<sync::FieldChange>& changes) {
    const json j = {{"format", std::string(kFormat)},
                    {"schema", kSchema},
                    {"profile", profile_id},
                    {"changes", field_changes_to_json(changes)}};
    return write_file_atomically(profile_folder / field_changes_name(device), j.dump(1) + "\n");
}

}  // namespace chronik::io
