// Wrong room codes per address: a few free tries for typos, then an exponential back-off, so that
// guessing a code is hopeless within a lesson; and one log line per address and minute.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "time/time_point.hpp"

namespace chronik::hosting {

struct WrongCodePolicy {
    int free_tries = 3;                  // wrong codes heard before any wait (typos happen)
    std::int64_t first_wait_ms = 1'000;  // the wait after the first try beyond the free ones
    std::int64_t max_wait_ms = 30'000;   // the doubling stops here: two tries a minute
    std::int64_t forgive_ms = 60'000;    // one wrong try is forgiven per quiet minute
    std::int64_t log_every_ms = 60'000;  // one log line per address and minute
    std::size_t max_addresses = 65'536;  // memory bound: the least recently seen is forgotten
};

// What the limiter made of one try.
struct CodeTry {
    std::int64_t wait_ms = 0;  // until the address's next try is heard (0: at once)
    bool log = false;          // write a log line now (the first try of this minute)
    std::size_t unlogged = 0;  // tries since the last line that got none (for that line)
};

// Single-threaded; time is a parameter (the host's clock).
class WrongCodeLimiter {
public:
    explicit WrongCodeLimiter(WrongCodePolicy policy = {});

    // 0 when a hello from `address` is heard now, otherwise how long it must wait. A hello that
    // comes earlier is not heard at all: its code is never compared.
    std::int64_t wait_ms(std::string_view address, TimeMs now) const;
    // A hello with a wrong code was heard from `address`.
    CodeTry wrong(std::string_view address, TimeMs now);
    // A hello from `address` came while it had to wait (not heard, not a try; logged like one).
    CodeTry early(std::string_view address, TimeMs now);

    std::size_t addresses() const { return entries_.size(); }
    const WrongCodePolicy& policy() const { return policy_; }
    // The wait after the n-th wrong try in a row (1-based) by the policy: 0 for the free ones,
    // then first_wait_ms doubling up to max_wait_ms.
    std::int64_t wait_after(int tries) const;

private:
    struct Entry {
        int level = 0;  // wrong tries not yet forgiven
        TimeMs last_wrong = 0;
        TimeMs blocked_until = 0;
        TimeMs last_seen = 0;
        TimeMs last_log = 0;
        bool logged = false;
        std::size_t unlogged = 0;
    };
    Entry& entry(std::string_view address, TimeMs now);
    void forgive(Entry& e, TimeMs now) const;
    CodeTry note(Entry& e, TimeMs now);

    WrongCodePolicy policy_;
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace chronik::hosting
