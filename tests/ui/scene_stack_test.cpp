#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "ui/scene/scene_context.hpp"
#include "ui/scene/scene_stack.hpp"
#include "unused_services.hpp"

using namespace chronik::ui;

namespace {

// A scene that records what reaches it; needs no window (nothing is drawn).
struct Probe : Scene {
    Probe(SceneContext& ctx, std::string n, Layer l, std::vector<std::string>& log)
        : Scene(ctx), name_(std::move(n)), layer_(l), log_(log) {}
    std::string_view name() const override { return name_; }
    Layer layer() const override { return layer_; }
    void handle_event(const sf::Event&) override {
        log_.push_back(name_ + ":event");
        if (on_event) on_event();
    }
    void update(float) override { log_.push_back(name_ + ":update"); }
    void elapse(float seconds) override {
        log_.push_back(name_ + ":elapse " + std::to_string(static_cast<int>(seconds)));
    }
    void draw(sf::RenderTarget&) const override {}
    bool animating() const override { return moving; }
    bool needs_ticks() const override { return ticking; }
    bool take_redraw() override { return std::exchange(changed, false); }
    void on_reveal() override { log_.push_back(name_ + ":reveal"); }
    std::string name_;
    Layer layer_;
    std::vector<std::string>& log_;
    std::function<void()> on_event;
    bool moving = false;
    bool ticking = false;
    bool changed = false;
};

struct NoApp : AppControl {
    void request_quit() override {}
    void toggle_fullscreen() override {}
};

struct Fixture {
    Theme theme = Theme::make(Contrast::Normal, Motion::Reduced);  // no fades: animating() is exact
    StringTable strings{Language::German};
    Resources resources{CHRONIK_BINARY_DIR "/assets/fonts"};
    SilentAudio audio;
    GlyphScale glyphs;
    SceneStack stack{theme};
    NoApp app;
    test::UnusedServices unused;
    SceneContext ctx{{resources, theme, strings, audio, glyphs}, stack, app, unused.services};
    std::vector<std::string> log;
    Probe* add(const std::string& name, Layer layer) {
        auto p = std::make_unique<Probe>(ctx, name, layer, log);
        auto* raw = p.get();
        stack.push(std::move(p));
        return raw;
    }
};

}  // namespace

TEST_CASE("scene changes requested during a pass wait until the pass ends") {
    Fixture f;
    auto* home = f.add("home", Layer::Opaque);
    f.stack.apply_pending();
    home->on_event = [&] {
        f.add("pause", Layer::Overlay);
        CHECK(f.stack.top_name() == "home");  // not yet
    };
    f.stack.handle_event(sf::Event{});
    CHECK(f.stack.describe() == "home,pause");
}

TEST_CASE("the character typed by a key press that opened a screen never reaches that screen") {
    Fixture f;
    auto* profiles = f.add("profiles", Layer::Opaque);
    f.stack.apply_pending();
    profiles->on_event = [&] {
        if (f.stack.size() == 1) f.add("name-dialog", Layer::Overlay);
    };
    sf::Event press{};
    press.type = sf::Event::KeyPressed;
    press.key.code = sf::Keyboard::N;
    sf::Event typed{};
    typed.type = sf::Event::TextEntered;
    typed.text.unicode = U'n';
    sf::Event release = press;
    release.type = sf::Event::KeyReleased;
    f.log.clear();
    f.stack.handle_event(press);
    f.stack.handle_event(typed);  // the "n" of the N that opened the dialog: dropped
    f.stack.handle_event(release);
    f.stack.handle_event(typed);  // typed afterwards: the dialog gets it
    CHECK(f.log ==
          std::vector<std::string>{"profiles:event", "name-dialog:event", "name-dialog:event"});
    // A key press that changes nothing leaves its character alone.
    f.log.clear();
    f.stack.handle_event(press);
    f.stack.handle_event(typed);
    CHECK(f.log == std::vector<std::string>{"name-dialog:event", "name-dialog:event"});
}

TEST_CASE("an overlay freezes the scene below: only the top gets input and updates") {
    Fixture f;
    f.add("home", Layer::Opaque);
    f.add("pause", Layer::Overlay);
    f.stack.apply_pending();
    f.log.clear();
    f.stack.handle_event(sf::Event{});
    f.stack.update(1.f / 60);
    CHECK(f.log == std::vector<std::string>{"pause:event", "pause:update"});
}

TEST_CASE("popping an overlay reveals the scene below, and replace_all leaves one scene") {
    Fixture f;
    f.add("title", Layer::Opaque);
    f.add("notice", Layer::Overlay);
    f.stack.apply_pending();
    f.log.clear();
    f.stack.pop();
    f.stack.apply_pending();
    CHECK(f.log == std::vector<std::string>{"title:reveal"});
    f.stack.replace_all(std::make_unique<Probe>(f.ctx, "home", Layer::Opaque, f.log));
    f.stack.apply_pending();
    CHECK(f.stack.describe() == "home");
}

TEST_CASE("the stack animates only while its top scene does or a change is pending") {
    Fixture f;
    auto* home = f.add("home", Layer::Opaque);
    CHECK(f.stack.animating());  // a push is pending
    f.stack.apply_pending();
    CHECK_FALSE(f.stack.animating());
    home->moving = true;
    CHECK(f.stack.animating());
}

TEST_CASE("a still scene that ticks is the top's business, and each redraw request is taken once") {
    Fixture f;
    auto* net = f.add("net", Layer::Opaque);
    f.stack.apply_pending();
    CHECK_FALSE(f.stack.needs_ticks());
    net->ticking = true;
    CHECK(f.stack.needs_ticks());
    CHECK_FALSE(f.stack.animating());  // ticking is not moving: no frame every step
    CHECK_FALSE(f.stack.take_redraw());
    net->changed = true;
    CHECK(f.stack.take_redraw());
    CHECK_FALSE(f.stack.take_redraw());
    // Under an overlay the scene is frozen (no updates), so it neither ticks nor redraws.
    f.add("dialog", Layer::Overlay);
    f.stack.apply_pending();
    net->changed = true;
    CHECK_FALSE(f.stack.needs_ticks());
    CHECK_FALSE(f.stack.take_redraw());
}

TEST_CASE("a missing font is a start-up error that names the path") {
    CHECK_THROWS_WITH_AS(Resources("/nonexistent/fonts"),
                         doctest::Contains("/nonexistent/fonts/DejaVuSans.ttf"), ResourceError);
}

TEST_CASE("time slept without updates reaches only the top scene's clocks") {
    Fixture f;
    f.add("quiz", Layer::Opaque);
    f.stack.apply_pending();
    f.log.clear();
    f.stack.elapse(53.f);
    CHECK(f.log == std::vector<std::string>{"quiz:elapse 53"});
    f.add("pause", Layer::Overlay);  // paused: the round's clock stands
    f.stack.apply_pending();
    f.log.clear();
    f.stack.elapse(10.f);
    f.stack.elapse(0.f);
    CHECK(f.log == std::vector<std::string>{"pause:elapse 10"});
}
