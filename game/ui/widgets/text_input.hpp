// A one-line text field: typing (umlauts via TextEntered), caret keys, backspace/delete, Ctrl+V
// paste.
#pragma once

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/System/String.hpp>
#include <SFML/Window/Event.hpp>

#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

// The pure editing part, testable without a window.
class TextEditBuffer {
public:
    explicit TextEditBuffer(std::size_t max_chars = 60) : max_(max_chars) {}
    void set(const sf::String& s);
    const sf::String& value() const { return value_; }
    std::string utf8() const;
    std::size_t caret() const { return caret_; }
    // Inserts printable characters at the caret, dropping control characters and newlines;
    // stops at max_chars. Returns whether anything changed.
    bool insert(const sf::String& s);
    bool backspace();
    bool erase_forward();
    bool move_caret(int delta);
    bool caret_home();
    bool caret_end();
    // Applies a key or text event; Ctrl+V pastes `clipboard`. Returns whether the text or caret
    // changed.
    bool apply(const sf::Event& e, const sf::String& clipboard);

private:
    sf::String value_;
    std::size_t caret_ = 0;
    std::size_t max_;
};

class TextInput {
public:
    TextInput(sf::FloatRect bounds, std::string placeholder_utf8, std::size_t max_chars = 60);

    // Handles TextEntered and editing keys; Ctrl+V reads sf::Clipboard. Returns whether it changed.
    bool handle(const sf::Event& e);
    void set_value(const std::string& utf8);
    std::string value_utf8() const { return buffer_.utf8(); }
    const TextEditBuffer& buffer() const { return buffer_; }

    void update(float dt);
    // The caret blinks for a while after the last keystroke, then stays on so that an idle
    // dialog needs no redraws.
    bool animating() const { return since_input_ < kBlinkSeconds; }
    void draw(sf::RenderTarget& target, const UiContext& ui) const;

private:
    static constexpr float kBlinkSeconds = 8.f;
    sf::FloatRect bounds_;
    TextEditBuffer buffer_;
    std::string placeholder_;
    float since_input_ = 0;
    mutable TextBlock placeholder_text_;
    mutable sf::Text text_;
    mutable bool text_dirty_ = true;
    mutable unsigned epoch_ = ~0u;
    mutable RoundedRect box_, ring_;
    mutable sf::RectangleShape caret_shape_;
};

}  // namespace chronik::ui
