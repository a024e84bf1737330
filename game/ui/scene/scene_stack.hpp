// The stack of scenes: requests to push, pop or replace are queued and applied after the current
// pass.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/theme/theme.hpp"

namespace chronik::ui {

class SceneStack {
public:
    explicit SceneStack(const Theme& theme) : theme_(theme) {}

    // Requests; nothing changes until apply_pending().
    void push(std::unique_ptr<Scene> scene);
    void pop();
    void replace_top(std::unique_ptr<Scene> scene);  // pop the top, push this
    void replace_all(std::unique_ptr<Scene> scene);  // clear the stack, push this
    void apply_pending();

    // The top scene gets the input; scenes below an overlay are frozen. The text a key press
    // types is dropped when that press changed the stack (it opened or closed a screen).
    void handle_event(const sf::Event& event);
    void update(float dt);
    // Time slept without updates goes to the top scene (Scene::elapse).
    void elapse(float seconds);
    void draw(sf::RenderTarget& target) const;
    bool animating() const;
    // The top scene's needs_ticks() and take_redraw() (see Scene).
    bool needs_ticks() const;
    bool take_redraw();

    bool empty() const { return scenes_.empty(); }
    std::size_t size() const { return scenes_.size(); }
    // Name of the top scene ("" when empty).
    std::string_view top_name() const;
    // Names from bottom to top, e.g. "home,pause".
    std::string describe() const;
    // Grows by one whenever scenes were pushed, popped or replaced (cheap change detection).
    std::uint64_t version() const { return version_; }

private:
    enum class Op { Push, Pop, ReplaceTop, ReplaceAll };
    struct Pending {
        Op op;
        std::unique_ptr<Scene> scene;
    };
    void start_transition();

    const Theme& theme_;
    std::vector<std::unique_ptr<Scene>> scenes_;
    std::vector<Pending> pending_;
    std::uint64_t version_ = 0;
    float fade_ = 0.f;           // 1 right after an opaque change, eases to 0
    bool swallow_text_ = false;  // the last key press changed the stack
};

}  // namespace chronik::ui
