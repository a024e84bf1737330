// The standings on a class game's projector, one look for the one-screen game and the hosted
// game: the leaderboard after a question (the top rows sliding from their old places, the change
// in words and arrows) and the podium (pedestals that rise, the rest named below).
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "round/leaderboard.hpp"
#include "ui/widgets/animated_value.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

// The words the board shows, from the caller's string table.
struct StandingsWords {
    std::function<std::string(std::int64_t)> points;  // "120 Punkte"
    std::string new_entry;                            // a row that was not on the last board
    std::function<std::string(int)> place;            // "1. Platz"
    // A second line on a pedestal ("5 richtig"); may be empty.
    std::function<std::string(const round::Standing&)> detail;
};

// What a screen adds: a mark before each name (the one-screen game's team symbols), and how much
// room the podium leaves below it (for the screen's buttons).
struct StandingsLook {
    std::function<void(sf::RenderTarget&, const std::string& name, sf::Vector2f centre, float size)>
        mark;
    float podium_floor = 570.f;  // where the pedestals stand
    float podium_scale = 1.f;    // their height
    float others_top = 590.f;    // the line naming the places after the podium
    float others_height = 64.f;
};

class StandingsBoard {
public:
    StandingsBoard(const UiContext& ui, StandingsWords words, StandingsLook look = {});

    // The first 10 rows of `now`, each sliding from its row in `before` (or from below the list).
    // The moves stay unsaid before anyone had points: everyone shared rank 1.
    void show_leaderboard(const std::string& heading, const std::string& subheading,
                          const std::vector<round::Standing>& before,
                          const std::vector<round::Standing>& now);
    // Second, first and third from the left, as on a real podium, each as high as its rank (a tie
    // stands as high); the others in a line below.
    void show_podium(const std::string& heading, const std::vector<round::Standing>& podium);

    void update(float dt);
    bool animating() const { return motion_.moving(); }
    void draw(sf::RenderTarget& target) const;

private:
    struct Row {
        float from_y = 0, to_y = 0, offset = 0;
        std::string name;
        RoundedRect bg;
        TextBlock rank, label, points, move;
    };
    struct Step {
        sf::FloatRect box;  // fully grown
        std::string name;
        RoundedRect block;
        TextBlock place, label, points;
    };
    void place_rows();

    const UiContext& ui_;
    StandingsWords words_;
    StandingsLook look_;
    TextBlock heading_, subheading_, others_;
    std::vector<Row> rows_;
    std::vector<Step> steps_;
    AnimatedValue motion_;
};

}  // namespace chronik::ui
