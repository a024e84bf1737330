// Importing a deck from the game: a file chosen (file_chooser_scene) or its path typed or pasted,
// the kind (detected or chosen), the result with its skipped rows. The new deck is saved to
// <saves>/decks and playable at once.
#pragma once

#include <memory>
#include <string>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/deck_library.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

class DeckImportScene final : public Scene {
public:
    explicit DeckImportScene(SceneContext& ctx);
    std::string_view name() const override { return "deck-import"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return input_.animating() || buttons_.animating(); }

private:
    void change_kind(int direction);
    void refresh_kind();
    void run();
    void open_chooser();
    std::string kind_name(ImportChoice kind) const;

    ImportChoice kind_ = ImportChoice::Detect;
    std::optional<ImportChoice> detected_;
    bool typing_armed_ = false;  // the key that opened this scene must not type into the field

    Backdrop backdrop_;
    TextBlock heading_, path_label_, kind_label_, kind_value_, formats_, result_;
    TextInput input_;
    RoundedRect kind_box_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
};

std::unique_ptr<Scene> make_deck_import(SceneContext& ctx);

}  // namespace chronik::ui
