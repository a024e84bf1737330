#include "ui/scene/scene_stack.hpp"

#include <cmath>

#include <SFML/Graphics/View.hpp>

namespace chronik::ui {

void SceneStack::push(std::unique_ptr<Scene> scene) {
    pending_.push_back({Op::Push, std::move(scene)});
}
void SceneStack::pop() {
    pending_.push_back({Op::Pop, nullptr});
}
void SceneStack::replace_top(std::unique_ptr<Scene> scene) {
    pending_.push_back({Op::ReplaceTop, std::move(scene)});
}
void SceneStack::replace_all(std::unique_ptr<Scene> scene) {
    pending_.push_back({Op::ReplaceAll, std::move(scene)});
}

void SceneStack::start_transition() {
    fade_ = theme_.durations.scene_fade > 0 ? 1.f : 0.f;
}

void SceneStack::apply_pending() {
    // A scene may queue more requests while being destroyed or revealed: loop until calm.
    while (!pending_.empty()) {
        auto batch = std::move(pending_);
        pending_.clear();
        ++version_;
        bool revealed = false;
        for (auto& p : batch) {
            switch (p.op) {
                case Op::Push:
                    if (p.scene->layer() == Layer::Opaque) start_transition();
                    scenes_.push_back(std::move(p.scene));
                    revealed = false;
                    break;
                case Op::Pop:
                    if (!scenes_.empty()) {
                        if (scenes_.back()->layer() == Layer::Opaque) start_transition();
                        scenes_.pop_back();
                        revealed = true;
                    }
                    break;
                case Op::ReplaceTop:
                    if (!scenes_.empty()) scenes_.pop_back();
                    start_transition();
                    scenes_.push_back(std::move(p.scene));
                    revealed = false;
                    break;
                case Op::ReplaceAll:
                    scenes_.clear();
                    start_transition();
                    scenes_.push_back(std::move(p.scene));
                    revealed = false;
                    break;
            }
        }
        if (revealed && !scenes_.empty()) scenes_.back()->on_reveal();
    }
}

void SceneStack::handle_event(const sf::Event& event) {
    // A real keyboard sends a key press and then the character it types. When the press opened
    // or closed a screen (N opens the name dialog, 2 the join form), that character belongs to
    // the press, not to the new screen's text field: it is dropped.
    if (event.type == sf::Event::TextEntered && swallow_text_) return;
    swallow_text_ = false;
    const auto before = version_;
    if (!scenes_.empty()) scenes_.back()->handle_event(event);
    apply_pending();
    swallow_text_ = event.type == sf::Event::KeyPressed && version_ != before;
}

void SceneStack::update(float dt) {
    if (fade_ > 0.f) fade_ = std::max(0.f, fade_ - dt / theme_.durations.scene_fade);
    if (!scenes_.empty()) scenes_.back()->update(dt);
    apply_pending();
}

void SceneStack::elapse(float seconds) {
    if (!scenes_.empty() && seconds > 0.f) scenes_.back()->elapse(seconds);
}

void SceneStack::draw(sf::RenderTarget& target) const {
    if (scenes_.empty()) return;
    std::size_t first = scenes_.size() - 1;
    while (first > 0 && scenes_[first]->layer() == Layer::Overlay)
        --first;
    const sf::View base = target.getView();
    const float eased = fade_ * fade_;
    if (eased > 0.f) {
        // The new screen slides up into place. No translucent veil over it: under software GL a
        // full-screen blended quad cost more than the whole rest of the frame, and these
        // transition frames were the slowest of a round.
        // By whole window pixels, so that text keeps meeting pixels one to one (glyph_run.hpp).
        const float pixels_per_unit =
            static_cast<float>(target.getSize().y) * base.getViewport().height / base.getSize().y;
        sf::View shifted = base;
        shifted.move(0.f, -std::round(24.f * eased * pixels_per_unit) / pixels_per_unit);
        target.setView(shifted);
    }
    for (std::size_t i = first; i < scenes_.size(); ++i)
        scenes_[i]->draw(target);
    target.setView(base);
}

bool SceneStack::animating() const {
    return fade_ > 0.f || !pending_.empty() || (!scenes_.empty() && scenes_.back()->animating());
}

bool SceneStack::needs_ticks() const {
    return !scenes_.empty() && scenes_.back()->needs_ticks();
}

bool SceneStack::take_redraw() {
    return !scenes_.empty() && scenes_.back()->take_redraw();
}

std::string_view SceneStack::top_name() const {
    return scenes_.empty() ? std::string_view{} : scenes_.back()->name();
}

std::string SceneStack::describe() const {
    std::string out;
    for (const auto& s : scenes_) {
        if (!out.empty()) out += ',';
        out += s->name();
    }
    return out;
}

}  // namespace chronik::ui
