// The game's JoinConnector: joins a network class game over io::net::ClassroomClient.
#pragma once

#include <cstdint>
#include <memory>

#include "ui/services/join_connector.hpp"

namespace chronik::app {

class NetJoinConnector final : public ui::JoinConnector {
public:
    // `connect_timeout_ms`: how long one attempt to reach the host may take (in the background).
    explicit NetJoinConnector(std::int64_t connect_timeout_ms = 5'000)
        : connect_timeout_ms_(connect_timeout_ms) {}
    std::unique_ptr<ui::JoinSession> connect(const ui::JoinRequest& request) override;
    std::optional<ui::JoinRequest> last_request() const override { return last_; }

private:
    std::optional<ui::JoinRequest> last_;
    std::int64_t connect_timeout_ms_;
};

}  // namespace chronik::app
