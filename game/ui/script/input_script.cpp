#include "ui/script/input_script.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "text/ascii.hpp"

namespace chronik::ui {
namespace {

using text::lower_ascii;
using text::trimmed;

const std::map<std::string, sf::Keyboard::Key>& named_keys() {
    static const std::map<std::string, sf::Keyboard::Key> keys = {
        {"enter", sf::Keyboard::Enter},
        {"return", sf::Keyboard::Enter},
        {"escape", sf::Keyboard::Escape},
        {"esc", sf::Keyboard::Escape},
        {"space", sf::Keyboard::Space},
        {"tab", sf::Keyboard::Tab},
        {"backspace", sf::Keyboard::BackSpace},
        {"delete", sf::Keyboard::Delete},
        {"up", sf::Keyboard::Up},
        {"down", sf::Keyboard::Down},
        {"left", sf::Keyboard::Left},
        {"right", sf::Keyboard::Right},
        {"home", sf::Keyboard::Home},
        {"end", sf::Keyboard::End},
        {"pageup", sf::Keyboard::PageUp},
        {"pagedown", sf::Keyboard::PageDown},
        {"insert", sf::Keyboard::Insert},
    };
    return keys;
}

}  // namespace

sf::Keyboard::Key key_from_name(const std::string& name) {
    const std::string n = lower_ascii(name);
    if (n.size() == 1 && n[0] >= 'a' && n[0] <= 'z')
        return static_cast<sf::Keyboard::Key>(sf::Keyboard::A + (n[0] - 'a'));
    if (n.size() == 1 && n[0] >= '0' && n[0] <= '9')
        return static_cast<sf::Keyboard::Key>(sf::Keyboard::Num0 + (n[0] - '0'));
    if (n.size() >= 2 && n[0] == 'f' && std::all_of(n.begin() + 1, n.end(), ::isdigit)) {
        const int f = std::stoi(n.substr(1));
        if (f >= 1 && f <= 15) return static_cast<sf::Keyboard::Key>(sf::Keyboard::F1 + (f - 1));
    }
    const auto& keys = named_keys();
    const auto it = keys.find(n);
    return it == keys.end() ? sf::Keyboard::Unknown : it->second;
}

char32_t typed_character(sf::Keyboard::Key key, bool shift) {
    if (key >= sf::Keyboard::A && key <= sf::Keyboard::Z)
        return static_cast<char32_t>((shift ? U'A' : U'a') + (key - sf::Keyboard::A));
    if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9)
        return static_cast<char32_t>(U'0' + (key - sf::Keyboard::Num0));
    switch (key) {
        case sf::Keyboard::Space:
            return U' ';
        case sf::Keyboard::Tab:
            return U'\t';
        case sf::Keyboard::Enter:
            return U'\r';
        case sf::Keyboard::BackSpace:
            return U'\b';
        case sf::Keyboard::Escape:
            return U'\x1b';
        default:
            return 0;
    }
}

