// Statistics (Statistik): card counts, reviews per day, true retention, the 30-day forecast,
// mastery by topic and a study calendar, drawn with SFML; readable without colour (numbers,
// labels, sizes and a dashed target line). Geometry is built once when the scene opens.
#pragma once

#include <SFML/Graphics/VertexArray.hpp>

#include <memory>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class StatisticsScene final : public Scene {
public:
    explicit StatisticsScene(SceneContext& ctx);
    std::string_view name() const override { return "statistics"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { back_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return back_.animating(); }

private:
    void build(const study::ProfileStatistics& stats);
    TextBlock& label(const std::string& text, sf::FloatRect box, unsigned size, sf::Color color,
                     Align align = Align::Left, FontFace face = FontFace::Sans);

    Backdrop backdrop_;
    std::vector<RoundedRect> panels_;
    std::vector<TextBlock> texts_;
    sf::VertexArray shapes_{sf::Triangles};  // every bar, line, cell and tick, in one draw
    ButtonGroup back_{Axis::Horizontal};
    KeyHintBar hints_;
};

std::unique_ptr<Scene> make_statistics(SceneContext& ctx);

}  // namespace chronik::ui
