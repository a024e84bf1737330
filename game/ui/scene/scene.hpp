// One screen of the game: takes input events, advances in fixed steps, draws itself.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <string_view>

namespace chronik::ui {

struct SceneContext;

// Opaque scenes hide everything below. An overlay (pause, dialogs) is drawn over the scene below,
// which stays visible but frozen: it gets no input and no updates while covered.
enum class Layer { Opaque, Overlay };

class Scene {
public:
    explicit Scene(SceneContext& ctx) : ctx_(ctx) {}
    virtual ~Scene() = default;
    Scene(const Scene&) = delete;
    Scene& operator=(const Scene&) = delete;

    // A stable lower-case name: scripts check it with `expect-scene`, logs print it.
    virtual std::string_view name() const = 0;
    virtual Layer layer() const { return Layer::Opaque; }

    // Input in logical coordinates (mouse positions inside the 1280x720 view).
    virtual void handle_event(const sf::Event& event) = 0;
    // One fixed step of dt seconds (1/60).
    virtual void update(float dt) { (void)dt; }
    // Wall time that passed while the loop slept because nothing moved (no updates ran): clocks
    // that measure the player (response times, a round's time) add it, animations do not.
    // Scripted runs never sleep, so they stay frame-exact.
    virtual void elapse(float seconds) { (void)seconds; }
    virtual void draw(sf::RenderTarget& target) const = 0;
    // True while something moves; when no scene animates the loop sleeps until the next event.
    virtual bool animating() const { return false; }
    // True while the scene must be updated although nothing moves (to read the network, say):
    // the loop then naps a few milliseconds between updates instead of sleeping until input,
    // and draws only when take_redraw() says the picture changed.
    virtual bool needs_ticks() const { return false; }
    // Whether the picture changed since the last call, for a still scene that ticks.
    virtual bool take_redraw() { return false; }
    // Called when the scene becomes the top again after the one above it was removed.
    virtual void on_reveal() {}

protected:
    SceneContext& ctx_;
};

}  // namespace chronik::ui
