// A set of buttons with one keyboard focus: arrows/Tab move it, Enter activates, the mouse hovers
// and clicks.
#pragma once

#include <SFML/Window/Event.hpp>

#include <optional>
#include <vector>

#include "ui/input/nav.hpp"
#include "ui/input/spatial_focus.hpp"
#include "ui/widgets/button.hpp"

namespace chronik::ui {

// Vertical: Up/Down move the focus (by the order of adding, wrapping); Horizontal: Left/Right;
// Grid: every arrow moves to the nearest button that way on screen (ui/input/spatial_focus), so
// rows of different lengths and widths move as the eye expects.
enum class Axis { Vertical, Horizontal, Grid };

class ButtonGroup {
public:
    explicit ButtonGroup(Axis axis = Axis::Vertical) : axis_(axis) {}

    Button& add(Button b);
    void clear();
    std::size_t size() const { return buttons_.size(); }
    Button& at(std::size_t i) { return buttons_.at(i); }
    const Button& at(std::size_t i) const { return buttons_.at(i); }

    std::size_t focus() const { return focus_; }
    void set_focus(std::size_t i);
    // Whether the focused button shows its ring (off when another widget holds the keyboard).
    void show_focus(bool on);

    // Returns the index of the button activated by this event (key or click), if any.
    // Mouse positions are logical (the app maps window pixels into the 1280x720 view).
    std::optional<std::size_t> handle(const sf::Event& e, const UiContext& ui);

    void update(float dt, const Theme& theme);
    bool animating() const;
    void draw(sf::RenderTarget& target, const UiContext& ui) const;
    void draw(DrawBatch& batch, const UiContext& ui) const;

private:
    std::optional<std::size_t> hit(sf::Vector2f p) const;
    void move_focus(int delta, const UiContext& ui, bool wrap = true);
    void move_focus_towards(Direction direction, const UiContext& ui);

    Axis axis_;
    std::vector<Button> buttons_;
    std::size_t focus_ = 0;
    std::optional<std::size_t> pressed_;
    std::optional<std::size_t> hovered_;
    bool show_focus_ = true;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
