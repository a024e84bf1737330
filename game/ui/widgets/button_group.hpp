// A set of buttons with one keyboard focus: arrows/Tab move it, Enter activates, the mouse hovers
// and clicks.
#pragma once

#include <SFML/Window/Event.hpp>

#include <optional>
#include <vector>

#include "ui/input/nav.hpp"
#include "ui/widgets/button.hpp"

namespace chronik::ui {

// Vertical: Up/Down move the focus; Horizontal: Left/Right; Grid: Left/Right by one, Up/Down by a
// row.
enum class Axis { Vertical, Horizontal, Grid };

class ButtonGroup {
public:
    explicit ButtonGroup(Axis axis = Axis::Vertical, int columns = 1)
        : axis_(axis), columns_(columns < 1 ? 1 : columns) {}

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

    Axis axis_;
    int columns_;
    std::vector<Button> buttons_;
    std::size_t focus_ = 0;
    std::optional<std::size_t> pressed_;
    std::optional<std::size_t> hovered_;
    bool show_focus_ = true;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
