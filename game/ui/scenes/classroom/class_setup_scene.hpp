// The class game setup (Klassenspiel): 2–6 teams with name, colour, symbol and keys, the scoring,
// timer, length, podium and question mix; Start draws the game from the profile's bank.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "classroom/class_game_plan.hpp"
#include "classroom/team_setup.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/scenes/row_list_scene.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

// What the teacher set up (kept while the setup scene lives, e.g. to play again).
struct ClassSetupChoice {
    std::vector<classroom::Team> teams = classroom::default_teams(4);
    bool speed_bonus = true;
    bool streak_bonus = true;
    std::size_t timer_index = 2;      // into kTimerChoices
    std::size_t reading_index = 1;    // into kReadingChoices: 3 s
    std::size_t questions_index = 4;  // into kQuestionChoices
    int podium_size = 3;
    classroom::ClassMix mix = classroom::ClassMix::MultipleChoiceAndTimeline;
    std::size_t topic_index = 0;  // 0: all topics, else topics[i - 1]
};

class ClassSetupScene final : public RowListScene {
public:
    explicit ClassSetupScene(SceneContext& ctx);
    std::string_view name() const override { return "class-setup"; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    enum class Row {
        Team,
        AddTeam,
        Speed,
        Streak,
        Timer,
        Questions,
        Podium,
        Mix,
        Topic,
        Reading,
        Start
    };
    struct RowRef {
        Row row;
        std::size_t team = 0;
    };
    void rebuild() override;
    void activate(std::size_t index, int direction);
    void start_game();
    std::string setting_label(Row row) const;

    ClassSetupChoice choice_;
    std::vector<classroom::TopicCount> topics_;
    std::vector<RowRef> refs_;
    Backdrop backdrop_;
    TextBlock heading_, teams_title_, settings_title_, summary_, message_;
    RoundedRect message_card_;  // so the backdrop's lines never run through a problem
    KeyHintBar hints_;
};

// Edits one team of the setup (an overlay over it): name, colour, symbol, the four keys, removal.
class ClassTeamScene final : public RowListScene {
public:
    ClassTeamScene(SceneContext& ctx, std::vector<classroom::Team>& teams, std::size_t team);
    std::string_view name() const override { return "class-team"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    void rebuild() override;
    void activate(std::size_t row, int direction);
    void capture(sf::Keyboard::Key key);

    std::vector<classroom::Team>& teams_;
    std::size_t team_;
    std::optional<std::size_t> capturing_;  // the choice waiting for its new key
    OverlayPanel panel_;
    TextBlock heading_, message_;
    KeyHintBar hints_;
};

std::unique_ptr<Scene> make_class_game_setup(SceneContext& ctx);

}  // namespace chronik::ui
