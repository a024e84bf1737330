#include <doctest/doctest.h>

#include "ui/input/key_bindings.hpp"

using namespace chronik::ui;

TEST_CASE("default answer keys: 1-4, the keypad and A-D answer, badges and hints say so") {
    const KeyBindings keys;
    CHECK(keys.default_answer_keys());
    CHECK(keys.answer_index(sf::Keyboard::Num1) == 0u);
    CHECK(keys.answer_index(sf::Keyboard::Numpad3) == 2u);
    CHECK(keys.answer_index(sf::Keyboard::D) == 3u);
    CHECK_FALSE(keys.answer_index(sf::Keyboard::L));      // look up, not an answer
    CHECK_FALSE(keys.answer_index(sf::Keyboard::Space));  // flip
    CHECK(keys.answer_badge(0) == "1 A");
    CHECK(keys.answer_keys_hint(true) == "1–4 / A–D");
    CHECK(keys.answer_keys_hint(false) == "1–4");
}

TEST_CASE("a remapped answer key answers, its old key and the letters no longer do") {
    KeyBindings keys;
    REQUIRE(keys.rebind(KeyAction::Answer1, sf::Keyboard::H));
    CHECK_FALSE(keys.default_answer_keys());
    CHECK(keys.answer_index(sf::Keyboard::H) == 0u);
    CHECK_FALSE(keys.answer_index(sf::Keyboard::Num1));
    CHECK_FALSE(keys.answer_index(sf::Keyboard::Numpad1));
    CHECK_FALSE(keys.answer_index(sf::Keyboard::A));
    CHECK(keys.answer_index(sf::Keyboard::Num2) == 1u);
    CHECK(keys.answer_badge(0) == "H");
    CHECK(keys.answer_badge(1) == "2");
    CHECK(keys.answer_keys_hint(true) == "H 2 3 4");
}

TEST_CASE("a letter bound to another action is not an answer key and leaves the badges") {
    KeyBindings keys;
    REQUIRE(keys.rebind(KeyAction::Flip, sf::Keyboard::B));
    CHECK(keys.default_answer_keys());
    CHECK_FALSE(keys.answer_index(sf::Keyboard::B));
    CHECK(keys.answer_index(sf::Keyboard::A) == 0u);
    CHECK(keys.answer_badge(0) == "1 A");
    CHECK(keys.answer_badge(1) == "2");
    CHECK(keys.answer_keys_hint(true) == "1–4");
}
