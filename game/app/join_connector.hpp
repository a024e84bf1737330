// The game's JoinConnector: joins a network class game over io::net::ClassroomClient.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include "io/net/steady_clock.hpp"
#include "time/time_point.hpp"
#include "ui/services/join_connector.hpp"

namespace chronik::app {

class NetJoinConnector final : public ui::JoinConnector {
public:
    // `connect_timeout_ms`: how long one attempt to reach the host may take (in the background).
    // `clock`: the student's clock for countdowns and answer times (tests pass a test clock).
    explicit NetJoinConnector(std::int64_t connect_timeout_ms = 5'000,
                              std::function<TimeMs()> clock = io::net::steady_now_ms)
        : connect_timeout_ms_(connect_timeout_ms), clock_(std::move(clock)) {}
    std::unique_ptr<ui::JoinSession> connect(const ui::JoinRequest& request) override;
    std::optional<ui::JoinRequest> last_request() const override { return last_; }

private:
    std::optional<ui::JoinRequest> last_;
    std::int64_t connect_timeout_ms_;
    std::function<TimeMs()> clock_;
};

}  // namespace chronik::app
