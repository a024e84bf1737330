#include "ui/widgets/button_group.hpp"

namespace chronik::ui {

Button& ButtonGroup::add(Button b) {
    buttons_.push_back(std::move(b));
    buttons_.back().set_focused(show_focus_ && buttons_.size() == 1);
    return buttons_.back();
}

void ButtonGroup::clear() {
    buttons_.clear();
    focus_ = 0;
    pressed_.reset();
    hovered_.reset();
}

void ButtonGroup::set_focus(std::size_t i) {
    if (buttons_.empty()) return;
    i = std::min(i, buttons_.size() - 1);
    buttons_[focus_].set_focused(false);
    focus_ = i;
    buttons_[focus_].set_focused(show_focus_);
}

void ButtonGroup::show_focus(bool on) {
    show_focus_ = on;
    if (!buttons_.empty()) buttons_[focus_].set_focused(on);
}

std::optional<std::size_t> ButtonGroup::hit(sf::Vector2f p) const {
    for (std::size_t i = 0; i < buttons_.size(); ++i)
        if (buttons_[i].contains(p)) return i;
    return std::nullopt;
}

void ButtonGroup::move_focus(int delta, const UiContext& ui, bool wrap) {
    if (buttons_.size() < 2) return;
    const auto n = static_cast<int>(buttons_.size());
    int next = static_cast<int>(focus_) + delta;
    if (wrap)
        next = (next % n + n) % n;
    else if (next < 0 || next >= n)
        return;
    set_focus(static_cast<std::size_t>(next));
    ui.audio.play(Sfx::Move);
}

void ButtonGroup::move_focus_towards(Direction direction, const UiContext& ui) {
    std::vector<sf::FloatRect> boxes;
    boxes.reserve(buttons_.size());
    for (const auto& b : buttons_)
        boxes.push_back(b.bounds());
    if (const auto next = nearest_in_direction(boxes, focus_, direction)) {
        set_focus(*next);
        ui.audio.play(Sfx::Move);
    }
}

std::optional<std::size_t> ButtonGroup::handle(const sf::Event& e, const UiContext& ui) {
    if (buttons_.empty()) return std::nullopt;
    switch (e.type) {
        case sf::Event::MouseMoved: {
            const auto h =
                hit({static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)});
            if (h != hovered_) {
                if (hovered_ && *hovered_ < buttons_.size()) buttons_[*hovered_].set_hovered(false);
                hovered_ = h;
                if (h) {
                    buttons_[*h].set_hovered(true);
                    if (*h != focus_) set_focus(*h);  // one highlight: the pointer takes the focus
                }
            }
            return std::nullopt;
        }
        case sf::Event::MouseButtonPressed: {
            if (e.mouseButton.button != sf::Mouse::Left) return std::nullopt;
            pressed_ =
                hit({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)});
            if (pressed_) {
                buttons_[*pressed_].set_pressed(true);
                set_focus(*pressed_);
            }
            return std::nullopt;
        }
        case sf::Event::MouseButtonReleased: {
            if (e.mouseButton.button != sf::Mouse::Left || !pressed_) return std::nullopt;
            const auto was = *pressed_;
            pressed_.reset();
            buttons_[was].set_pressed(false);
            if (hit({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}) ==
                was) {
                ui.audio.play(Sfx::Select);
                return was;
            }
            return std::nullopt;
        }
        default:
            break;
    }
    const auto nav = nav_command(e);
    if (!nav) return std::nullopt;
    if (axis_ == Axis::Grid) {
        switch (*nav) {
            case Nav::Up:
                move_focus_towards(Direction::Up, ui);
                return std::nullopt;
            case Nav::Down:
                move_focus_towards(Direction::Down, ui);
                return std::nullopt;
            case Nav::Left:
                move_focus_towards(Direction::Left, ui);
                return std::nullopt;
            case Nav::Right:
                move_focus_towards(Direction::Right, ui);
                return std::nullopt;
            default:
                break;
        }
    }
    const bool rows = axis_ == Axis::Vertical;
    const bool cols = axis_ == Axis::Horizontal;
    switch (*nav) {
        case Nav::Up:
            if (rows) move_focus(-1, ui);
            break;
        case Nav::Down:
            if (rows) move_focus(1, ui);
            break;
        case Nav::Left:
            if (cols) move_focus(-1, ui);
            break;
        case Nav::Right:
            if (cols) move_focus(+1, ui);
            break;
        case Nav::Next:
            move_focus(+1, ui);
            break;
        case Nav::Previous:
            move_focus(-1, ui);
            break;
        case Nav::Activate:
            ui.audio.play(Sfx::Select);
            return focus_;
        case Nav::Back:
            break;
    }
    return std::nullopt;
}

void ButtonGroup::update(float dt, const Theme& theme) {
    for (auto& b : buttons_)
        b.update(dt, theme);
}

bool ButtonGroup::animating() const {
    for (const auto& b : buttons_)
        if (b.animating()) return true;
    return false;
}

void ButtonGroup::draw(DrawBatch& batch, const UiContext& ui) const {
    for (const auto& b : buttons_)
        b.draw(batch, ui);
}

void ButtonGroup::draw(sf::RenderTarget& target, const UiContext& ui) const {
    draw(batch_, ui);
    batch_.draw(target, ui);
}

}  // namespace chronik::ui
