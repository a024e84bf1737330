// The leaderboard after a question (top 10, rows sliding from their old places with the rank
// change in words and arrows) and the final podium.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <array>
#include <vector>

#include "ui/services/host_connector.hpp"
#include "ui/widgets/animated_value.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostStandingsView {
public:
    explicit HostStandingsView(const UiContext& ui);
    void show_leaderboard(const HostSession& session);
    void show_podium(const HostSession& session);
    void update(float dt);
    bool animating() const { return motion_.moving(); }
    void draw(sf::RenderTarget& target) const;

private:
    struct Row {
        float from_y = 0, to_y = 0, offset = 0;
        RoundedRect bg;
        TextBlock rank, name, points, move;
    };
    struct Step {
        sf::FloatRect box;  // fully grown
        RoundedRect block;
        TextBlock place, name, points;
    };
    void place_rows();

    const UiContext& ui_;
    bool podium_ = false;
    TextBlock heading_, subheading_, others_;
    std::vector<Row> rows_;
    std::vector<Step> steps_;
    AnimatedValue motion_;
};

}  // namespace chronik::ui
