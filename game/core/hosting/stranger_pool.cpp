#include "hosting/stranger_pool.hpp"

namespace chronik::hosting {

StrangerPool::StrangerPool(StrangerLimits limits) : limits_(limits) {}

void StrangerPool::add(ConnectionKey key, const std::string& address, TimeMs now) {
    if (!entries_.emplace(key, Entry{address, now}).second) return;
    by_address_[address].insert(key);
}

void StrangerPool::remove(ConnectionKey key) {
    const auto it = entries_.find(key);
    if (it == entries_.end()) return;
    const auto a = by_address_.find(it->second.address);
    if (a != by_address_.end()) {
        a->second.erase(key);
        if (a->second.empty()) by_address_.erase(a);
    }
    entries_.erase(it);
}

std::size_t StrangerPool::count_from(const std::string& address) const {
    const auto it = by_address_.find(address);
    return it == by_address_.end() ? 0 : it->second.size();
}

void StrangerPool::drop(ConnectionKey key, bool late, std::vector<Closing>& out) {
    out.push_back({key, late});
    remove(key);
}

std::vector<StrangerPool::Closing> StrangerPool::to_close(TimeMs now) {
    std::vector<Closing> out;
    std::vector<ConnectionKey> late;
    for (const auto& [key, e] : entries_) {
        if (now - e.opened >= limits_.hello_deadline_ms) late.push_back(key);
    }
    for (const auto key : late)
        drop(key, true, out);

    std::vector<ConnectionKey> over;
    for (const auto& [address, keys] : by_address_) {
        auto it = keys.begin();
        for (std::size_t n = keys.size(); n > limits_.per_address; --n)
            over.push_back(*it++);  // the oldest of this address
    }
    for (const auto key : over)
        drop(key, false, out);

    while (entries_.size() > limits_.total && !by_address_.empty()) {
        // The busiest address; between equals, the one whose oldest stranger is oldest.
        auto busiest = by_address_.begin();
        for (auto it = by_address_.begin(); it != by_address_.end(); ++it) {
            const auto n = it->second.size(), m = busiest->second.size();
            if (n > m || (n == m && *it->second.begin() < *busiest->second.begin())) busiest = it;
        }
        drop(*busiest->second.begin(), false, out);
    }
    return out;
}

}  // namespace chronik::hosting
