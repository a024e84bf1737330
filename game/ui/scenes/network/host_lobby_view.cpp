#include "ui/scenes/network/host_lobby_view.hpp"

#include <cmath>

#include "ui/input/nav.hpp"
#include "ui/text/network_host_strings.hpp"
#include "ui/widgets/button.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr std::size_t kColumns = 5, kMaxRows = 5;
constexpr float kChipW = 196.f, kChipH = 40.f, kChipGapX = 15.f, kChipGapY = 8.f, kChipsY = 392.f;
// With browsers the QR code takes the right of the screen from the room card down, 456 px: a
// version-3 code (the usual address) gets 12 px modules, 348 px of code, about 70 cm wide on a
// 2.5 m projection, to be read from the back of a classroom (the test reads it from a screenshot
// scaled to a fifth). The room card and the players keep the left.
constexpr float kQrSide = 456.f, kQrX = kLeft + kWidth - kQrSide, kQrY = 124.f;
constexpr float kWebColumnW = kWidth - kQrSide - 16;
constexpr std::size_t kWebColumns = 3;

}  // namespace

HostLobbyView::HostLobbyView(const UiContext& ui) : ui_(ui), columns_(kColumns), chip_w_(kChipW) {
    const auto& t = ui.theme;
    const auto& s = ui.strings;
    howto_ = TextBlock(text(s, T::LobbyHowTo), {kLeft, 84, kWidth, 30},
                       {FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Middle, 1.f, false});
    room_card_.set_geometry({kLeft, 124, kWidth, 196}, t.spacing.radius, 1.5f);
    room_card_.set_fill(t.palette.surface);
    room_card_.set_outline(t.palette.border);
    address_caption_ = TextBlock(text(s, T::LobbyAddress), {kLeft + 28, 136, 600, 28},
                                 {FontFace::SansBold, t.type.small, t.type.caption,
                                  t.palette.text_muted, Align::Left, VAlign::Middle, 1.f, false});
    addresses_ = TextBlock(
        "", {kLeft + 28, 168, 640, 140},
        {FontFace::Mono, 52, 26, t.palette.text, Align::Left, VAlign::Middle, 1.1f, true});
    code_caption_ = TextBlock(text(s, T::LobbyCode), {kLeft + 640, 136, 372, 28},
                              {FontFace::SansBold, t.type.small, t.type.caption,
                               t.palette.text_muted, Align::Center, VAlign::Middle, 1.f, false});
    code_ = TextBlock("", {kLeft + 700, 168, 312, 140},
                      {FontFace::Mono, t.type.display, 40, t.palette.accent, Align::Center,
                       VAlign::Middle, 1.f, false});
    loopback_ = TextBlock(text(s, T::LobbyLoopbackOnly), {kLeft, 326, kWidth, 24},
                          {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                           Align::Left, VAlign::Middle, 1.f, false});
    players_ = TextBlock(format(s, T::LobbyPlayers, {"0"}), {kLeft, 352, 600, 34},
                         {FontFace::SansBold, t.type.h2, t.type.body, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    waiting_ = TextBlock(text(s, T::LobbyWaiting), {kLeft, kChipsY, kWidth, 60},
                         {FontFace::Sans, t.type.body, t.type.small, t.palette.text_muted,
                          Align::Left, VAlign::Top, 1.f, false});
    more_ = TextBlock("", {},
                      {FontFace::SansBold, t.type.body, t.type.caption, t.palette.text_muted,
                       Align::Center, VAlign::Middle, 1.f, false});
}

void HostLobbyView::show_room(const HostSession& session) {
    std::string lines;
    for (const auto& a : session.addresses()) {
        if (!lines.empty()) lines.push_back('\n');
        lines.append(a);
    }
    addresses_.set_text(lines);
    code_.set_text(session.room_code());
    loopback_only_ = session.loopback_only();
    if (const auto* web = session.web_join()) show_web(*web, session);
}

// The room card makes way for the QR code on its right; the web address comes first, the
// desktop app's below it.
void HostLobbyView::show_web(const HostWebJoin& web, const HostSession& session) {
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    web_ = true;
    constexpr float kCardW = kWebColumnW;
    howto_.set_text(text(s, T::LobbyHowToWeb));
    room_card_.set_geometry({kLeft, 124, kCardW, 220}, t.spacing.radius, 1.5f);
    address_caption_.set_text(text(s, T::LobbyWebAddress));
    address_caption_.set_box({kLeft + 24, 134, kCardW - 48, 28});
    web_url_ = TextBlock(
        web.url, {kLeft + 24, 164, kCardW - 48, 70},
        {FontFace::Mono, 30, 18, t.palette.text, Align::Left, VAlign::Middle, 1.05f, true});
    std::string desktop;
    for (const auto& a : session.addresses()) {
        if (!desktop.empty()) desktop.append("  ·  ");
        desktop.append(a);
    }
    desktop_ =
        TextBlock(format(s, T::LobbyDesktopAddress, {desktop}), {kLeft + 24, 300, kCardW - 48, 36},
                  {FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted, Align::Left,
                   VAlign::Middle, 1.f, false});
    code_caption_ =
        TextBlock(text(s, locked_ ? T::LobbyLocked : T::LobbyCode), {kLeft + 24, 236, 170, 60},
                  {FontFace::SansBold, t.type.small, t.type.caption,
                   locked_ ? t.palette.danger : t.palette.text_muted, Align::Left, VAlign::Middle,
                   1.f, false});
    code_ = TextBlock(
        session.room_code(), {kLeft + 200, 232, kCardW - 224, 68},
        {FontFace::Mono, t.type.display, 40, locked_ ? t.palette.text_muted : t.palette.accent,
         Align::Left, VAlign::Middle, 1.f, false});
    // The code dark on white with its quiet zone, as large as the space allows, in one draw call.
    qr_card_.set_geometry({kQrX, kQrY, kQrSide, kQrSide}, 8.f, 0.f);
    qr_card_.set_fill(sf::Color::White);
    qr_.clear();
    if (web.modules > 0) {
        const float module = std::floor(kQrSide / static_cast<float>(web.modules + 8));
        const float origin = (kQrSide - module * static_cast<float>(web.modules)) / 2.f;
        const sf::Color ink(17, 17, 17);
        for (int y = 0; y < web.modules; ++y) {
            for (int x = 0; x < web.modules; ++x) {
                if (!web.dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(web.modules) +
                              static_cast<std::size_t>(x)])
                    continue;
                const float px = kQrX + origin + static_cast<float>(x) * module;
                const float py = kQrY + origin + static_cast<float>(y) * module;
                qr_.append({{px, py}, ink});
                qr_.append({{px + module, py}, ink});
                qr_.append({{px + module, py + module}, ink});
                qr_.append({{px, py + module}, ink});
            }
        }
    }
    // The players in three columns under the card.
    players_.set_box({kLeft, 352, kCardW, 34});
    waiting_.set_box({kLeft, kChipsY, kCardW, 60});
    columns_ = kWebColumns;
    chip_w_ = (kCardW - kChipGapX * static_cast<float>(kWebColumns - 1)) /
              static_cast<float>(kWebColumns);
}

// Closed to new names: the code stays readable (those who were in come back) but dimmed, and the
// caption above it says the room is closed, for the class to read too.
bool HostLobbyView::show_lock(bool locked) {
    if (locked == locked_) return false;
    locked_ = locked;
    const auto& t = ui_.theme;
    code_caption_.set_text(text(ui_.strings, locked ? T::LobbyLocked : T::LobbyCode));
    code_caption_.set_color(locked ? t.palette.danger : t.palette.text_muted);
    code_.set_color(locked ? t.palette.text_muted : t.palette.accent);
    return true;
}

bool HostLobbyView::sync(const HostSession& session) {
    const bool lock_changed = show_lock(session.locked());
    const auto& players = session.game().players();
    bool same = players.size() == seen_.size();
    for (std::size_t i = 0; same && i < players.size(); ++i)
        same = seen_[i].first == players[i].id && seen_[i].second == players[i].connected;
    if (same) return lock_changed;
    const auto selected_id =
        selected_ < chips_.size() ? std::optional(chips_[selected_].id) : std::nullopt;
    seen_.clear();
    chips_.clear();
    const auto& t = ui_.theme;
    const std::size_t capacity = columns_ * kMaxRows;
    const std::size_t shown =
        players.size() > capacity ? capacity - 1 : players.size();  // the last chip says "+N"
    hidden_ = players.size() - shown;
    std::size_t connected = 0;
    for (std::size_t i = 0; i < players.size(); ++i) {
        const auto& p = players[i];
        seen_.emplace_back(p.id, p.connected);
        if (p.connected) ++connected;
        if (i >= shown) continue;
        Chip c;
        c.id = p.id;
        const float x = kLeft + static_cast<float>(i % columns_) * (chip_w_ + kChipGapX);
        const float y = kChipsY + static_cast<float>(i / columns_) * (kChipH + kChipGapY);
        c.box = {x, y, chip_w_, kChipH};
        c.bg.set_geometry(c.box, t.spacing.radius - 4, 1.f);
        std::string label = p.name;
        if (!p.connected) {
            label.append(" · ");
            label.append(text(ui_.strings, T::PlayerOffline));
        }
        c.name = TextBlock(label, {x + 10, y, chip_w_ - 38, kChipH},
                           {FontFace::SansBold, t.type.body, 11,
                            p.connected ? t.palette.text : t.palette.text_muted, Align::Left,
                            VAlign::Middle, 1.f, false});
        c.remove = TextBlock("✕", {x + chip_w_ - 28, y, 26, kChipH},
                             {FontFace::SansBold, t.type.small, t.type.small, t.palette.text_muted,
                              Align::Center, VAlign::Middle, 1.f, false});
        chips_.push_back(std::move(c));
    }
    if (hidden_ > 0) {
        const std::size_t i = shown;
        const float x = kLeft + static_cast<float>(i % columns_) * (chip_w_ + kChipGapX);
        const float y = kChipsY + static_cast<float>(i / columns_) * (kChipH + kChipGapY);
        more_.set_box({x, y, chip_w_, kChipH});
        std::string more("+");  // appended: GCC 12 warns falsely (-Wrestrict) on operator+
        more.append(std::to_string(hidden_));
        more_.set_text(more);
    }
    players_.set_text(format(ui_.strings, T::LobbyPlayers, {std::to_string(connected)}));
    selected_ = 0;
    for (std::size_t i = 0; i < chips_.size(); ++i)
        if (selected_id && chips_[i].id == *selected_id) selected_ = i;
    restyle();
    return true;
}

void HostLobbyView::restyle() {
    const auto& t = ui_.theme;
    for (std::size_t i = 0; i < chips_.size(); ++i) {
        auto& c = chips_[i];
        // Every chip alike: the focus ring alone marks the chosen one (one look for focus).
        c.bg.set_fill(t.palette.surface);
        c.bg.set_outline(t.palette.border);
    }
}

void HostLobbyView::select(std::size_t index) {
    if (index >= chips_.size()) return;
    selected_ = index;
    ui_.audio.play(Sfx::Move);
    restyle();
}

std::optional<classroom::PlayerId> HostLobbyView::handle(const sf::Event& e) {
    if (chips_.empty()) return std::nullopt;
    if (is_key(e, sf::Keyboard::Delete) || is_key(e, sf::Keyboard::BackSpace))
        return selected_ < chips_.size() ? std::optional(chips_[selected_].id) : std::nullopt;
    const int n = static_cast<int>(chips_.size());
    const int cur = static_cast<int>(selected_);
    const int cols = static_cast<int>(columns_);
    if (is_key(e, sf::Keyboard::Left)) select(static_cast<std::size_t>((cur - 1 + n) % n));
    if (is_key(e, sf::Keyboard::Right)) select(static_cast<std::size_t>((cur + 1) % n));
    if (is_key(e, sf::Keyboard::Up) && cur - cols >= 0)
        select(static_cast<std::size_t>(cur - cols));
    if (is_key(e, sf::Keyboard::Down) && cur + cols < n)
        select(static_cast<std::size_t>(cur + cols));
    if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        for (std::size_t i = 0; i < chips_.size(); ++i) {
            if (!chips_[i].box.contains(p)) continue;
            if (chips_[i].remove.box().contains(p)) return chips_[i].id;
            select(i);
        }
    }
    return std::nullopt;
}

void HostLobbyView::draw(sf::RenderTarget& target) const {
    howto_.draw(target, ui_);
    target.draw(room_card_);
    address_caption_.draw(target, ui_);
    if (web_) {
        web_url_.draw(target, ui_);
        desktop_.draw(target, ui_);
        target.draw(qr_card_);
        target.draw(qr_);
    } else {
        addresses_.draw(target, ui_);
    }
    code_caption_.draw(target, ui_);
    code_.draw(target, ui_);
    if (loopback_only_) loopback_.draw(target, ui_);
    players_.draw(target, ui_);
    if (chips_.empty()) waiting_.draw(target, ui_);
    for (std::size_t i = 0; i < chips_.size(); ++i) {
        const auto& c = chips_[i];
        target.draw(c.bg);
        c.name.draw(target, ui_);
        c.remove.draw(target, ui_);
        if (i == selected_) draw_focus_ring(target, ui_.theme, c.box, ring_);
    }
    if (hidden_ > 0) more_.draw(target, ui_);
}

}  // namespace chronik::ui
