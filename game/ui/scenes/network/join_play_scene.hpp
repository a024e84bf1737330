// A student's screens in a network class game: waiting for the start, answering (big choice
// buttons, keys 1–4 / A–D, countdown, "locked"), the reveal with points, the standings, the final
// place; reconnecting after a dropped connection. Revealed answers feed the student's profile.
// The scene follows the session's events and the keys; each stage is drawn by its view
// (join_question_view, join_message_view, join_results_view).
#pragma once

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "ui/scene/scene_context.hpp"
#include "ui/scenes/network/join_answer_recorder.hpp"
#include "ui/scenes/network/join_message_view.hpp"
#include "ui/scenes/network/join_question_view.hpp"
#include "ui/scenes/network/join_results_view.hpp"
#include "ui/scenes/network/network_scene.hpp"
#include "ui/services/join_connector.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class JoinPlayScene final : public NetworkScene {
public:
    // `session` has been welcomed by the host.
    JoinPlayScene(SceneContext& ctx, std::unique_ptr<JoinSession> session);
    ~JoinPlayScene() override;
    // One name per screen, so scripts can wait for each: join-waiting, join-reading (answers
    // not open yet), join-question, join-reveal, join-leaderboard, join-final, join-lost,
    // join-removed.
    std::string_view name() const override;
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    // Only a running question moves (its timer bar); the other screens stand still, but the
    // host's messages are read every few milliseconds (needs_ticks) and redraw what changed.
    bool animating() const override;

private:
    enum class Screen { Waiting, Question, Reveal, Leaderboard, Final, Lost, Removed };

    void on_event(JoinEvent event);
    void show_waiting();
    void show_question();
    void set_question_hints();
    void show_reveal();
    void show_leaderboard();
    void show_final();
    void show_lost(const std::string& message);
    void show_removed();
    void set_header();
    void answer(std::size_t choice);
    void answer_order(const std::vector<std::size_t>& order);
    std::optional<std::size_t> answer_key(const sf::Event& e) const;
    void ask_leave();
    void go_home();
    void reconnect();

    std::unique_ptr<JoinSession> session_;
    Screen screen_ = Screen::Waiting;
    JoinAnswerRecorder recorder_;
    bool reconnecting_ = false;  // "Erneut verbinden" was pressed

    Backdrop backdrop_;
    TextBlock counter_, score_;  // the question and our points, above every view
    JoinQuestionView question_;  // answering and the reveal
    JoinMessageView message_;    // waiting, lost, removed
    JoinResultsView results_;    // the standings after a question, and the final place
    KeyHintBar hints_;
};

}  // namespace chronik::ui
