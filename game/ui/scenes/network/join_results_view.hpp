// A student's standings screens: after a question (the top rows, and our place below them when we
// are not among them), and the final one (our place and points, the podium line, the standings
// and the Home button).
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>

#include "ui/scenes/network/join_standings_view.hpp"
#include "ui/services/join_connector.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class JoinResultsView {
public:
    explicit JoinResultsView(const UiContext& ui);
    void show_leaderboard(const JoinView& view);
    void show_final(const JoinView& view);

    // The final screen's Home button: clicked or Enter.
    bool handle(const sf::Event& e) { return actions_.handle(e, ui_).has_value(); }
    void update(float dt) { actions_.update(dt, ui_.theme); }
    bool animating() const { return actions_.animating(); }
    void draw(sf::RenderTarget& target) const;

private:
    const UiContext& ui_;
    bool final_ = false;
    TextBlock title_, place_, body_, podium_line_;
    JoinStandingsView standings_;
    ButtonGroup actions_{Axis::Horizontal};
};

}  // namespace chronik::ui
