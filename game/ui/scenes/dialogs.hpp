// Modal dialogs as overlay scenes: asking for a name, confirming a destructive action, showing
// notices.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/scenes/overlay_dialog.hpp"

namespace chronik::ui {

// Asks for a name. `submit` returns an error to show (the dialog stays open) or nullopt (it
// closes).
class NameDialogScene final : public FieldDialog {
public:
    using Submit = std::function<std::optional<std::string>(const std::string& name)>;
    NameDialogScene(SceneContext& ctx, std::string prompt, const std::string& initial,
                    Submit submit);
    std::string_view name() const override { return "name-dialog"; }
    void draw(sf::RenderTarget& target) const override;

private:
    void submit() override;
    Submit submit_;
    TextBlock prompt_;
};

// Asks before something destructive; Cancel has the focus first.
class ConfirmDialogScene final : public OverlayDialog {
public:
    ConfirmDialogScene(SceneContext& ctx, std::string question, std::string detail,
                       const std::string& confirm_label, std::function<void()> on_confirm);
    std::string_view name() const override { return "confirm-dialog"; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    std::function<void()> on_confirm_;
    TextBlock question_, detail_;
};

// Lists problems (a deck that failed to load, a repaired save) until the user dismisses it.
class NoticeScene final : public OverlayDialog {
public:
    NoticeScene(SceneContext& ctx, const std::vector<std::string>& lines);
    std::string_view name() const override { return "notice"; }
    void handle_event(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;

private:
    TextBlock heading_, body_;
};

}  // namespace chronik::ui
