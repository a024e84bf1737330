// The remappable keys of a profile: which key triggers which game action (answers, flip, undo,
// look up), read from and written to ProfileSettings::key_bindings by key name.
#pragma once

#include <SFML/Window/Keyboard.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "locale/language.hpp"

namespace chronik::ui {

enum class KeyAction { Answer1, Answer2, Answer3, Answer4, Flip, Undo, ReadSource };
inline constexpr std::size_t kKeyActionCount = 7;

// The action of a settings name ("answer_1", "flip", "undo", "read_source").
std::optional<KeyAction> key_action_from_name(std::string_view name);

// Key names as stored in the settings ("A", "Num1", "Space", "F5"); nullopt for keys that
// cannot be bound (unknown ones, and the navigation keys Enter, Esc, Tab and the arrows).
std::optional<std::string> bindable_key_name(sf::Keyboard::Key key);
std::optional<sf::Keyboard::Key> key_from_name(std::string_view name);
// What a key cap shows, the same in every language: "1" for Num1, "A", "F5"; a key whose name
// differs by language ("Space") by its stored name.
std::string key_label(sf::Keyboard::Key key);
// The one name the player reads for a key, in hints, on buttons and in the settings, in the UI
// language: "Leertaste"/"Space", "Entf"/"Del", "Pos1"/"Home", "Enter", "Esc", "Tab", "←";
// otherwise key_label.
std::string key_name(sf::Keyboard::Key key, Language language);
// A key with Ctrl held: "Strg+V" / "Ctrl+V".
std::string ctrl_key_name(sf::Keyboard::Key key, Language language);

class KeyBindings {
public:
    // The defaults: 1–4 answer, Space flips (and grades Good), U undoes, L looks up.
    KeyBindings();
    // The defaults overridden by the stored names; unknown actions or keys are ignored, and
    // stored bindings that give one key to two actions fall back to the defaults.
    static KeyBindings from_settings(const std::map<std::string, std::string>& stored);
    std::map<std::string, std::string> to_settings() const;

    sf::Keyboard::Key key(KeyAction action) const { return keys_[index(action)]; }
    std::optional<KeyAction> action_of(sf::Keyboard::Key key) const;

    // Why `key` cannot go to `action`: the action that already holds it.
    std::optional<KeyAction> conflict(KeyAction action, sf::Keyboard::Key key) const;
    // Rebinds unless the key is taken by another action; returns whether it did.
    bool rebind(KeyAction action, sf::Keyboard::Key key);

    friend bool operator==(const KeyBindings&, const KeyBindings&) = default;

    // Whether the four answer keys are still 1–4 (then A–D and the keypad answer too).
    bool default_answer_keys() const;
    // Which of four answers a key picks: the bound answer keys; while they are the defaults also
    // keypad 1–4 and A–D (unless such a key is bound to another action). A remapped answer's
    // old key no longer answers.
    std::optional<std::size_t> answer_index(sf::Keyboard::Key key) const;
    // The key cap on answer i's button: "1 A" by default, the bound key once remapped, named in
    // the UI language ("H", "Leertaste").
    std::string answer_badge(std::size_t i, Language language) const;
    // The answer keys in a hint bar: "1–4 / A–D" (with_letters) or "1–4" by default, else the
    // four bound keys in the UI language ("H J K L").
    std::string answer_keys_hint(bool with_letters, Language language) const;

private:
    static std::size_t index(KeyAction a) { return static_cast<std::size_t>(a); }
    std::array<sf::Keyboard::Key, kKeyActionCount> keys_;
};

}  // namespace chronik::ui
