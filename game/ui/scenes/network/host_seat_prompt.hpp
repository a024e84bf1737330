// The teacher's question on the projector when a returning name waits ("„Anna“ möchte zurück –
// zulassen?", A allow, X decline): a strip along the bottom of whatever view is up.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>
#include <vector>

#include "ui/services/host_connector.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostSeatPrompt {
public:
    explicit HostSeatPrompt(const UiContext& ui);
    // Follows the names waiting in the session; returns whether what it shows changed.
    bool sync(const HostSession& session);
    // The oldest waiting name, the one the keys answer.
    std::optional<HostSeatQuestion> current() const;
    bool showing() const { return !questions_.empty(); }
    void draw(sf::RenderTarget& target) const;

private:
    const UiContext& ui_;
    std::vector<HostSeatQuestion> questions_;
    RoundedRect strip_, allow_cap_, decline_cap_;
    TextBlock question_, more_, allow_key_, allow_, decline_key_, decline_;
};

}  // namespace chronik::ui
