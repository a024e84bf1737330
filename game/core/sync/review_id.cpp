#include "sync/review_id.hpp"

namespace chronik::sync {

std::optional<std::string> device_id_problem(std::string_view id) {
    if (id.empty()) return "a device id is empty";
    if (id.size() > kMaxDeviceIdLength)
        return "a device id has " + std::to_string(id.size()) + " characters; at most " +
               std::to_string(kMaxDeviceIdLength) + " are allowed";
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) return "a device id may hold only a-z, 0-9 and '-'";
    }
    if (id.front() == '-' || id.back() == '-') return "a device id cannot start or end with '-'";
    return std::nullopt;
}

std::string describe(const RecordId& id) {
    return id.device + "#" + std::to_string(id.seq);
}

}  // namespace chronik::sync
