// The class game on the projector: question, reading pause, answers locked per team, reveal,
// leaderboard with animated rank changes, timeline turns, podium and the per-question breakdown.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "classroom/one_screen_game.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/animated_value.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/panel.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/rounded_rect.hpp"
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
    struct ChoiceView {
        RoundedRect box;
        TextBlock label, keys, mark;
        sf::FloatRect rect;
    };
    struct TeamView {
        RoundedRect card;
        TextBlock name, state;
        sf::FloatRect rect;
    };
    struct BoardRow {
        std::size_t team = 0;
        float from = 0, to = 0;  // row positions before and after
        TextBlock rank, name, score, change;
        mutable RoundedRect card;
    };
    struct LineCard {
        RoundedRect box;
        TextBlock text, date, mark;
        sf::FloatRect rect;
    };
    struct DistBlock {
        TextBlock prompt, summary;
        std::vector<TextBlock> rows;        // choice text or a turn
        std::vector<float> shares;          // bar length 0..1 per row (questions)
        std::vector<bool> right;            // the correct choice / a right turn
        std::vector<std::size_t> choosers;  // teams per choice (for bar labels)
        bool class_missed = false;          // fewer than half of the teams right
        float y = 0;
    };

    void refresh();  // after any change of the game: texts and layout of the current stage
    void enter_stage();
    void layout_question();
    void layout_reveal();
    void layout_leaderboard();
    void layout_line();
    void layout_podium();
    void layout_distribution();
    void update_team_strip();
    void on_team_input(std::size_t team, std::size_t choice);
    void place_turn(std::size_t gap);
    void save_standings();
    void draw_stage(sf::RenderTarget& target, classroom::Stage stage) const;
    void draw_team_strip(sf::RenderTarget& target) const;
    void draw_line(sf::RenderTarget& target) const;
    void draw_leaderboard(sf::RenderTarget& target) const;
    void draw_podium(sf::RenderTarget& target) const;
    void draw_distribution(sf::RenderTarget& target) const;
    std::optional<std::size_t> gap_at(sf::Vector2f p) const;
    std::string team_keys_for(std::size_t choice) const;

    classroom::OneScreenGame game_;
    double clock_ms_ = 0;  // game time of this scene (stops while an overlay covers it)
    TimeMs now() const { return static_cast<TimeMs>(clock_ms_); }
    std::optional<classroom::Stage> shown_stage_;
    std::size_t shown_slot_ = 0, shown_turns_ = 0;
    bool distribution_ = false;
    std::size_t page_ = 0;
    std::size_t cursor_ = 0;  // the gap the turn's team points at
    std::optional<std::string> saved_;
    struct StripKey {
        classroom::Stage stage;
        std::size_t answered, results, turns, turn_team, slot;
        bool operator==(const StripKey&) const = default;
    };
    std::optional<StripKey> strip_key_;

    Backdrop backdrop_;
    TextBlock round_label_, status_, prompt_, info_, timer_text_, title_, page_text_, pause_banner_;
    TextStyle prompt_style_;
    ProgressBar progress_, timer_bar_;
    std::vector<ChoiceView> choices_;
    std::vector<TeamView> teams_;
    std::vector<BoardRow> board_;
    AnimatedValue board_anim_;
    std::vector<LineCard> line_;
    LineCard current_card_;
    float gap_w_ = 0, card_w_ = 0, line_x_ = 0;
    std::vector<TextBlock> podium_texts_;
    mutable std::vector<RoundedRect> podium_blocks_;
    std::vector<DistBlock> dist_;
    std::size_t pages_ = 1;
    ButtonGroup end_buttons_{Axis::Horizontal};
    KeyHintBar hints_question_, hints_board_, hints_turn_, hints_podium_, hints_end_;
    mutable RoundedRect scratch_;
};

// The teacher keys as an overlay over the game (F1 or H).
class ClassHelpScene final : public Scene {
public:
    ClassHelpScene(SceneContext& ctx, bool h_opens_help);
    std::string_view name() const override { return "class-help"; }
    Layer layer() const override { return Layer::Overlay; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    OverlayPanel panel_;
    TextBlock heading_, teams_;
    std::vector<TextBlock> keys_, actions_;
    mutable std::vector<RoundedRect> caps_;
    KeyHintBar hints_;
};

}  // namespace chronik::ui
