#include "hosting/message_budget.hpp"

#include <algorithm>

namespace chronik::hosting {

MessageBudget::MessageBudget(MessageRate rate, TimeMs now)
    : rate_(rate), milli_tokens_(std::int64_t{rate.burst} * 1000), last_(now) {}

bool MessageBudget::take(TimeMs now) {
    if (now > last_) {
        // per_second messages a second = per_second thousandths a millisecond.
        milli_tokens_ = std::min<std::int64_t>(std::int64_t{rate_.burst} * 1000,
                                               milli_tokens_ + (now - last_) * rate_.per_second);
        last_ = now;
    }
    if (milli_tokens_ < 1000) return false;
    milli_tokens_ -= 1000;
    return true;
}

}  // namespace chronik::hosting
