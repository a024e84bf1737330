// The lobby on the projector: the address, port and room code in big type (with browsers: the
// web address and a large QR code carrying it with the code) (dimmed, and said so,
// while the room is closed to new names), and the players as they join (select with arrows or the
// mouse, remove with Entf or the chip's ✕).
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <utility>
#include <vector>

#include "ui/services/host_connector.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostLobbyView {
public:
    explicit HostLobbyView(const UiContext& ui);
    // The address lines and room code (once, when the room opens).
    void show_room(const HostSession& session);
    // Rebuilds the player chips when someone joined, left or came back, and shows whether the
    // room is closed to new names; returns whether anything changed.
    bool sync(const HostSession& session);
    // Arrow keys move the selection; returns the player to remove (Entf, Backspace, a click on ✕).
    std::optional<classroom::PlayerId> handle(const sf::Event& e);
    void draw(sf::RenderTarget& target) const;

private:
    struct Chip {
        classroom::PlayerId id = 0;
        sf::FloatRect box;
        RoundedRect bg;
        TextBlock name, remove;
    };
    void show_web(const HostWebJoin& web, const HostSession& session);
    void select(std::size_t index);
    void restyle();
    bool show_lock(bool locked);

    const UiContext& ui_;
    RoundedRect room_card_;
    TextBlock howto_, address_caption_, addresses_, code_caption_, code_, loopback_, players_,
        waiting_, more_;
    // Browsers: the address with the code, the desktop address below it, and a large QR code.
    bool web_ = false;
    TextBlock web_url_, desktop_;
    RoundedRect qr_card_;
    sf::VertexArray qr_{sf::Quads};
    std::vector<Chip> chips_;
    std::vector<std::pair<classroom::PlayerId, bool>> seen_;  // (id, connected) last built
    std::size_t selected_ = 0;
    std::size_t hidden_ = 0;  // players beyond the visible chips
    std::size_t columns_;     // of player chips: 5 across the screen, 3 beside a QR code
    float chip_w_;
    bool loopback_only_ = false;
    bool locked_ = false;
    mutable RoundedRect ring_;
};

}  // namespace chronik::ui
