// The teacher sets up a network class game: port, room code, number of questions, timer, reading
// time, scoring bonuses and podium size; then opens the room (the lobby).
#pragma once

#include <array>
#include <string>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/host_connector.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class HostSetupScene final : public Scene {
public:
    // Starts from the connector's defaults.
    explicit HostSetupScene(SceneContext& ctx);
    // Starts from these settings (after the room was closed), with a message to show.
    HostSetupScene(SceneContext& ctx, HostSettings settings, std::string message);
    std::string_view name() const override { return "host-setup"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    enum class Row {
        Port,
        Code,
        Questions,
        Timeline,
        Timer,
        Reading,
        SpeedBonus,
        StreakBonus,
        Podium
    };
    static constexpr std::size_t kRows = 9;
    struct RowView {
        sf::FloatRect box;
        RoundedRect bg;
        TextBlock label, value, left, right;
    };

    void build();
    void refresh();
    std::string value_text(Row row) const;
    void change(Row row, int direction);
    void edit(Row row);
    void open_room();
    // Focus runs over the rows, then the two buttons.
    void move_focus(int delta);

    HostSettings settings_;
    std::array<RowView, kRows> rows_;
    std::size_t focus_ = 0;  // < kRows: a row; kRows: the buttons
    std::string message_;
    bool message_is_error_ = false;
    Backdrop backdrop_;
    TextBlock heading_, intro_, message_text_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    RoundedRect message_card_;
    mutable RoundedRect ring_;
};

}  // namespace chronik::ui
