// Hosting a network class game from the game: ui::HostConnector over io::net::ClassroomHost,
// with the standings saved into the saves folder at the end.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>

#include "bank/question_bank.hpp"
#include "io/net/steady_clock.hpp"
#include "random/rng.hpp"
#include "ui/services/host_connector.hpp"
#include "ui/text/strings.hpp"

namespace chronik::app {

class NetworkHostConnector final : public ui::HostConnector {
public:
    // `bank` and `strings` must outlive the connector and every session it starts. `clock` is
    // the host's clock in milliseconds: steady time in the game, a test's clock in tests.
    NetworkHostConnector(const bank::QuestionBank& bank, std::filesystem::path saves,
                         const ui::StringTable& strings, std::uint64_t seed,
                         std::function<TimeMs()> clock = io::net::steady_now_ms);

    ui::HostSettings defaults() override;
    std::string new_room_code() override;
    Result<std::unique_ptr<ui::HostSession>, std::string> start(
        const ui::HostSettings& settings) override;

private:
    const bank::QuestionBank& bank_;
    std::filesystem::path saves_;
    const ui::StringTable& strings_;
    Rng rng_;
    std::function<TimeMs()> clock_;
};

}  // namespace chronik::app
