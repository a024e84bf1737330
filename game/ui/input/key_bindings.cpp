#include "ui/input/key_bindings.hpp"

namespace chronik::ui {
namespace {

constexpr std::array<std::string_view, kKeyActionCount> kActionNames{
    "answer_1", "answer_2", "answer_3", "answer_4", "flip", "undo", "read_source"};

struct NamedKey {
    sf::Keyboard::Key key;
    std::string_view name;
};

// Every key a player may bind, with its stored name. Navigation keys are left out on purpose:
// Enter, Esc, Tab and the arrows must always work the same way.
const std::vector<NamedKey>& named_keys() {
    static const std::vector<NamedKey> keys = [] {
        static const std::array<std::string, 26> letters = [] {
            std::array<std::string, 26> l;
            for (int i = 0; i < 26; ++i)
                l[static_cast<std::size_t>(i)] = std::string(1, static_cast<char>('A' + i));
            return l;
        }();
        static const std::array<std::string, 10> digits = [] {
            std::array<std::string, 10> d;
            for (int i = 0; i < 10; ++i)
                d[static_cast<std::size_t>(i)] = std::string("Num").append(std::to_string(i));
            return d;
        }();
        static const std::array<std::string, 12> fkeys = [] {
            std::array<std::string, 12> f;
            for (int i = 0; i < 12; ++i)
                f[static_cast<std::size_t>(i)] = std::string("F").append(std::to_string(i + 1));
            return f;
        }();
        std::vector<NamedKey> out;
        out.reserve(26 + 10 + 12);
        for (int i = 0; i < 26; ++i)
            out.push_back({static_cast<sf::Keyboard::Key>(sf::Keyboard::A + i),
                           letters[static_cast<std::size_t>(i)]});
        for (int i = 0; i < 10; ++i)
            out.push_back({static_cast<sf::Keyboard::Key>(sf::Keyboard::Num0 + i),
                           digits[static_cast<std::size_t>(i)]});
        // F11 toggles fullscreen everywhere: not bindable.
        for (int i = 0; i < 12; ++i)
            if (i != 10)
                out.push_back({static_cast<sf::Keyboard::Key>(sf::Keyboard::F1 + i),
                               fkeys[static_cast<std::size_t>(i)]});
        out.push_back({sf::Keyboard::Space, "Space"});
        out.push_back({sf::Keyboard::BackSpace, "BackSpace"});
        out.push_back({sf::Keyboard::Delete, "Delete"});
        out.push_back({sf::Keyboard::Home, "Home"});
        out.push_back({sf::Keyboard::End, "End"});
        out.push_back({sf::Keyboard::PageUp, "PageUp"});
        out.push_back({sf::Keyboard::PageDown, "PageDown"});
        out.push_back({sf::Keyboard::Insert, "Insert"});
        return out;
    }();
    return keys;
}

}  // namespace

std::optional<KeyAction> key_action_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kActionNames.size(); ++i)
        if (kActionNames[i] == name) return static_cast<KeyAction>(i);
    return std::nullopt;
}

std::optional<std::string> bindable_key_name(sf::Keyboard::Key key) {
    for (const auto& k : named_keys())
        if (k.key == key) return std::string(k.name);
    return std::nullopt;
}

std::optional<sf::Keyboard::Key> key_from_name(std::string_view name) {
    for (const auto& k : named_keys())
        if (k.name == name) return k.key;
    return std::nullopt;
}

std::string key_label(sf::Keyboard::Key key) {
    if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9)
        return std::string(1, static_cast<char>('0' + (key - sf::Keyboard::Num0)));
    if (const auto name = bindable_key_name(key)) return *name;
    return "?";
}

std::string key_name(sf::Keyboard::Key key, Language language) {
    const bool de = language == Language::German;
    switch (key) {
        case sf::Keyboard::Space:
            return de ? "Leertaste" : "Space";
        case sf::Keyboard::BackSpace:
            return "⌫";
        case sf::Keyboard::Delete:
            return de ? "Entf" : "Del";
        case sf::Keyboard::Insert:
            return de ? "Einfg" : "Ins";
        case sf::Keyboard::Home:
            return de ? "Pos1" : "Home";
        case sf::Keyboard::End:
            return de ? "Ende" : "End";
        case sf::Keyboard::PageUp:
            return de ? "Bild↑" : "PgUp";
        case sf::Keyboard::PageDown:
            return de ? "Bild↓" : "PgDn";
        case sf::Keyboard::Enter:
            return "Enter";
        case sf::Keyboard::Escape:
            return "Esc";
        case sf::Keyboard::Tab:
            return "Tab";
        case sf::Keyboard::Left:
            return "←";
        case sf::Keyboard::Right:
            return "→";
        case sf::Keyboard::Up:
            return "↑";
        case sf::Keyboard::Down:
            return "↓";
        default:
            return key_label(key);
    }
}

