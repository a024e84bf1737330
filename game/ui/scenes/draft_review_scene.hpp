// Entwürfe prüfen: a derived draft deck item by item, with its source sentence beside it: accept,
// reject, edit (prompt, answer, distractors, event text), or keep as a flashcard; every decision
// is saved at once, so a long draft continues where it was left; finishing makes a normal deck.
#pragma once

#include <memory>
#include <optional>
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
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

class DraftReviewScene final : public Scene {
public:
    DraftReviewScene(SceneContext& ctx, std::string deck_id, std::string title);
    std::string_view name() const override { return "draft-review"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override;

private:
    enum class Mode { Viewing, Editing, AllDone, Finished };
    struct FieldRow {
        sf::FloatRect box;
        RoundedRect bg;
        TextBlock label, value;
    };

    void load_next();
    void layout_card();
    void layout_fields();
    void set_buttons();
    void set_status(std::string text, bool problem);
    void refresh_preview();
    void act(DraftAction action);
    void start_edit();
    void focus_field(std::size_t index);
    void save_edit();
    void ask_finish();
    void finish();
    std::string field_label(std::size_t index) const;

    std::string deck_id_, title_;
    Mode mode_ = Mode::Viewing;
    std::optional<DraftCard> card_;
    std::vector<std::string> values_;  // the fields while editing
    std::size_t active_ = 0;
    std::optional<TextInput> input_;
    bool typing_armed_ = false;  // E opened the editor: its text event must not be typed
    std::size_t accepted_ = 0;
    std::string status_text_;
    bool status_problem_ = false;

    Backdrop backdrop_;
    TextBlock heading_, progress_, status_, kind_, main_, source_caption_, source_, message_;
    TextBlock preview_;  // the active field in full, wrapped (the field itself is one line)
    std::vector<TextBlock> choices_;
    std::vector<FieldRow> fields_;
    RoundedRect left_card_, right_card_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable RoundedRect focus_ring_;
};

std::unique_ptr<Scene> make_draft_review(SceneContext& ctx, const std::string& deck_id,
                                         const std::string& title);

}  // namespace chronik::ui