InputScript parse_script(const std::string& source, const std::string& file) {
    InputScript script{file, {}};
    std::istringstream in(source);
    std::string raw;
    int line_no = 0;
    while (std::getline(in, raw)) {
        ++line_no;
        const std::string line = trimmed(raw);
        if (line.empty() || line[0] == '#') continue;
        auto fail = [&](const std::string& what) -> ScriptError {
            return ScriptError(file + ":" + std::to_string(line_no) + ": " + what + " (in '" +
                               line + "')");
        };
        const auto space = line.find_first_of(" \t");
        const std::string cmd = lower_ascii(line.substr(0, space));
        const std::string rest =
            space == std::string::npos ? std::string{} : trimmed(line.substr(space));
        std::istringstream args(rest);
        auto number = [&](const char* what) {
            double v;
            if (!(args >> v)) throw fail(std::string("expected a number for ") + what);
            return v;
        };
        auto no_more = [&] {
            std::string extra;
            if (args >> extra) throw fail("unexpected '" + extra + "'");
        };
        auto button = [&](ScriptStep& s) {
            std::string b;
            if (!(args >> b)) return;
            b = lower_ascii(b);
            if (b == "left")
                s.button = sf::Mouse::Left;
            else if (b == "right")
                s.button = sf::Mouse::Right;
            else if (b == "middle")
                s.button = sf::Mouse::Middle;
            else
                throw fail("unknown mouse button '" + b + "' (left, right, middle)");
        };
        ScriptStep s{};
        s.line = line_no;
        if (cmd == "key" || cmd == "type") {
            s.kind = StepKind::Key;
            if (rest.empty()) throw fail("key needs a key name, e.g. 'key Enter' or 'key ctrl+v'");
            std::string name = rest;
            // Modifiers are prefixes joined with '+'; a lone "+" is not a key we need.
            for (;;) {
                const auto plus = name.find('+');
                if (plus == std::string::npos || plus + 1 == name.size()) break;
                const std::string mod = lower_ascii(name.substr(0, plus));
                if (mod == "ctrl" || mod == "control")
                    s.ctrl = true;
                else if (mod == "shift")
                    s.shift = true;
                else if (mod == "alt")
                    s.alt = true;
                else
                    throw fail("unknown modifier '" + mod + "' (ctrl, shift, alt)");
                name = name.substr(plus + 1);
            }
            s.key = key_from_name(name);
            if (s.key == sf::Keyboard::Unknown) throw fail("unknown key '" + name + "'");
            if (cmd == "type") s.typed = typed_character(s.key, s.shift);
        } else if (cmd == "text") {
            s.kind = StepKind::Text;
            if (rest.empty()) throw fail("text needs something to type");
            s.text = rest;
        } else if (cmd == "move" || cmd == "click" || cmd == "press" || cmd == "release") {
            s.kind = cmd == "move"    ? StepKind::Move
                     : cmd == "click" ? StepKind::Click
                     : cmd == "press" ? StepKind::Press
                                      : StepKind::Release;
            s.x = static_cast<float>(number("X"));
            s.y = static_cast<float>(number("Y"));
            if (s.kind != StepKind::Move) button(s);
            no_more();
        } else if (cmd == "drag") {
            s.kind = StepKind::Drag;
            s.x = static_cast<float>(number("X1"));
            s.y = static_cast<float>(number("Y1"));
            s.x2 = static_cast<float>(number("X2"));
            s.y2 = static_cast<float>(number("Y2"));
            double frames = 12;
            if (args >> frames) no_more();
            if (frames < 1) throw fail("drag needs at least 1 frame");
            s.frames = static_cast<int>(frames);
        } else if (cmd == "scroll") {
            s.kind = StepKind::Scroll;
            s.x = static_cast<float>(number("X"));
            s.y = static_cast<float>(number("Y"));
            s.frames = static_cast<int>(number("DELTA"));
            no_more();
        } else if (cmd == "wait") {
            s.kind = StepKind::Wait;
            const double n = number("FRAMES");
            if (n < 0) throw fail("wait needs a frame count >= 0");
            s.frames = static_cast<int>(n);
            no_more();
        } else if (cmd == "screenshot" || cmd == "expect-scene" || cmd == "expect-stack") {
            s.kind = cmd == "screenshot"     ? StepKind::Screenshot
                     : cmd == "expect-scene" ? StepKind::ExpectScene
                                             : StepKind::ExpectStack;
            if (!(args >> s.text)) throw fail(cmd + " needs a name");
            no_more();
            if (s.kind == StepKind::Screenshot &&
                s.text.find_first_not_of(
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") !=
                    std::string::npos)
                throw fail("screenshot names use letters, digits, '-' and '_'");
        } else if (cmd == "wait-scene") {
            s.kind = StepKind::WaitScene;
            if (!(args >> s.text)) throw fail("wait-scene needs a scene name");
            // The limit is frames, or wall-clock seconds with an 's' ("60s") for scenes that
            // wait on another process: unthrottled script frames run thousands a second on a
            // fast machine, so a frame limit cannot stand for the time a host takes.
            s.frames = 180;
            std::string max;
            if (args >> max) {
                no_more();
                const bool seconds = max.size() > 1 && max.back() == 's';
                if (seconds) max.pop_back();
                std::size_t used = 0;
                long value = -1;
                try {
                    value = std::stol(max, &used);
                } catch (const std::exception&) {
                    used = 0;
                }
                if (used != max.size() || value < 1 || value > (seconds ? 600 : 10'000'000))
                    throw fail("wait-scene takes a limit of 1 to 10000000 frames or 1s to 600s");
                if (seconds)
                    s.wall_ms = static_cast<int>(value) * 1000;
                else
                    s.frames = static_cast<int>(value);
            }
        } else if (cmd == "wait-settled") {
            // Work off the UI thread (an exam plan) takes wall time, not frames.
            s.kind = StepKind::WaitSettled;
            s.wall_ms = 30'000;
            std::string max;
            if (args >> max) {
                no_more();
                std::size_t used = 0;
                long value = -1;
                if (max.size() > 1 && max.back() == 's') {
                    max.pop_back();
                    try {
                        value = std::stol(max, &used);
                    } catch (const std::exception&) {
                        used = 0;
                    }
                }
                if (used == 0 || used != max.size() || value < 1 || value > 600)
                    throw fail("wait-settled takes a limit of 1s to 600s");
                s.wall_ms = static_cast<int>(value) * 1000;
            }
        } else if (cmd == "resize") {
            s.kind = StepKind::Resize;
            s.x = static_cast<float>(number("W"));
            s.y = static_cast<float>(number("H"));
            if (s.x < 64 || s.y < 64) throw fail("resize needs a size of at least 64x64");
            no_more();
        } else if (cmd == "sleep") {
            s.kind = StepKind::Sleep;
            s.frames = static_cast<int>(number("MS"));
            if (s.frames < 0 || s.frames > 600'000) throw fail("sleep takes 0 to 600000 ms");
            no_more();
        } else if (cmd == "expect-window") {
            s.kind = StepKind::ExpectWindow;
            s.x = static_cast<float>(number("W"));
            s.y = static_cast<float>(number("H"));
            no_more();
        } else if (cmd == "close") {
            s.kind = StepKind::Close;
            no_more();
        } else if (cmd == "pad") {
            s.kind = StepKind::Pad;
            const double pad = number("GAMEPAD"), button = number("BUTTON");
            // The limits SFML has: 8 gamepads with 32 buttons each.
            if (pad < 0 || pad > 7 || pad != static_cast<int>(pad))
                throw fail("pad needs a gamepad number from 0 to 7");
            if (button < 0 || button > 31 || button != static_cast<int>(button))
                throw fail("pad needs a button number from 0 to 31");
            s.x = static_cast<float>(pad);
            s.y = static_cast<float>(button);
            no_more();
        } else {
            throw fail("unknown command '" + cmd + "'");
        }
        script.steps.push_back(std::move(s));
    }
    return script;
}

InputScript load_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ScriptError(path + ": cannot open the script file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_script(ss.str(), path);
}

}  // namespace chronik::ui
