// The time left to read, answer or place a card, as a bar and in seconds, on the class projector.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <cstdint>
#include <optional>

#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class ClassCountdown {
public:
    explicit ClassCountdown(const UiContext& ui);
    // `left` of `total` milliseconds; none: no countdown runs (nothing is drawn).
    void show(std::optional<std::int64_t> left, std::int64_t total);
    void draw(sf::RenderTarget& target) const;

private:
    const UiContext& ui_;
    TextBlock text_;
    ProgressBar bar_;
    bool running_ = false;
};

}  // namespace chronik::ui
