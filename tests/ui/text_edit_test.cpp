#include <doctest/doctest.h>

#include "ui/widgets/text_input.hpp"

using namespace chronik::ui;

namespace {
sf::Event typed(sf::Uint32 c) {
    sf::Event e{};
    e.type = sf::Event::TextEntered;
    e.text.unicode = c;
    return e;
}
sf::Event key(sf::Keyboard::Key k, bool ctrl = false) {
    sf::Event e{};
    e.type = sf::Event::KeyPressed;
    e.key.code = k;
    e.key.control = ctrl;
    return e;
}
}  // namespace

TEST_CASE("typing umlauts, backspace and caret moves edit the text as UTF-8") {
    TextEditBuffer b;
    const std::string name = "Jürgn";
    for (sf::Uint32 c : sf::String::fromUtf8(name.begin(), name.end()))
        b.apply(typed(c), {});
    CHECK(b.utf8() == "Jürgn");
    b.apply(key(sf::Keyboard::Left), {});
    b.apply(typed(U'e'), {});
    CHECK(b.utf8() == "Jürgen");
    b.apply(key(sf::Keyboard::Home), {});
    b.apply(key(sf::Keyboard::Delete), {});
    CHECK(b.utf8() == "ürgen");
    b.apply(key(sf::Keyboard::End), {});
    b.apply(key(sf::Keyboard::BackSpace), {});
    CHECK(b.utf8() == "ürge");
    CHECK(b.caret() == 4);
}

TEST_CASE("control characters from the keyboard are not inserted") {
    TextEditBuffer b;
    b.apply(typed(8), {});   // backspace arrives as TextEntered too
    b.apply(typed(22), {});  // Ctrl+V
    b.apply(typed(127), {});
    CHECK(b.utf8().empty());
}

TEST_CASE("ctrl+v pastes the clipboard with line breaks turned into spaces, up to the limit") {
    TextEditBuffer b(8);
    const std::string clip = "Ким\nЧен Ын";
    CHECK(b.apply(key(sf::Keyboard::V, true), sf::String::fromUtf8(clip.begin(), clip.end())));
    CHECK(b.utf8() == "Ким Чен ");
    CHECK_FALSE(b.apply(key(sf::Keyboard::V), sf::String("x")));  // plain V is typing, not paste
}

TEST_CASE("a typed Tab or Enter is a key, not text, a pasted tab still becomes a space") {
    TextEditBuffer b;
    b.apply(typed(U'a'), {});
    CHECK_FALSE(b.apply(typed(U'\t'), {}));
    CHECK_FALSE(b.apply(typed(U'\r'), {}));
    CHECK_FALSE(b.apply(typed(U'\n'), {}));
    CHECK(b.utf8() == "a");
    b.apply(key(sf::Keyboard::V, true), sf::String("b\tc"));
    CHECK(b.utf8() == "ab c");
}
