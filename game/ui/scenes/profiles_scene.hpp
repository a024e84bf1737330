// Choosing who plays: pick a profile, create one by typing a name, rename it, delete it after
// confirming.
#pragma once

#include <optional>
#include <vector>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class ProfilesScene final : public Scene {
public:
    explicit ProfilesScene(SceneContext& ctx);
    std::string_view name() const override { return "profiles"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return list_.animating() || actions_.animating(); }
    void on_reveal() override;

private:
    static constexpr std::size_t kVisibleRows = 6;
    enum class Column { List, Actions };

    void refresh(const std::string& focus_id = {});
    void layout_rows();
    void set_column(Column c);
    // The profile the actions apply to: the focused list row, unless it is "new profile".
    const ProfileEntry* selected() const;
    void open(const ProfileEntry& entry);
    void ask_new();
    void ask_rename();
    void ask_delete();
    void show_error(const std::string& message);
    // The note on the selected profile's names (empty when it has no rename conflict).
    const TextBlock* name_conflict_note() const;

    Backdrop backdrop_;
    TextBlock heading_, empty_, error_, more_above_, more_below_;
    TextBlock several_computers_;  // how to use one profile on several computers
    // The selected profile's names when two computers renamed it while apart (in the help's
    // place), and the profile it was made for.
    mutable TextBlock name_conflict_;
    mutable std::string name_conflict_id_;
    ButtonGroup list_;
    std::vector<TextBlock> row_today_;  // "12 fällig · 5 neu" on each profile's row
    ButtonGroup actions_;
    KeyHintBar hints_;
    mutable DrawBatch batch_;
    std::vector<ProfileEntry> entries_;
    std::size_t first_row_ = 0;
    Column column_ = Column::List;
    std::size_t last_profile_focus_ = 0;
    std::optional<ProfileEntry> open_when_revealed_;
};

}  // namespace chronik::ui
