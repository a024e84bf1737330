// The "Netzwerkspiel" choice: host a game for the class on this computer, or join one.
#pragma once

#include <memory>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class NetworkMenuScene final : public Scene {
public:
    explicit NetworkMenuScene(SceneContext& ctx);
    std::string_view name() const override { return "network-menu"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }

private:
    enum class Choice { Host, Join, Back };
    void choose(std::size_t index);

    Backdrop backdrop_;
    TextBlock heading_;
    std::vector<Choice> choices_;
    std::vector<TextBlock> details_;
    std::vector<RoundedRect> cards_;
    ButtonGroup buttons_{Axis::Vertical};
    KeyHintBar hints_;
};

// The choice, or straight to the one side this build offers.
std::unique_ptr<Scene> make_network_menu(SceneContext& ctx);

}  // namespace chronik::ui
