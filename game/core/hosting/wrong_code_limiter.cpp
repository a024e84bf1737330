#include "hosting/wrong_code_limiter.hpp"

#include <algorithm>

namespace chronik::hosting {

WrongCodeLimiter::WrongCodeLimiter(WrongCodePolicy policy) : policy_(policy) {}

std::int64_t WrongCodeLimiter::wait_after(int tries) const {
    if (tries <= policy_.free_tries) return 0;
    const int doublings = std::min(tries - policy_.free_tries - 1, 40);
    std::int64_t wait = policy_.first_wait_ms;
    for (int i = 0; i < doublings && wait < policy_.max_wait_ms; ++i)
        wait *= 2;
    return std::min(wait, policy_.max_wait_ms);
}

std::int64_t WrongCodeLimiter::wait_ms(std::string_view address, TimeMs now) const {
    const auto it = entries_.find(std::string(address));
    if (it == entries_.end()) return 0;
    return std::max<std::int64_t>(0, it->second.blocked_until - now);
}

void WrongCodeLimiter::forgive(Entry& e, TimeMs now) const {
    if (e.level == 0 || policy_.forgive_ms <= 0 || now <= e.last_wrong) return;
    const auto steps = (now - e.last_wrong) / policy_.forgive_ms;
    if (steps <= 0) return;
    if (steps >= e.level) {
        e.level = 0;
        return;
    }
    e.level -= static_cast<int>(steps);
    // What is left of the quiet time counts towards the next step.
    e.last_wrong += steps * policy_.forgive_ms;
}

WrongCodeLimiter::Entry& WrongCodeLimiter::entry(std::string_view address, TimeMs now) {
    const std::string key(address);
    auto it = entries_.find(key);
    if (it == entries_.end()) {
        if (entries_.size() >= policy_.max_addresses && !entries_.empty()) {
            const auto oldest = std::min_element(entries_.begin(), entries_.end(),
                                                 [](const auto& a, const auto& b) {
                                                     return a.second.last_seen < b.second.last_seen;
                                                 });
            entries_.erase(oldest);
        }
        it = entries_.emplace(key, Entry{}).first;
    }
    it->second.last_seen = now;
    return it->second;
}

CodeTry WrongCodeLimiter::note(Entry& e, TimeMs now) {
    CodeTry out;
    out.wait_ms = std::max<std::int64_t>(0, e.blocked_until - now);
    if (!e.logged || now - e.last_log >= policy_.log_every_ms) {
        out.log = true;
        out.unlogged = e.unlogged;
        e.logged = true;
        e.last_log = now;
        e.unlogged = 0;
    } else {
        ++e.unlogged;
    }
    return out;
}

CodeTry WrongCodeLimiter::wrong(std::string_view address, TimeMs now) {
    auto& e = entry(address, now);
    forgive(e, now);
    ++e.level;
    e.last_wrong = now;
    e.blocked_until = now + wait_after(e.level);
    return note(e, now);
}

CodeTry WrongCodeLimiter::early(std::string_view address, TimeMs now) {
    return note(entry(address, now), now);
}

}  // namespace chronik::hosting
