// The import file chooser (Stapel → Importieren → Datei wählen): a folder's subfolders and
// importable files, by keyboard (arrows, Enter, Backspace = up, typing jumps to a name, Esc) and
// mouse (click, double-click, wheel), with a path field for a typed or pasted path. The folder
// is listed once per visit and only the visible rows are laid out, so huge folders stay smooth.
#pragma once

#include <functional>
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
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

class FileChooserScene final : public Scene {
public:
    // `on_chosen` gets the chosen file's path (UTF-8) after the chooser has closed.
    FileChooserScene(SceneContext& ctx, std::function<void(const std::string&)> on_chosen);
    std::string_view name() const override { return "file-chooser"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override {
        return (editing_ && input_.animating()) || buttons_.animating();
    }

    static constexpr std::size_t kVisibleRows = 11;

private:
    struct Row {
        RoundedRect bg;
        TextBlock name, kind;
    };
    void open_folder(const std::string& folder, const std::string& select_name = {});
    void go_up();
    void activate(std::size_t index);
    void choose_typed();
    void select(std::size_t index);
    void scroll_by(int rows);
    void layout_rows();
    void toggle_hidden();
    void start_editing(const std::string& initial);
    std::string kind_text(const decks::FolderEntry& e) const;
    std::optional<std::size_t> row_at(sf::Vector2f p) const;
    bool has_up_row() const;

    std::function<void(const std::string&)> on_chosen_;
    FolderView view_;
    std::size_t selected_ = 0, first_ = 0;
    bool show_hidden_ = false;
    bool editing_ = false;       // the path field holds the keyboard
    bool typing_armed_ = false;  // the key that opened this scene must not type into it
    std::string jump_;           // letters typed in a row, to jump to a name
    float since_typed_ = 10.f, since_click_ = 10.f;
    std::size_t last_click_ = static_cast<std::size_t>(-1);

    Backdrop backdrop_;
    TextBlock heading_, folder_text_, status_;
    TextInput input_;
    RoundedRect folder_box_, list_box_, scroll_thumb_;
    std::vector<Row> rows_;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
};

std::unique_ptr<Scene> make_file_chooser(SceneContext& ctx,
                                         std::function<void(const std::string&)> on_chosen);

}  // namespace chronik::ui
