// The class game on the projector: it runs the game's clock, takes the teacher's and the teams'
// keys, and shows the view of the stage (question, timeline turn, standings, podium, breakdown)
// over the teams along the bottom.
#pragma once

#include <optional>
#include <string>

#include "classroom/one_screen_game.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/scenes/classroom/class_breakdown_view.hpp"
#include "ui/scenes/classroom/class_countdown.hpp"
#include "ui/scenes/classroom/class_question_view.hpp"
#include "ui/scenes/classroom/class_team_strip.hpp"
#include "ui/scenes/classroom/class_timeline_view.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/standings_board.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

// Teacher keys (never team keys, which are letters and digits): Space pause/continue, Enter next,
// F2 reveal now, F3 skip, F4 end, F1 (or H) help, Esc pause menu.
class ClassPlayScene final : public Scene {
public:
    ClassPlayScene(SceneContext& ctx, classroom::OneScreenGame game);
    // "class-reading", "class-answering", "class-reveal", "class-leaderboard", "class-turn",
    // "class-turn-result", "class-podium", "class-distribution".
    std::string_view name() const override;
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override;

private:
    void refresh();  // after any change of the game: the view of the current stage
    void enter_stage();
    void show_podium();
    void show_breakdown();
    void handle_end_event(const sf::Event& e);  // on the podium and the breakdown
    void on_team_input(std::size_t team, std::size_t choice);
    void place_turn(std::size_t gap);
    void save_standings();
    void draw_stage(sf::RenderTarget& target) const;

    classroom::OneScreenGame game_;
    double clock_ms_ = 0;  // game time of this scene (stops while an overlay covers it)
    TimeMs now() const { return static_cast<TimeMs>(clock_ms_); }
    std::optional<classroom::Stage> shown_stage_;
    std::size_t shown_slot_ = 0, shown_turns_ = 0;
    bool breakdown_shown_ = false;
    std::optional<std::string> saved_;

    Backdrop backdrop_;
    TextBlock round_label_, status_, pause_banner_, saved_text_;
    ProgressBar progress_;
    ClassQuestionView question_;
    ClassTimelineView timeline_;
    StandingsBoard standings_;
    ClassBreakdownView breakdown_;
    ClassTeamStrip strip_;
    ClassCountdown countdown_;
    ButtonGroup end_buttons_{Axis::Horizontal};
    KeyHintBar hints_question_, hints_board_, hints_turn_, hints_podium_, hints_end_;
    mutable RoundedRect banner_box_;
};

}  // namespace chronik::ui
