// Settings of the open profile (saved at once, through the profile's storage): language,
// desired retention with its meaning and expected load, daily limits, timer, volume, UI scale,
// high contrast, reduced motion and remappable keys (conflicts rejected).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "progress/profile_settings.hpp"
#include "ui/input/key_bindings.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class SettingsScene final : public Scene {
public:
    explicit SettingsScene(SceneContext& ctx);
    std::string_view name() const override { return "settings"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { back_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return back_.animating(); }
    // The memory-model screen may have changed the weights: later saves start from the saved.
    void on_reveal() override { settings_ = ctx_.services.session().settings(); }

private:
    enum class RowKind {
        Language,
        Retention,
        NewLimit,
        ReviewLimit,
        Timer,
        Volume,
        UiScale,
        HighContrast,
        ReduceMotion,
        Key,
        ResetKeys,
        MemoryModel  // opens the memory-model screen (helper "opt")
    };
    struct Row {
        RowKind kind;
        KeyAction action = KeyAction::Answer1;  // for Key rows
        sf::FloatRect box;
        RoundedRect bg;
        TextBlock label, value;
    };

    void build();
    void refresh_values();
    void refresh_detail();
    void refresh_conflicts();
    std::string value_text(const Row& row) const;
    std::string label_text(const Row& row) const;
    bool adjustable(RowKind kind) const;
    void change(std::size_t row, int direction);  // -1, +1; 0 = activate (toggle, capture)
    void save(ProfileSettings next);
    void capture(sf::Keyboard::Key key);
    std::optional<std::size_t> row_at(sf::Vector2f p) const;

    ProfileSettings settings_;
    KeyBindings keys_;
    std::vector<Row> rows_;
    std::size_t focus_ = 0;
    bool capturing_ = false;
    std::string status_text_;
    std::string conflicts_text_;  // settings changed on two computers while apart, one line each

    Backdrop backdrop_;
    TextBlock heading_, keys_caption_, detail_, status_;
    ButtonGroup back_{Axis::Horizontal};
    KeyHintBar hints_, hints_capture_;
    mutable DrawBatch batch_;
    mutable RoundedRect focus_ring_;
};

std::unique_ptr<Scene> make_settings(SceneContext& ctx);

}  // namespace chronik::ui
