// The hosted class game on the projector, lobby to summary: polls the host on every tick, shows the
// view of the game's phase and takes the teacher's keys (start, pause, skip, reveal, next, end,
// remove a player, close the room to new names, answer a returning name, help).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "ui/scene/scene_context.hpp"
#include "ui/scenes/network/host_help_overlay.hpp"
#include "ui/scenes/network/host_lobby_view.hpp"
#include "ui/scenes/network/host_round_view.hpp"
#include "ui/scenes/network/host_seat_prompt.hpp"
#include "ui/scenes/network/host_summary_view.hpp"
#include "ui/scenes/network/network_scene.hpp"
#include "ui/services/host_connector.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/standings_board.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class HostGameScene final : public NetworkScene {
public:
    // `settings` are what the room was opened with (the setup screen gets them back when the
    // teacher closes the room).
    HostGameScene(SceneContext& ctx, std::unique_ptr<HostSession> session, HostSettings settings);
    // host-lobby (nobody yet), host-lobby-ready (can start), host-reading, host-question,
    // host-reveal, host-leaderboard, host-podium, host-summary; host-asks-seat over any of them
    // while a returning name waits for the teacher.
    std::string_view name() const override;
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    // The network is served on every tick while a room is open (needs_ticks). The screen is
    // redrawn every frame only while something moves (a running timer, growing bars, the
    // standings); otherwise only when a message changed what it shows (take_redraw).
    bool animating() const override;

private:
    enum class View { Lobby, Round, Leaderboard, Podium, Summary };
    void sync();
    void show_start(bool ready);
    void enter(View view);
    void teacher_key(sf::Keyboard::Key key);
    void remove(classroom::PlayerId id);
    void close_room();
    // L, A and X in every view but the summary; returns whether the event was one of them.
    bool room_key(const sf::Event& e);
    void set_notice(const std::string& text, bool problem);

    std::unique_ptr<HostSession> session_;
    HostSettings settings_;
    View view_ = View::Lobby;
    std::uint64_t seen_revision_ = ~std::uint64_t{0};
    std::size_t seen_results_ = 0;
    std::optional<std::size_t> shown_question_;  // the question the round view shows unmarked
    bool help_open_ = false;
    bool saved_shown_ = false;

    Backdrop backdrop_;
    TextBlock heading_, notice_, lobby_notice_;  // the lobby's sits beside the player count
    HostLobbyView lobby_;
    HostRoundView round_;
    StandingsBoard standings_;
    HostSummaryView summary_;
    HostHelpOverlay help_;
    HostSeatPrompt seat_prompt_;
    ButtonGroup lobby_buttons_{Axis::Horizontal};
    ButtonGroup summary_buttons_{Axis::Horizontal};
    KeyHintBar hints_lobby_, hints_round_, hints_after_, hints_podium_, hints_summary_;
};

}  // namespace chronik::ui
