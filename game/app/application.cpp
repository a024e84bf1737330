#include "app/application.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/System/Sleep.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "app/frame_stats.hpp"
#include "app/idle_probe.hpp"
#include "app/script_run.hpp"
#include "app/window_fit.hpp"
#include "app/x11_hints.hpp"
#include "io/log/logging.hpp"
#include "ui/audio/synth_audio.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/title_scene.hpp"

namespace chronik::app {
namespace {

std::unique_ptr<ui::Audio> make_audio(const AppOptions& options) {
    // With --no-audio nothing of SFML's audio module is constructed, so OpenAL is never opened.
    if (!options.audio) return std::make_unique<ui::SilentAudio>();
    try {
        return std::make_unique<ui::SynthAudio>();
    } catch (const std::exception& e) {
        io::log_warn(std::string("sound disabled: ") + e.what());
        return std::make_unique<ui::SilentAudio>();
    }
}

ui::Theme make_theme(const AppOptions& o) {
    return ui::Theme::make(o.high_contrast ? ui::Contrast::High : ui::Contrast::Normal,
                           o.reduce_motion ? ui::Motion::Reduced : ui::Motion::Full);
}

}  // namespace

Application::Application(AppOptions options, ui::GameServices& services,
                         const io::DataLocation& data, double started)
    : options_(std::move(options)),
      services_(services),
      window_icon_file_(data.window_icon),
      started_(started),
      theme_(make_theme(options_)),
      strings_(options_.language),
      resources_(data.fonts),
      audio_(make_audio(options_)),
      stack_(theme_),
      ctx_{{resources_, theme_, strings_, *audio_, glyphs_}, stack_, *this, services_},
      window_scale_(options_.ui_scale) {
    warm_strings();
}

void Application::warm_strings() {
    for (std::size_t i = 0; i < static_cast<std::size_t>(ui::TextId::Count); ++i)
        warmup_.add_characters(strings_.get(static_cast<ui::TextId>(i)));
}

Application::~Application() = default;

void Application::apply_profile_settings(const ProfileSettings& s) {
    theme_ = ui::Theme::make(
        s.high_contrast || options_.high_contrast ? ui::Contrast::High : ui::Contrast::Normal,
        s.reduce_motion || options_.reduce_motion ? ui::Motion::Reduced : ui::Motion::Full);
    if (!options_.language_given) {
        io::log_info(std::string("interface language ") +
                     std::string(chronik::language_code(s.language)) + " (the profile's)");
        strings_ = ui::StringTable(s.language == chronik::Language::English ? ui::Language::English
                                                                            : ui::Language::German);
        warm_strings();
    }
    audio_->set_volume(s.sound_volume);
    if (!options_.ui_scale_given) apply_window_scale(s.ui_scale);
}

void Application::apply_window_scale(double scale) {
    if (scale == window_scale_) return;
    window_scale_ = scale;
    // In full screen the scale only sets the window size for when full screen is left; before
    // the window exists create_window() uses it.
    if (fullscreen_ || !window_.isOpen()) return;
    const auto size = window_size_for(scale);
    window_.setSize({size.width, size.height});
    update_view();
    io::log_info("window scale " + std::to_string(scale) + ": " + std::to_string(size.width) + "x" +
                 std::to_string(size.height));
}

void Application::create_window(bool fullscreen) {
    fullscreen_ = fullscreen;
    sf::ContextSettings settings;
    if (fullscreen) {
        window_.create(sf::VideoMode::getDesktopMode(), "Chronik", sf::Style::Fullscreen, settings);
    } else {
        const auto size = window_size_for(window_scale_);
        window_.create(sf::VideoMode(size.width, size.height), "Chronik", sf::Style::Default,
                       settings);
        set_minimum_window_size(static_cast<unsigned long>(window_.getSystemHandle()),
                                kMinimumWindow.width, kMinimumWindow.height);
    }
    // Vsync does nothing under Xvfb; the limiter keeps animations at 60 fps. Scripts run as
    // fast as the machine allows: their time is counted in frames, not seconds.
    set_window_icon();
    window_.setFramerateLimit(scripted_ ? 0 : 60);
    window_.setKeyRepeatEnabled(true);
    update_view();
}

void Application::set_window_icon() {
    // A missing icon is no reason not to play: the window manager shows its default.
    std::error_code ec;
    sf::Image icon;
    if (!std::filesystem::is_regular_file(window_icon_file_, ec) ||
        !icon.loadFromFile(window_icon_file_.string())) {
        io::log_warn("no window icon: cannot read " + window_icon_file_.string());
        return;
    }
    window_.setIcon(icon.getSize().x, icon.getSize().y, icon.getPixelsPtr());
}

WindowSize Application::window_size_for(double scale) const {
    // 150 % on a 1366x768 screen would be larger than the screen: the window shrinks to fit
    // (keeping 16:9), and everything stays visible.
    const auto desktop = sf::VideoMode::getDesktopMode();
    return fit_window(scale, desktop.width, desktop.height);
}

void Application::toggle_fullscreen() {
    create_window(!fullscreen_);
    io::log_info(fullscreen_ ? "full screen on" : "full screen off");
}

void Application::update_view() {
    const auto size = window_.getSize();
    const float sx = static_cast<float>(size.x) / kLogicalWidth;
    const float sy = static_cast<float>(size.y) / kLogicalHeight;
    const float s = std::min(sx, sy);
    const float vw = kLogicalWidth * s / static_cast<float>(size.x);
    const float vh = kLogicalHeight * s / static_cast<float>(size.y);
    view_.reset({0.f, 0.f, kLogicalWidth, kLogicalHeight});
    view_.setViewport({(1.f - vw) / 2.f, (1.f - vh) / 2.f, vw, vh});
    // Rasterise glyphs at the magnified size so text stays sharp (in quarter steps, so that a
    // window dragged by a few pixels does not re-lay out every text).
    const float factor = std::clamp(std::round(s * 4.f) / 4.f, 1.f, 3.f);
    if (factor != glyphs_.factor) {
        glyphs_.factor = factor;
        ++glyphs_.epoch;
    }
    // Glyph texels meet window pixels one to one only when the factor is the magnification
    // itself (1280x720, 125 %, 150 %, full HD, ...); other sizes scale text and smooth it.
    glyphs_.pixel_exact = std::abs(s - factor) < 1e-4f;
    warmup_.plan(theme_, glyphs_.factor);
}

void Application::warm_glyphs_for(std::string_view utf8) {
    warmup_.add_characters(utf8);
}

void Application::warm_glyphs() {
    if (warmup_.done()) return;
    warmup_.step(resources_, kWarmupSlice);
    if (warmup_.done())
        io::log_info("glyph warm-up done (" + std::to_string(warmup_.glyphs_loaded()) +
                     " glyphs looked up)");
}

sf::Vector2i Application::to_window(sf::Vector2f logical) const {
    return window_.mapCoordsToPixel(logical, view_);
}

void Application::resize_window(unsigned width, unsigned height) {
    window_.setSize({width, height});
    update_view();
}

void Application::dispatch(sf::Event e) {
    ++events_dispatched_;
    auto map = [this](int& x, int& y) {
        const sf::Vector2f p = window_.mapPixelToCoords({x, y}, view_);
        x = static_cast<int>(std::floor(p.x));
        y = static_cast<int>(std::floor(p.y));
    };
    switch (e.type) {
        case sf::Event::Closed:
            quit_ = true;
            return;
        case sf::Event::Resized: {
            // Without a window manager (or one that ignores the size hints) a window can be
            // dragged smaller than anything is readable at: it is raised to the minimum.
            const WindowSize wanted = at_least_minimum({e.size.width, e.size.height});
            if (!fullscreen_ && (wanted.width != e.size.width || wanted.height != e.size.height))
                window_.setSize({wanted.width, wanted.height});
            update_view();
            return;
        }
        case sf::Event::KeyPressed:
            if (e.key.code == sf::Keyboard::F11) {
                toggle_fullscreen();
                return;
            }
            break;
        case sf::Event::MouseMoved:
            map(e.mouseMove.x, e.mouseMove.y);
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased:
            map(e.mouseButton.x, e.mouseButton.y);
            break;
        case sf::Event::MouseWheelScrolled:
            map(e.mouseWheelScroll.x, e.mouseWheelScroll.y);
            break;
        case sf::Event::KeyReleased:
        case sf::Event::TextEntered:
        case sf::Event::JoystickButtonPressed:  // the class game's teams may answer by gamepad
            break;
        default:
            return;  // focus, enter/leave, other gamepad events, touch: nothing to do
    }
    stack_.handle_event(e);
    if (stack_.empty()) quit_ = true;
}

void Application::log_scene_changes() {
    // One line per change of the scene stack: the log tells what the user saw, and the
    // xdotool test waits for these lines.
    if (stack_.version() == logged_version_) return;
    logged_version_ = stack_.version();
    io::log_info("scenes: " + stack_.describe());
}

void Application::render() {
    log_scene_changes();
    // Clearing to the background is cheaper than a full-screen quad under software GL; bars
    // outside the letterboxed view are drawn only when the window's shape needs them.
    window_.clear(theme_.palette.background);
    const sf::FloatRect vp = view_.getViewport();
    if (vp.left > 0.f || vp.top > 0.f) {
        const sf::Vector2f size(window_.getSize());
        window_.setView(sf::View({0.f, 0.f, size.x, size.y}));
        sf::RectangleShape bar;
        bar.setFillColor(theme_.palette.letterbox);
        if (vp.left > 0.f) {
            bar.setSize({size.x * vp.left, size.y});
            window_.draw(bar);
            bar.setPosition(size.x * (vp.left + vp.width), 0.f);
            window_.draw(bar);
        } else {
            bar.setSize({size.x, size.y * vp.top});
            window_.draw(bar);
            bar.setPosition(0.f, size.y * (vp.top + vp.height));
            window_.draw(bar);
        }
    }
    window_.setView(view_);
    stack_.draw(window_);
    window_.display();
    if (!first_frame_s_) {
        first_frame_s_ = wall_seconds() - started_;
        io::log_info("first frame after " + std::to_string(std::lround(*first_frame_s_ * 1000)) +
                     " ms");
    }
}

void Application::save_screenshots() {
    if (screenshots_.empty()) return;
    if (!capture_) {
        capture_ = std::make_unique<sf::RenderTexture>();
        if (!capture_->create(static_cast<unsigned>(kLogicalWidth),
                              static_cast<unsigned>(kLogicalHeight)))
            throw std::runtime_error("cannot create the screenshot render texture");
    }
    // Drawn again into a 1280x720 texture: the image is the logical view whatever the window size.
    capture_->setView(capture_->getDefaultView());
    capture_->clear(theme_.palette.background);
    const bool exact = glyphs_.pixel_exact;
    glyphs_.pixel_exact = glyphs_.factor == 1.f;  // the capture is not magnified
    stack_.draw(*capture_);
    glyphs_.pixel_exact = exact;
    capture_->display();
    const sf::Image image = capture_->getTexture().copyToImage();
    const auto dir = options_.screenshots.value_or(".");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    for (const auto& name : screenshots_) {
        const auto path = dir / (name + ".png");
        if (!image.saveToFile(path.string()))
            throw std::runtime_error("cannot write screenshot " + path.string());
        io::log_info("screenshot " + path.string());
    }
    screenshots_.clear();
}

Application::ScriptFrame Application::play_script_frame(ui::ScriptPlayer& player, bool first) {
    const double w0 = wall_seconds(), c0 = process_cpu_seconds();
    const bool moving = stack_.animating();
    const long events_before = events_dispatched_;
    warm_glyphs();
    sf::Event e;
    // Real input is ignored while a script plays, so a stray pointer cannot change a run.
    while (window_.pollEvent(e))
        if (e.type == sf::Event::Closed || e.type == sf::Event::Resized) dispatch(e);
    const auto state = player.play_frame(*this);
    stack_.update(kStep);
    const bool redraw = stack_.take_redraw();
    const bool drawn = first || moving || redraw || events_dispatched_ != events_before;
    if (drawn) render();
    return {state, drawn, (wall_seconds() - w0) * 1000, (process_cpu_seconds() - c0) * 1000};
}

int Application::run(std::optional<ui::InputScript> script) {
    scripted_ = script.has_value();
    create_window(options_.fullscreen);
    stack_.push(std::make_unique<ui::TitleScene>(ctx_));
    if (!services_.startup_problems.empty())
        stack_.push(std::make_unique<ui::NoticeScene>(ctx_, services_.startup_problems));
    stack_.apply_pending();

    int status = 0;
    if (script) {
        ScriptRun run(std::move(*script), options_.bench_frames);
        status = run.play(*this);
        if (options_.bench_frames) {
            std::cout << run.bench_report(first_frame_s_);
            std::cout.flush();
        }
        if (!options_.bench_frames || quit_) {
            window_.close();
            return status;
        }
        // Idle figure: back to the normal loop, which sleeps in waitEvent while nothing moves.
        scripted_ = false;
        window_.setFramerateLimit(60);
    }
    std::optional<IdleProbe> idle;
    if (options_.bench_frames) idle.emplace(static_cast<unsigned long>(window_.getSystemHandle()));
    run_loop();
    if (idle) {
        idle->join();
        std::cout << idle->report(stack_.top_name());
        std::cout.flush();
    }
    window_.close();
    return status;
}

void Application::run_loop() {
    sf::Clock clock;
    float accumulator = 0.f;
    while (!quit_ && window_.isOpen()) {
        sf::Event e;
        const long events_before = events_dispatched_;
        const bool moving = stack_.animating();
        if (!moving && !stack_.needs_ticks() && warmup_.done()) {
            // Nothing moves: sleep until the next event instead of redrawing the same frame.
            if (window_.waitEvent(e)) {
                // The player's clocks (response times, round time) keep running while the
                // screen sleeps; animations do not jump.
                stack_.elapse(clock.restart().asSeconds());
                dispatch(e);
            }
            clock.restart();
            accumulator = 0.f;
        } else if (!moving) {
            // Still, but reading the network or warming glyphs: nap, update, and draw only what
            // changed.
            sf::sleep(sf::milliseconds(kTickNapMs));
        }
        warm_glyphs();
        while (window_.pollEvent(e))
            dispatch(e);
        accumulator += std::min(clock.restart().asSeconds(), 0.25f);
        while (accumulator >= kStep) {
            stack_.update(kStep);
            accumulator -= kStep;
        }
        if (quit_) break;
        const bool redraw = stack_.take_redraw();
        if (moving || redraw || stack_.animating() || events_dispatched_ != events_before) render();
    }
}

}  // namespace chronik::app
