// Everything a scene may use: the widget context, the scene stack, app control and game services.
#pragma once

#include "ui/input/key_bindings.hpp"
#include "ui/scene/scene_stack.hpp"
#include "ui/services/game_services.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

// Requests to the application that owns the window.
class AppControl {
public:
    virtual ~AppControl() = default;
    virtual void request_quit() = 0;
    virtual void toggle_fullscreen() = 0;
    // Whether an option on the command line overrides the profile's setting for this run.
    virtual bool language_from_command_line() const { return false; }
    virtual bool scale_from_command_line() const { return false; }
};

struct SceneContext : UiContext {
    SceneStack& stack;
    AppControl& app;
    GameServices& services;
};

// The open profile's keys (Einstellungen → Tastenbelegung).
inline KeyBindings profile_keys(const SceneContext& ctx) {
    return KeyBindings::from_settings(ctx.services.session().settings().key_bindings);
}

}  // namespace chronik::ui
