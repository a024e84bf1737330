// Plays an InputScript frame by frame, feeding its events through the game's normal input path.
#pragma once

#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Event.hpp>

#include <chrono>
#include <optional>
#include <string>

#include "ui/script/input_script.hpp"

namespace chronik::ui {

// What the player needs from the running game.
class ScriptHost {
public:
    virtual ~ScriptHost() = default;
    // Handles an event exactly as one polled from the window (pixel coordinates).
    virtual void inject(const sf::Event& event) = 0;
    // Window pixel of a logical point, so that injected mouse events take the same mapping as real
    // ones.
    virtual sf::Vector2i to_window(sf::Vector2f logical) const = 0;
    // Saves the frame being rendered now as NAME.png.
    virtual void request_screenshot(const std::string& name) = 0;
    virtual std::string top_scene() const = 0;
    // The top scene waits for work done elsewhere (Scene::needs_ticks: a plan being computed).
    virtual bool top_scene_waiting() const { return false; }
    virtual std::string scene_stack() const = 0;
    virtual void resize_window(unsigned width, unsigned height) = 0;
    virtual sf::Vector2u window_size() const = 0;
};

enum class ScriptState { Running, Passed, Failed };

class ScriptPlayer {
public:
    explicit ScriptPlayer(InputScript script) : script_(std::move(script)) {}

    // Runs the steps of one frame: every check and screenshot up to and including the next
    // step that takes a frame (input, wait, drag, an unmet wait-scene).
    ScriptState play_frame(ScriptHost& host);
    ScriptState state() const { return state_; }
    // "FILE:LINE: ..." for a failed expectation.
    const std::string& failure() const { return failure_; }
    long frames_played() const { return frames_; }
    // No steps left (the last one may still be running its frame).
    bool at_end() const { return next_ >= script_.steps.size(); }

private:
    bool run_step(const ScriptStep& step, ScriptHost& host);  // true: the frame is used up
    void fail(const ScriptStep& step, const std::string& what);
    void key(ScriptHost& host, const ScriptStep& s);
    void mouse(ScriptHost& host, sf::Event::EventType type, float x, float y, sf::Mouse::Button b);

    InputScript script_;
    std::size_t next_ = 0;
    int sub_ = 0;  // progress inside a multi-frame step
    std::optional<std::chrono::steady_clock::time_point> sleep_until_;
    ScriptState state_ = ScriptState::Running;
    std::string failure_;
    long frames_ = 0;
};

}  // namespace chronik::ui
