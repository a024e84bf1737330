// Connections that have not yet been let in by a hello ("strangers"): a small budget of their own,
// per address and in total, and a short deadline, so silent or flooding connections cannot hold
// what students need.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "time/time_point.hpp"

namespace chronik::hosting {

// Connections are numbered in the order they arrive (a higher key is a newer connection).
using ConnectionKey = std::uint64_t;

struct StrangerLimits {
    std::size_t total = 128;                 // strangers at once, whatever their addresses
    std::size_t per_address = 16;            // from one address (one computer, or one NAT)
    std::int64_t hello_deadline_ms = 3'000;  // a real client says hello at once
};

// Over budget, the newcomer always stays and the connection that has had the longest time to say
// hello goes: first the oldest of its own address, then (over the total) the oldest of the address
// holding the most strangers. So a flood from a few addresses evicts its own connections, and a
// student on another address keeps the moment it needs for its hello.
class StrangerPool {
public:
    explicit StrangerPool(StrangerLimits limits = {});

    void add(ConnectionKey key, const std::string& address, TimeMs now);
    // The connection said its hello, or closed.
    void remove(ConnectionKey key);
    bool contains(ConnectionKey key) const { return entries_.count(key) > 0; }
    std::size_t size() const { return entries_.size(); }
    std::size_t count_from(const std::string& address) const;

    struct Closing {
        ConnectionKey key = 0;
        bool late = false;  // silent past the deadline (otherwise evicted for the budget)
    };
    // The strangers to close now, taken out of the pool: each one silent past the deadline, then
    // those over the budgets as above. Call after the newest connections had their chance to be
    // read, so that a hello already waiting is heard before anyone is evicted.
    std::vector<Closing> to_close(TimeMs now);

    const StrangerLimits& limits() const { return limits_; }

private:
    struct Entry {
        std::string address;
        TimeMs opened = 0;
    };
    void drop(ConnectionKey key, bool late, std::vector<Closing>& out);

    StrangerLimits limits_;
    std::map<ConnectionKey, Entry> entries_;
    std::map<std::string, std::set<ConnectionKey>> by_address_;
};

}  // namespace chronik::hosting
