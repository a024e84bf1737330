// The exam plan's chart: planned reviews and new cards per day as stacked bars up to the exam,
// and the predicted recall as a line over them (0–100 % on the right axis).
#pragma once

#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

#include "study/exam_preparation.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ExamPlanChart {
public:
    // Lays the chart out in `box` for this plan (its days, today first).
    void build(const study::ExamPreparation& preparation, sf::FloatRect box, SceneContext& ctx);
    void clear();
    void draw(DrawBatch& batch) const;

private:
    TextBlock& label(const std::string& text, sf::FloatRect box, unsigned size, sf::Color color,
                     Align align = Align::Left, FontFace face = FontFace::Sans);

    RoundedRect panel_;
    sf::VertexArray shapes_{sf::Triangles};
    std::vector<TextBlock> texts_;
    bool shown_ = false;
};

}  // namespace chronik::ui
