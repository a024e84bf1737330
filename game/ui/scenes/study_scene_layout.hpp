// The study screen's layout and tool order, shared by the files of StudyScene.
#pragma once

#include <cstddef>

#include <SFML/Graphics/Rect.hpp>

namespace chronik::ui::study_layout {

constexpr float kLeft = 120.f, kWidth = 1040.f;
const sf::FloatRect kCard{120, 96, 1040, 404};
constexpr float kActionsY = 516.f, kActionH = 64.f, kToolsY = 596.f, kToolH = 48.f;
constexpr float kFlipSeconds = 0.22f;

enum Tool : std::size_t { kUndoTool, kSourceTool };

}  // namespace chronik::ui::study_layout
