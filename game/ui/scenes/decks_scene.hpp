// Stapel: the loaded decks with their counts, which of them the open profile studies
// (checkboxes, at least one stays on), and the doors to import and draft review.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/deck_library.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class DecksScene final : public Scene {
public:
    explicit DecksScene(SceneContext& ctx);
    std::string_view name() const override { return "decks"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override { buttons_.update(dt, ctx_.theme); }
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return buttons_.animating(); }
    void on_reveal() override { refresh(); }

private:
    struct Row {
        sf::FloatRect box;
        RoundedRect bg, check;
        TextBlock mark, title, detail;
    };
    void refresh();
    void layout_rows();
    void toggle(std::size_t index);
    void open_review();
    void open_import();
    void study_deck();  // "Diesen Stapel lernen": Lernen over the focused deck only
    void export_to_anki();
    std::string detail_text(const DeckSummary& d, bool on) const;
    bool studies(const DeckSummary& d) const;

    std::vector<DeckSummary> decks_;
    std::vector<Row> rows_;
    std::size_t focus_ = 0;
    std::size_t first_ = 0;  // first visible row
    std::string status_text_;
    std::string export_text_;  // where the last export to Anki went; shown in the footer

    Backdrop backdrop_;
    TextBlock heading_, sub_, status_, footer_, shown_;
    ButtonGroup buttons_{Axis::Vertical};
    KeyHintBar hints_;
    mutable RoundedRect focus_ring_;
};

std::unique_ptr<Scene> make_decks(SceneContext& ctx);

}  // namespace chronik::ui
