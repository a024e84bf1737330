// Home → "Prüfungsplan": the exam date, the minutes a day and the material it covers; the plan's
// days until the exam as bars with the predicted recall as a line; in plain words what the time
// reaches and what more time would; "Heute lernen". "Stoff wählen" opens ExamScopeScene.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "study/exam_preparation.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/scenes/exam_plan_chart.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ExamPlanScene final : public Scene {
public:
    explicit ExamPlanScene(SceneContext& ctx);
    std::string_view name() const override { return "exam-plan"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating() || back_.animating(); }
    // While a plan is computed: ticks to take it when it arrives.
    bool needs_ticks() const override { return planning_; }
    bool take_redraw() override { return std::exchange(redraw_, false); }
    // Back from the material chooser or a study session: re-plan from what changed.
    void on_reveal() override { refresh(); }

private:
    enum class Action {
        SetUp,
        WeekEarlier,
        DayEarlier,
        DayLater,
        WeekLater,
        FewerMinutes,
        MoreMinutes,
        ChooseScope,
        StudyToday,
        Remove
    };

    void refresh();  // re-plans and lays the screen out again
    void run(Action action);
    // Saves the exam (none: removes it); a problem becomes the feedback line.
    void save(const std::optional<ExamGoal>& exam);
    void add_button(Action action, const std::string& label, sf::FloatRect box,
                    ButtonKind kind = ButtonKind::Secondary);

    std::optional<study::ExamPreparation> prep_;
    std::string problem_;   // why no plan could be made
    std::string feedback_;  // a setting that could not be saved
    std::vector<Action> actions_;
    std::uint64_t plan_version_ = 0;  // of the plan on show
    bool planning_ = false;           // a newer plan is on its way
    bool redraw_ = false;

    Backdrop backdrop_;
    TextBlock heading_, intro_, summary_, verdict_, unseen_, feedback_text_;
    struct SettingCard {
        RoundedRect card;
        TextBlock label, value;
    };
    std::vector<SettingCard> cards_;
    ExamPlanChart chart_;
    ButtonGroup buttons_{Axis::Grid};  // the settings' buttons in a row, then the actions
    ButtonGroup back_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

std::unique_ptr<Scene> make_exam_plan(SceneContext& ctx);

}  // namespace chronik::ui
