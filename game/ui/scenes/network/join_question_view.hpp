// A student's question in a network class game: the prompt, the big answer buttons (two by two,
// or a row each for long answers) or a timeline's cards, the countdown, and the card below that
// says "answer now", "locked", a refusal or, at the reveal, right or wrong with the points.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>

#include "ui/input/key_bindings.hpp"
#include "ui/scenes/network/join_timeline_board.hpp"
#include "ui/services/join_connector.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class JoinQuestionView {
public:
    explicit JoinQuestionView(const UiContext& ui);
    // The view's running question, unanswered or answered.
    void show(const JoinView& view);
    // After an answer, a refusal, a pause or the answers opening.
    void refresh(const JoinView& view);
    // The reveal (after show): none for a skipped question, else whether our answer was right.
    std::optional<bool> reveal(const JoinView& view);
    // A line under the reveal's points (what was saved to the profile).
    void add_note(const std::string& note);
    // Every frame while the question is open: the bar, and the seconds when they change.
    void tick(const JoinView& view, std::optional<std::int64_t> left_ms);
    // The mouse wheel scrolls a long prompt; a click or Enter on an answer returns it.
    std::optional<std::size_t> handle(const sf::Event& e, const UiContext& ui);
    // A timeline question: moves its cards; returns the order when the student sends it.
    std::optional<std::vector<std::size_t>> handle_order(const sf::Event& e, bool open) {
        return board_.handle(e, open);
    }
    void focus(std::size_t choice) { answers_.set_focus(choice); }
    // The profile's answer keys, for the buttons' key caps ("1 A" by default, "H" remapped).
    // The profile's answer keys, named on the buttons in the UI language.
    void set_keys(const KeyBindings& keys, Language language) {
        keys_ = keys;
        language_ = language;
    }
    std::size_t choices() const { return answers_.size(); }
    void update(float dt);
    bool animating(bool open) const;
    // `open`: the question is not yet revealed (the countdown shows).
    void draw(sf::RenderTarget& target, const JoinView& view, bool open) const;

private:
    std::optional<bool> reveal_timeline(const JoinView& view);

    const UiContext& ui_;
    TextBlock prompt_, status_, countdown_, detail_;
    RoundedRect card_;
    ProgressBar timer_bar_;
    ButtonGroup answers_{Axis::Grid};
    JoinTimelineBoard board_;
    bool timeline_ = false;
    long shown_seconds_ = -1;  // the countdown's last text
    KeyBindings keys_;
    Language language_ = Language::German;
};

// The card's line for a refused answer.
const std::string& rejection_text(const StringTable& strings, Rejection reason);

}  // namespace chronik::ui
