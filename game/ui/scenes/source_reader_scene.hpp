// The source reader (Quelle lesen): the deck's article, scrollable, with the passage a question
// comes from highlighted and scrolled into view.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "bank/deck.hpp"
#include "bank/source_text.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/article_view.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class SourceReaderScene final : public Scene {
public:
    // `passage`: the byte range to highlight; `quote_missing`: a quote was asked for but not
    // found (the reader says so and starts at the top).
    SourceReaderScene(SceneContext& ctx, const bank::Deck& deck,
                      std::optional<bank::ByteRange> passage, bool quote_missing);
    std::string_view name() const override { return "source"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { close_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return close_.animating(); }

private:
    void scrolled();
    void drag_thumb(float y);
    sf::FloatRect thumb_rect() const;

    Backdrop backdrop_;
    RoundedRect page_;
    TextBlock heading_, note_, position_;
    ArticleView article_;
    ButtonGroup close_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable RoundedRect track_, thumb_;
    sf::FloatRect track_box_;
    bool dragging_ = false;
    float drag_offset_ = 0;
};

// The reader at the passage of this item's quote (from any feedback or review screen).
std::unique_ptr<Scene> make_source_reader_for(SceneContext& ctx, const std::string& item_id);
// The reader at the top of the first deck with a source (the home entry).
std::unique_ptr<Scene> make_source_reader(SceneContext& ctx);

}  // namespace chronik::ui
