// StudyScene's input: keys (through the key bindings) and the mouse.
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/pause_scene.hpp"
#include "ui/scenes/study_scene.hpp"
#include "ui/scenes/study_scene_layout.hpp"

namespace chronik::ui {

using namespace study_layout;

void StudyScene::handle_key_action(KeyAction action) {
    switch (action) {
        case KeyAction::Answer1:
        case KeyAction::Answer2:
        case KeyAction::Answer3:
        case KeyAction::Answer4: {
            if (phase_ != Phase::Back) return;
            const int n = static_cast<int>(action) + 1;
            if (mode_ == Mode::Practice)
                grade(n == 1 ? 1 : 3);
            else
                grade(n);
            return;
        }
        case KeyAction::Flip:
            if (phase_ == Phase::Front)
                flip();
            else if (phase_ == Phase::Back)
                grade(3);
            return;
        case KeyAction::Undo:
            undo();
            return;
        case KeyAction::ReadSource:
            read_source();
            return;
    }
}

void StudyScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.audio.play(Sfx::Back);
        if (phase_ == Phase::Done)
            ctx_.stack.pop();
        else
            ctx_.stack.push(std::make_unique<PauseScene>(ctx_));
        return;
    }
    if (e.type == sf::Event::KeyPressed) {
        if (e.key.control && e.key.code == sf::Keyboard::Z) {
            undo();
            return;
        }
        if (const auto action = keys_.action_of(e.key.code)) {
            handle_key_action(*action);
            return;
        }
    }
    if (e.type == sf::Event::MouseWheelScrolled && phase_ == Phase::Back) {
        note_.ensure_layout(ctx_);
        note_.scroll_lines(e.mouseWheelScroll.delta > 0 ? -1 : 1);
        return;
    }
    // Back and the tools have their own keys (Esc, U, L): they take the mouse only, so that
    // Enter and Space always go to the card's buttons.
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (mouse && back_.handle(e, ctx_)) {
        leave_screen(ctx_);  // every answer is already saved
        return;
    }
    if (const auto hit = mouse ? tools_.handle(e, ctx_) : std::nullopt) {
        const bool undo_shown = undoable_ > 0;
        if (undo_shown && *hit == kUndoTool)
            undo();
        else
            read_source();
        return;
    }
    if (phase_ == Phase::Front && e.type == sf::Event::MouseButtonReleased &&
        e.mouseButton.button == sf::Mouse::Left &&
        kCard.contains(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y))) {
        flip();
        return;
    }
    const auto hit = actions_.handle(e, ctx_);
    if (!hit) return;
    switch (phase_) {
        case Phase::Front:
            flip();
            return;
        case Phase::Back:
            if (mode_ == Mode::Practice)
                grade(*hit == 0 ? 1 : 3);
            else
                grade(static_cast<int>(*hit) + 1);
            return;
        case Phase::Done:
            if (*hit == 0)
                start_practice(study::PracticeKind::Ahead);
            else if (*hit == 1)
                start_practice(study::PracticeKind::Weak);
            else
                ctx_.stack.pop();
            return;
    }
}
}  // namespace chronik::ui
