// The standings on a student's screen: up to ten rows (rank, name, points), the student's own
// row marked; wide after a question, narrower beside the final place's button.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

#include "ui/services/join_connector.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class JoinStandingsView {
public:
    static constexpr std::size_t kMaxRows = 10;
    explicit JoinStandingsView(const UiContext& ui);
    // The first kMaxRows of `rows` from `top` down; `me` is the student's name; `compact` rows
    // are lower and narrower (the final screen).
    void show(const std::vector<JoinRow>& rows, const std::string& me, float top, bool compact);
    void draw(sf::RenderTarget& target) const;

private:
    struct Row {
        RoundedRect back;
        TextBlock rank, name, score;
        bool used = false;
    };
    const UiContext& ui_;
    std::vector<Row> rows_;
};

}  // namespace chronik::ui
