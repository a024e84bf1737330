#include <doctest/doctest.h>

#include "ui/input/key_bindings.hpp"

using namespace chronik::ui;

namespace {
constexpr auto de = chronik::Language::German;
}

TEST_CASE("default answer keys: 1-4, the keypad and A-D answer, badges and hints say so") {
    const KeyBindings keys;
    CHECK(keys.default_answer_keys());
    CHECK(keys.answer_index(sf::Keyboard::Num1) == 0u);
    CHECK(keys.answer_index(sf::Keyboard::Numpad3) == 2u);
    CHECK(keys.answer_index(sf::Keyboard::D) == 3u);
    CHECK_FALSE(keys.answer_index(sf::Keyboard::L));      // look up, not an answer
    CHECK_FALSE(keys.answer_index(sf::Keyboard::Space));  // flip
    CHECK(keys.answer_badge(0, de) == "1 A");
    CHECK(keys.answer_keys_hint(true, de) == "1–4 / A–D");
    CHECK(keys.answer_keys_hint(false, de) == "1–4");
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
    CHECK(keys.answer_badge(0, de) == "H");
    CHECK(keys.answer_badge(1, de) == "2");
    CHECK(keys.answer_keys_hint(true, de) == "H 2 3 4");
}

TEST_CASE("a letter bound to another action is not an answer key and leaves the badges") {
    KeyBindings keys;
    REQUIRE(keys.rebind(KeyAction::Flip, sf::Keyboard::B));
    CHECK(keys.default_answer_keys());
    CHECK_FALSE(keys.answer_index(sf::Keyboard::B));
    CHECK(keys.answer_index(sf::Keyboard::A) == 0u);
    CHECK(keys.answer_badge(0, de) == "1 A");
    CHECK(keys.answer_badge(1, de) == "2");
    CHECK(keys.answer_keys_hint(true, de) == "1–4");
}

TEST_CASE("a key's name is said in the UI language, the same way in hints, buttons and settings") {
    using chronik::Language;
    CHECK(key_name(sf::Keyboard::Space, Language::German) == "Leertaste");
    CHECK(key_name(sf::Keyboard::Space, Language::English) == "Space");
    CHECK(key_name(sf::Keyboard::Delete, Language::German) == "Entf");
    CHECK(key_name(sf::Keyboard::Delete, Language::English) == "Del");
    CHECK(key_name(sf::Keyboard::Home, Language::German) == "Pos1");
    CHECK(key_name(sf::Keyboard::PageDown, Language::English) == "PgDn");
    CHECK(key_name(sf::Keyboard::Enter, Language::German) == "Enter");
    CHECK(key_name(sf::Keyboard::Escape, Language::English) == "Esc");
    // Letters, digits and F keys are the caps' own.
    CHECK(key_name(sf::Keyboard::Num3, Language::German) == "3");
    CHECK(key_name(sf::Keyboard::U, Language::English) == "U");
    CHECK(key_name(sf::Keyboard::F5, Language::German) == "F5");
    CHECK(ctrl_key_name(sf::Keyboard::V, Language::German) == "Strg+V");
    CHECK(ctrl_key_name(sf::Keyboard::Enter, Language::English) == "Ctrl+Enter");
    // Every key a player may bind has a name in each language.
    for (int k = sf::Keyboard::A; k < sf::Keyboard::KeyCount; ++k) {
        const auto key = static_cast<sf::Keyboard::Key>(k);
        if (!bindable_key_name(key)) continue;
        CAPTURE(k);
        CHECK(key_name(key, Language::German) != "?");
        CHECK(key_name(key, Language::English) != "?");
    }
}

TEST_CASE("an answer bound to a named key shows that key's name in the UI language") {
    KeyBindings keys;
    REQUIRE(keys.rebind(KeyAction::Flip, sf::Keyboard::F));
    REQUIRE(keys.rebind(KeyAction::Answer1, sf::Keyboard::Space));
    CHECK(keys.answer_badge(0, chronik::Language::German) == "Leertaste");
    CHECK(keys.answer_badge(0, chronik::Language::English) == "Space");
    CHECK(keys.answer_keys_hint(true, chronik::Language::German) == "Leertaste 2 3 4");
    CHECK(keys.answer_keys_hint(true, chronik::Language::English) == "Space 2 3 4");
}
