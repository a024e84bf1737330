// The on-screen key hints along the bottom edge: key caps with what they do, laid out once.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

struct KeyHint {
    std::string keys;    // e.g. "↑↓", "Enter", "Esc"
    std::string action;  // e.g. "Auswählen"
};

class KeyHintBar {
public:
    // Centred in a strip at the bottom of the 1280x720 view.
    void set(std::vector<KeyHint> hints);
    void draw(sf::RenderTarget& target, const UiContext& ui) const;
    void draw(DrawBatch& batch, const UiContext& ui) const;

private:
    void layout(const UiContext& ui) const;
    std::vector<KeyHint> hints_;
    mutable bool dirty_ = true;
    mutable unsigned epoch_ = ~0u;
    mutable std::vector<RoundedRect> caps_;
    mutable std::vector<TextBlock> texts_;
    mutable DrawBatch batch_;
};

}  // namespace chronik::ui
