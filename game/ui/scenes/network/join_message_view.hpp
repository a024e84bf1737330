// A student's screens that are a message with buttons: waiting for the start (with the room),
// the connection lost or refused (with "connect again" where trying again can help), connecting
// again, and removed by the teacher.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>

#include "ui/services/join_connector.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

// What a refused reconnect means, in the UI language (the view's refusal, code and wait).
std::string refusal_text(const StringTable& strings, const JoinView& view);

class JoinMessageView {
public:
    explicit JoinMessageView(const UiContext& ui);
    // Our name, that the host renamed or took us back, a pause; the room; a Leave button.
    void show_waiting(const JoinView& view);
    // `message` over the problem's detail; Connect again (first) where it can help, and Leave.
    void show_lost(const JoinView& view, const std::string& message);
    void show_removed();
    // After Connect again: what is tried, no buttons until it worked or failed.
    void show_connecting(const std::string& address);
    // Whether Connect again is on offer (it is the first button then).
    bool offers_retry() const { return actions_.size() > 1; }

    // A click or Enter on a button: its index.
    std::optional<std::size_t> handle(const sf::Event& e) { return actions_.handle(e, ui_); }
    void update(float dt) { actions_.update(dt, ui_.theme); }
    bool animating() const { return actions_.animating(); }
    void draw(sf::RenderTarget& target) const;

private:
    void set_texts(const std::string& title, const std::string& body, const std::string& place);

    const UiContext& ui_;
    TextBlock title_, body_, place_;
    ButtonGroup actions_{Axis::Horizontal};
};

}  // namespace chronik::ui