std::string ctrl_key_name(sf::Keyboard::Key key, Language language) {
    return (language == Language::German ? "Strg+" : "Ctrl+") + key_name(key, language);
}

KeyBindings::KeyBindings()
    : keys_{sf::Keyboard::Num1,  sf::Keyboard::Num2, sf::Keyboard::Num3, sf::Keyboard::Num4,
            sf::Keyboard::Space, sf::Keyboard::U,    sf::Keyboard::L} {}

KeyBindings KeyBindings::from_settings(const std::map<std::string, std::string>& stored) {
    KeyBindings b;
    for (const auto& [action_name, key_name] : stored) {
        const auto action = key_action_from_name(action_name);
        const auto key = key_from_name(key_name);
        if (action && key) b.keys_[index(*action)] = *key;
    }
    // Stored bindings that clash (a hand-edited save) would make a key ambiguous: defaults then.
    for (std::size_t i = 0; i < kKeyActionCount; ++i)
        for (std::size_t j = i + 1; j < kKeyActionCount; ++j)
            if (b.keys_[i] == b.keys_[j]) return KeyBindings{};
    return b;
}

std::map<std::string, std::string> KeyBindings::to_settings() const {
    std::map<std::string, std::string> out;
    const KeyBindings defaults;
    for (std::size_t i = 0; i < kKeyActionCount; ++i) {
        if (keys_[i] == defaults.keys_[i]) continue;  // store only what the player changed
        if (const auto name = bindable_key_name(keys_[i]))
            out[std::string(kActionNames[i])] = *name;
    }
    return out;
}

std::optional<KeyAction> KeyBindings::action_of(sf::Keyboard::Key key) const {
    for (std::size_t i = 0; i < kKeyActionCount; ++i)
        if (keys_[i] == key) return static_cast<KeyAction>(i);
    return std::nullopt;
}

std::optional<KeyAction> KeyBindings::conflict(KeyAction action, sf::Keyboard::Key key) const {
    const auto holder = action_of(key);
    if (holder && *holder != action) return holder;
    return std::nullopt;
}

bool KeyBindings::rebind(KeyAction action, sf::Keyboard::Key key) {
    if (!bindable_key_name(key) || conflict(action, key)) return false;
    keys_[index(action)] = key;
    return true;
}

bool KeyBindings::default_answer_keys() const {
    const KeyBindings defaults;
    for (std::size_t i = 0; i < 4; ++i)
        if (keys_[i] != defaults.keys_[i]) return false;
    return true;
}

std::optional<std::size_t> KeyBindings::answer_index(sf::Keyboard::Key key) const {
    if (const auto bound = action_of(key))
        return *bound <= KeyAction::Answer4 ? std::optional<std::size_t>(index(*bound))
                                            : std::nullopt;
    if (!default_answer_keys()) return std::nullopt;
    if (key >= sf::Keyboard::Num5 && key <= sf::Keyboard::Num9)  // a fifth or later choice
        return static_cast<std::size_t>(key - sf::Keyboard::Num1);
    if (key >= sf::Keyboard::Numpad1 && key <= sf::Keyboard::Numpad4)
        return static_cast<std::size_t>(key - sf::Keyboard::Numpad1);
    if (key >= sf::Keyboard::A && key <= sf::Keyboard::D)
        return static_cast<std::size_t>(key - sf::Keyboard::A);
    return std::nullopt;
}

std::string KeyBindings::answer_badge(std::size_t i, Language language) const {
    if (i >= 4) return {};
    std::string badge = key_name(keys_[i], language);
    // The letter only while it answers (A is not bound to another action).
    const auto letter = static_cast<sf::Keyboard::Key>(sf::Keyboard::A + static_cast<int>(i));
    if (default_answer_keys() && !action_of(letter))
        badge.append(" ").push_back(static_cast<char>('A' + i));
    return badge;
}

std::string KeyBindings::answer_keys_hint(bool with_letters, Language language) const {
    if (default_answer_keys()) {
        bool letters = with_letters;
        for (int i = 0; i < 4; ++i)
            if (action_of(static_cast<sf::Keyboard::Key>(sf::Keyboard::A + i))) letters = false;
        return letters ? "1–4 / A–D" : "1–4";
    }
    std::string out;
    for (std::size_t i = 0; i < 4; ++i) {
        if (i) out.push_back(' ');
        out.append(key_name(keys_[i], language));
    }
    return out;
}

}  // namespace chronik::ui
