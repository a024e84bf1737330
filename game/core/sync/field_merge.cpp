#include "sync/field_merge.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace chronik::sync {
namespace {

bool later(const FieldChange& a, const FieldChange& b) {
    return std::tie(a.time_ms, a.id.device, a.id.seq) > std::tie(b.time_ms, b.id.device, b.id.seq);
}

// Per field: its changes, one per id (the first copy seen of an id is enough: one device wrote
// it once; a differing copy is resolved by the same total order as reviews, the later one).
std::map<std::string, std::map<RecordId, FieldChange>> by_field(
    const std::vector<FieldChange>& changes) {
    std::map<std::string, std::map<RecordId, FieldChange>> out;
    for (const auto& c : changes) {
        auto& slot = out[c.field];
        auto [it, inserted] = slot.try_emplace(c.id, c);
        if (!inserted && later(c, it->second)) it->second = c;
    }
    return out;
}

std::vector<FieldChange> heads(const std::map<RecordId, FieldChange>& changes) {
    std::set<RecordId> replaced;
    for (const auto& [id, c] : changes)
        replaced.insert(c.replaces.begin(), c.replaces.end());
    std::vector<FieldChange> out;
    for (const auto& [id, c] : changes)
        if (replaced.count(id) == 0) out.push_back(c);
    std::sort(out.begin(), out.end(), later);
    return out;
}

}  // namespace

MergedFields merge_fields(const std::vector<FieldChange>& changes) {
    MergedFields out;
    for (const auto& [field, of_field] : by_field(changes)) {
        auto h = heads(of_field);
        if (h.empty()) {
            // Every change replaces another (a cycle from hand-made files): the latest wins.
            for (const auto& [id, c] : of_field)
                if (h.empty() || later(c, h.front())) h.assign(1, c);
        }
        out.current.emplace(field, h.front());
        // Two devices that set the same value while apart agree: nothing to show.
        std::vector<FieldChange> others;
        for (auto it = h.begin() + 1; it != h.end(); ++it)
            if (it->value != h.front().value) others.push_back(*it);
        if (!others.empty()) out.conflicts.push_back({field, h.front(), std::move(others)});
    }
    return out;
}

std::vector<RecordId> heads_of(const std::vector<FieldChange>& changes, const std::string& field) {
    const auto all = by_field(changes);
    std::vector<RecordId> out;
    if (const auto it = all.find(field); it != all.end())
        for (const auto& c : heads(it->second))
            out.push_back(c.id);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace chronik::sync
