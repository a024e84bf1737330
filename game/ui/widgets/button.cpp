#include "ui/widgets/button.hpp"

namespace chronik::ui {
namespace {

constexpr float kHintWidth = 44.f;

}  // namespace

Button::Button(const std::string& label_utf8, sf::FloatRect bounds, ButtonKind kind,
               const std::string& key_hint)
    : kind_(kind), has_hint_(!key_hint.empty()) {
    label_.set_text(label_utf8);
    hint_.set_text(key_hint);
    set_bounds(bounds);
}

void Button::set_bounds(sf::FloatRect b) {
    bounds_ = b;
    const float pad = 18.f;
    const float hint_space = has_hint_ ? kHintWidth + 8.f : 0.f;
    label_.set_box({b.left + pad, b.top + 4, b.width - 2 * pad - hint_space, b.height - 8});
    hint_.set_box(
        {b.left + b.width - pad - kHintWidth, b.top + (b.height - 28) / 2, kHintWidth, 28});
}

void Button::update(float dt, const Theme& theme) {
    hover_.update(dt, theme.durations.hover);
    press_.update(dt, theme.durations.press);
}

void Button::prepare(const UiContext& ui) const {
    const auto& p = ui.theme.palette;
    const float h = hover_.eased(), pr = press_.eased();
    sf::Color fill, text, outline = sf::Color::Transparent;
    switch (kind_) {
        case ButtonKind::Primary:
            fill = mix(p.accent, sf::Color::White, 0.12f * h);
            text = p.text_on_accent;
            break;
        case ButtonKind::Secondary:
            fill = mix(p.surface_raised, p.border, 0.55f * h);
            text = p.text;
            outline = p.border;
            break;
        case ButtonKind::Danger:
            fill = mix(p.surface_raised, p.danger, 0.25f + 0.2f * h);
            text = p.text;
            outline = p.danger;
            break;
    }
    fill = mix(fill, p.surface_pressed, 0.6f * pr);
    switch (mark_) {
        case ButtonMark::None:
            break;
        case ButtonMark::Correct:
            fill = mix(p.surface_raised, p.success, 0.35f);
            outline = p.success;
            text = p.text;
            break;
        case ButtonMark::Wrong:
            fill = mix(p.surface_raised, p.danger, 0.35f);
            outline = p.danger;
            text = p.text;
            break;
        case ButtonMark::Partial:
            fill = mix(p.surface_raised, p.focus, 0.3f);
            outline = p.focus;
            text = p.text;
            break;
        case ButtonMark::Dimmed:
            fill = p.surface;
            text = p.text_muted;
            break;
    }
    // Pressing sinks the button by two pixels: feedback that does not depend on colour.
    sf::FloatRect r = bounds_;
    r.top += 2.f * pr;
    marked_now_ =
        mark_ == ButtonMark::Correct || mark_ == ButtonMark::Wrong || mark_ == ButtonMark::Partial;
    body_.set_geometry(r, ui.theme.spacing.radius, outline.a ? (marked_now_ ? 3.f : 1.5f) : 0.f);
    body_.set_fill(fill);
    body_.set_outline(outline);
    if (focused_) {
        const float g = ui.theme.spacing.focus_gap;
        ring_.set_geometry({r.left - g, r.top - g, r.width + 2 * g, r.height + 2 * g},
                           ui.theme.spacing.radius + g, ui.theme.spacing.focus_width);
        ring_.set_fill(sf::Color::Transparent);
        ring_.set_outline(p.focus);
    }

    TextStyle ls;
    ls.face = FontFace::SansBold;
    ls.size = label_size_.value_or(ui.theme.type.body);
    ls.min_size = ui.theme.type.caption;
    ls.color = text;
    ls.align = align_.value_or(has_hint_ ? Align::Left : Align::Center);
    ls.valign = VAlign::Middle;
    ls.line_spacing = 1.05f;
    ls.wrap = false;  // a label shrinks to fit on one line; breaking inside a word looks broken
    label_.set_style(ls);
    if (marked_now_) {
        // ✓ or ✗ where the key cap was, so the label does not move.
        const bool partial = mark_ == ButtonMark::Partial;
        icon_.set_text(partial ? "◐" : mark_ == ButtonMark::Correct ? "✓" : "✗");
        icon_.set_box({r.left + r.width - 18.f - kHintWidth, r.top, kHintWidth, r.height});
        icon_.set_style({FontFace::SansBold, ui.theme.type.h2, 12,
                         partial                        ? p.focus
                         : mark_ == ButtonMark::Correct ? p.success
                                                        : p.danger,
                         Align::Center, VAlign::Middle, 1.f, false});
    }
    if (has_hint_ && !marked_now_) {
        hint_cap_.set_geometry(hint_.box(), 6.f, 1.f);
        hint_cap_.set_fill(
            with_alpha(kind_ == ButtonKind::Primary ? p.text_on_accent : p.background, 60));
        hint_cap_.set_outline(kind_ == ButtonKind::Primary ? with_alpha(p.text_on_accent, 120)
                                                           : p.border);
        TextStyle hs;
        hs.face = FontFace::Mono;
        hs.size = ui.theme.type.caption;
        hs.min_size = 10;
        hs.color = kind_ == ButtonKind::Primary ? p.text_on_accent : p.text_muted;
        hs.align = Align::Center;
        hs.valign = VAlign::Middle;
        hs.wrap = false;
        hint_.set_style(hs);
    }
}

void Button::draw(DrawBatch& batch, const UiContext& ui) const {
    prepare(ui);
    batch.add(body_);
    if (focused_) batch.add(ring_);
    if (has_hint_ && !marked_now_) batch.add(hint_cap_);
    batch.add(label_);
    if (marked_now_) batch.add(icon_);
    if (has_hint_ && !marked_now_) batch.add(hint_);
}

namespace {

void shape_focus_ring(const Theme& theme, sf::FloatRect r, RoundedRect& cache) {
    const float g = theme.spacing.focus_gap;
    cache.set_geometry({r.left - g, r.top - g, r.width + 2 * g, r.height + 2 * g},
                       theme.spacing.radius + g, theme.spacing.focus_width);
    cache.set_fill(sf::Color::Transparent);
    cache.set_outline(theme.palette.focus);
}

}  // namespace

void draw_focus_ring(sf::RenderTarget& target, const Theme& theme, sf::FloatRect r,
                     RoundedRect& cache) {
    shape_focus_ring(theme, r, cache);
    target.draw(cache);
}

void add_focus_ring(DrawBatch& batch, const Theme& theme, sf::FloatRect r, RoundedRect& cache) {
    shape_focus_ring(theme, r, cache);
    batch.add(cache);
}

}  // namespace chronik::ui
