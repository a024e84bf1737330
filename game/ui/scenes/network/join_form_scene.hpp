// The join form: the host's address, the room code and the player's name; connects in the
// background and stays on the form with a clear message when the host says no.
#pragma once

#include <array>
#include <memory>
#include <optional>

#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/join_connector.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/text_input.hpp"

namespace chronik::ui {

class JoinFormScene final : public Scene {
public:
    JoinFormScene(SceneContext& ctx, JoinConnector& connector);
    // "join-connecting" while the host has not answered yet (scripts wait for the outcome).
    std::string_view name() const override { return session_ ? "join-connecting" : "join-form"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    // While connecting the session must be polled every frame.
    bool animating() const override;

private:
    enum Field : std::size_t { Address, Code, Name, kFieldCount };
    // Focus order with Tab: the three fields, then the two buttons.
    static constexpr std::size_t kFocusCount = kFieldCount + 2;

    void set_focus(std::size_t focus);
    void submit();
    void show_error(const std::string& message, std::optional<Field> field);
    void on_refused(const JoinView& view);
    void cancel_or_back();

    JoinConnector& connector_;
    std::unique_ptr<JoinSession> session_;
    Backdrop backdrop_;
    TextBlock heading_, intro_, status_;
    std::array<TextBlock, kFieldCount> labels_;
    std::array<TextInput, kFieldCount> inputs_;
    // Fields without the keyboard are drawn plainly (TextInput always draws caret and ring).
    mutable std::array<RoundedRect, kFieldCount> idle_boxes_;
    mutable std::array<TextBlock, kFieldCount> idle_texts_;
    mutable bool idle_dirty_ = true;
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    std::size_t focus_ = 0;
    std::string code_sent_;
};

}  // namespace chronik::ui
