// The home screen of an open profile: today's figures and the ways to study.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class HomeScene final : public Scene {
public:
    explicit HomeScene(SceneContext& ctx);
    std::string_view name() const override { return "home"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return menu_.animating() || quit_.animating(); }
    // While a plan is computed: ticks to take it when it arrives.
    bool needs_ticks() const override { return planning_; }
    bool take_redraw() override { return std::exchange(redraw_, false); }
    void on_reveal() override { refresh_figures(); }

private:
    enum class Action { Feature, SwitchProfile, Quit };
    struct Entry {
        Action action;
        std::size_t feature;  // for Action::Feature: its place in the menu
    };
    struct StatCard {
        RoundedRect card;
        TextBlock value, label;
    };

    void refresh_figures();
    // The figure cards along the top: (value, label) each, as many as given.
    void set_stats(const std::vector<std::pair<std::string, std::string>>& figures);
    void activate(std::size_t index);

    Backdrop backdrop_;
    TextBlock greeting_;
    TextBlock new_note_;  // why no new cards today, when unseen ones are left
    std::vector<StatCard> stats_;
    ButtonGroup menu_{Axis::Grid};
    ButtonGroup quit_{Axis::Horizontal};  // "Beenden", apart from the grid
    std::vector<Entry> entries_;
    std::vector<std::optional<sf::Keyboard::Key>> shortcuts_;  // per entry
    KeyHintBar hints_;
    mutable DrawBatch batch_;
    std::uint64_t plan_version_ = 0;  // of the exam plan the figures show
    bool planning_ = false;           // a newer plan is on its way
    bool redraw_ = false;
};

}  // namespace chronik::ui
