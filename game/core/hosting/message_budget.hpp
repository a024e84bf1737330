// How many messages one connection may send: a bucket that refills at a steady rate, so a student
// who answers is never limited and a client that floods the host is.
#pragma once

#include <cstdint>

#include "time/time_point.hpp"

namespace chronik::hosting {

struct MessageRate {
    int per_second = 20;  // a student sends a hello and about one answer per question
    int burst = 40;       // what may come at once (a reconnect, a burst of clicks)
};

class MessageBudget {
public:
    explicit MessageBudget(MessageRate rate = {}, TimeMs now = 0);
    // Takes one message's worth; false when the bucket is empty (the message is dropped).
    bool take(TimeMs now);

private:
    MessageRate rate_;
    std::int64_t milli_tokens_;  // thousandths of a message, so the refill needs no floats
    TimeMs last_;
};

}  // namespace chronik::hosting
