// After a round: score, accuracy, time, best streak, the items to review (each looked up in its
// source text), and practising the missed ones.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "round/multiple_choice_round.hpp"
#include "round/timeline_round.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ResultsScene final : public Scene {
public:
    // After a multiple-choice round: points, accuracy, time, best streak; practise the missed ones.
    ResultsScene(SceneContext& ctx, const round::MultipleChoiceRound& finished);
    // After a timeline: the pair score, events placed right, time; a new timeline.
    ResultsScene(SceneContext& ctx, const round::TimelineResult& finished);
    std::string_view name() const override { return "results"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override;

private:
    // One missed item: what the answer was, and a button to read its passage when it has one.
    struct MissedRow {
        std::string item_id;
        TextBlock text;
        std::optional<Button> lookup;
    };
    void build(const std::vector<std::pair<std::string, TextId>>& figures,
               const std::vector<std::pair<std::string, std::string>>& missed, TextId again_label);
    void place_rows();
    void select_row(std::size_t row);
    void look_up(std::size_t row);
    bool is_lookup_key(const sf::Event& e) const;
    struct Stat {
        RoundedRect card;
        TextBlock value, label;
    };
    Backdrop backdrop_;
    RoundedRect missed_card_;
    TextBlock heading_, missed_heading_, none_missed_, more_rows_;
    std::vector<MissedRow> rows_;
    std::size_t first_row_ = 0;  // the first visible row
    std::size_t selected_ = 0;   // the row the lookup key opens
    RoundedRect row_mark_;
    std::vector<Stat> stats_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
    std::vector<std::string> missed_ids_;
    RoundKind kind_ = RoundKind::MultipleChoice;
    bool has_again_ = false;
};

// "1:05" for 65 000 ms.
std::string format_duration(std::int64_t ms);

}  // namespace chronik::ui
