// After the podium: each question with the share of the class that got it right, the hardest
// first, and where the standings were saved.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <vector>

#include "ui/services/host_connector.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostSummaryView {
public:
    explicit HostSummaryView(const UiContext& ui);
    void show(const HostSession& session);
    // The saved paths (or the problem) once the connector has saved.
    void show_saved(const HostSession& session);
    void draw(sf::RenderTarget& target) const;

private:
    struct Row {
        RoundedRect bg, track, fill;
        TextBlock number, prompt, answer, share;
    };
    const UiContext& ui_;
    TextBlock heading_, intro_, none_, saved_;
    std::vector<Row> rows_;
};

}  // namespace chronik::ui
