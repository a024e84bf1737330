// Prüfungsplan → "Stoff wählen": which decks and topics the exam covers, as toggles with their
// card counts; every change is saved at once and re-plans when the plan screen comes back.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ExamScopeScene final : public Scene {
public:
    explicit ExamScopeScene(SceneContext& ctx);
    std::string_view name() const override { return "exam-scope"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    enum class Kind { Deck, Topic, AllTopics, Done };
    struct Choice {
        Kind kind;
        std::string id;  // deck id or topic name
    };

    void refresh();
    void choose(const Choice& choice);

    std::vector<Choice> choices_;
    std::string feedback_;
    Backdrop backdrop_;
    TextBlock heading_, intro_, decks_label_, topics_label_, feedback_text_;
    ButtonGroup buttons_{Axis::Grid};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

std::unique_ptr<Scene> make_exam_scope(SceneContext& ctx);

}  // namespace chronik::ui
