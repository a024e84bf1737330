// A rounded button with hover, press and keyboard-focus states, and an optional key hint.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>
#include <string>

#include "ui/widgets/animated_value.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

enum class ButtonKind { Primary, Secondary, Danger };
// Feedback on an answer button: colour, an icon and (elsewhere) words, never colour alone.
// Partial: some of the points (◐), e.g. an exam timeline partly in order.
enum class ButtonMark { None, Correct, Wrong, Partial, Dimmed };

class Button {
public:
    // `key_hint` (e.g. "1", "Entf") is drawn as a small key cap at the right edge.
    Button(const std::string& label_utf8, sf::FloatRect bounds,
           ButtonKind kind = ButtonKind::Secondary, const std::string& key_hint = {});

    const sf::FloatRect& bounds() const { return bounds_; }
    bool contains(sf::Vector2f p) const { return bounds_.contains(p); }
    void set_label(const std::string& utf8) { label_.set_text(utf8); }
    void set_bounds(sf::FloatRect bounds);
    // Labels are centred unless the button has a key hint; lists read better left-aligned.
    void set_label_align(Align align) { align_ = align; }
    // A label size other than the theme's body size (still shrinking to fit): buttons side by
    // side with labels of different lengths then share one size.
    void set_label_size(unsigned size) { label_size_ = size; }

    void set_hovered(bool on) { hover_.set_target(on ? 1.f : 0.f); }
    void set_pressed(bool on) { press_.set_target(on ? 1.f : 0.f); }
    void set_focused(bool on) { focused_ = on; }
    void set_mark(ButtonMark mark) { mark_ = mark; }
    bool focused() const { return focused_; }

    void update(float dt, const Theme& theme);
    bool animating() const { return hover_.moving() || press_.moving(); }
    // Adds the shapes (body, focus ring, key cap) and texts to a batch: a screen of buttons then
    // costs two draw calls for the shapes and one per font for the labels.
    void draw(DrawBatch& batch, const UiContext& ui) const;

private:
    // Colours and geometry for the current hover, press and mark.
    void prepare(const UiContext& ui) const;

    sf::FloatRect bounds_;
    ButtonKind kind_;
    mutable TextBlock label_;  // caches: styled from the theme at draw time
    mutable TextBlock hint_;
    bool has_hint_;
    std::optional<Align> align_;
    std::optional<unsigned> label_size_;
    AnimatedValue hover_, press_;
    bool focused_ = false;
    ButtonMark mark_ = ButtonMark::None;
    mutable TextBlock icon_;
    mutable RoundedRect body_, ring_, hint_cap_;
    mutable bool marked_now_ = false;
};

// Draws the keyboard focus ring around `r`, or adds it to a batch (`cache` must then live until
// the batch is drawn).
void draw_focus_ring(sf::RenderTarget& target, const Theme& theme, sf::FloatRect r,
                     RoundedRect& cache);
void add_focus_ring(DrawBatch& batch, const Theme& theme, sf::FloatRect r, RoundedRect& cache);

}  // namespace chronik::ui
