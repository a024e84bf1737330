// Scripted input for tests and benchmarks: a parsed list of steps (keys, text, mouse, waits,
// checks).
#pragma once

#include <SFML/Window/Keyboard.hpp>
#include <SFML/Window/Mouse.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace chronik::ui {

// A malformed script; the message reads "FILE:LINE: what is wrong".
struct ScriptError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class StepKind {
    Key,           // key [ctrl+][shift+][alt+]NAME
    Text,          // text STRING (UTF-8, rest of the line)
    Move,          // move X Y
    Click,         // click X Y [left|right]
    Press,         // press X Y [left|right]
    Release,       // release X Y [left|right]
    Drag,          // drag X1 Y1 X2 Y2 [FRAMES]
    Scroll,        // scroll X Y DELTA
    Wait,          // wait FRAMES
    Sleep,         // sleep MS (wall-clock time, frames keep running: for outside processes)
    Screenshot,    // screenshot NAME
    ExpectScene,   // expect-scene NAME
    WaitScene,     // wait-scene NAME [MAX_FRAMES | SECONDSs]
    WaitSettled,   // wait-settled [SECONDSs]: until the top scene waits for nothing (default 30s)
    ExpectStack,   // expect-stack NAME,NAME,...
    Resize,        // resize W H
    ExpectWindow,  // expect-window W H (the window's size in pixels)
    Close,         // close (as if the window's close button was pressed)
    Pad,           // pad GAMEPAD BUTTON (a gamepad button pressed; both count from 0)
};

struct ScriptStep {
    StepKind kind;
    int line = 0;
    sf::Keyboard::Key key = sf::Keyboard::Unknown;
    bool ctrl = false, shift = false, alt = false;
    // `type`: the character the key types after its press, as a real keyboard sends it (0: none).
    char32_t typed = 0;
    sf::Mouse::Button button = sf::Mouse::Left;
    float x = 0, y = 0, x2 = 0, y2 = 0;  // logical coordinates in the 1280x720 view
    int frames = 0;                      // wait, drag, wait-scene limit, scroll delta
    int wall_ms = 0;                     // wait-scene limit in wall-clock time (0: frames)
    std::string text;                    // text, screenshot name, scene name, stack
};

struct InputScript {
    std::string file;
    std::vector<ScriptStep> steps;
};

// Parses a script; `file` only names the source in error messages. Throws ScriptError.
InputScript parse_script(const std::string& source, const std::string& file);
// Reads and parses a file. Throws ScriptError (also for an unreadable file).
InputScript load_script(const std::string& path);

// The character a key types on a real keyboard (a letter, digit, space, tab, CR, backspace,
// escape); 0 for keys that type nothing.
char32_t typed_character(sf::Keyboard::Key key, bool shift);

// "Enter", "a", "F11", "BackSpace" ... -> key; Unknown when the name is not known.
sf::Keyboard::Key key_from_name(const std::string& name);

}  // namespace chronik::ui
