// The game application: owns the window, the letterboxed view, the scene stack and the main loop.
#pragma once

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/View.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/options.hpp"
#include "app/window_fit.hpp"
#include "io/desktop/data_location.hpp"
#include "progress/profile_settings.hpp"
#include "ui/audio/audio.hpp"
#include "ui/resources/glyph_warmup.hpp"
#include "ui/resources/resources.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/scene/scene_stack.hpp"
#include "ui/script/script_player.hpp"
#include "ui/services/game_services.hpp"
#include "ui/text/strings.hpp"
#include "ui/theme/theme.hpp"

namespace chronik::app {

inline constexpr float kLogicalWidth = 1280.f;
inline constexpr float kLogicalHeight = 720.f;
inline constexpr float kStep = 1.f / 60.f;  // fixed update step in seconds
// How long a still scene that reads the network naps between updates (Scene::needs_ticks).
inline constexpr int kTickNapMs = 15;
// Time per frame spent loading glyphs ahead until the warm-up is done.
inline constexpr std::chrono::microseconds kWarmupSlice{1200};

class Application final : public ui::AppControl, public ui::ScriptHost {
public:
    // `started` is the wall time at the top of main (for the first-frame figure); `data` names
    // the fonts and the window icon. Throws ui::ResourceError when a font is missing.
    Application(AppOptions options, ui::GameServices& services, const io::DataLocation& data,
                double started);
    ~Application() override;

    // Opens the window on the title screen and runs until quit (with a script: until the script
    // ends, then, with --bench-frames, the idle figure). Returns the exit status (a script's
    // status when one is played).
    int run(std::optional<ui::InputScript> script);

    // One frame of a script (ScriptRun): the script's input, one fixed update step, and a redraw
    // only while something moves or after input, as in normal play, so that the bench times the
    // frames a player's machine really draws. Real input is ignored. The frame's screenshots are
    // saved by save_screenshots(), outside the frame's time.
    struct ScriptFrame {
        ui::ScriptState state;
        bool drawn = false;
        double wall_ms = 0, cpu_ms = 0;
    };
    ScriptFrame play_script_frame(ui::ScriptPlayer& player, bool first);
    void save_screenshots();
    bool quit_requested() const { return quit_; }

    // AppControl
    void request_quit() override { quit_ = true; }
    void toggle_fullscreen() override;
    bool language_from_command_line() const override { return options_.language_given; }
    bool scale_from_command_line() const override { return options_.ui_scale_given; }

    // ScriptHost
    void inject(const sf::Event& event) override { dispatch(event); }
    sf::Vector2i to_window(sf::Vector2f logical) const override;
    void request_screenshot(const std::string& name) override { screenshots_.push_back(name); }
    std::string top_scene() const override { return std::string(stack_.top_name()); }
    bool top_scene_waiting() const override { return stack_.needs_ticks(); }
    std::string scene_stack() const override { return stack_.describe(); }
    void resize_window(unsigned width, unsigned height) override;
    sf::Vector2u window_size() const override { return window_.getSize(); }

    // Applies a profile's settings that belong to the application: look (contrast, motion),
    // language, sound volume and window scale. Options given on the command line win. Scenes
    // made afterwards use the new look and language; the settings scene rebuilds the stack.
    void apply_profile_settings(const ProfileSettings& settings);
    // Characters (UTF-8) whose glyphs are loaded ahead, a slice per frame (ui::GlyphWarmup);
    // the UI's strings are added by the application itself.
    void warm_glyphs_for(std::string_view utf8);

private:
    void create_window(bool fullscreen);
    void set_window_icon();
    void apply_window_scale(double scale);
    // The window for a scale on this desktop (app/window_fit).
    WindowSize window_size_for(double scale) const;
    void update_view();
    void warm_glyphs();   // one slice of the glyph warm-up, if any is left
    void warm_strings();  // the current string table's characters into the warm-up
    void dispatch(sf::Event event);
    // The normal loop: fixed update steps, a redraw when something changed, and a sleep in
    // waitEvent while the screen stands still.
    void run_loop();
    void render();
    void log_scene_changes();

    AppOptions options_;
    ui::GameServices& services_;
    std::filesystem::path window_icon_file_;
    double started_;
    ui::Theme theme_;
    ui::StringTable strings_;
    ui::Resources resources_;
    std::unique_ptr<ui::Audio> audio_;
    ui::GlyphScale glyphs_;
    ui::GlyphWarmup warmup_;
    ui::SceneStack stack_;
    ui::SceneContext ctx_;

    sf::RenderWindow window_;
    sf::View view_;
    bool fullscreen_ = false;
    double window_scale_ = 1.0;
    bool quit_ = false;
    bool scripted_ = false;
    std::vector<std::string> screenshots_;
    std::unique_ptr<sf::RenderTexture> capture_;
    long events_dispatched_ = 0;
    std::optional<double> first_frame_s_;
    std::uint64_t logged_version_ = ~0ull;
};

}  // namespace chronik::app
