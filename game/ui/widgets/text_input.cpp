#include "ui/widgets/text_input.hpp"

#include <SFML/Window/Clipboard.hpp>

#include <cmath>

#include "ui/widgets/button.hpp"

namespace chronik::ui {

void TextEditBuffer::set(const sf::String& s) {
    value_.clear();
    caret_ = 0;
    insert(s);
}

std::string TextEditBuffer::utf8() const {
    std::string out;
    sf::Utf32::toUtf8(value_.begin(), value_.end(), std::back_inserter(out));
    return out;
}

bool TextEditBuffer::insert(const sf::String& s) {
    bool changed = false;
    for (sf::Uint32 c : s) {
        if (value_.getSize() >= max_) break;
        if (c < 32 || c == 127 || (c >= 0x80 && c < 0xA0)) {
            if (c == '\n' || c == '\t')
                c = ' ';  // pasted line breaks become spaces
            else
                continue;
        }
        value_.insert(caret_, sf::String(c));
        ++caret_;
        changed = true;
    }
    return changed;
}

bool TextEditBuffer::backspace() {
    if (caret_ == 0) return false;
    value_.erase(--caret_);
    return true;
}

bool TextEditBuffer::erase_forward() {
    if (caret_ >= value_.getSize()) return false;
    value_.erase(caret_);
    return true;
}

bool TextEditBuffer::move_caret(int delta) {
    const auto old = caret_;
    if (delta < 0)
        caret_ = caret_ >= static_cast<std::size_t>(-delta) ? caret_ + delta : 0;
    else
        caret_ = std::min(value_.getSize(), caret_ + static_cast<std::size_t>(delta));
    return caret_ != old;
}

bool TextEditBuffer::caret_home() {
    const bool moved = caret_ != 0;
    caret_ = 0;
    return moved;
}

bool TextEditBuffer::caret_end() {
    const bool moved = caret_ != value_.getSize();
    caret_ = value_.getSize();
    return moved;
}

bool TextEditBuffer::apply(const sf::Event& e, const sf::String& clipboard) {
    if (e.type == sf::Event::TextEntered) {
        // Tab and Enter type a character too; as keys they move the focus or confirm, so a
        // typed one is never text (a pasted line break or tab still becomes a space).
        if (e.text.unicode == '\t' || e.text.unicode == '\r' || e.text.unicode == '\n')
            return false;
        return insert(sf::String(e.text.unicode));
    }
    if (e.type != sf::Event::KeyPressed) return false;
    switch (e.key.code) {
        case sf::Keyboard::BackSpace:
            return backspace();
        case sf::Keyboard::Delete:
            return erase_forward();
        case sf::Keyboard::Left:
            return move_caret(-1);
        case sf::Keyboard::Right:
            return move_caret(+1);
        case sf::Keyboard::Home:
            return caret_home();
        case sf::Keyboard::End:
            return caret_end();
        case sf::Keyboard::V:
            if (e.key.control) return insert(clipboard);
            return false;
        default:
            return false;
    }
}

TextInput::TextInput(sf::FloatRect bounds, std::string placeholder_utf8, std::size_t max_chars)
    : bounds_(bounds), buffer_(max_chars), placeholder_(std::move(placeholder_utf8)) {}

bool TextInput::handle(const sf::Event& e) {
    const bool paste =
        e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::V && e.key.control;
    const bool changed = buffer_.apply(e, paste ? sf::Clipboard::getString() : sf::String());
    if (changed) {
        text_dirty_ = true;
        since_input_ = 0;
    }
    return changed;
}

void TextInput::set_value(const std::string& utf8) {
    buffer_.set(sf::String::fromUtf8(utf8.begin(), utf8.end()));
    text_dirty_ = true;
    since_input_ = 0;
}

void TextInput::update(float dt) {
    if (since_input_ < kBlinkSeconds) since_input_ += dt;
}

void TextInput::draw(sf::RenderTarget& target, const UiContext& ui) const {
    const auto& p = ui.theme.palette;
    box_.set_geometry(bounds_, 10.f, 2.f);
    box_.set_fill(p.surface);
    box_.set_outline(p.accent);
    target.draw(box_);
    draw_focus_ring(target, ui.theme, bounds_, ring_);

    const float pad = 16.f;
    const sf::FloatRect inner{bounds_.left + pad, bounds_.top, bounds_.width - 2 * pad,
                              bounds_.height};
    const float q = ui.glyphs.factor;
    const unsigned size = ui.theme.type.h2;
    if (text_dirty_ || epoch_ != ui.glyphs.epoch) {
        text_.setFont(ui.resources.font(FontFace::Sans));
        text_.setCharacterSize(static_cast<unsigned>(std::lround(size * q)));
        text_.setScale(1 / q, 1 / q);
        text_.setString(buffer_.value());
        text_.setFillColor(p.text);
        text_dirty_ = false;
        epoch_ = ui.glyphs.epoch;
    }
    // Keep the caret visible: shift the text left when it is wider than the field.
    // findCharacterPos applies the text's 1/q scale, so this is already in logical pixels.
    const float caret_logical = text_.findCharacterPos(buffer_.caret()).x - text_.getPosition().x;
    const float shift = std::max(0.f, caret_logical - (inner.width - 4.f));
    const float baseline_top = bounds_.top + (bounds_.height - static_cast<float>(size) * 1.2f) / 2;
    text_.setPosition(std::round(inner.left - shift), std::round(baseline_top));

    if (buffer_.value().isEmpty()) {
        TextStyle ps;
        ps.size = size;
        ps.min_size = ui.theme.type.small;
        ps.color = p.text_muted;
        ps.valign = VAlign::Middle;
        ps.wrap = false;
        placeholder_text_.set_text(placeholder_);
        placeholder_text_.set_box(inner);
        placeholder_text_.set_style(ps);
        placeholder_text_.draw(target, ui);
    } else {
        draw_clipped(target, text_, inner);
    }
    const bool caret_on = since_input_ >= kBlinkSeconds || std::fmod(since_input_, 1.0f) < 0.6f;
    if (caret_on) {
        caret_shape_.setSize({2.f, static_cast<float>(size) * 1.25f});
        caret_shape_.setFillColor(p.accent);
        caret_shape_.setPosition(
            std::round(inner.left + caret_logical - shift),
            bounds_.top + (bounds_.height - static_cast<float>(size) * 1.25f) / 2);
        target.draw(caret_shape_);
    }
}

}  // namespace chronik::ui
