// Flashcard study (Lernen): today's queue from the scheduler, flip, four grades that show the
// wait each would give, undo of the last answer, and practice outside the schedule when the day
// is done.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ui/input/key_bindings.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

// "< 1 Min", "10 Min", "3 Std", "4 Tg", "2 Mon", "1,5 J" for a wait in milliseconds.
std::string format_interval(std::int64_t ms, const StringTable& strings);

class StudyScene final : public Scene {
public:
    // With a deck title: "Diesen Stapel lernen" (the session's focus deck is set by the caller and
    // cleared when this scene ends).
    explicit StudyScene(SceneContext& ctx, const std::string& deck_title = {});
    ~StudyScene() override;
    std::string_view name() const override { return "study"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void elapse(float seconds) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override;
    void on_reveal() override;

private:
    enum class Mode { Scheduled, Practice };
    enum class Phase { Front, Back, Done };

    void load_next();
    void show_card(const bank::Item& item);
    void flip();
    void show_tools(bool read_source);
    void grade(int rating);  // 1..4 (in practice: 1 = did not know, 3 = knew it)
    void undo();
    void show_done();
    void start_practice(study::PracticeKind kind);
    void read_source();
    void set_status(const std::string& text);
    void handle_key_action(KeyAction action);

    KeyBindings keys_;
    bool deck_only_ = false;
    TextBlock deck_banner_;
    Mode mode_ = Mode::Scheduled;
    Phase phase_ = Phase::Front;
    std::optional<study::StudyTurn> turn_;
    const bank::Item* item_ = nullptr;
    std::vector<const bank::Item*> practice_;
    std::size_t practice_index_ = 0;
    int practice_known_ = 0;
    int studied_ = 0;          // answers given in this scene (scheduled mode)
    long long day_total_ = 0;  // studied + remaining, for the progress bar
    // Answers of this session that an undo can still take back (several undos in a row walk
    // back to the session's first card, as in Anki).
    std::size_t undoable_ = 0;
    float card_seconds_ = 0;
    float flip_ = 1.f;  // 0..1 while the card turns (reduced motion: always 1)

    Backdrop backdrop_;
    RoundedRect card_, divider_;
    TextBlock counter_, banner_, front_, answer_, note_, status_;
    TextBlock done_heading_, done_detail_;
    ProgressBar progress_;
    ButtonGroup actions_{Axis::Horizontal};  // flip, the grades or the done choices
    ButtonGroup tools_{Axis::Horizontal};    // undo, look up (keys U and L, or the mouse)
    ButtonGroup back_{Axis::Horizontal};     // back to home, for the mouse
    KeyHintBar hints_front_, hints_back_, hints_practice_, hints_done_;
    mutable DrawBatch batch_;
};

std::unique_ptr<Scene> make_study(SceneContext& ctx);
// Lernen over one deck only ("Diesen Stapel lernen" in Stapel).
std::unique_ptr<Scene> make_deck_study(SceneContext& ctx, const std::string& deck_id,
                                       const std::string& deck_title);

}  // namespace chronik::ui
