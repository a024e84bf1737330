#include "ui/script/script_player.hpp"

#include <SFML/System/String.hpp>

namespace chronik::ui {

void ScriptPlayer::fail(const ScriptStep& step, const std::string& what) {
    state_ = ScriptState::Failed;
    failure_ = script_.file + ":" + std::to_string(step.line) + ": " + what;
}

void ScriptPlayer::key(ScriptHost& host, const ScriptStep& s) {
    sf::Event e{};
    e.type = sf::Event::KeyPressed;
    e.key.code = s.key;
    e.key.control = s.ctrl;
    e.key.shift = s.shift;
    e.key.alt = s.alt;
    e.key.system = false;
    host.inject(e);
    if (s.typed != 0) {
        // As a real keyboard: the press, then the character it types, then the release.
        sf::Event t{};
        t.type = sf::Event::TextEntered;
        t.text.unicode = static_cast<sf::Uint32>(s.typed);
        host.inject(t);
    }
    e.type = sf::Event::KeyReleased;
    host.inject(e);
}

void ScriptPlayer::mouse(ScriptHost& host, sf::Event::EventType type, float x, float y,
                         sf::Mouse::Button b) {
    const sf::Vector2i p = host.to_window({x, y});
    sf::Event e{};
    e.type = type;
    if (type == sf::Event::MouseMoved) {
        e.mouseMove.x = p.x;
        e.mouseMove.y = p.y;
    } else {
        e.mouseButton.button = b;
        e.mouseButton.x = p.x;
        e.mouseButton.y = p.y;
    }
    host.inject(e);
}

bool ScriptPlayer::run_step(const ScriptStep& s, ScriptHost& host) {
    switch (s.kind) {
        case StepKind::Key:
            key(host, s);
            return true;
        case StepKind::Text: {
            const sf::String text = sf::String::fromUtf8(s.text.begin(), s.text.end());
            for (sf::Uint32 c : text) {
                sf::Event e{};
                e.type = sf::Event::TextEntered;
                e.text.unicode = c;
                host.inject(e);
            }
            return true;
        }
        case StepKind::Move:
            mouse(host, sf::Event::MouseMoved, s.x, s.y, s.button);
            return true;
        case StepKind::Click:
            mouse(host, sf::Event::MouseMoved, s.x, s.y, s.button);
            mouse(host, sf::Event::MouseButtonPressed, s.x, s.y, s.button);
            mouse(host, sf::Event::MouseButtonReleased, s.x, s.y, s.button);
            return true;
        case StepKind::Press:
            mouse(host, sf::Event::MouseMoved, s.x, s.y, s.button);
            mouse(host, sf::Event::MouseButtonPressed, s.x, s.y, s.button);
            return true;
        case StepKind::Release:
            mouse(host, sf::Event::MouseMoved, s.x, s.y, s.button);
            mouse(host, sf::Event::MouseButtonReleased, s.x, s.y, s.button);
            return true;
        case StepKind::Drag: {
            // Frame 0 presses at the start; frames 1..N move along the line; N+1 releases.
            if (sub_ == 0) {
                mouse(host, sf::Event::MouseMoved, s.x, s.y, s.button);
                mouse(host, sf::Event::MouseButtonPressed, s.x, s.y, s.button);
            } else if (sub_ <= s.frames) {
                const float t = static_cast<float>(sub_) / static_cast<float>(s.frames);
                mouse(host, sf::Event::MouseMoved, s.x + (s.x2 - s.x) * t, s.y + (s.y2 - s.y) * t,
                      s.button);
            } else {
                mouse(host, sf::Event::MouseButtonReleased, s.x2, s.y2, s.button);
                sub_ = 0;
                return true;
            }
            ++sub_;
            --next_;  // stay on this step
            return true;
        }
        case StepKind::Scroll: {
            const sf::Vector2i p = host.to_window({s.x, s.y});
            sf::Event e{};
            e.type = sf::Event::MouseWheelScrolled;
            e.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
            e.mouseWheelScroll.delta = static_cast<float>(s.frames);
            e.mouseWheelScroll.x = p.x;
            e.mouseWheelScroll.y = p.y;
            host.inject(e);
            return true;
        }
        case StepKind::Wait:
            if (sub_ >= s.frames) {
                sub_ = 0;
                return false;
            }
            ++sub_;
            --next_;
            return true;
        case StepKind::Sleep: {
            // Frames go on while the wall clock runs: the game keeps serving the network.
            const auto now = std::chrono::steady_clock::now();
            if (!sleep_until_) sleep_until_ = now + std::chrono::milliseconds(s.frames);
            if (now >= *sleep_until_) {
                sleep_until_.reset();
                return false;
            }
            --next_;
            return true;
        }
        case StepKind::Screenshot:
            // Ends the frame, so the picture shows the state before any later input.
            host.request_screenshot(s.text);
            return true;
        case StepKind::ExpectScene:
            if (host.top_scene() != s.text)
                fail(s, "expected scene '" + s.text + "', but the top scene is '" +
                            host.top_scene() + "' (stack: " + host.scene_stack() + ")");
            return false;
        case StepKind::ExpectStack:
            if (host.scene_stack() != s.text)
                fail(s, "expected scene stack '" + s.text + "', but it is '" + host.scene_stack() +
                            "'");
            return false;
        case StepKind::WaitScene:
            if (host.top_scene() == s.text) {
                sub_ = 0;
                sleep_until_.reset();
                return false;
            }
            if (s.wall_ms > 0) {
                const auto now = std::chrono::steady_clock::now();
                if (!sleep_until_) sleep_until_ = now + std::chrono::milliseconds(s.wall_ms);
                if (now >= *sleep_until_) {
                    sleep_until_.reset();
                    fail(s, "scene '" + s.text + "' not reached within " +
                                std::to_string(s.wall_ms / 1000) +
                                " s (stack: " + host.scene_stack() + ")");
                    return true;
                }
                --next_;
                return true;
            }
            if (sub_ >= s.frames) {
                fail(s, "scene '" + s.text + "' not reached within " + std::to_string(s.frames) +
                            " frames (stack: " + host.scene_stack() + ")");
                return true;
            }
            ++sub_;
            --next_;
            return true;
        case StepKind::WaitSettled: {
            if (!host.top_scene_waiting()) {
                sleep_until_.reset();
                return false;
            }
            const auto now = std::chrono::steady_clock::now();
            if (!sleep_until_) sleep_until_ = now + std::chrono::milliseconds(s.wall_ms);
            if (now >= *sleep_until_) {
                sleep_until_.reset();
                fail(s, "scene '" + host.top_scene() + "' still waiting after " +
                            std::to_string(s.wall_ms / 1000) + " s");
                return true;
            }
            --next_;
            return true;
        }
        case StepKind::Resize:
            host.resize_window(static_cast<unsigned>(s.x), static_cast<unsigned>(s.y));
            return true;
        case StepKind::ExpectWindow: {
            const auto size = host.window_size();
            if (size.x != static_cast<unsigned>(s.x) || size.y != static_cast<unsigned>(s.y))
                fail(s, "expected a window of " + std::to_string(static_cast<unsigned>(s.x)) + "x" +
                            std::to_string(static_cast<unsigned>(s.y)) + ", but it is " +
                            std::to_string(size.x) + "x" + std::to_string(size.y));
            return false;
        }
        case StepKind::Close: {
            sf::Event e{};
            e.type = sf::Event::Closed;
            host.inject(e);
            return true;
        }
        case StepKind::Pad: {
            sf::Event e{};
            e.type = sf::Event::JoystickButtonPressed;
            e.joystickButton.joystickId = static_cast<unsigned>(s.x);
            e.joystickButton.button = static_cast<unsigned>(s.y);
            host.inject(e);
            return true;
        }
    }
    return false;
}

ScriptState ScriptPlayer::play_frame(ScriptHost& host) {
    if (state_ != ScriptState::Running) return state_;
    ++frames_;
    while (next_ < script_.steps.size()) {
        const ScriptStep& s = script_.steps[next_++];
        const bool used_frame = run_step(s, host);
        if (state_ != ScriptState::Running) return state_;
        if (used_frame) return state_;
    }
    state_ = ScriptState::Passed;
    return state_;
}

}  // namespace chronik::ui
